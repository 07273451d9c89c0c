/**
 * Pricings for the tests: fast-check arbitraries of both kinds (a full-year effect from a start
 * date, a volume change × unit cost) and a pricing as plain text, so two compare by value.
 */
import fc from "fast-check";
import { dec } from "../../src/budget/money";
import type { MeasurePricing } from "../../src/plan/pricing";

const amount = fc.integer({ min: -1_000_000, max: 1_000_000 }).map((n) => n / 1000);
const isoDate = fc
  .record({
    y: fc.integer({ min: 2020, max: 2032 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 }),
  })
  .map(({ y, m, d }) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);

export const phasedPricing = fc.record({
  kind: fc.constant("phased" as const),
  annualEffect: amount.map((a) => dec(a)),
  start: isoDate,
  phaseIn: fc.array(
    fc.integer({ min: 0, max: 20 }).map((n) => dec(n).div(10)),
    { maxLength: 4 }
  ),
});

/** A volume pricing whose first year lies in [firstYear, lastYear]. */
export const volumePricing = (firstYear: number, lastYear: number) =>
  fc.record({
    kind: fc.constant("volume" as const),
    volumeChange: fc.integer({ min: -50, max: 50 }).map((n) => dec(n).div(2)),
    unitCost: amount.map((a) => dec(a)),
    fromYear: fc.integer({ min: firstYear, max: lastYear }),
  });

/** A pricing as plain text (Decimals as their digits), so two pricings compare by value. */
export function pricingText(pricing: MeasurePricing | null | undefined): string {
  return JSON.stringify(pricing ?? null, (_, v) =>
    v && typeof v === "object" && "toFixed" in v ? String(v) : v
  );
}
