/**
 * The BUDGET custom functions: each one is its core computation, run by the runner as the catalog
 * declares it. Only FRAMEADJUST and ROUNDSUM lay out their results themselves, since where a bad
 * cell's error lands is part of what they mean.
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
import type { Decimal } from "../budget/money";
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
import { guarded, toExcelError } from "./excelErrors";
import {
  type AmountCell,
  type AmountGrid,
  BLANK,
  byCell,
  byRange,
  byRow,
  finite,
  type Implementation,
  type ResultCell,
  type ResultMatrix,
} from "./runner";
import { rowCellAt, shapeOf } from "./shape";

/**
 * One frame from a single base, each column of adjustments one plan year summed down the column;
 * or, with a column of bases, one frame per row from that row of adjustments.
 */
function frameAdjust(
  base: AmountGrid | undefined,
  adjustments: AmountGrid | undefined
): ResultMatrix {
  const adj = adjustments ?? [];
  const { rows: adjRows, cols } = shapeOf(adj);
  const baseShape = base ? shapeOf(base) : { rows: 1, cols: 1 };
  if (baseShape.cols > 1)
    throw new BudgetError("value", "shapeMismatch", `${baseShape.rows}×${baseShape.cols}`);
  const width = Math.max(cols, 1);
  if (baseShape.rows <= 1) {
    const columns = Array.from({ length: width }, (_, c) =>
      Array.from({ length: adjRows }, (_, r) => adj[r]?.[c])
    );
    return [framesRow(rowCellAt(base, 0), columns)];
  }
  if (adjRows !== baseShape.rows)
    throw new BudgetError("value", "shapeMismatch", `${baseShape.rows} ≠ ${adjRows}`);
  return Array.from({ length: baseShape.rows }, (_, r) =>
    framesRow(
      rowCellAt(base, r),
      Array.from({ length: width }, (_, c) => [adj[r]?.[c]])
    )
  );
}

const isBlankAmount = (cell: AmountCell | undefined): cell is typeof BLANK | undefined =>
  cell === undefined || cell === BLANK;

/** The frames of one row; a bad adjustment makes its year and every later year an error. */
function framesRow(
  base: AmountCell | undefined,
  columns: (AmountCell | undefined)[][]
): ResultCell[] {
  if (isBlankAmount(base)) return columns.map(() => BLANK);
  if (base instanceof BudgetError) {
    const error = toExcelError(base);
    return columns.map(() => error);
  }
  const parsed: Decimal[][] = [];
  let failure: BudgetError | undefined;
  for (const column of columns) {
    const amounts = column.filter((cell) => !isBlankAmount(cell));
    failure = amounts.find((cell) => cell instanceof BudgetError);
    if (failure) break;
    parsed.push(amounts as Decimal[]);
  }
  // One column is the plain frame adjustment; several are a path of yearly frames.
  const frames: ResultCell[] = framePath(base, parsed).map((frame) => guarded(() => finite(frame)));
  while (frames.length < columns.length)
    frames.push(toExcelError(failure ?? new BudgetError("value", "notANumber")));
  return frames;
}

/** Rounds the numbers of the range together; blanks stay blank and a bad cell keeps its error. */
function roundSum(values: AmountGrid | undefined, decimals: number): ResultMatrix {
  const grid = values ?? [[]];
  const { cols } = shapeOf(grid);
  // Row by row, left to right: that is the order in which "the earlier cell" wins a tie.
  const positions: [number, number][] = [];
  const amounts: Decimal[] = [];
  const result: ResultMatrix = grid.map((row, r) =>
    Array.from({ length: Math.max(cols, 1) }, (_, c) => {
      const cell = row[c];
      if (isBlankAmount(cell)) return BLANK;
      if (cell instanceof BudgetError) return toExcelError(cell);
      positions.push([r, c]);
      amounts.push(cell);
      return BLANK;
    })
  );
  const rounded = roundToSum(amounts, decimals);
  positions.forEach(([r, c], i) => {
    const target = result[r];
    const value = rounded[i];
    if (target && value) target[c] = guarded(() => finite(value));
  });
  return result;
}

export const IMPLEMENTATIONS: Record<FunctionId, Implementation> = {
  FRAMEADJUST: byRange("FRAMEADJUST", frameAdjust),
  PLCOMP: byCell("PLCOMP", plCompensation),
  POADJUST: byCell("POADJUST", poAdjustment),
  DAILYCOST: byCell("DAILYCOST", dailyCost),
  FULLYEARPLACEMENTS: byCell("FULLYEARPLACEMENTS", fullYearPlacements),
  ANNUALCOST: byCell("ANNUALCOST", annualCost),
  PLACEMENTDAYS: byCell("PLACEMENTDAYS", placementDays),
  OCCUPANCY: byCell("OCCUPANCY", occupancy),
  // A blank row is as wide as its count of years says, so that it lines up with its neighbours.
  MEASUREEFFECT: byRow("MEASUREEFFECT", measureEffect, {
    blankWidth: (years) => (assertPlanYears(years), years),
  }),
  VOLUMEEFFECT: byCell("VOLUMEEFFECT", volumeEffect),
  BREAKEVEN: byCell("BREAKEVEN", breakEven),
  VARIANCE: byCell("VARIANCE", (budget, actual, kind) =>
    variance(budget, actual, parseVarianceKind(kind))
  ),
  FORECAST: byCell("FORECAST", forecast),
  PERIODBUDGET: byCell("PERIODBUDGET", periodBudget),
  PRICEVOLUME: byRow("PRICEVOLUME", priceVolume),
  ROUNDSUM: byRange("ROUNDSUM", roundSum),
};
