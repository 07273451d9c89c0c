/**
 * Broadcasting, the way Excel's own array formulas pair ranges: a single cell repeats against a
 * range; ranges of the same shape pair cell by cell; any other combination is #VALUE!.
 */
import { BudgetError } from "../budget/errors";
import type { Arg, Cell } from "./cells";

export interface Shape {
  rows: number;
  cols: number;
}

export function shapeOf(matrix: readonly (readonly unknown[])[]): Shape {
  return { rows: matrix.length, cols: matrix.reduce((max, row) => Math.max(max, row.length), 0) };
}

function isSingle(shape: Shape): boolean {
  return shape.rows <= 1 && shape.cols <= 1;
}

/** The common shape of the given arguments (omitted ones ignored); #VALUE! when they do not pair. */
export function broadcastShape(args: readonly Arg[]): Shape {
  let result: Shape = { rows: 1, cols: 1 };
  for (const arg of args) {
    if (!arg) continue;
    const shape = shapeOf(arg);
    if (isSingle(shape)) continue;
    if (isSingle(result)) {
      result = shape;
    } else if (shape.rows !== result.rows || shape.cols !== result.cols) {
      throw new BudgetError(
        "value",
        "shapeMismatch",
        `${result.rows}×${result.cols} ≠ ${shape.rows}×${shape.cols}`
      );
    }
  }
  return result;
}

/** The cell of an argument at (row, col), repeating a single cell; undefined for an omitted argument. */
export function cellAt(arg: Arg, row: number, col: number): Cell {
  if (!arg || arg.length === 0) return undefined;
  if (arg.length === 1 && (arg[0]?.length ?? 0) <= 1) return arg[0]?.[0];
  return arg[row]?.[col];
}

/** The cell of a per-row argument (a single cell or one column) for a result row. */
export function rowCellAt<T>(
  arg: readonly (readonly T[])[] | null | undefined,
  row: number
): T | undefined {
  if (!arg || arg.length === 0) return undefined;
  return arg.length === 1 ? arg[0]?.[0] : arg[row]?.[0];
}

/**
 * The number of result rows for functions that return one row per input row: every per-row
 * argument must be a single cell or a single column of the same height.
 */
export function rowCount(args: readonly Arg[]): number {
  let rows = 1;
  for (const arg of args) {
    if (!arg) continue;
    const shape = shapeOf(arg);
    if (shape.cols > 1)
      throw new BudgetError("value", "shapeMismatch", `${shape.rows}×${shape.cols}`);
    if (shape.rows <= 1) continue;
    if (rows !== 1 && rows !== shape.rows)
      throw new BudgetError("value", "shapeMismatch", `${rows} ≠ ${shape.rows}`);
    rows = shape.rows;
  }
  return rows;
}
