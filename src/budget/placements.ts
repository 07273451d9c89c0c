/**
 * Placements (placeringar) and their prices: cost per care day (dygnskostnad), full-year
 * placements (helårsplaceringar), care days in a year, occupancy (beläggning) and the money a
 * change in volume frees. A year counts 365 days, as the committee's documents do, unless the
 * caller passes the calendar year, which then counts 365 or 366.
 */
import {
  assertSerial,
  assertYear,
  daysInYear,
  firstSerialOfYear,
  MAX_SERIAL,
  MAX_YEAR,
} from "./calendar";
import { BudgetError } from "./errors";
import { Decimal, ONE } from "./money";

const CONVENTIONAL_YEAR_DAYS = 365;

/** Days in a year: the 365 convention, or the calendar year's own length when one is given. */
function yearDays(year: number | undefined): Decimal {
  return new Decimal(year === undefined ? CONVENTIONAL_YEAR_DAYS : daysInYear(year));
}

function assertNotNegative(value: Decimal, what: string): void {
  if (value.isNegative() && !value.isZero()) throw new BudgetError("num", "negative", what);
}

function assertDivisor(value: Decimal, what: string): void {
  if (value.isZero()) throw new BudgetError("div0", "divisionByZero", what);
}

/** Cost per care day: the cost spread over the care days it paid for. */
export function dailyCost(cost: Decimal, days: Decimal): Decimal {
  assertNotNegative(days, "days");
  assertDivisor(days, "days");
  return cost.dividedBy(days);
}

/** Care days expressed as placements running the whole year. */
export function fullYearPlacements(days: Decimal, year?: number): Decimal {
  assertNotNegative(days, "days");
  return days.dividedBy(yearDays(year));
}

/**
 * The yearly cost of `placements` full-year placements at a cost per care day. Placements may be
 * negative: a planned reduction in volume gives a negative cost.
 */
export function annualCost(dailyCost: Decimal, placements: Decimal = ONE, year?: number): Decimal {
  return dailyCost.times(placements).times(yearDays(year));
}

/** The serial just after the last day of the year (9999 has no next year to ask). */
function serialAfterYear(year: number): number {
  return year === MAX_YEAR ? MAX_SERIAL + 1 : firstSerialOfYear(year + 1);
}

/**
 * The care days of one placement that fall in the calendar year: the days from `start` up to
 * `end`, counting the end day only when `countEndDay` (a placement leaving in the morning
 * usually does not cost that night). An undefined end means the placement goes on past the year.
 * Counted in serials, so the years of a placement add up to its whole length. Year 1900 holds
 * Excel's phantom 29 February, so it can hold 366 serial days.
 */
export function placementDays(
  start: number,
  end: number | undefined,
  year: number,
  countEndDay: boolean
): number {
  assertYear(year);
  const first = assertSerial(start);
  let stop = Number.POSITIVE_INFINITY;
  if (end !== undefined) {
    const last = assertSerial(end);
    if (last < first) throw new BudgetError("num", "endBeforeStart", `${start} > ${end}`);
    stop = countEndDay ? last + 1 : last;
  }
  const from = Math.max(first, firstSerialOfYear(year));
  const to = Math.min(stop, serialAfterYear(year));
  return Math.max(0, to - from);
}

/** Occupancy (beläggning) as a fraction: care days used of the days the places offer. */
export function occupancy(careDays: Decimal, places: Decimal, year?: number): Decimal {
  assertNotNegative(careDays, "care days");
  assertNotNegative(places, "places");
  assertDivisor(places, "places");
  return careDays.dividedBy(places.times(yearDays(year)));
}

/**
 * Money freed by a change in volume at a unit cost. Freed money (frigjorda medel) is positive,
 * so a fall in volume (negative change) gives a positive effect.
 */
export function volumeEffect(volumeChange: Decimal, unitCost: Decimal): Decimal {
  return volumeChange.times(unitCost).negated();
}

/** How many units (placements, places) must be avoided for an investment to pay for itself. */
export function breakEven(investment: Decimal, costPerUnit: Decimal): Decimal {
  assertDivisor(costPerUnit, "cost per unit");
  return investment.dividedBy(costPerUnit);
}
