/* global Excel */
/**
 * What every operation reads first: the measures table and the plan document, looked up by their
 * marks and read afresh in two syncs (the user may have changed the sheet since the last operation), and the
 * snapshot the pane loads. Nothing is cached between operations.
 */
import { DEFAULT_SETTINGS } from "../../plan/model";
import type { PlanSettings, Scenario } from "../../plan/model";
import type { DocumentProblem } from "../../store/problems";
import type { MeasureParseResult, ParsedRow } from "../../store/measuresSheet";
import { readMeasures, readPlan } from "../../store/readModel";
import type { PlanSnapshot } from "../../port/workbookPort";
import { freeSheetName } from "../../plan/sheetAddress";
import { queueReadTable, tableContent } from "./measuresTable";
import type { TableContent } from "./measuresTable";
import {
  NO_DOCUMENT,
  STORE_SHEET,
  legacyStoredDocument,
  queueCreateStoreSheet,
  queueReadDocument,
  storedDocument,
} from "./planDocumentSheet";
import type { StoredDocument } from "./planDocumentSheet";
import { lookupResult, queueLookup, withoutStoreAdoption } from "./workbookLookup";
import type { Identity } from "./workbookLookup";
import { STORE_MARK, queueMarks, sheetMarkFormula } from "./workbookMarks";
import type { OfficeMessages } from "./officeMessages";

/** What the first two syncs of an operation found. */
export interface Found {
  readonly table: Excel.Table | null;
  readonly content: TableContent | null;
  /** The store sheet, found by its mark or adopted (legacy); never a user's sheet. */
  readonly store: Excel.Worksheet | null;
  readonly document: StoredDocument;
  /** The workbook's names and sheet names, and the marks a write adds (storeSheetFor). */
  readonly identity: Identity;
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
 * The first two syncs of every operation: find the table and the store sheet by their marks
 * (workbookLookup.ts), then read what is asked for of those that exist. An unmarked sheet
 * "Ramkoll" is read too, to tell an earlier version's store from the user's own sheet.
 */
export async function readWorkbook(
  context: Excel.RequestContext,
  want: ReadWanted
): Promise<Found> {
  const queued = queueLookup(context);
  await context.sync();
  const found = lookupResult(queued);
  const lookup = want.table ? found : { ...found, table: null };
  const tableRead = lookup.table ? queueReadTable(lookup.table, want.formulas) : null;
  const readStore = lookup.store && (want.document || !lookup.storeMarked);
  const storedRange = lookup.store && readStore ? queueReadDocument(lookup.store) : null;
  if (tableRead || storedRange) await context.sync();
  const content = tableRead ? tableContent(tableRead) : null;
  if (storedRange && !lookup.storeMarked) {
    const legacy = legacyStoredDocument(storedRange);
    if (legacy === null) {
      // The user's own sheet called "Ramkoll": not the store, never read as a plan nor written.
      const identity = withoutStoreAdoption(lookup.identity);
      return { table: lookup.table, content, store: null, document: NO_DOCUMENT, identity };
    }
    const document = want.document ? legacy : NO_DOCUMENT;
    return {
      table: lookup.table,
      content,
      store: lookup.store,
      document,
      identity: lookup.identity,
    };
  }
  return {
    table: lookup.table,
    content,
    store: lookup.store,
    document: storedRange ? storedDocument(storedRange) : NO_DOCUMENT,
    identity: lookup.identity,
  };
}

/**
 * The store sheet a write of the plan document goes to, with the marks the lookup found missing
 * (an adopted legacy store or table): the found store, or a new hidden sheet at a free name
 * ("Ramkoll", else "Ramkoll (2)" …: a user's sheet is never taken), marked. Call once per batch.
 */
export function storeSheetFor(context: Excel.RequestContext, found: Found): Excel.Worksheet {
  const { names, sheetNames, adopt } = found.identity;
  queueMarks(context.workbook, names, adopt);
  if (found.store) return found.store;
  const name = freeSheetName(STORE_SHEET, sheetNames);
  const sheet = queueCreateStoreSheet(context, name);
  queueMarks(context.workbook, names, [{ name: STORE_MARK, formula: sheetMarkFormula(name) }]);
  return sheet;
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
