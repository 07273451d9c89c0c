/**
 * What Excel hands a custom function, and how one cell becomes a value the core can use.
 * Every parameter is declared as type "any" with matrix dimensionality, so Excel passes a 2-D
 * array for a cell or a range (blank cells as "" or null) and null for an omitted optional
 * argument: a blank, a text and a number stay distinguishable.
 */
import { BudgetError } from "../budget/errors";
import { Decimal, dec } from "../budget/money";

export type Cell = number | string | boolean | null | undefined;
export type Matrix = readonly (readonly Cell[])[];
/** An argument as Excel passes it: a matrix, or null/undefined when an optional argument is left out. */
export type Arg = Matrix | null | undefined;

export function isBlank(cell: Cell): boolean {
  return cell === null || cell === undefined || cell === "";
}

/**
 * Recent conversions. A single cell broadcast against a range (a rate, a divisor, a year) would
 * otherwise be converted once per row; Decimals are immutable, so sharing one is safe.
 */
const converted = new Map<number, Decimal>();
const CACHE_LIMIT = 1024;

/** A number cell as an exact Decimal. Text, booleans and non-finite numbers are #VALUE!. */
export function toDecimal(cell: Cell): Decimal {
  if (typeof cell !== "number" || !Number.isFinite(cell))
    throw new BudgetError("value", "notANumber", describe(cell));
  let value = converted.get(cell);
  if (value === undefined) {
    if (converted.size >= CACHE_LIMIT) converted.clear();
    value = dec(cell);
    converted.set(cell, value);
  }
  return value;
}

/** A number cell as a JavaScript number (dates, years, counts), never NaN or Infinity. */
export function toNumber(cell: Cell): number {
  if (typeof cell === "number" && Number.isFinite(cell)) return cell;
  throw new BudgetError("value", "notANumber", describe(cell));
}

/** TRUE/FALSE, or the numbers 1/0 as Excel itself accepts them for a truth value. */
export function toBoolean(cell: Cell): boolean {
  if (typeof cell === "boolean") return cell;
  if (cell === 0 || cell === 1) return cell === 1;
  throw new BudgetError("value", "notABoolean", describe(cell));
}

/** Text as the user typed it (for words such as VARIANCE's kind). */
export function toText(cell: Cell): string {
  if (typeof cell === "string") return cell;
  throw new BudgetError("value", "unknownKind", describe(cell));
}

/** A short rendering of a bad cell for the error message, so the user can find it. */
function describe(cell: Cell): string {
  if (typeof cell === "string") return `"${cell.length > 40 ? cell.slice(0, 40) + "…" : cell}"`;
  return String(cell);
}
