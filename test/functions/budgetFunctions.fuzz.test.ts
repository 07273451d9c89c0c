/* global describe, it, expect, beforeAll, afterAll, process */
/**
 * Fuzzing the BUDGET functions as Excel calls them: every argument a 2-D array (or null for an
 * omitted one) of numbers of every size and sign, text, booleans and blanks, in ranges of matching
 * and mismatching shapes. Whatever comes in, a function must return a non-empty rectangle of
 * finite numbers, blanks ("") and #VALUE!/#NUM!/#DIV/0! errors, in its documented shape, and never
 * throw. Where it is cheap, the results are also checked against what they mean (a range gives
 * what its cells give one by one; ROUNDSUM's parts add up to the rounded total; PRICEVOLUME's
 * parts add up to the change in cost).
 *
 * The count of generated calls is printed at the end as `fuzz: N generated calls`. FUZZ_SEED
 * replays a run (fast-check prints the seed of a failing one); FUZZ_SCALE multiplies the runs.
 */
import { isExcelError } from "../support/customFunctionsFake";
import DecimalJs from "decimal.js";
import fc from "fast-check";
import { IMPLEMENTATIONS } from "../../src/functions/budgetFunctions";
import { CATALOG, FUNCTION_IDS, type FunctionId } from "../../src/functions/catalog";
import type { Arg, Cell } from "../../src/functions/cells";
import type { ResultMatrix } from "../../src/functions/runner";

/** Precise enough to add 1e308 and 5e-324, or to subtract two such products, without rounding. */
const Exact = DecimalJs.clone({
  precision: 2000,
  toExpNeg: -9e15,
  toExpPos: 9e15,
  minE: -9e15,
  maxE: 9e15,
});
// eslint-disable-next-line no-redeclare -- the constructor and its instances share one name, as a class does
type Exact = InstanceType<typeof Exact>;

const MIN_CALLS = 100_000;
const RUNS_PER_FUNCTION = 6_000;
const RUNS_PER_PROPERTY = 3_000;
/** The largest range the generated calls use: a thousand rows of three plan years. */
const LARGE = { rows: 1000, cols: 3 } as const;
/** Results up to this many cells are also checked against single-cell calls at three positions. */
const CONSISTENCY_CELLS = 24;
const TIMEOUT_MS = 120_000;

const seed = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
/** FUZZ_SCALE=10 runs ten times as many calls, for a deeper search by hand. */
const scale = Math.max(1, Number(process.env.FUZZ_SCALE ?? 1) || 1);
const params = (numRuns: number): fc.Parameters<unknown> =>
  seed === undefined
    ? { numRuns: Math.round(numRuns * scale) }
    : { numRuns: Math.round(numRuns * scale), seed };

/** Calls made with generated arguments, the figure this suite prints. */
let generatedCalls = 0;

/**
 * Every bad cell is a BudgetError and then a CustomFunctions.Error, both Errors, and capturing
 * their stack traces is most of this suite's time; nothing here reads them (a call that throws
 * is repeated with traces on).
 */
const stackTraceLimit = Error.stackTraceLimit;
beforeAll(() => {
  Error.stackTraceLimit = 0;
});

afterAll(() => {
  Error.stackTraceLimit = stackTraceLimit;
  process.stdout.write(`fuzz: ${generatedCalls} generated calls\n`);
  if (generatedCalls < MIN_CALLS)
    throw new Error(`only ${generatedCalls} generated calls; the guardrail asks for ${MIN_CALLS}`);
});

// ---------------------------------------------------------------------------------------------
// What each parameter is, so that values near its limits are generated often.

type Kind =
  | "amount"
  | "rate"
  | "days"
  | "year"
  | "serial"
  | "truth"
  | "months"
  | "count"
  | "decimals"
  | "varianceKind"
  | "factor";

const KINDS: Record<FunctionId, readonly Kind[]> = {
  FRAMEADJUST: ["amount", "amount"],
  PLCOMP: ["amount", "rate", "amount", "rate"],
  POADJUST: ["amount", "rate", "rate"],
  DAILYCOST: ["amount", "days"],
  FULLYEARPLACEMENTS: ["days", "year"],
  ANNUALCOST: ["amount", "count", "year"],
  PLACEMENTDAYS: ["serial", "serial", "year", "truth"],
  OCCUPANCY: ["days", "days", "year"],
  MEASUREEFFECT: ["amount", "serial", "year", "count", "factor"],
  VOLUMEEFFECT: ["amount", "amount"],
  BREAKEVEN: ["amount", "amount"],
  VARIANCE: ["amount", "amount", "varianceKind"],
  FORECAST: ["amount", "months"],
  PERIODBUDGET: ["amount", "months"],
  PRICEVOLUME: ["days", "amount", "days", "amount"],
  ROUNDSUM: ["amount", "decimals"],
};

