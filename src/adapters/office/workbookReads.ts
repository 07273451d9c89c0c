/* global Excel */
/**
 * What every operation reads first: the measures table and the plan document, looked up and read
 * afresh in two syncs (the user may have changed the sheet since the last operation), and the
 * snapshot the pane loads. Nothing is cached between operations.
 */
import { DEFAULT_SETTINGS } from "../../plan/model";
import type { PlanSettings, Scenario } from "../../plan/model";
import type { DocumentProblem } from "../../store/problems";
import type { MeasureParseResult, ParsedRow } from "../../store/measuresSheet";
import { readMeasures, readPlan } from "../../store/readModel";
import type { PlanSnapshot } from "../../port/workbookPort";
import { MEASURES_TABLE, queueReadTable, tableContent } from "./measuresTable";
import type { TableContent } from "./measuresTable";
import { NO_DOCUMENT, STORE_SHEET, queueReadDocument, storedDocument } from "./planDocumentSheet";
import type { StoredDocument } from "./planDocumentSheet";
import type { OfficeMessages } from "./officeMessages";

/** What the first two syncs of an operation found. */
export interface Found {
  readonly table: Excel.Table | null;
  readonly content: TableContent | null;
  readonly store: Excel.Worksheet | null;
  readonly document: StoredDocument;
}

/** What an operation reads of the workbook (the store sheet is always looked up). */
export interface ReadWanted {
  readonly table: boolean;
  readonly formulas: boolean;
  readonly document: boolean;
}

/** The plan document's settings and scenarios, or the defaults when it is absent or unreadable. */
export interface StoredPlan {
  readonly settings: PlanSettings;
  readonly scenarios: readonly Scenario[];
  /** The document's problem, when it could not be read (then settings and scenarios are defaults). */
  readonly problem: DocumentProblem | null;
}

export function planOf(document: StoredDocument): StoredPlan {
  if (document.state === "readable") {
    return {
      settings: document.document.settings,
      scenarios: document.document.scenarios,
      problem: null,
    };
  }
  return {
    settings: DEFAULT_SETTINGS,
    scenarios: [],
    problem: document.state === "unreadable" ? document.problem : null,
  };
}

/**
 * The first two syncs of every operation: look up the table and the store sheet, then read what is
 * asked for of those that exist.
 */
export async function readWorkbook(
  context: Excel.RequestContext,
  want: ReadWanted
): Promise<Found> {
  const table = want.table ? context.workbook.tables.getItemOrNullObject(MEASURES_TABLE) : null;
  const store = context.workbook.worksheets.getItemOrNullObject(STORE_SHEET);
  table?.load("name");
  store.load("name");
  await context.sync();
  const foundTable = table && !table.isNullObject ? table : null;
  const foundStore = store.isNullObject ? null : store;
  const tableRead = foundTable ? queueReadTable(foundTable, want.formulas) : null;
  const storedRange = foundStore && want.document ? queueReadDocument(foundStore) : null;
  if (tableRead || storedRange) await context.sync();
  return {
    table: foundTable,
    content: tableRead ? tableContent(tableRead) : null,
    store: foundStore,
    document: storedRange ? storedDocument(storedRange) : NO_DOCUMENT,
  };
}

/**
 * The table parsed for a write, through the read model: a row the pane shows read-only (a copy
 * of an id, an amount formatted as a date where formats were read) is not writable here either.
 */
export function parseTable(content: TableContent, settings: PlanSettings): MeasureParseResult {
  return readMeasures(content, settings).parsed;
}

/** The row of `id` if it is there and may be written; else notFound or notWritable. */
export function writableRow(
  messages: OfficeMessages,
  parsed: MeasureParseResult,
  id: string
): ParsedRow {
  const row = id.trim() === "" ? undefined : parsed.rows.find((r) => r.measure.id === id);
  if (row === undefined) throw messages.notFound();
  if (!row.writable) throw messages.notWritable(messages.texts.notWritable(row.row));
  return row;
}

/**
 * The plan as the pane sees it, through the store's read model (the browser's load uses the same
 * readPlan): settings, scenarios, the measures that count, the rows shown read-only, problems.
 */
export async function readSnapshot(context: Excel.RequestContext): Promise<PlanSnapshot> {
  const found = await readWorkbook(context, { table: true, formulas: true, document: true });
  const content = found.content;
  return readPlan(
    found.document,
    content === null ? { state: "absent" } : { state: "readable", table: content }
  );
}
