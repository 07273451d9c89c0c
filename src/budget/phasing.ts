/**
 * How a measure's full-year effect spreads over the plan years. Economists count months: a
 * measure starting 1 July gives 6/12 of its effect in its first year, and a start in the middle
 * of a month counts that month pro rata by its days. Later years may phase in (or out) by a
 * factor per year of the measure's own life.
 */
import { assertYear, daysInMonth, firstSerialOfYear, serialToDate } from "./calendar";
import { BudgetError } from "./errors";
import { MAX_PLAN_YEARS } from "./limits";
import { Decimal, ONE, ZERO } from "./money";

const MONTHS = new Decimal(12);

/**
 * The share of a full year's effect that a measure starting on this day reaches in its first
 * year: the whole months after the start month plus the start month's remaining days (the start
 * day included), over twelve.
 */
export function startYearFraction(serial: number): Decimal {
  const { year, month, day } = serialToDate(serial);
  const monthDays = daysInMonth(year, month);
  // max(0, …): Excel's phantom 1900-02-29 lies past February's real 28 days, so it counts as 1 March.
  const daysLeft = Math.max(0, monthDays - day + 1);
  const wholeMonthsAfter = new Decimal(12 - month);
  return wholeMonthsAfter.plus(new Decimal(daysLeft).dividedBy(monthDays)).dividedBy(MONTHS);
}

/** A number of plan years must be a whole number 1–50. */
export function assertPlanYears(years: number): void {
  if (!Number.isInteger(years) || years < 1 || years > MAX_PLAN_YEARS) {
    throw new BudgetError("num", "yearsOutOfRange", String(years));
  }
}

/** The phase-in factor of the measure's i-th year; years beyond the list run at full effect. */
function factor(phaseIn: readonly Decimal[], index: number): Decimal {
  return phaseIn[index] ?? ONE;
}

/**
 * The effect of a measure in each of `years` plan years from `firstYear`. `start` is the serial
 * of the first day it takes effect (undefined: 1 January of the first plan year). Plan years
 * before the start year get 0; the start year gets its part-year share; a measure that started
 * before the plan period already runs, so it gets its full factored effect throughout.
 */
export function measureEffect(
  annualEffect: Decimal,
  start: number | undefined,
  firstYear: number,
  years: number,
  phaseIn: readonly Decimal[]
): Decimal[] {
  assertYear(firstYear);
  assertPlanYears(years);
  // The last plan year must be a year Excel can show as well.
  assertYear(firstYear + years - 1);
  const startSerial = start ?? firstSerialOfYear(firstYear);
  const startYear = serialToDate(startSerial).year;
  const fraction = startYearFraction(startSerial);
  const row: Decimal[] = [];
  for (let planYear = firstYear; planYear < firstYear + years; planYear++) {
    const index = planYear - startYear;
    if (index < 0) row.push(ZERO);
    else if (index === 0) row.push(annualEffect.times(factor(phaseIn, 0)).times(fraction));
    else row.push(annualEffect.times(factor(phaseIn, index)));
  }
  return row;
}
