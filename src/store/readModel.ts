/**
 * The read model: the one function that turns what is stored (the measures table as cells, with
 * formulas and number formats where the store has them, and the plan document) into the plan that
 * every consumer uses. Both adapters' load goes through readPlan, so the pane's list, its balance,
 * the committee table and whatever comes later see the same rows, the same numbers and the same
 * problems; no consumer decides again which rows count.
 *
 * Every non-empty data row ends in exactly one of two lists:
 * - `measures`: the rows that count, in sheet order. A row counts when it has an id that no
 *   earlier row had, its kind is known (the kind sets the sign of its amounts) and every amount it
 *   states was read as an amount. Such a row may still carry a problem that does not change its
 *   numbers (a repeated Nr, an unknown colour word, an amount in a column that only looks like
 *   one of a year outside the plan period). An amount in a year's column outside the period is
 *   read into the measure's effects like any amount and counts nowhere (consumers read effects
 *   only at planYears), so it comes back when the period covers its year again.
 * - `problemRows`: every other row, shown read-only, each named by at least one problem of its
 *   own row: no id, a repeated id (a row copied in Excel: the first row counts, the copy is
 *   named with both rows), an unreadable cell, an unknown kind, an amount that is text or is
 *   formatted as a date, time or percentage.
 * (Rows that are not rows of cells at all are named as problems and are in neither list; with no
 * Id column at all, the missing column is named once, with the header.)
 * Never throws, whatever it is given.
 */
import { planYears } from "../plan/model";
import type { Measure, MeasureKind, PlanSettings, Scenario } from "../plan/model";
import { DEFAULT_SETTINGS } from "../plan/model";
import { isEmptyCell } from "./cellValue";
import { formulaFields } from "./measureCells";
import type { ColumnLayout } from "./measureColumns";
import type { MeasureField } from "./measureFields";
import { effectHeaderYear, headerTitle } from "./measuresHeader";
import { parseMeasureRows } from "./measuresSheet";
import { pricingFromFormulas } from "./pricingFromFormulas";
import { pricingHolds } from "./storedPricing";
import type { MeasureParseResult, ParsedRow } from "./measuresSheet";
import { numberKindOf } from "./numberFormats";
import type { PlanDocument } from "./planDocument";
import type { DocumentProblem, MeasureProblem, MeasureProblemCode, Problem } from "./problems";

/** One row of the measures table as every consumer sees it. */
export interface ReadRow {
  readonly measure: Measure;
  /** Fields whose cell holds a formula: the pane shows the computed value and marks the field. */
  readonly formulas: readonly MeasureField[];
  /**
   * False when the row holds something the model could not read (text in an amount cell, an
   * unknown colour word, a repeated or missing id): the pane shows it, read-only, with its problem.
   */
  readonly writable: boolean;
  /** The row in the sheet, 1-based, as the user sees it (for messages). */
  readonly row: number;
}

/** The measures table as the store holds it. */
export interface StoredTable {
  readonly header: readonly unknown[];
  /** The data rows' values (Office.js range.values), in sheet order. */
  readonly rows: readonly unknown[];
  /** The data rows' formulas (range.formulas), or none where the store keeps none. */
  readonly formulas?: readonly (readonly unknown[])[];
  /** The data rows' number formats (range.numberFormat), or none where the store keeps none. */
  readonly numberFormats?: readonly (readonly unknown[])[];
  /** The header's row in the sheet, 1-based. */
  readonly headerRow: number;
}

export type TableState =
  | { readonly state: "absent" }
  | { readonly state: "unreadable"; readonly problem: MeasureProblem | DocumentProblem }
  | { readonly state: "readable"; readonly table: StoredTable };

export type DocumentState =
  | { readonly state: "absent" }
  | { readonly state: "readable"; readonly document: PlanDocument }
  | { readonly state: "unreadable"; readonly problem: DocumentProblem };

export interface ReadOptions {
  /** The whole table may not be written (the browser's, with a header it cannot rewrite). */
  readonly readOnly?: boolean;
}

/** The measures table read: which rows count, which are only shown, and every problem. */
export interface MeasuresRead {
  /**
   * The parse for writers: every row, writable only where the read model lets it be written, so
   * a write never touches a row the pane shows read-only (a copy, a date in an amount cell).
   */
  readonly parsed: MeasureParseResult;
  readonly layout: ColumnLayout;
  readonly measures: ReadRow[];
  readonly problemRows: ReadRow[];
  readonly problems: MeasureProblem[];
}

