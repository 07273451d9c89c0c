/**
 * The BUDGET custom functions: each coerces Excel's arguments, broadcasts ranges, calls the core
 * and maps failures to Excel errors cell by cell, so that in a spilled result only the bad cells
 * are errors. A required argument that is blank gives a blank result cell.
 */
import { BudgetError } from "../budget/errors";
import { framePath, plCompensation, poAdjustment } from "../budget/frame";
import {
  forecast,
  parseVarianceKind,
  periodBudget,
  priceVolume,
  variance,
} from "../budget/followup";
import { Decimal, ONE, toFiniteNumber } from "../budget/money";
import { assertPlanYears, measureEffect } from "../budget/phasing";
import {
  annualCost,
  breakEven,
  dailyCost,
  fullYearPlacements,
  occupancy,
  placementDays,
  volumeEffect,
} from "../budget/placements";
import { roundToSum } from "../budget/rounding";
import type { FunctionId } from "./catalog";
import { type Arg, type Cell, isBlank, toBoolean, toDecimal, toNumber, toText } from "./cells";
import { type ExcelError, guarded, toExcelError } from "./excelErrors";
import { broadcastShape, cellAt, rowCellAt, rowCount, shapeOf } from "./shape";

export type ResultCell = number | string | ExcelError;
export type ResultMatrix = ResultCell[][];

const BLANK = "";

/** A Decimal result as the one JavaScript number Excel receives; too large for a double is #NUM!. */
function finite(value: Decimal | number): number {
  const n = typeof value === "number" ? value : toFiniteNumber(value);
  if (n === undefined || !Number.isFinite(n)) throw new BudgetError("num", "tooLarge");
  return n === 0 ? 0 : n;
}

/** A failure of the whole call (arguments that do not pair) as a single error cell. */
function wholeCall(compute: () => ResultMatrix): ResultMatrix {
  const result = guarded(compute);
  return Array.isArray(result) ? result : [[result]];
}

/** Applies `compute` to every cell of the broadcast shape; null from `compute` is a blank cell. */
function elementwise(
  args: readonly Arg[],
  compute: (cells: Cell[]) => Decimal | number | null
): ResultMatrix {
  return wholeCall(() => {
    const { rows, cols } = broadcastShape(args);
    const result: ResultMatrix = [];
    for (let r = 0; r < rows; r++) {
      const row: ResultCell[] = [];
      for (let c = 0; c < cols; c++) {
        const cells = args.map((arg) => cellAt(arg, r, c));
        row.push(
          guarded(() => {
            const value = compute(cells);
            return value === null ? BLANK : finite(value);
          })
        );
      }
      result.push(row);
    }
    return result;
  });
}

const anyBlank = (...cells: Cell[]): boolean => cells.some(isBlank);
const optionalNumber = (cell: Cell): number | undefined =>
  isBlank(cell) ? undefined : toNumber(cell);

function FRAMEADJUST(base: Arg, adjustments: Arg): ResultMatrix {
  return wholeCall(() => {
    const adj = adjustments ?? [];
    const { rows: adjRows, cols } = shapeOf(adj);
    const baseShape = base ? shapeOf(base) : { rows: 1, cols: 1 };
    if (baseShape.cols > 1)
      throw new BudgetError("value", "shapeMismatch", `${baseShape.rows}×${baseShape.cols}`);
    const width = Math.max(cols, 1);
    if (baseShape.rows <= 1) {
      // One frame: each column of adjustments is one plan year, summed down the column.
      const columns = Array.from({ length: width }, (_, c) =>
        Array.from({ length: adjRows }, (_, r) => adj[r]?.[c])
      );
      return [framesRow(rowCellAt(base, 0), columns)];
    }
    // One frame per row of base: row i of the adjustments belongs to base i.
    if (adjRows !== baseShape.rows)
      throw new BudgetError("value", "shapeMismatch", `${baseShape.rows} ≠ ${adjRows}`);
    return Array.from({ length: baseShape.rows }, (_, r) =>
      framesRow(
        rowCellAt(base, r),
        Array.from({ length: width }, (_, c) => [adj[r]?.[c]])
      )
    );
  });
}

