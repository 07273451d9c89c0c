/**
 * The one place where Excel's arguments become the core's values. Each function declares in the
 * catalog what its parameters are and how its result is laid out; the runner reads every cell by
 * its parameter's kind, gives a blank required cell a blank result, stands a default in for a
 * blank optional one, broadcasts ranges, and maps a failure to an Excel error in the cell (or row)
 * where it happened, so that in a spilled result only the bad cells are errors.
 */
import { BudgetError } from "../budget/errors";
import { Decimal, toFiniteNumber } from "../budget/money";
import {
  CATALOG,
  type CellKind,
  type Catalog,
  type FunctionId,
  type FunctionSpec,
  type ParameterKind,
  type ParameterSpec,
} from "./catalog";
import { type Arg, type Cell, isBlank, toBoolean, toDecimal, toNumber, toText } from "./cells";
import { type ExcelError, guarded } from "./excelErrors";
import { broadcastShape, cellAt, rowCellAt, rowCount, shapeOf } from "./shape";

export type ResultCell = number | string | ExcelError;
export type ResultMatrix = ResultCell[][];
/** What Excel calls: every argument a matrix, or null when left out; always a matrix back. */
export type Implementation = (...args: Arg[]) => ResultMatrix;

export const BLANK = "";

/** One cell of an "amounts" range: its Decimal, a blank, or why it is not an amount. */
export type AmountCell = Decimal | typeof BLANK | BudgetError;
export type AmountGrid = readonly (readonly AmountCell[])[];

interface KindValues {
  amount: Decimal;
  rate: Decimal;
  serial: number;
  year: number;
  months: number;
  count: number;
  flag: boolean;
  text: string;
  /** undefined when the argument is left out. */
  amounts: AmountGrid | undefined;
  factors: Decimal[];
}

type ValueOf<P> = P extends {
  readonly kind: infer K extends ParameterKind;
  readonly blank: infer B;
}
  ? KindValues[K] | (B extends "absent" ? undefined : never)
  : never;

type ValuesOfParameters<T extends readonly unknown[]> = { -readonly [I in keyof T]: ValueOf<T[I]> };

/** The values a function's core receives, in the order and of the types its catalog entry declares. */
export type ValuesOf<Id extends FunctionId> = ValuesOfParameters<Catalog[Id]["parameters"]>;

/** Reads one argument's input for one result cell or row: a cell, a row of factors, a range. */
type Reader = (input: unknown) => unknown;

const READ_CELL: Record<CellKind, (cell: Cell) => unknown> = {
  amount: toDecimal,
  rate: toDecimal,
  serial: toNumber,
  year: toNumber,
  months: toNumber,
  count: toNumber,
  flag: toBoolean,
  text: toText,
};

/** Reads one cell of a parameter; a blank is its default, or undefined. */
function cellReader(parameter: ParameterSpec): Reader {
  const read = READ_CELL[parameter.kind as CellKind];
  if (parameter.blank !== "default")
    return (cell) => (isBlank(cell as Cell) ? undefined : read(cell as Cell));
  // Read once: a default is a constant, and Decimals are immutable.
  const fallback = read(parameter.default);
  return (cell) => (isBlank(cell as Cell) ? fallback : read(cell as Cell));
}

/** Reads a row of factors; a blank factor is the parameter's default. */
function factorsReader(parameter: ParameterSpec): Reader {
  const fallback = toDecimal(parameter.default);
  return (row) =>
    ((row as readonly Cell[] | undefined) ?? []).map((cell) =>
      isBlank(cell) ? fallback : toDecimal(cell)
    );
}

/** A Decimal result as the one JavaScript number Excel receives; too large for a double is #NUM!. */
export function finite(value: Decimal | number): number {
  const n = typeof value === "number" ? value : toFiniteNumber(value);
  if (n === undefined || !Number.isFinite(n)) throw new BudgetError("num", "tooLarge");
  return n === 0 ? 0 : n;
}

/** A failure of the whole call (arguments that do not pair) as a single error cell. */
function wholeCall(compute: () => ResultMatrix): ResultMatrix {
  const result = guarded(compute);
  return Array.isArray(result) ? result : [[result]];
}

const requiredIndices = (parameters: readonly ParameterSpec[]): number[] =>
  parameters.flatMap((p, i) => (p.blank === "blank" ? [i] : []));

/** Reads the inputs into `values` (kept in declared order) in the order given. */
function readInto(
  values: unknown[],
  readers: readonly Reader[],
  order: readonly number[],
  inputs: readonly unknown[]
): unknown[] {
  for (const i of order) values[i] = (readers[i] as Reader)(inputs[i]);
  return values;
}

/** A function computed cell by cell over the broadcast shape of its arguments. */
export function byCell<Id extends FunctionId>(
  id: Id,
  compute: (...values: ValuesOf<Id>) => Decimal | number
): Implementation {
  const { parameters }: FunctionSpec = CATALOG[id];
  const readers = parameters.map(cellReader);
  const isRequired = parameters.map((p) => p.blank === "blank");
  const count = parameters.length;
  const run = compute as (...values: unknown[]) => Decimal | number;
  // Plain loops: this runs once per cell of ranges of many thousand rows.
  const computeCell = (args: readonly Arg[], r: number, c: number): ResultCell => {
    const values: unknown[] = new Array(count);
    for (let i = 0; i < count; i++) {
      const cell = cellAt(args[i], r, c);
      if (isRequired[i] && isBlank(cell)) return BLANK;
      values[i] = cell;
    }
    return guarded(() => {
      for (let i = 0; i < count; i++) values[i] = (readers[i] as Reader)(values[i]);
      return finite(run(...values));
    });
  };
  return (...args) =>
    wholeCall(() => {
      const { rows, cols } = broadcastShape(args);
      const result: ResultMatrix = [];
      for (let r = 0; r < rows; r++) {
        const row: ResultCell[] = [];
        for (let c = 0; c < cols; c++) row.push(computeCell(args, r, c));
        result.push(row);
      }
      return result;
    });
}