/** What a load gives the pane (the port's PlanSnapshot is this, plus what a port adds). */
export interface PlanRead {
  readonly settings: PlanSettings;
  readonly scenarios: readonly Scenario[];
  /**
   * The measures that count, in sheet order: an id no earlier row had, a known kind, every amount
   * read as an amount. One may still carry a problem that leaves its numbers as they are (a
   * repeated Nr, an unknown colour word); then it may be read-only (writable false).
   */
  readonly measures: readonly ReadRow[];
  /**
   * The rows that do not count, read-only, each named by a problem of its row: no id, a repeated
   * id (a copied row: the first row counts), an unreadable cell or kind, an amount that is text or
   * is formatted as a date, time or percentage.
   */
  readonly problemRows: readonly ReadRow[];
  /** Everything that could not be read, each naming where and why; nothing of it is written back. */
  readonly problems: readonly Problem[];
  /** False in a workbook without the measures table: the pane offers to create it or load the example. */
  readonly hasMeasuresTable: boolean;
  /** Whether a plan document is stored, and whether it could be read. */
  readonly document: "absent" | "readable" | "unreadable";
  /** The plan document's revision as read (0 when none is stored); a save states it as its base. */
  readonly revision: number;
}

/** Problems of a row that keep it from counting: its id, its kind or its amounts were not read. */
const NOT_COUNTED: ReadonlySet<MeasureProblemCode> = new Set<MeasureProblemCode>([
  "missingId",
  "duplicateId",
  "badCell",
  "unknownKind",
  "notANumber",
  "amountFormat",
]);

const EFFECT_YEAR = /^\s*effekt\s+(\d{4})\b/i;

/** One parsed row with what the read model adds: its cells and problems found here. */
interface RowRead {
  readonly parsed: ParsedRow;
  measure: Measure;
  readonly values: readonly unknown[];
  readonly offset: number;
}

function cellsAt(list: readonly unknown[] | undefined, offset: number): readonly unknown[] {
  const cells = list?.[offset];
  return Array.isArray(cells) ? cells : [];
}

/** A number in an amount cell whose format is a date, time or percentage: a problem, no amount. */
function checkFormats(
  row: RowRead,
  table: StoredTable,
  layout: ColumnLayout,
  problems: MeasureProblem[]
): void {
  const formats = cellsAt(table.numberFormats, row.offset);
  for (const col of layout.effects) {
    if (col.index < 0 || typeof row.values[col.index] !== "number") continue;
    const format = numberKindOf(formats[col.index]);
    if (format === "amount") continue;
    const column = headerTitle(table.header[col.index]);
    problems.push({
      code: "amountFormat",
      params: { row: row.parsed.row, column, year: col.year, format },
    });
    row.measure = { ...row.measure, effects: { ...row.measure.effects, [col.year]: null } };
  }
}

/** A stated amount in a column of a year outside the plan: named, never counted. */
function checkOffPeriod(
  row: RowRead,
  table: StoredTable,
  offPeriod: readonly { index: number; year: number }[],
  problems: MeasureProblem[],
  period: { first: number; last: number }
): void {
  for (const { index, year } of offPeriod) {
    if (isEmptyCell(row.values[index]) || String(row.values[index]).trim() === "") continue;
    const column = headerTitle(table.header[index]);
    problems.push({
      code: "offPeriodAmount",
      params: { row: row.parsed.row, column, year, ...period },
    });
  }
}

/**
 * The extra columns whose title starts "Effekt <year>" for a year outside the plan period but that
 * the header scan did not read as that year's column ("Effekt 2031 prognos"). A column it did
 * read ("Effekt 2031 (tkr)") holds amounts outside the period, kept in the measure's effects and
 * shown as such; one it kept unread (a repeated year, an unknown unit) is named with the header.
 */
function offPeriodColumns(layout: ColumnLayout, table: StoredTable, years: readonly number[]) {
  const columns: { index: number; year: number }[] = [];
  for (const extra of layout.extras) {
    const title = headerTitle(table.header[extra.index]);
    const m = EFFECT_YEAR.exec(title);
    if (m && effectHeaderYear(title) === undefined && !years.includes(Number(m[1])))
      columns.push({ index: extra.index, year: Number(m[1]) });
  }
  return columns;
}

/** A repeated id: the first row of the id is the measure, every later copy is named with both rows. */
function markRepeatedIds(rows: readonly RowRead[], problems: MeasureProblem[]): void {
  const firstRowOfId = new Map<string, number>();
  for (const r of rows) {
    const { id } = r.measure;
    if (id === "") continue;
    const first = firstRowOfId.get(id);
    if (first === undefined) firstRowOfId.set(id, r.parsed.row);
    else problems.push({ code: "duplicateId", params: { row: r.parsed.row, id, firstRow: first } });
  }
}

