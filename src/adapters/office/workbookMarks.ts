/* global Excel */
/**
 * How the add-in knows its own things in a workbook: by marks it controls, never by the names the
 * user sees. A mark is a workbook-scoped name (Workbook.names):
 * - `Ramkoll_Store` → ='<store sheet>'!$A$1, the sheet of the plan document;
 * - `Ramkoll_Measures` → =<table>[#All], the measures table;
 * - `Ramkoll_Committee_<scenario id>` → ='<sheet>'!$A$1, the committee table of that scenario.
 *
 * Why names: a name refers to cells or to a table, not to their text, so Excel rewrites its
 * formula when the user renames the sheet or the table, and the mark and the reference are one
 * thing that cannot drift apart. NamedItemCollection.add/getItem and NamedItem.delete are
 * ExcelApi 1.4, within the manifest's 1.7. Custom XML parts (1.5) would hold only an id beside
 * the workbook and need a lookup of their own; worksheet custom properties are 1.12, above 1.7.
 * A user can delete a name in the Name Manager: then the legacy rules of workbookLookup.ts apply
 * (by content, never by a visible name alone), and the next write adds the mark again.
 */

// The mark names and formulas are shared with the browser's .xlsx export (store/workbookLayout.ts).
import { COMMITTEE_MARK_PREFIX } from "../../store/workbookLayout";
export {
  COMMITTEE_MARK_PREFIX,
  MEASURES_MARK,
  STORE_MARK,
  sheetMarkFormula,
  tableMarkFormula,
} from "../../store/workbookLayout";

/** A workbook name as loaded ("items/name,items/formula"). */
export interface NameItem {
  readonly name: string;
  readonly formula: string;
}

/** A mark to add: its name and formula. */
export interface Mark {
  readonly name: string;
  readonly formula: string;
}

/**
 * The mark of a scenario's committee sheet. The id is made name-safe one to one: a-z and 0-9 stay,
 * every other character becomes "_<hex code>_", so two ids never give one name, not even ids
 * that differ only in case (Excel's names are compared without case). An id too long for
 * Excel's 255 characters (only a hand-edited plan document has one) is cut and given a hash of
 * the whole id.
 */
export function committeeMarkName(scenarioId: string): string {
  let safe = "";
  for (const ch of scenarioId) {
    safe += /^[a-z0-9]$/.test(ch) ? ch : `_${(ch.codePointAt(0) ?? 0).toString(16)}_`;
  }
  const name = `${COMMITTEE_MARK_PREFIX}${safe}`;
  return name.length <= MAX_NAME ? name : `${name.slice(0, MAX_NAME - 10)}_${fnv1a(scenarioId)}`;
}

/** Excel's limit on the length of a name. */
const MAX_NAME = 255;

/** The 32-bit FNV-1a hash of `text`'s UTF-16 units, as 8 hex digits. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

const SHEET_OF = /^=(?:'((?:[^']|'')+)'|([^'!]+))!\$?A\$?1$/i;
const TABLE_OF = /^=([^[\]=!']+)\[#All\]$/i;

/** The sheet a sheet mark's formula refers to, as Excel reports it (quoted or bare); null if #REF!. */
export function sheetOfMark(formula: string): string | null {
  const m = SHEET_OF.exec(formula.trim());
  if (!m) return null;
  if (m[1] !== undefined) return m[1].replace(/''/g, "'");
  const bare = m[2] ?? "";
  return bare.toUpperCase().startsWith("#REF") ? null : bare;
}

/** The table a table mark's formula refers to; null when it is not a whole table (or #REF!). */
export function tableOfMark(formula: string): string | null {
  const m = TABLE_OF.exec(formula.trim());
  return m && !m[1]!.startsWith("#") ? m[1]! : null;
}

/** The formula of the name `mark` among `names` (compared without case, as Excel does), or null. */
export function formulaOfMark(names: readonly NameItem[], mark: string): string | null {
  const lower = mark.toLowerCase();
  return names.find((n) => n.name.toLowerCase() === lower)?.formula ?? null;
}

/**
 * Queues each mark, replacing a name of the same name that exists (`existing`, loaded before):
 * a stale mark (its sheet deleted, its formula #REF!) is deleted and added anew.
 */
export function queueMarks(
  workbook: Excel.Workbook,
  existing: readonly NameItem[],
  marks: readonly Mark[]
): void {
  for (const mark of marks) {
    if (formulaOfMark(existing, mark.name) !== null) workbook.names.getItem(mark.name).delete();
    workbook.names.add(mark.name, mark.formula);
  }
}