/** What only a row function's core knows. */
export interface RowOptions {
  /** Checks the width a blank row takes from the width parameter, and returns it. */
  blankWidth?: (width: number) => number;
}

/** A function with one result row per input row. */
export function byRow<Id extends FunctionId>(
  id: Id,
  compute: (...values: ValuesOf<Id>) => readonly (Decimal | number)[],
  { blankWidth = (width) => width }: RowOptions = {}
): Implementation {
  const { parameters, width }: FunctionSpec = CATALOG[id];
  const isFactors = (i: number) => parameters[i]?.kind === "factors";
  const readers = parameters.map((p) => (p.kind === "factors" ? factorsReader(p) : cellReader(p)));
  const required = requiredIndices(parameters);
  const widthIndex = typeof width === "object" ? width.parameter : undefined;
  // The width first (a blank row needs it too), then the factors, then the cells in order.
  const rest = parameters.map((_, i) => i).filter((i) => i !== widthIndex);
  const order = [...rest.filter(isFactors), ...rest.filter((i) => !isFactors(i))];
  const run = compute as (...values: unknown[]) => readonly (Decimal | number)[];

  const computeRow = (inputs: readonly unknown[]): ResultCell[] => {
    const values: unknown[] = new Array(inputs.length);
    if (widthIndex !== undefined)
      values[widthIndex] = (readers[widthIndex] as Reader)(inputs[widthIndex]);
    if (anyBlankAt(inputs, required)) {
      const count =
        typeof width === "number" ? width : blankWidth(values[widthIndex ?? 0] as number);
      return blanks(count, BLANK);
    }
    return run(...readInto(values, readers, order, inputs)).map(finite);
  };

  const factors = parameters.map((_, i) => isFactors(i));
  // Plain loops: this runs once per row of ranges of many thousand rows.
  const inputsOf = (args: readonly Arg[], r: number, perRow: readonly boolean[]): unknown[] => {
    const inputs: unknown[] = new Array(factors.length);
    for (let i = 0; i < factors.length; i++)
      inputs[i] = factors[i] ? args[i]?.[perRow[i] ? r : 0] : rowCellAt(args[i], r);
    return inputs;
  };
  return (...args) =>
    wholeCall(() => {
      const rows = rowCount(args.filter((_, i) => !factors[i]));
      const perRow = factors.map((factor, i) => factor && hasRowPerInputRow(args[i], rows));
      const computed: (ResultCell[] | ExcelError)[] = new Array(rows);
      for (let r = 0; r < rows; r++) {
        const inputs = inputsOf(args, r, perRow);
        computed[r] = guarded(() => computeRow(inputs));
      }
      const fullWidth =
        typeof width === "number"
          ? width
          : Math.max(1, ...computed.map((row) => (Array.isArray(row) ? row.length : 0)));
      return computed.map((row) =>
        Array.isArray(row) ? padRow(row, fullWidth, BLANK) : blanks(fullWidth, row)
      );
    });
}

/** Whether any of the cells at `indices` is blank. */
function anyBlankAt(inputs: readonly unknown[], indices: readonly number[]): boolean {
  for (const i of indices) if (isBlank(inputs[i] as Cell)) return true;
  return false;
}

/** Whether a factors argument has one row per input row (else its first row serves every row). */
function hasRowPerInputRow(arg: Arg, rows: number): boolean {
  const factorRows = arg ? shapeOf(arg).rows : 0;
  if (factorRows > 1 && factorRows !== rows)
    throw new BudgetError("value", "shapeMismatch", `${rows} ≠ ${factorRows}`);
  return factorRows > 1;
}

function blanks(width: number, fill: ResultCell): ResultCell[] {
  return Array.from({ length: width }, () => fill);
}

function padRow(row: ResultCell[], width: number, fill: ResultCell): ResultCell[] {
  return row.length >= width ? row : [...row, ...blanks(width - row.length, fill)];
}

/** A function that lays out its result from whole ranges; its cell arguments are single cells. */
export function byRange<Id extends FunctionId>(
  id: Id,
  compute: (...values: ValuesOf<Id>) => ResultMatrix
): Implementation {
  const { parameters }: FunctionSpec = CATALOG[id];
  const readers = parameters.map((p, i) =>
    p.kind === "amounts" ? amountGrid : singleCell(cellReader(p), p.label ?? String(i + 1))
  );
  const run = compute as (...values: unknown[]) => ResultMatrix;
  return (...args) => wholeCall(() => run(...parameters.map((_, i) => readers[i]?.(args[i]))));
}

function amountGrid(arg: Arg): AmountGrid | undefined {
  return arg?.map((row) => row.map(amountCell));
}

/** A bad cell is kept as its error, for the function to place in its result. */
function amountCell(cell: Cell): AmountCell {
  if (isBlank(cell)) return BLANK;
  try {
    return toDecimal(cell);
  } catch (error) {
    if (error instanceof BudgetError) return error;
    throw error;
  }
}

/** A cell argument of a range function; a range there is #VALUE! naming the parameter (in English). */
function singleCell(read: (cell: Cell) => unknown, name: string): (arg: Arg) => unknown {
  return (arg) => {
    const shape = arg ? shapeOf(arg) : { rows: 0, cols: 0 };
    if (shape.rows > 1 || shape.cols > 1) throw new BudgetError("value", "shapeMismatch", name);
    return read(cellAt(arg, 0, 0));
  };
}