/** Functions that compute cell by cell and spill in the broadcast shape of their arguments. */
const ELEMENTWISE: ReadonlySet<FunctionId> = new Set<FunctionId>([
  "PLCOMP",
  "POADJUST",
  "DAILYCOST",
  "FULLYEARPLACEMENTS",
  "ANNUALCOST",
  "PLACEMENTDAYS",
  "OCCUPANCY",
  "VOLUMEEFFECT",
  "BREAKEVEN",
  "VARIANCE",
  "FORECAST",
  "PERIODBUDGET",
]);

// ---------------------------------------------------------------------------------------------
// Cells.

const specialNumber = fc.constantFrom(
  0,
  -0,
  1,
  -1,
  0.5,
  -0.5,
  0.1,
  0.2,
  1 / 3,
  2 / 3,
  1e308,
  -1e308,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  5e-324,
  -5e-324,
  2.2250738585072014e-308,
  2 ** 53,
  2 ** 53 + 2,
  -(2 ** 53),
  1e15,
  1e21,
  1e-7,
  123_456_789.125,
  1899,
  1900,
  9999,
  10_000,
  2024,
  2026,
  2100,
  12,
  13,
  59,
  60,
  61,
  2_958_465,
  2_958_466,
  50,
  51,
  10,
  11
);
const anyDouble = fc.double({ noNaN: true, noDefaultInfinity: true });
const fraction = fc.double({ min: -1, max: 1, noNaN: true });
const integer = fc.integer({ min: -1_000_000, max: 1_000_000 });
/** Amounts in kronor and öre, up to a thousand million kronor. */
const money = fc.integer({ min: -100_000_000_000, max: 100_000_000_000 }).map((ore) => ore / 100);
const number = fc.oneof(specialNumber, anyDouble, fraction, integer, money);

const textCell = fc.oneof(
  fc.constantFrom(
    "1 234,5",
    "1\u00a0234,5",
    "0,03",
    "3 %",
    "12",
    "-5",
    "\u22125",
    "1e308",
    "NaN",
    "Infinity",
    "SANT",
    "FALSKT",
    "TRUE",
    "FALSE",
    "sant",
    "#VALUE!",
    "#N/A",
    "=1+1",
    " ",
    "x".repeat(60)
  ),
  fc.string({ maxLength: 60 }),
  fc.string({ unit: "grapheme", maxLength: 12 })
);
const blank = fc.constantFrom<Cell>("", null);
/** Excel never passes these, but a stray one must still not escape as NaN or Infinity. */
const nonFinite = fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY);

const BY_KIND: Record<Kind, fc.Arbitrary<Cell>> = {
  amount: fc.oneof(money, integer, fraction, specialNumber),
  rate: fc.oneof(
    fraction,
    fc.integer({ min: 0, max: 100 }).map((p) => p / 100)
  ),
  days: fc.oneof(
    fc.integer({ min: -10, max: 100_000 }),
    fc.double({ min: 0, max: 1e6, noNaN: true }),
    fc.constantFrom(0, 365, 366, 821.25)
  ),
  year: fc.oneof(
    fc.integer({ min: 1895, max: 10_005 }),
    fc.integer({ min: 2019, max: 2030 }),
    fc.constantFrom(1900, 9999, 9950, 9951, 2000, 2024, 2028, 2100, 1900.5, 2026.25)
  ),
  serial: fc.oneof(
    fc.integer({ min: -3, max: 2_958_470 }),
    fc.integer({ min: 43_000, max: 48_000 }),
    fc.double({ min: 0, max: 2_958_467, noNaN: true }),
    fc.constantFrom(1, 59, 60, 61, 366, 367, 2_958_465, 2_958_466, 46_204, 46_204.75, 0.5)
  ),
  truth: fc.oneof(fc.boolean(), fc.constantFrom<Cell>(0, 1, 2, -1, 0.5, "SANT", "TRUE")),
  months: fc.oneof(fc.integer({ min: -2, max: 14 }), fc.constantFrom(0.5, 11.999, 12.0000001)),
  count: fc.oneof(fc.integer({ min: -2, max: 52 }), fc.constantFrom(1.5, 50, 51)),
  decimals: fc.oneof(fc.integer({ min: -2, max: 12 }), fc.constantFrom(2.5, 10, 11)),
  varianceKind: fc.constantFrom(
    "cost",
    "kostnad",
    "revenue",
    "income",
    "intäkt",
    "INTÄKT",
    "inta\u0308kt",
    " Revenue ",
    "budget",
    "constructor",
    "__proto__",
    "hasOwnProperty"
  ),
  factor: fc.oneof(fc.double({ min: -2, max: 2, noNaN: true }), fc.constantFrom(0, 0.25, 0.5, 1)),
};

