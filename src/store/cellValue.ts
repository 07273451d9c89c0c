/**
 * A cell as the store sees it: the value Office.js reports (range.values) or the browser's
 * storage holds. One definition of "empty" and of a cell's text for every reader.
 */
import { z } from "./zod";

/** A cell value as Office.js reports it. */
export type CellValue = string | number | boolean | null;

export const cellValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);

/** True for a cell with nothing in it: null, undefined (past the end of a row) or "". */
export function isEmptyCell(value: unknown): boolean {
  return value === null || value === undefined || value === "";
}

/** A cell's value as the text the user sees; a truth value as Excel writes it. */
export function textOfCell(value: CellValue): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}
