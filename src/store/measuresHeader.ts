/**
 * Reads the header row of the measures table into a ColumnLayout: which column holds which field,
 * in which unit each amount column is stated, which columns the model does not know. Columns are
 * found by their titles, so a user may reorder them; every oddity is reported by column.
 *
 * An amount column of any year is read, not only of a plan year: a column whose year left the
 * plan period (the period was changed) keeps its amounts in the measure, outside the period, so
 * they count again as soon as the period covers the year again (see ColumnLayout.effects).
 */
import { planYears } from "../plan/model";
import type { AmountUnit, PlanSettings } from "../plan/model";
import { COLUMN_TITLES, MEASURE_COLUMNS, effectColumnTitle } from "./measureColumns";
import type { ColumnLayout, TextField } from "./measureColumns";
import type { MeasureProblem } from "./problems";
import { normaliseHeader } from "./words";

const UNIT_WORDS: Readonly<Record<string, AmountUnit>> = {
  kr: "kr",
  tkr: "tkr",
  mnkr: "mnkr",
  mkr: "mnkr",
  "tusen kronor": "tkr",
  "miljoner kronor": "mnkr",
  kronor: "kr",
};

const EFFECT_HEADER = /^effekt (\d{4})(?: \(([^)]*)\))?$/;

const FIELD_BY_HEADER: ReadonlyMap<string, TextField> = new Map(
  (Object.keys(COLUMN_TITLES) as TextField[]).map((key) => [
    normaliseHeader(COLUMN_TITLES[key]),
    key,
  ])
);

/**
 * The year of a title the header scan takes for an amount column ("Effekt 2025 (tkr)", spaces and
 * case aside), whatever its unit; undefined for any other title.
 */
export function effectHeaderYear(title: string): number | undefined {
  const effect = EFFECT_HEADER.exec(normaliseHeader(title));
  return effect ? Number(effect[1]) : undefined;
}

/** A header cell's title as written; anything but text, a number or a truth value is "". */
export function headerTitle(raw: unknown): string {
  if (typeof raw === "string") return raw;
  if (typeof raw === "number" || typeof raw === "boolean") return String(raw);
  return "";
}

/** The layout as it is being found, one header cell after the other. */
interface HeaderScan {
  readonly settings: PlanSettings;
  readonly headerRow: number;
  readonly problems: MeasureProblem[];
  readonly years: readonly number[];
  readonly fields: Record<TextField, number>;
  readonly yearIndex: Map<number, { index: number; unit: AmountUnit }>;
  /** Years whose column states a unit the add-in does not know. */
  readonly unreadableYears: Set<number>;
  readonly extras: { index: number; title: string }[];
}

function keepAsExtra(
  scan: HeaderScan,
  index: number,
  title: string,
  code: "duplicateColumn" | "extraColumn"
): void {
  scan.problems.push({
    code,
    params: { row: scan.headerRow, column: title, columnNumber: index + 1 },
  });
  scan.extras.push({ index, title });
}

function placeField(scan: HeaderScan, field: TextField, index: number, title: string): void {
  if (scan.fields[field] === -1) scan.fields[field] = index;
  else keepAsExtra(scan, index, title, "duplicateColumn");
}

/**
 * An amount column of a year (of the plan period or outside it): read in the unit it states, or
 * kept unread when the unit is unknown.
 */
function placeEffect(
  scan: HeaderScan,
  year: number,
  unitText: string | undefined,
  index: number,
  title: string
): void {
  const { settings, headerRow, problems } = scan;
  if (scan.yearIndex.has(year) || scan.unreadableYears.has(year)) {
    keepAsExtra(scan, index, title, "duplicateColumn");
    return;
  }
  if (unitText === undefined || unitText.trim() === "") {
    problems.push({
      code: "missingUnit",
      params: { row: headerRow, column: title, expected: settings.unit },
    });
    scan.yearIndex.set(year, { index, unit: settings.unit });
    return;
  }
  const unit = UNIT_WORDS[unitText.trim()];
  if (unit === undefined) {
    problems.push({
      code: "unknownUnit",
      params: { row: headerRow, column: title, unit: unitText.trim() },
    });
    scan.unreadableYears.add(year);
    scan.extras.push({ index, title });
    return;
  }
  if (unit !== settings.unit) {
    problems.push({
      code: "columnUnit",
      params: { row: headerRow, column: title, unit, expected: settings.unit },
    });
  }
  scan.yearIndex.set(year, { index, unit });
}

function placeColumn(scan: HeaderScan, index: number, title: string, norm: string): void {
  const field = FIELD_BY_HEADER.get(norm);
  if (field !== undefined) {
    placeField(scan, field, index, title);
    return;
  }
  const effect = EFFECT_HEADER.exec(norm);
  if (effect) {
    placeEffect(scan, Number(effect[1]), effect[2], index, title);
    return;
  }
  keepAsExtra(scan, index, title, "extraColumn");
}

/** Missing columns, in table order, each reported once. */
function reportMissing(scan: HeaderScan): void {
  const missing = (column: string) =>
    scan.problems.push({ code: "missingColumn", params: { row: scan.headerRow, column } });
  for (const key of ["id", "nr", "kind", "area", "title"] as const)
    if (scan.fields[key] === -1) missing(COLUMN_TITLES[key]);
  for (const year of scan.years)
    if (!scan.yearIndex.has(year) && !scan.unreadableYears.has(year))
      missing(effectColumnTitle(year, scan.settings.unit));
  for (const key of ["ambition", "goals", "consequence"] as const)
    if (scan.fields[key] === -1) missing(COLUMN_TITLES[key]);
}

/** The layout of `header` (the header row's cells), with its problems pushed onto `problems`. */
export function layoutOf(
  header: readonly unknown[],
  settings: PlanSettings,
  headerRow: number,
  problems: MeasureProblem[]
): ColumnLayout {
  const years = planYears(settings);
  const scan: HeaderScan = {
    settings,
    headerRow,
    problems,
    years,
    fields: {
      id: -1,
      nr: -1,
      kind: -1,
      area: -1,
      title: -1,
      ambition: -1,
      goals: -1,
      consequence: -1,
    },
    yearIndex: new Map(),
    unreadableYears: new Set(),
    extras: [],
  };
  const expected = MEASURE_COLUMNS(settings).map(normaliseHeader);
  let matches = header.length >= expected.length;
  for (let i = 0; i < header.length; i++) {
    const title = headerTitle(header[i]);
    const norm = normaliseHeader(title);
    if (i < expected.length && norm !== expected[i]) matches = false;
    placeColumn(scan, i, title, norm);
  }
  reportMissing(scan);
  const outside = [...scan.yearIndex.keys()]
    .filter((year) => !years.includes(year))
    .sort((a, b) => a - b);
  return {
    fields: scan.fields,
    effects: [...years, ...outside].map((year) => {
      const found = scan.yearIndex.get(year);
      return { year, index: found?.index ?? -1, unit: found?.unit ?? settings.unit };
    }),
    extras: scan.extras,
    matches,
  };
}