function cellOf(kind: Kind): fc.Arbitrary<Cell> {
  return fc.oneof(
    { weight: 12, arbitrary: BY_KIND[kind] },
    { weight: 4, arbitrary: number },
    { weight: 2, arbitrary: textCell },
    { weight: 2, arbitrary: blank },
    { weight: 1, arbitrary: fc.boolean() },
    { weight: 1, arbitrary: nonFinite }
  );
}

// ---------------------------------------------------------------------------------------------
// Arguments: the call has one shape; each argument takes it, is a single cell, has a shape of its
// own (usually one that does not pair), or is left out.

interface Dims {
  rows: number;
  cols: number;
}

const small = (min: number, max: number) => fc.integer({ min, max });
const callDims: fc.Arbitrary<Dims> = fc.oneof(
  { weight: 300, arbitrary: fc.constant({ rows: 1, cols: 1 }) },
  { weight: 100, arbitrary: small(2, 6).map((cols) => ({ rows: 1, cols })) },
  { weight: 100, arbitrary: small(2, 6).map((rows) => ({ rows, cols: 1 })) },
  { weight: 100, arbitrary: fc.record({ rows: small(2, 4), cols: small(2, 4) }) },
  // About one call in 300 (twenty per function): at 3 000 cells an argument, these are the slow ones.
  { weight: 2, arbitrary: fc.constant<Dims>(LARGE) }
);
const ownDims: fc.Arbitrary<Dims> = fc.record({ rows: small(1, 5), cols: small(1, 5) });

type Placement = "call" | "single" | "own" | "omitted";

function placement(optional: boolean): fc.Arbitrary<Placement> {
  return fc.oneof(
    { weight: 6, arbitrary: fc.constant<Placement>("call") },
    { weight: 3, arbitrary: fc.constant<Placement>("single") },
    { weight: 1, arbitrary: fc.constant<Placement>("own") },
    // A required argument left empty (=F(1,)) reaches the function as null too.
    { weight: optional ? 3 : 1, arbitrary: fc.constant<Placement>("omitted") }
  );
}

/** A matrix of the given size filled from a pool of cells (cycled, so large ranges are cheap). */
function fill(dims: Dims, pool: readonly Cell[]): Cell[][] {
  return Array.from({ length: dims.rows }, (_, r) =>
    Array.from({ length: dims.cols }, (_, c) => pool[(r * dims.cols + c) % pool.length] as Cell)
  );
}

function argumentsFor(id: FunctionId): fc.Arbitrary<Arg[]> {
  const definition = CATALOG[id];
  if (!definition) throw new Error(`no catalog entry for ${id}`);
  const kinds = KINDS[id];
  if (kinds.length !== definition.parameters.length)
    throw new Error(
      `${id}: the fuzz table has ${kinds.length} parameters, the catalog more or fewer`
    );
  const perArgument = definition.parameters.map((parameter, i) =>
    fc.record({
      where: placement(parameter.optional === true),
      own: ownDims,
      pool: fc.array(cellOf(kinds[i] as Kind), { minLength: 1, maxLength: 24 }),
    })
  );
  return fc.record({ dims: callDims, args: fc.tuple(...perArgument) }).map(({ dims, args }) =>
    args.map(({ where, own, pool }): Arg => {
      switch (where) {
        case "omitted":
          return null;
        case "single":
          return fill({ rows: 1, cols: 1 }, pool);
        case "own":
          return fill(own, pool);
        case "call":
          return fill(dims, pool);
      }
    })
  );
}

