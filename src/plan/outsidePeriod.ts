/**
 * Amounts outside the plan period. A measure's effects keep every year the measures table has a
 * column for, also years the plan period no longer covers (the period was moved or shortened):
 * changing the period never drops an amount. Such an amount counts nowhere (the balance, the
 * committee table and every list read effects only at planYears) and is shown as lying outside
 * the period; when the period covers its year again, it is a plan year's amount as before.
 */
import type { Decimal } from "../budget/money";
import { planYears } from "./model";
import type { Measure, PlanSettings } from "./model";

/** One stated amount of a year outside the plan period. */
export interface OutsideAmount {
  readonly year: number;
  readonly amount: Decimal;
}

/** The measure's stated amounts (zero included, blanks not) in years outside the plan, by year. */
export function outsideAmounts(
  measure: Pick<Measure, "effects">,
  settings: Pick<PlanSettings, "firstYear" | "yearCount">
): OutsideAmount[] {
  const years = new Set(planYears(settings));
  const result: OutsideAmount[] = [];
  for (const [yearText, amount] of Object.entries(measure.effects)) {
    const year = Number(yearText);
    if (!Number.isInteger(year) || years.has(year)) continue;
    if (amount !== null && amount !== undefined) result.push({ year, amount });
  }
  return result.sort((a, b) => a.year - b.year);
}
