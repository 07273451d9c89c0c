/* global Excel */
/**
 * The plan document (settings and scenarios, store/planDocument.ts) on the store sheet (found by its
 * mark, workbookLookup.ts; "Ramkoll" unless the user has a sheet of that name): A1 says in
 * Swedish what the sheet is, A2, A3, … hold the JSON in chunks of at most 30 000 characters (a
 * cell holds at most 32 767). The sheet is hidden, not very hidden, so the user can unhide it and
 * see what the add-in keeps. Every chunk is written with textCellValue, so a chunk that happens to
 * start with "=", "-" or "+" stays text.
 *
 * The functions here only queue Office.js commands; the caller syncs (officeWorkbook.ts).
 * Api sets: Worksheet.getRange 1.1, Range.values/rowIndex 1.1, Range.getUsedRangeOrNullObject 1.4,
 * WorksheetCollection.add 1.1, Worksheet.visibility (set) 1.2, RangeFormat.columnWidth 1.2.
 */
import { textCellValue } from "../../store/cellText";
import type { DocumentProblem } from "../../store/problems";
import { parsePlanDocument } from "../../store/planDocument";
import type { PlanDocument } from "../../store/planDocument";
import { isEmptyCell } from "../../store/cellValue";

// The layout is shared with the browser's .xlsx export (store/workbookLayout.ts).
import { STORE_EXPLANATION, STORE_SHEET, splitIntoChunks } from "../../store/workbookLayout";
export {
  CHUNK_SIZE,
  STORE_EXPLANATION,
  STORE_SHEET,
  splitIntoChunks,
} from "../../store/workbookLayout";

/** What the sheet holds. `lastRow` is the last used row of column A (1-based, 0 when empty). */
export type StoredDocument =
  | { readonly state: "absent"; readonly lastRow: number }
  | { readonly state: "readable"; readonly document: PlanDocument; readonly lastRow: number }
  | { readonly state: "unreadable"; readonly problem: DocumentProblem; readonly lastRow: number };

export const NO_DOCUMENT: StoredDocument = { state: "absent", lastRow: 0 };

/**
 * Reads the document from column A as Office.js reports its used part: the values (one per row)
 * and the 0-based row index of the first. Row 1 (the explanation) is skipped. Nothing below it is
 * "absent"; an empty cell between chunks (a chunk deleted by hand) is unreadable; otherwise the
 * chunks are joined in order and parsed, so a truncated document shows as invalid JSON.
 */
export function interpretColumn(
  used: { readonly rowIndex: number; readonly values: readonly (readonly unknown[])[] } | null
): StoredDocument {
  if (used === null) return NO_DOCUMENT;
  const lastRow = used.rowIndex + used.values.length;
  const cells = used.values.slice(Math.max(0, 1 - used.rowIndex)).map((r) => r?.[0]);
  let end = cells.length;
  while (end > 0 && isEmptyCell(cells[end - 1])) end--;
  if (end === 0) return { state: "absent", lastRow };
  const chunks = cells.slice(0, end);
  if (chunks.some(isEmptyCell))
    return { state: "unreadable", problem: { code: "invalidJson", params: {} }, lastRow };
  const parsed = parsePlanDocument(
    chunks.map((v) => (typeof v === "string" ? v : String(v))).join("")
  );
  return parsed.ok
    ? { state: "readable", document: parsed.document, lastRow }
    : { state: "unreadable", problem: parsed.problem, lastRow };
}

/** Queues the read of column A of the store sheet; pass the result to storedDocument after the sync. */
export function queueReadDocument(sheet: Excel.Worksheet): Excel.Range {
  const used = sheet.getRange("A:A").getUsedRangeOrNullObject(true);
  used.load("values, rowIndex");
  return used;
}

/** What a synced queueReadDocument range holds. */
export function storedDocument(used: Excel.Range): StoredDocument {
  if (used.isNullObject) return NO_DOCUMENT;
  return interpretColumn({ rowIndex: used.rowIndex, values: used.values });
}

/** How the explanation of every version so far begins. */
const EXPLANATION_START = "Ramkoll sparar här planens inställningar";

/**
 * What a synced queueReadDocument range of an unmarked sheet named "Ramkoll" holds if it is a
 * store of an earlier version (A1 is the explanation, or column A reads as a plan document);
 * null when it is the user's own sheet, which is then neither read as a plan nor written.
 */
export function legacyStoredDocument(used: Excel.Range): StoredDocument | null {
  if (used.isNullObject) return null;
  const first = used.rowIndex === 0 ? used.values[0]?.[0] : undefined;
  const explained = typeof first === "string" && first.trim().startsWith(EXPLANATION_START);
  const document = interpretColumn({ rowIndex: used.rowIndex, values: used.values });
  return explained || document.state === "readable" ? document : null;
}

/** Queues the creation of the hidden store sheet named `name`; returns it. */
export function queueCreateStoreSheet(
  context: Excel.RequestContext,
  name: string = STORE_SHEET
): Excel.Worksheet {
  const sheet = context.workbook.worksheets.add(name);
  sheet.visibility = "Hidden";
  sheet.getRange("A1:A2").format.columnWidth = 600;
  return sheet;
}

/**
 * Queues the write of the document: A1 the explanation, then the chunks, and "" over any chunk
 * of a longer earlier document (`previousLastRow`), all as one range write.
 */
export function queueWriteDocument(
  sheet: Excel.Worksheet,
  json: string,
  previousLastRow: number
): void {
  const rows: string[][] = [
    [textCellValue(STORE_EXPLANATION)],
    ...splitIntoChunks(json).map((c) => [textCellValue(c)]),
  ];
  while (rows.length < previousLastRow) rows.push([""]);
  sheet.getRange(`A1:A${rows.length}`).values = rows;
}