// ---------------------------------------------------------------------------------------------
// What every result must be.

const ALLOWED_CODES = new Set(["#VALUE!", "#NUM!", "#DIV/0!"]);

function fail(id: FunctionId, args: readonly Arg[], message: string): never {
  throw new Error(`${id}: ${message}\n  arguments: ${describeArgs(args)}`);
}

function describeArgs(args: readonly Arg[]): string {
  return args
    .map((arg) => {
      if (!arg) return String(arg);
      const text = JSON.stringify(arg, (_key, value: unknown) =>
        typeof value === "number" && !Number.isFinite(value)
          ? String(value)
          : Object.is(value, -0)
            ? "-0"
            : value
      );
      return arg.length * (arg[0]?.length ?? 0) > 24
        ? `${arg.length}×${arg[0]?.length ?? 0} ${text.slice(0, 200)}…`
        : text;
    })
    .join(", ");
}

function codeOfCell(cell: unknown): string | undefined {
  return isExcelError(cell) ? cell.code : undefined;
}

/** Calls a function with generated arguments: counted, and never allowed to throw. */
function call(id: FunctionId, args: readonly Arg[]): ResultMatrix {
  generatedCalls++;
  try {
    return IMPLEMENTATIONS[id](...args);
  } catch (error) {
    // Again with stack traces on, so that the report shows where it was thrown.
    Error.stackTraceLimit = stackTraceLimit;
    let thrown: unknown = error;
    try {
      IMPLEMENTATIONS[id](...args);
    } catch (again) {
      thrown = again;
    }
    return fail(id, args, `threw ${thrown instanceof Error ? thrown.stack : String(thrown)}`);
  }
}