/** The frames of one row; a bad adjustment makes its year and every later year an error. */
function framesRow(baseCell: Cell, columns: Cell[][]): ResultCell[] {
  if (isBlank(baseCell)) return columns.map(() => BLANK);
  const base = guarded(() => toDecimal(baseCell));
  if (!Decimal.isDecimal(base)) return columns.map(() => base);
  const parsed: Decimal[][] = [];
  let failure: BudgetError | undefined;
  for (const column of columns) {
    try {
      parsed.push(column.filter((cell) => !isBlank(cell)).map(toDecimal));
    } catch (error) {
      if (!(error instanceof BudgetError)) throw error;
      failure = error;
      break;
    }
  }
  // One column is the plain frame adjustment; several are a path of yearly frames.
  const frames: ResultCell[] = framePath(base, parsed).map((frame) => guarded(() => finite(frame)));
  while (frames.length < columns.length)
    frames.push(toExcelError(failure ?? new BudgetError("value", "notANumber")));
  return frames;
}

function PLCOMP(personnel: Arg, wage: Arg, other: Arg, price: Arg): ResultMatrix {
  return elementwise([personnel, wage, other, price], ([p, w, o, pr]) =>
    anyBlank(p, w, o, pr)
      ? null
      : plCompensation(toDecimal(p), toDecimal(w), toDecimal(o), toDecimal(pr))
  );
}

function POADJUST(wages: Arg, before: Arg, after: Arg): ResultMatrix {
  return elementwise([wages, before, after], ([w, b, a]) =>
    anyBlank(w, b, a) ? null : poAdjustment(toDecimal(w), toDecimal(b), toDecimal(a))
  );
}

function DAILYCOST(cost: Arg, days: Arg): ResultMatrix {
  return elementwise([cost, days], ([c, d]) =>
    anyBlank(c, d) ? null : dailyCost(toDecimal(c), toDecimal(d))
  );
}

function FULLYEARPLACEMENTS(days: Arg, year: Arg): ResultMatrix {
  return elementwise([days, year], ([d, y]) =>
    isBlank(d) ? null : fullYearPlacements(toDecimal(d), optionalNumber(y))
  );
}

function ANNUALCOST(daily: Arg, placements: Arg, year: Arg): ResultMatrix {
  return elementwise([daily, placements, year], ([d, p, y]) =>
    isBlank(d) ? null : annualCost(toDecimal(d), isBlank(p) ? ONE : toDecimal(p), optionalNumber(y))
  );
}

function PLACEMENTDAYS(start: Arg, end: Arg, year: Arg, countEndDay: Arg): ResultMatrix {
  return elementwise([start, end, year, countEndDay], ([s, e, y, k]) =>
    anyBlank(s, y)
      ? null
      : placementDays(
          toNumber(s),
          optionalNumber(e),
          toNumber(y),
          isBlank(k) ? false : toBoolean(k)
        )
  );
}

function OCCUPANCY(careDays: Arg, places: Arg, year: Arg): ResultMatrix {
  return elementwise([careDays, places, year], ([d, p, y]) =>
    anyBlank(d, p) ? null : occupancy(toDecimal(d), toDecimal(p), optionalNumber(y))
  );
}

const DEFAULT_PLAN_YEARS = 3;

function MEASUREEFFECT(
  annual: Arg,
  start: Arg,
  firstYear: Arg,
  years: Arg,
  phaseIn: Arg
): ResultMatrix {
  return wholeCall(() => {
    const rows = rowCount([annual, start, firstYear, years]);
    const phase = phaseIn ? shapeOf(phaseIn) : { rows: 0, cols: 0 };
    if (phase.rows > 1 && phase.rows !== rows)
      throw new BudgetError("value", "shapeMismatch", `${rows} ≠ ${phase.rows}`);
    const computed = Array.from({ length: rows }, (_, r) =>
      effectRow(
        rowCellAt(annual, r),
        rowCellAt(start, r),
        rowCellAt(firstYear, r),
        rowCellAt(years, r),
        phaseIn?.[phase.rows > 1 ? r : 0]
      )
    );
    const width = Math.max(1, ...computed.map((row) => (Array.isArray(row) ? row.length : 0)));
    return computed.map((row) =>
      Array.isArray(row) ? padRow(row, width, BLANK) : padRow([], width, row)
    );
  });
}

/** One measure's row of effects, or the error that the whole row shows. */
function effectRow(
  annual: Cell,
  start: Cell,
  firstYear: Cell,
  years: Cell,
  phase: readonly Cell[] | undefined
): ResultCell[] | ExcelError {
  const row = guarded(() => {
    const count = isBlank(years) ? DEFAULT_PLAN_YEARS : toNumber(years);
    if (anyBlank(annual, firstYear)) {
      // Still check the count, so a blank row is as wide as its neighbours.
      assertPlanYears(count);
      return Array.from({ length: count }, () => BLANK);
    }
    const factors = (phase ?? []).map((cell) => (isBlank(cell) ? ONE : toDecimal(cell)));
    return measureEffect(
      toDecimal(annual),
      optionalNumber(start),
      toNumber(firstYear),
      count,
      factors
    ).map(finite);
  });
  return row;
}

