/** Cells as Office.js reads and writes them: whole rectangles of values, formulas, number formats. */
import { a1 } from "./address";
import { excelEntryValue } from "./entry";
import { officeError } from "./context";
import type { FakeContext } from "./context";
import type { Rect, Scalar, SheetModel } from "./model";

/**
 * A write of one cell with Office.js `values` or `formulas`, by Excel's rules for typed input: a
 * leading apostrophe makes text, "=…" a formula, a number in text a number, and text Excel
 * converts on entry (entry.ts: times, dates, percentages, …) that value. Logged.
 */
export function writeCell(
  log: string[],
  sheet: SheetModel,
  at: { readonly row: number; readonly col: number },
  input: unknown,
  what: string
): void {
  const { row, col } = at;
  if (input === null || input === undefined)
    throw new Error(`fake Excel: ${what} holds null for ${a1(row, col)}`);
  const cell = sheet.ensure(row, col);
  if (typeof input === "string" && input.startsWith("'")) {
    cell.value = input.slice(1);
    cell.formula = null;
  } else if (typeof input === "string" && input.startsWith("=") && input.length > 1) {
    cell.formula = input;
    cell.value = `#FORMEL(${input})`;
  } else if (typeof input === "string" && /^-?\d+([.,]\d+)?$/.test(input.trim())) {
    cell.value = Number(input.trim().replace(",", "."));
    cell.formula = null;
  } else if (typeof input === "string" && excelEntryValue(input) !== undefined) {
    // Excel converts text that looks like a number, date, time, percentage, money or truth value.
    cell.value = excelEntryValue(input)!;
    cell.formula = null;
  } else if (typeof input === "string" || typeof input === "number" || typeof input === "boolean") {
    cell.value = input;
    cell.formula = null;
  } else {
    throw new Error(`fake Excel: cannot write ${String(input)}`);
  }
  cell.input = input;
  log.push(`${sheet.name}!${a1(row, col)} ${what}=${JSON.stringify(input)}`);
}

export type RectProperty = "values" | "formulas" | "numberFormat";

/** A rectangle's values, formulas (a formula, else the value) or number formats. */
export function readRect(rect: Rect, what: RectProperty): Scalar[][] {
  const out: Scalar[][] = [];
  for (let i = 0; i < rect.rows; i++) {
    const row: Scalar[] = [];
    for (let j = 0; j < rect.cols; j++) {
      const cell = rect.sheet.get(rect.r0 + i, rect.c0 + j);
      if (what === "numberFormat") row.push(cell?.format ?? "General");
      else if (what === "formulas") row.push(cell ? (cell.formula ?? cell.value) : "");
      else row.push(cell ? cell.value : "");
    }
    out.push(row);
  }
  return out;
}

/** An assignment of a matrix to a range; one of the wrong shape fails the sync, as in Excel. */
export function writeRect(
  log: string[],
  context: FakeContext,
  rect: Rect,
  prop: string,
  value: unknown
): void {
  if (
    !Array.isArray(value) ||
    value.length !== rect.rows ||
    value.some((r) => !Array.isArray(r) || r.length !== rect.cols)
  ) {
    context.fail(
      officeError(
        "InvalidArgument",
        `fake Excel: ${prop} must be ${rect.rows}×${rect.cols} for this range`
      )
    );
    return;
  }
  value.forEach((row: unknown[], i) =>
    row.forEach((v, j) => {
      const at = { row: rect.r0 + i, col: rect.c0 + j };
      if (prop === "numberFormat") {
        rect.sheet.ensure(at.row, at.col).format = String(v);
        log.push(`${rect.sheet.name}!${a1(at.row, at.col)} numberFormat=${JSON.stringify(v)}`);
      } else {
        writeCell(log, rect.sheet, at, v, prop);
      }
    })
  );
}