function assertWellFormed(id: FunctionId, args: readonly Arg[], result: ResultMatrix): void {
  if (!Array.isArray(result) || result.length === 0) fail(id, args, "not a non-empty array");
  const width = Array.isArray(result[0]) ? result[0].length : -1;
  if (width < 1) fail(id, args, "first row is not a non-empty array");
  for (const row of result) {
    if (!Array.isArray(row) || row.length !== width)
      fail(
        id,
        args,
        `rows of unequal length (${width} and ${Array.isArray(row) ? row.length : row})`
      );
    for (const cell of row) {
      if (typeof cell === "number") {
        if (!Number.isFinite(cell)) fail(id, args, `non-finite number ${cell}`);
        if (Object.is(cell, -0)) fail(id, args, "negative zero");
      } else if (cell !== "") {
        if (!isExcelError(cell)) fail(id, args, `cell of unexpected kind: ${String(cell)}`);
        if (!ALLOWED_CODES.has(cell.code)) fail(id, args, `unexpected error code ${cell.code}`);
        if (cell.code === "#VALUE!" && !cell.message)
          fail(id, args, "#VALUE! without a message for the user");
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The documented shapes, written from the README rather than from the implementation.

interface ArgShape {
  rows: number;
  cols: number;
}

const shapes = new WeakMap<object, ArgShape>();
/** The shape of an argument (remembered, since the per-cell checks ask for it often). */
function shapeOfArg(arg: Arg): ArgShape | undefined {
  if (!arg) return undefined;
  let shape = shapes.get(arg);
  if (!shape) {
    shape = { rows: arg.length, cols: arg.reduce((max, row) => Math.max(max, row.length), 0) };
    shapes.set(arg, shape);
  }
  return shape;
}
const isSingle = (s: ArgShape) => s.rows <= 1 && s.cols <= 1;

type Expected = { rows: number; cols?: number } | { wholeError: readonly string[] };

/** A single cell repeats; ranges must all have one shape; otherwise the whole call is #VALUE!. */
function broadcast(args: readonly Arg[]): Expected {
  let shape: ArgShape = { rows: 1, cols: 1 };
  for (const s of args.map(shapeOfArg)) {
    if (!s || isSingle(s)) continue;
    if (isSingle(shape)) shape = s;
    else if (s.rows !== shape.rows || s.cols !== shape.cols) return { wholeError: ["#VALUE!"] };
  }
  return shape;
}

/** One result row per input row: per-row arguments are single cells or columns of one height. */
function perRow(args: readonly Arg[]): Expected & { rows?: number } {
  let rows = 1;
  for (const s of args.map(shapeOfArg)) {
    if (!s) continue;
    if (s.cols > 1) return { wholeError: ["#VALUE!"] };
    if (s.rows <= 1) continue;
    if (rows !== 1 && rows !== s.rows) return { wholeError: ["#VALUE!"] };
    rows = s.rows;
  }
  return { rows };
}

function expectedShape(id: FunctionId, args: readonly Arg[]): Expected {
  if (ELEMENTWISE.has(id)) return broadcast(args);
  switch (id) {
    case "MEASUREEFFECT": {
      const rows = perRow(args.slice(0, 4));
      if ("wholeError" in rows) return rows;
      const phase = shapeOfArg(args[4]);
      if (phase && phase.rows > 1 && phase.rows !== rows.rows) return { wholeError: ["#VALUE!"] };
      return { rows: rows.rows as number };
    }
    case "PRICEVOLUME": {
      const rows = perRow(args);
      return "wholeError" in rows ? rows : { rows: rows.rows as number, cols: 2 };
    }
    case "FRAMEADJUST": {
      const base = shapeOfArg(args[0]) ?? { rows: 1, cols: 1 };
      const adjustments = shapeOfArg(args[1]) ?? { rows: 0, cols: 0 };
      const cols = Math.max(adjustments.cols, 1);
      if (base.cols > 1) return { wholeError: ["#VALUE!"] };
      if (base.rows <= 1) return { rows: 1, cols };
      return base.rows === adjustments.rows
        ? { rows: base.rows, cols }
        : { wholeError: ["#VALUE!"] };
    }
    case "ROUNDSUM": {
      const decimals = shapeOfArg(args[1]);
      if (decimals && !isSingle(decimals)) return { wholeError: ["#VALUE!"] };
      const d = args[1]?.[0]?.[0];
      if (!isBlankCell(d)) {
        if (typeof d !== "number" || !Number.isFinite(d)) return { wholeError: ["#VALUE!"] };
        if (!Number.isInteger(d) || d < 0 || d > 10) return { wholeError: ["#NUM!"] };
      }
      const values = shapeOfArg(args[0]) ?? { rows: 1, cols: 1 };
      return { rows: values.rows, cols: Math.max(values.cols, 1) };
    }
    default:
      throw new Error(`no shape rule for ${id}`);
  }
}

function assertShape(id: FunctionId, args: readonly Arg[], result: ResultMatrix): Expected {
  const expected = expectedShape(id, args);
  const rows = result.length;
  const cols = result[0]?.length ?? 0;
  if ("wholeError" in expected) {
    const code = codeOfCell(result[0]?.[0]);
    if (rows !== 1 || cols !== 1 || code === undefined || !expected.wholeError.includes(code))
      fail(id, args, `expected one ${expected.wholeError.join("/")} cell, got ${rows}×${cols}`);
  } else if (rows !== expected.rows || (expected.cols !== undefined && cols !== expected.cols)) {
    fail(id, args, `expected ${expected.rows}×${expected.cols ?? "n"}, got ${rows}×${cols}`);
  }
  return expected;
}

// ---------------------------------------------------------------------------------------------
// Meaning, where it is cheap to check.

function isBlankCell(cell: Cell): boolean {
  return cell === null || cell === undefined || cell === "";
}
const isFiniteNumber = (cell: Cell): cell is number =>
  typeof cell === "number" && Number.isFinite(cell);

/** The cell of a broadcast argument at (r, c): a single cell repeats. */
function cellAtModel(arg: Arg, r: number, c: number): Cell {
  if (!arg) return undefined;
  const s = shapeOfArg(arg) as ArgShape;
  return isSingle(s) ? arg[0]?.[0] : arg[r]?.[c];
}
/** The cell of a per-row argument for result row r. */
const rowCellModel = (arg: Arg, r: number): Cell =>
  !arg ? undefined : arg.length === 1 ? arg[0]?.[0] : arg[r]?.[0];

const exact = (n: number): Exact => new Exact(n);

/** |got − want| within the rounding of one double plus the core's 34-digit steps (relative to scale). */
function closeTo(got: number, want: Exact, scale: Exact): boolean {
  const tolerance = exact(Math.abs(got))
    .plus(want.abs())
    .times(Number.EPSILON)
    .plus(scale.times("1e-30"))
    .plus(exact(Number.MIN_VALUE).times(4));
  return exact(got).minus(want).abs().lte(tolerance);
}

function sameCell(a: unknown, b: unknown): boolean {
  if (isExcelError(a) || isExcelError(b)) return codeOfCell(a) === codeOfCell(b);
  return Object.is(a, b);
}

let derivedCalls = 0;

function checkElementwise(id: FunctionId, args: readonly Arg[], result: ResultMatrix): void {
  result.forEach((row, r) =>
    row.forEach((cell, c) => {
      // A blank first (required) argument gives a blank cell, whatever else is wrong.
      if (isBlankCell(cellAtModel(args[0], r, c)) && cell !== "")
        fail(id, args, `blank first argument at ${r},${c} gave ${String(cell)}`);
      if (typeof cell !== "number") return;
      switch (id) {
        case "PLACEMENTDAYS":
          if (!Number.isInteger(cell) || cell < 0 || cell > 366)
            fail(id, args, `care days ${cell} at ${r},${c}`);
          break;
        case "FULLYEARPLACEMENTS":
        case "OCCUPANCY":
          if (cell < 0) fail(id, args, `negative ${cell} at ${r},${c}`);
          break;
        case "PERIODBUDGET": {
          const budget = cellAtModel(args[0], r, c) as number;
          if (Math.abs(cell) > Math.abs(budget))
            fail(id, args, `period budget ${cell} above the annual ${budget}`);
          break;
        }
        default:
          break;
      }
    })
  );
  // A range gives, cell by cell, what the single cells give: checked at the first, a middle and
  // the last cell of ranges up to CONSISTENCY_CELLS cells (not counted as generated calls).
  const rows = result.length;
  const cols = result[0]?.length ?? 0;
  if (rows * cols <= 1 || rows * cols > CONSISTENCY_CELLS) return;
  const positions: [number, number][] = [
    [0, 0],
    [rows >> 1, cols >> 1],
    [rows - 1, cols - 1],
  ];
  for (const [r, c] of positions) {
    const cell = result[r]?.[c];
    const single = args.map((arg): Arg => (arg ? [[cellAtModel(arg, r, c)]] : null));
    derivedCalls++;
    const alone = IMPLEMENTATIONS[id](...single)[0]?.[0];
    if (!sameCell(cell, alone))
      fail(id, args, `cell ${r},${c} is ${String(cell)} in the range but ${String(alone)} alone`);
  }
}

function checkFrameAdjust(args: readonly Arg[], result: ResultMatrix): void {
  const [base, adjustments] = args;
  const baseShape = shapeOfArg(base) ?? { rows: 1, cols: 1 };
  const adj = adjustments ?? [];
  result.forEach((row, r) => {
    const baseCell = rowCellModel(base, r);
    const columns = row.map((_, c) =>
      baseShape.rows <= 1 ? adj.map((adjRow) => adjRow[c]) : [adj[r]?.[c]]
    );
    if (isBlankCell(baseCell)) {
      if (row.some((cell) => cell !== "")) fail("FRAMEADJUST", args, "blank base, non-blank frame");
      return;
    }
    if (!isFiniteNumber(baseCell)) {
      if (row.some((cell) => codeOfCell(cell) !== "#VALUE!"))
        fail("FRAMEADJUST", args, "a bad base must make the whole row #VALUE!");
      return;
    }
    let frame = exact(baseCell);
    let scale = frame.abs();
    let broken = false;
    row.forEach((cell, c) => {
      const column = (columns[c] ?? []).filter((x) => !isBlankCell(x));
      broken ||= column.some((x) => !isFiniteNumber(x));
      if (broken) {
        if (codeOfCell(cell) !== "#VALUE!")
          fail("FRAMEADJUST", args, `year ${c} after a bad adjustment is ${String(cell)}`);
        return;
      }
      for (const x of column as number[]) {
        frame = frame.plus(exact(x));
        scale = scale.plus(exact(x).abs());
      }
      if (typeof cell === "number" && !closeTo(cell, frame, scale))
        fail("FRAMEADJUST", args, `year ${c} is ${cell}, want ${frame.toString()}`);
      if (typeof cell !== "number" && codeOfCell(cell) !== "#NUM!")
        fail("FRAMEADJUST", args, `year ${c} is ${String(cell)} for good input`);
    });
  });
}

function checkMeasureEffect(args: readonly Arg[], result: ResultMatrix): void {
  const width = result[0]?.length ?? 0;
  if (width > 50) fail("MEASUREEFFECT", args, `${width} plan years`);
  if (args[4]) return; // phase-in factors may exceed 1 or change the sign
  result.forEach((row, r) => {
    const annual = rowCellModel(args[0], r);
    for (const effect of row) {
      if (typeof effect !== "number" || !isFiniteNumber(annual)) continue;
      if (Math.abs(effect) > Math.abs(annual) || effect * annual < 0)
        fail("MEASUREEFFECT", args, `effect ${effect} outside 0…${annual}`);
    }
  });
}

function checkPriceVolume(args: readonly Arg[], result: ResultMatrix): void {
  result.forEach((row, r) => {
    const [volume, price] = row;
    if (typeof volume !== "number" || typeof price !== "number") {
      if (typeof volume === "number" || typeof price === "number")
        fail("PRICEVOLUME", args, "one part a number, the other not");
      return;
    }
    const [v0, p0, v1, p1] = args.map((arg) => exact(rowCellModel(arg, r) as number)) as [
      Exact,
      Exact,
      Exact,
      Exact,
    ];
    const change = v1.times(p1).minus(v0.times(p0));
    const scale = v1.times(p1).abs().plus(v0.times(p0).abs()).plus(v1.times(p0).abs());
    if (!closeTo(volume + price, change, scale) && !closeTo2(volume, price, change, scale))
      fail("PRICEVOLUME", args, `${volume} + ${price} ≠ ${change.toString()}`);
  });
}

/** The two parts added exactly (their double sum may itself round or overflow). */
function closeTo2(a: number, b: number, want: Exact, scale: Exact): boolean {
  const tolerance = exact(Math.abs(a))
    .plus(exact(Math.abs(b)))
    .times(Number.EPSILON)
    .plus(scale.times("1e-30"))
    .plus(exact(Number.MIN_VALUE).times(4));
  return exact(a).plus(exact(b)).minus(want).abs().lte(tolerance);
}

/** ROUNDSUM: numbers become parts within one unit, blanks stay blank, anything else is #VALUE!. */
function checkRoundSum(args: readonly Arg[], result: ResultMatrix): void {
  const values = args[0] ?? [[]];
  const d = isBlankCell(args[1]?.[0]?.[0]) ? 0 : (args[1]?.[0]?.[0] as number);
  const unit = new Exact(10).pow(-d);
  const inputs: number[] = [];
  const parts: number[] = [];
  result.forEach((row, r) =>
    row.forEach((cell, c) => {
      const input = values[r]?.[c];
      if (isBlankCell(input)) {
        if (cell !== "") fail("ROUNDSUM", args, `blank at ${r},${c} gave ${String(cell)}`);
      } else if (!isFiniteNumber(input)) {
        if (codeOfCell(cell) !== "#VALUE!")
          fail("ROUNDSUM", args, `${String(input)} at ${r},${c} gave ${String(cell)}`);
      } else if (typeof cell === "number") {
        inputs.push(input);
        parts.push(cell);
        // Within one unit of its value, allowing for the part's own rounding to a double.
        const slack = exact(Math.abs(cell)).plus(Math.abs(input)).times(Number.EPSILON);
        if (exact(cell).minus(exact(input)).abs().gt(unit.plus(slack)))
          fail("ROUNDSUM", args, `part ${cell} more than one unit from ${input}`);
      } else if (codeOfCell(cell) !== "#NUM!") {
        fail("ROUNDSUM", args, `number ${input} at ${r},${c} gave ${String(cell)}`);
      }
    })
  );
  // Exactly when every sum fits the core's 34 significant digits with room to spare and every
  // part is a double without rounding: |value| ≤ 1e6 and no digits below 1e-20 (7 + 20 digits,
  // plus 4 for carries over 3 000 cells), at most 4 decimals.
  const representable = inputs.every((v) => Math.abs(v) <= 1e6 && exact(v).decimalPlaces() <= 20);
  if (!representable || d > 4) return;
  const total = inputs
    .reduce((acc, v) => acc.plus(exact(v)), new Exact(0))
    .toDecimalPlaces(d, Exact.ROUND_HALF_UP);
  const sumOfParts = parts.reduce((acc, p) => acc.plus(exact(p)), new Exact(0));
  if (!sumOfParts.eq(total))
    fail(
      "ROUNDSUM",
      args,
      `parts add up to ${sumOfParts.toString()}, the rounded total is ${total.toString()}`
    );
}

function checkCall(id: FunctionId, args: readonly Arg[]): ResultMatrix {
  const result = call(id, args);
  assertWellFormed(id, args, result);
  const expected = assertShape(id, args, result);
  if ("wholeError" in expected) return result;
  if (ELEMENTWISE.has(id)) checkElementwise(id, args, result);
  else if (id === "FRAMEADJUST") checkFrameAdjust(args, result);
  else if (id === "MEASUREEFFECT") checkMeasureEffect(args, result);
  else if (id === "PRICEVOLUME") checkPriceVolume(args, result);
  else if (id === "ROUNDSUM") checkRoundSum(args, result);
  return result;
}

// ---------------------------------------------------------------------------------------------

describe("every BUDGET function, with generated arguments as Excel passes them", () => {
  it("covers all sixteen functions of the catalog", () => {
    expect(Object.keys(KINDS).sort()).toEqual([...FUNCTION_IDS].sort());
    expect(Object.keys(IMPLEMENTATIONS).sort()).toEqual([...FUNCTION_IDS].sort());
  });

  it.each(FUNCTION_IDS.map((id) => [id]))(
    "%s: never throws, returns a rectangle of finite numbers, blanks and #VALUE!/#NUM!/#DIV/0! in its documented shape",
    (id) => {
      fc.assert(
        fc.property(argumentsFor(id), (args) => {
          checkCall(id, args);
        }),
        params(RUNS_PER_FUNCTION)
      );
    },
    TIMEOUT_MS
  );
});

describe("properties with realistic amounts", () => {
  const cent = fc.integer({ min: -10_000_000, max: 10_000_000 }).map((ore) => ore / 100);
  const part = fc.oneof(
    cent,
    fc.integer({ min: -1000, max: 1000 }),
    fc.constantFrom<Cell>(0.4, 0.5, -0.5, 0.25, 1 / 3, 583.33, 583.34, 1.005, 2.675, "", null)
  );
  const valuesRange = fc
    .record({
      rows: small(1, 12),
      cols: small(1, 4),
      pool: fc.array(part, { minLength: 1, maxLength: 48 }),
    })
    .map(({ rows, cols, pool }) => fill({ rows, cols }, pool));
  const decimalsArg = fc.oneof(
    fc.constant<Arg>(null),
    fc.integer({ min: 0, max: 4 }).map((d): Arg => [[d]])
  );

  it(
    "ROUNDSUM: the numeric parts add up exactly to the rounded total of the numeric inputs",
    () => {
      fc.assert(
        fc.property(valuesRange, decimalsArg, (values, decimals) => {
          const result = checkCall("ROUNDSUM", [values, decimals]);
          // checkCall compared the sums; make sure this case was one it compares.
          expect(result).toHaveLength(values.length);
        }),
        params(RUNS_PER_PROPERTY)
      );
    },
    TIMEOUT_MS
  );

  const volume = fc.oneof(
    fc.integer({ min: 0, max: 100_000 }),
    fc.double({ min: 0, max: 1e5, noNaN: true })
  );
  const price = fc.oneof(cent, fc.double({ min: -1e7, max: 1e7, noNaN: true }));
  const column = <T extends Cell>(arb: fc.Arbitrary<T>) =>
    fc.oneof(
      arb.map((v): Arg => [[v]]),
      fc.array(arb, { minLength: 2, maxLength: 8 }).map((vs): Arg => vs.map((v) => [v]))
    );

  it(
    "PRICEVOLUME: volume and price effect add up to v1·p1 − v0·p0 within double rounding",
    () => {
      fc.assert(
        fc.property(
          column(volume),
          column(price),
          column(volume),
          column(price),
          (v0, p0, v1, p1) => {
            checkCall("PRICEVOLUME", [v0, p0, v1, p1]);
          }
        ),
        params(RUNS_PER_PROPERTY)
      );
    },
    TIMEOUT_MS
  );

  it("derived single-cell calls were made (the range-versus-cell check ran)", () => {
    expect(derivedCalls).toBeGreaterThan(0);
  });
});
