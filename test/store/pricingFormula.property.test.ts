/**
 * The formula Ramkoll writes into an amount cell gives what the cell would hold as a typed amount
 * (the pane's priced amount in the cell's unit and sign), whatever the unit, sign convention and
 * kind: evaluated with the BUDGET functions' own implementation.
 */
import fc from "fast-check";
import { dec, toFiniteNumber } from "../../src/budget/money";
import { shownAmount } from "../../src/store/amounts";
import type { AmountUnit, MeasureKind, SignConvention } from "../../src/plan/model";
import { pricedEffects, type MeasurePricing } from "../../src/plan/pricing";
import { pricingCellFormula } from "../../src/store/pricingFormula";
import { evaluateBudgetFormula } from "../support/budgetFormulas";
import { phasedPricing, volumePricing } from "../support/pricings";

const phased = phasedPricing;
const volume = volumePricing(2025, 2029);

describe("pricingCellFormula", () => {
  it("gives, evaluated, the priced amount in the cell's unit and sign", () => {
    fc.assert(
      fc.property(
        fc.oneof(phased, volume),
        fc.constantFrom<AmountUnit>("tkr", "kr"),
        fc.constantFrom<SignConvention>("positive", "resultEffect"),
        fc.constantFrom<MeasureKind>("measure", "proposal"),
        (pricing: MeasurePricing, unit, sign, kind) => {
          const settings = { firstYear: 2026, yearCount: 3 };
          const effects = pricedEffects(pricing, settings, kind);
          for (const year of [2026, 2027, 2028]) {
            const expected = toFiniteNumber(shownAmount(effects[year]!, kind, unit, sign))!;
            const formula = pricingCellFormula(pricing, year, kind, unit, sign);
            if (formula === null) expect(expected).toBe(0);
            else expect(evaluateBudgetFormula(formula)).toBeCloseTo(expected, 6);
          }
        }
      )
    );
  });

  it("writes the README's examples as the README writes them", () => {
    const phasedPricing: MeasurePricing = {
      kind: "phased",
      annualEffect: dec(1000),
      start: "2026-07-01",
      phaseIn: [],
    };
    expect(pricingCellFormula(phasedPricing, 2026, "measure", "tkr", "positive")).toBe(
      "=BUDGET.MEASUREEFFECT(1000,DATE(2026,7,1),2026,1)"
    );
    expect(evaluateBudgetFormula("=BUDGET.MEASUREEFFECT(1000,DATE(2026,7,1),2026,1)")).toBe(500);
    // In a kr sheet the formula states kr, so it gives kr.
    expect(pricingCellFormula(phasedPricing, 2027, "measure", "kr", "positive")).toBe(
      "=BUDGET.MEASUREEFFECT(1000000,DATE(2026,7,1),2027,1)"
    );
    const volumePricing: MeasurePricing = {
      kind: "volume",
      volumeChange: dec(-2),
      unitCost: dec(4000),
      fromYear: 2026,
    };
    expect(pricingCellFormula(volumePricing, 2026, "measure", "tkr", "positive")).toBe(
      "=BUDGET.VOLUMEEFFECT(-2,4000)"
    );
    expect(
      pricingCellFormula({ ...volumePricing, fromYear: 2027 }, 2026, "measure", "tkr", "positive")
    ).toBeNull();
  });
});
