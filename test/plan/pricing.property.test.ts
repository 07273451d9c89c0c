/**
 * The pane's amounts are the BUDGET function's: pricedEffects equals what =BUDGET.MEASUREEFFECT
 * and =BUDGET.VOLUMEEFFECT give for the same inputs (the functions' own implementation, as Excel
 * calls it), for random inputs.
 */
import fc from "fast-check";
import { dec } from "../../src/budget/money";
import { IMPLEMENTATIONS } from "../../src/functions/budgetFunctions";
import { pricedEffects, startSerial, type MeasurePricing } from "../../src/plan/pricing";
import type { Arg } from "../../src/functions/cells";

const c = (v: number): Arg => [[v]];
const amount = fc.integer({ min: -10_000_000, max: 10_000_000 }).map((n) => n / 1000);
const isoDate = fc
  .record({
    y: fc.integer({ min: 2015, max: 2040 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 }),
  })
  .map(({ y, m, d }) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);
const period = fc.record({
  firstYear: fc.integer({ min: 2020, max: 2035 }),
  yearCount: fc.integer({ min: 1, max: 10 }),
});

describe("pricedEffects equals the BUDGET functions' row", () => {
  it("MEASUREEFFECT", () => {
    fc.assert(
      fc.property(
        amount,
        isoDate,
        period,
        fc.array(
          fc.integer({ min: 0, max: 200 }).map((n) => n / 100),
          { maxLength: 5 }
        ),
        (annual, start, settings, factors) => {
          const pricing: MeasurePricing = {
            kind: "phased",
            annualEffect: dec(annual),
            start,
            phaseIn: factors.map((f) => dec(f)),
          };
          const effects = pricedEffects(pricing, settings, "measure");
          const [row] = IMPLEMENTATIONS.MEASUREEFFECT(
            c(annual),
            c(startSerial(start) ?? NaN),
            c(settings.firstYear),
            c(settings.yearCount),
            factors.length > 0 ? [factors] : null
          );
          const years = Array.from(
            { length: settings.yearCount },
            (_, i) => settings.firstYear + i
          );
          expect(years.map((y) => effects[y]?.toNumber())).toEqual(row);
        }
      )
    );
  });

  it("VOLUMEEFFECT", () => {
    fc.assert(
      fc.property(amount, amount, period, (volume, cost, settings) => {
        const pricing: MeasurePricing = {
          kind: "volume",
          volumeChange: dec(volume),
          unitCost: dec(cost),
          fromYear: settings.firstYear,
        };
        const effects = pricedEffects(pricing, settings, "measure");
        const [[cell]] = IMPLEMENTATIONS.VOLUMEEFFECT(c(volume), c(cost)) as [[number]];
        expect(effects[settings.firstYear]?.toNumber()).toBe(cell);
      })
    );
  });
});
