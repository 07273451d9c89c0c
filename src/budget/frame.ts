/**
 * The budget frame (ram) and its adjustments (ramjusteringar), in whatever unit the caller uses
 * (normally tkr). Adjustments carry their own sign: a lower PO rate is a negative adjustment.
 */
import { Decimal, sum } from "./money";

/** The frame after its adjustments: base plus each adjustment. */
export function frameAdjust(base: Decimal, adjustments: readonly Decimal[]): Decimal {
  return base.plus(sum(adjustments));
}

/**
 * The frame of each plan year when every year builds on the year before: columns[y] holds the
 * adjustments of plan year y, and the frame of year 0 builds on `base`. An adjustment made in one
 * year therefore stays in the frame of the years after it, as a permanent frame change does.
 */
export function framePath(base: Decimal, columns: readonly (readonly Decimal[])[]): Decimal[] {
  const path: Decimal[] = [];
  let frame = base;
  for (const adjustments of columns) {
    frame = frameAdjust(frame, adjustments);
    path.push(frame);
  }
  return path;
}

/**
 * Price and wage compensation (PL-kompensation): the wage increase applies to personnel costs
 * and the price increase to everything else. Increases are fractions (0.035 for 3.5 %).
 */
export function plCompensation(
  personnelCosts: Decimal,
  wageIncrease: Decimal,
  otherCosts: Decimal,
  priceIncrease: Decimal
): Decimal {
  return personnelCosts.times(wageIncrease).plus(otherCosts.times(priceIncrease));
}

/** The frame change when the payroll overhead (PO-pålägg) rate changes; negative when it falls. */
export function poAdjustment(wages: Decimal, rateBefore: Decimal, rateAfter: Decimal): Decimal {
  return wages.times(rateAfter.minus(rateBefore));
}