/** A repeated Nr among the counted rows of one kind: named in the pane; both rows still count. */
function markRepeatedNrs(counted: readonly ReadRow[], problems: MeasureProblem[]): void {
  const firstRow: Record<MeasureKind, Map<number, number>> = {
    measure: new Map(),
    proposal: new Map(),
  };
  for (const r of counted) {
    const { nr, kind } = r.measure;
    const seen = firstRow[kind].get(nr);
    if (seen === undefined) firstRow[kind].set(nr, r.row);
    else problems.push({ code: "repeatedNr", params: { row: r.row, nr, firstRow: seen, kind } });
  }
}

function rowOfProblem(p: MeasureProblem): number {
  return p.params.row;
}

/**
 * The row's measure with the pricing its amount formulas state (Excel keeps a pricing there),
 * where the amounts read are the ones it gives; else the measure as parsed.
 */
function withFormulaPricing(
  r: RowRead,
  table: StoredTable,
  layout: ColumnLayout,
  settings: PlanSettings
): Measure {
  const formulas = cellsAt(table.formulas, r.offset);
  if (formulas.length === 0) return r.measure;
  const pricing = pricingFromFormulas(r.measure, settings, layout, r.values, formulas);
  if (!pricing || !pricingHolds(r.measure, pricing, settings)) return r.measure;
  return { ...r.measure, pricing };
}

/** Which rows count, decided once over all rows of the table. */
export function readMeasures(
  table: StoredTable,
  settings: PlanSettings,
  options: ReadOptions = {}
): MeasuresRead {
  const parsed = parseMeasureRows(table.header, table.rows, settings, {
    headerRow: table.headerRow,
  });
  const { layout } = parsed;
  const problems = [...parsed.problems];
  const years = planYears(settings);
  const period = {
    first: years[0] ?? settings.firstYear,
    last: years.at(-1) ?? settings.firstYear,
  };
  const offPeriod = offPeriodColumns(layout, table, years);
  const rows: RowRead[] = parsed.rows.map((p) => {
    const offset = p.row - table.headerRow - 1;
    return { parsed: p, measure: p.measure, values: cellsAt(table.rows, offset), offset };
  });
  for (const r of rows) {
    checkFormats(r, table, layout, problems);
    checkOffPeriod(r, table, offPeriod, problems, period);
  }
  markRepeatedIds(rows, problems);
  const excluded = new Set<number>();
  for (const p of problems) if (NOT_COUNTED.has(p.code)) excluded.add(rowOfProblem(p));
  const measures: ReadRow[] = [];
  const problemRows: ReadRow[] = [];
  for (const r of rows) {
    const counts = r.measure.id !== "" && !excluded.has(r.parsed.row);
    const read: ReadRow = {
      measure: withFormulaPricing(r, table, layout, settings),
      formulas: formulaFields(layout, r.values, cellsAt(table.formulas, r.offset)),
      writable: counts && r.parsed.writable && options.readOnly !== true,
      row: r.parsed.row,
    };
    (counts ? measures : problemRows).push(read);
  }
  markRepeatedNrs(measures, problems);
  // Stable: the header's problems first, then each row's in sheet order.
  problems.sort((a, b) => rowOfProblem(a) - rowOfProblem(b));
  const writable = new Set(measures.filter((m) => m.writable).map((m) => m.row));
  const forWriters = {
    ...parsed,
    rows: parsed.rows.map((p) => (writable.has(p.row) ? p : { ...p, writable: false })),
  };
  return { parsed: forWriters, layout, measures, problemRows, problems };
}

/** Everything a load shows: the plan document's settings and scenarios and the measures read. */
export function readPlan(
  document: DocumentState,
  table: TableState,
  options: ReadOptions = {}
): PlanRead {
  const readable = document.state === "readable" ? document.document : null;
  const settings = readable?.settings ?? DEFAULT_SETTINGS;
  const problems: Problem[] = document.state === "unreadable" ? [document.problem] : [];
  const base = {
    settings,
    scenarios: readable?.scenarios ?? [],
    document: document.state,
    revision: readable?.revision ?? 0,
    hasMeasuresTable: table.state !== "absent",
  };
  if (table.state !== "readable") {
    if (table.state === "unreadable") problems.push(table.problem);
    return { ...base, measures: [], problemRows: [], problems };
  }
  const read = readMeasures(table.table, settings, options);
  problems.push(...read.problems);
  return { ...base, measures: read.measures, problemRows: read.problemRows, problems };
}
