/**
 * Rounding parts so that they add up to their rounded total, which the committee's tables must
 * show (the documents are often 1 tkr off because each part was rounded on its own).
 */
import { BudgetError } from "./errors";
import { Decimal, roundHalfAwayFromZero, sum } from "./money";

const MAX_DECIMALS = 10;

function assertDecimals(decimals: number): void {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > MAX_DECIMALS) {
    throw new BudgetError("num", "decimalsOutOfRange", String(decimals));
  }
}

/**
 * Largest-remainder rounding: every value is rounded down to `decimals` places, and the units
 * still missing from the rounded total (half away from zero, as Excel's ROUND) go one each to
 * the values that lost the most. So every part moves by less than one unit and the parts add up
 * exactly to the total. Equal remainders favour the earlier value, so the result is stable.
 */
export function roundToSum(values: readonly Decimal[], decimals = 0): Decimal[] {
  assertDecimals(decimals);
  const unit = new Decimal(10).pow(-decimals);
  // Floor toward −∞ so every remainder is in [0, unit), for negative values too.
  const floors = values.map((v) => v.toDecimalPlaces(decimals, Decimal.ROUND_FLOOR));
  const total = roundHalfAwayFromZero(sum(values), decimals);
  const missingUnits = total.minus(sum(floors)).dividedBy(unit).toNumber();
  const byRemainder = values
    .map((v, index) => ({ index, remainder: v.minus(floors[index] as Decimal) }))
    .sort((a, b) => b.remainder.comparedTo(a.remainder) || a.index - b.index);
  const result = [...floors];
  for (const { index } of byRemainder.slice(0, missingUnits)) {
    result[index] = (result[index] as Decimal).plus(unit);
  }
  return result;
}
