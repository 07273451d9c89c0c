/* global Excel */
/**
 * Finding the add-in's own store sheet and measures table by their marks (workbookMarks.ts), in
 * the first sync of every operation: the workbook's names, sheets and tables are loaded together
 * and matched in JavaScript, so the lookup costs one sync however many there are.
 *
 * Legacy workbooks (made before the marks) are adopted, never guessed from a name alone:
 * - a table named RamkollAtgarder without a mark is the measures table (a table's name is the
 *   add-in's own choice; the user would have to have picked exactly that name);
 * - a sheet named "Ramkoll" without a mark is the store only if its content says so (A1 is the
 *   store's explanation, or column A reads as a plan document; see isLegacyStore). Any other
 *   sheet called "Ramkoll" is the user's: it is never read as a plan nor written.
 * The mark of what was adopted is added on the next write of the plan document (storeSheetFor).
 */
import { sameSheetName } from "../../plan/sheetAddress";
import { MEASURES_TABLE } from "./measuresTable";
import { STORE_SHEET } from "./planDocumentSheet";
import {
  MEASURES_MARK,
  STORE_MARK,
  formulaOfMark,
  sheetMarkFormula,
  sheetOfMark,
  tableMarkFormula,
  tableOfMark,
} from "./workbookMarks";
import type { Mark, NameItem } from "./workbookMarks";

/** What the workbook holds of names and sheets, for the marks and the names of new sheets. */
export interface Identity {
  readonly names: readonly NameItem[];
  readonly sheetNames: readonly string[];
  /** The sheet of the measures table, and the store sheet or the unmarked "Ramkoll" (never targets). */
  readonly ownSheets: readonly string[];
  /** The marks a write adds for what was found without one (legacy adoption). */
  readonly adopt: readonly Mark[];
}

/** The collections the lookup loads, before the sync. */
export interface LookupQueued {
  readonly names: Excel.NamedItemCollection;
  readonly sheets: Excel.WorksheetCollection;
  readonly tables: Excel.TableCollection;
}

/** What the lookup found after the sync. `storeMarked` false: a candidate to be checked by content. */
export interface Lookup {
  readonly table: Excel.Table | null;
  readonly store: Excel.Worksheet | null;
  readonly storeMarked: boolean;
  readonly identity: Identity;
}

/** Queues the loads of the lookup; the tables too, so that a legacy table is adopted by any write. */
export function queueLookup(context: Excel.RequestContext): LookupQueued {
  const workbook = context.workbook;
  const names = workbook.names;
  const sheets = workbook.worksheets;
  const tables = workbook.tables;
  names.load("items/name,items/formula");
  sheets.load("items/name");
  tables.load("items/name,items/worksheet/name"); // Table.worksheet: ExcelApi 1.2
  return { names, sheets, tables };
}

/** Matches the marks with the sheets and tables loaded by queueLookup (after its sync). */
export function lookupResult(queued: LookupQueued): Lookup {
  const names: NameItem[] = queued.names.items.map((n) => ({ name: n.name, formula: n.formula }));
  const sheets = queued.sheets.items;
  const adopt: Mark[] = [];

  const storeMarkFormula = formulaOfMark(names, STORE_MARK);
  const markedSheet = storeMarkFormula === null ? null : sheetOfMark(storeMarkFormula);
  const marked =
    markedSheet === null ? undefined : sheets.find((s) => sameSheetName(s.name, markedSheet));
  const legacy = marked ? undefined : sheets.find((s) => sameSheetName(s.name, STORE_SHEET));
  if (legacy) adopt.push({ name: STORE_MARK, formula: sheetMarkFormula(legacy.name) });

  const tables = queued.tables.items;
  const markFormula = formulaOfMark(names, MEASURES_MARK);
  const markedName = markFormula === null ? null : tableOfMark(markFormula);
  const byMark = markedName === null ? undefined : tables.find((t) => same(t.name, markedName));
  const byName = byMark ? undefined : tables.find((t) => same(t.name, MEASURES_TABLE));
  if (byName) adopt.push({ name: MEASURES_MARK, formula: tableMarkFormula(byName.name) });
  const table = byMark ?? byName ?? null;
  const store = marked ?? legacy ?? null;
  const ownSheets = [table?.worksheet.name, store?.name].filter((n): n is string => !!n);
  return {
    table,
    store,
    storeMarked: marked !== undefined,
    identity: { names, sheetNames: sheets.map((s) => s.name), ownSheets, adopt },
  };
}

/** Table names are compared without case, as Excel does. */
function same(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** Identity without the adoption of a legacy store that turned out to be the user's sheet. */
export function withoutStoreAdoption(identity: Identity): Identity {
  return { ...identity, adopt: identity.adopt.filter((m) => m.name !== STORE_MARK) };
}