function padRow(row: ResultCell[], width: number, fill: ResultCell): ResultCell[] {
  return row.length >= width
    ? row
    : [...row, ...Array.from({ length: width - row.length }, () => fill)];
}

function VOLUMEEFFECT(change: Arg, unitCost: Arg): ResultMatrix {
  return elementwise([change, unitCost], ([v, u]) =>
    anyBlank(v, u) ? null : volumeEffect(toDecimal(v), toDecimal(u))
  );
}

function BREAKEVEN(investment: Arg, costPerUnit: Arg): ResultMatrix {
  return elementwise([investment, costPerUnit], ([i, c]) =>
    anyBlank(i, c) ? null : breakEven(toDecimal(i), toDecimal(c))
  );
}

function VARIANCE(budget: Arg, actual: Arg, kind: Arg): ResultMatrix {
  return elementwise([budget, actual, kind], ([b, a, k]) =>
    anyBlank(b, a)
      ? null
      : variance(toDecimal(b), toDecimal(a), isBlank(k) ? "cost" : parseVarianceKind(toText(k)))
  );
}

function FORECAST(actualToDate: Arg, months: Arg): ResultMatrix {
  return elementwise([actualToDate, months], ([a, m]) =>
    anyBlank(a, m) ? null : forecast(toDecimal(a), toNumber(m))
  );
}

function PERIODBUDGET(annualBudget: Arg, months: Arg): ResultMatrix {
  return elementwise([annualBudget, months], ([b, m]) =>
    anyBlank(b, m) ? null : periodBudget(toDecimal(b), toNumber(m))
  );
}

function PRICEVOLUME(
  volumeBefore: Arg,
  priceBefore: Arg,
  volumeAfter: Arg,
  priceAfter: Arg
): ResultMatrix {
  return wholeCall(() => {
    const args = [volumeBefore, priceBefore, volumeAfter, priceAfter];
    const rows = rowCount(args);
    return Array.from({ length: rows }, (_, r) => {
      const cells = args.map((arg) => rowCellAt(arg, r));
      if (anyBlank(...cells)) return [BLANK, BLANK];
      const parts = guarded(() => {
        const [v0, p0, v1, p1] = cells.map(toDecimal) as [Decimal, Decimal, Decimal, Decimal];
        return priceVolume(v0, p0, v1, p1).map(finite);
      });
      return Array.isArray(parts) ? parts : [parts, parts];
    });
  });
}

function ROUNDSUM(values: Arg, decimals: Arg): ResultMatrix {
  return wholeCall(() => {
    const decimalsShape = decimals ? shapeOf(decimals) : { rows: 0, cols: 0 };
    if (decimalsShape.rows > 1 || decimalsShape.cols > 1)
      throw new BudgetError("value", "shapeMismatch", "decimals");
    const decimalsCell = cellAt(decimals, 0, 0);
    const places = isBlank(decimalsCell) ? 0 : toNumber(decimalsCell);
    const grid = values ?? [[]];
    const { cols } = shapeOf(grid);
    // Row by row, left to right: that is the order in which "the earlier cell" wins a tie.
    const result: ResultMatrix = grid.map((row) =>
      Array.from({ length: Math.max(cols, 1) }, (_, c) => cellOrBlank(row[c]))
    );
    const positions: [number, number][] = [];
    const amounts: Decimal[] = [];
    result.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (typeof cell !== "number") return;
        positions.push([r, c]);
        amounts.push(toDecimal(cell));
      })
    );
    const rounded = roundToSum(amounts, places);
    positions.forEach(([r, c], i) => {
      const target = result[r];
      const value = rounded[i];
      if (target && value) target[c] = guarded(() => finite(value));
    });
    return result;
  });
}

/** A value cell of ROUNDSUM before rounding: its number, a blank, or the error a bad cell shows. */
function cellOrBlank(cell: Cell): ResultCell {
  if (isBlank(cell)) return BLANK;
  return guarded(() => finite(toDecimal(cell)));
}

export const IMPLEMENTATIONS: Record<FunctionId, (...args: Arg[]) => ResultMatrix> = {
  FRAMEADJUST,
  PLCOMP,
  POADJUST,
  DAILYCOST,
  FULLYEARPLACEMENTS,
  ANNUALCOST,
  PLACEMENTDAYS,
  OCCUPANCY,
  MEASUREEFFECT,
  VOLUMEEFFECT,
  BREAKEVEN,
  VARIANCE,
  FORECAST,
  PERIODBUDGET,
  PRICEVOLUME,
  ROUNDSUM,
};
