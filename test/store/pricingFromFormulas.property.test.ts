/**
 * A pricing read back from the BUDGET formulas in a row's amount cells (pricingFromFormulas.ts):
 * what the add-in writes (pricingCellFormula), with the values Excel computes from it (the
 * functions' own implementation), reads back as the same pricing, whatever the unit, sign
 * convention and kind; anything the add-in did not write reads as typed amounts.
 */
import fc from "fast-check";
import { dec } from "../../src/budget/money";
import type {
  AmountUnit,
  Measure,
  MeasureKind,
  PlanSettings,
  SignConvention,
} from "../../src/plan/model";
import { DEFAULT_SETTINGS } from "../../src/plan/model";
import { pricedEffects, type MeasurePricing } from "../../src/plan/pricing";
import { canonicalLayout } from "../../src/store/measureColumns";
import { pricingFromFormulas } from "../../src/store/pricingFromFormulas";
import { pricingCellFormula } from "../../src/store/pricingFormula";
import { readMeasures } from "../../src/store/readModel";
import { evaluateBudgetFormula } from "../support/budgetFormulas";
import { HEADER, row } from "../support/measureRows";
import { phasedPricing, pricingText, volumePricing } from "../support/pricings";

const YEARS = [2026, 2027, 2028];
const phased = phasedPricing;
const volume = volumePricing(2026, 2028);

/** A row's cells as Excel holds them after the add-in wrote the pricing: formulas and results. */
function writtenRow(pricing: MeasurePricing, kind: MeasureKind, settings: PlanSettings) {
  const layout = canonicalLayout(settings);
  const values: unknown[] = [];
  const formulas: unknown[] = [];
  for (const col of layout.effects) {
    const formula = pricingCellFormula(pricing, col.year, kind, col.unit, settings.signConvention);
    values[col.index] = formula === null ? 0 : evaluateBudgetFormula(formula);
    formulas[col.index] = formula ?? 0;
  }
  return { layout, values, formulas };
}

const measureOf = (kind: MeasureKind): Measure =>
  ({ id: "m-1", kind, effects: {} }) as unknown as Measure;

const text = pricingText;

describe("pricingFromFormulas", () => {
  it("reads back the pricing the add-in wrote, in any unit, sign convention and kind", () => {
    fc.assert(
      fc.property(
        fc.oneof(phased, volume),
        fc.constantFrom<AmountUnit>("tkr", "kr", "mnkr"),
        fc.constantFrom<SignConvention>("positive", "resultEffect"),
        fc.constantFrom<MeasureKind>("measure", "proposal"),
        (pricing: MeasurePricing, unit, signConvention, kind) => {
          const settings = { ...DEFAULT_SETTINGS, unit, signConvention };
          const { layout, values, formulas } = writtenRow(pricing, kind, settings);
          const read = pricingFromFormulas(measureOf(kind), settings, layout, values, formulas);
          expect(text(read)).toBe(text(pricing));
        }
      )
    );
  });

  const settings = DEFAULT_SETTINGS;
  const layout = canonicalLayout(settings);
  const [c26, c27, c28] = layout.effects.map((e) => e.index) as [number, number, number];
  const cells = (f: Record<number, unknown>, v: Record<number, unknown>) => {
    const formulas: unknown[] = [];
    const values: unknown[] = [];
    for (const [i, x] of Object.entries(f)) formulas[Number(i)] = x;
    for (const [i, x] of Object.entries(v)) values[Number(i)] = x;
    return { formulas, values };
  };
  const phasedIn = (year: number) => `=BUDGET.MEASUREEFFECT(14000,DATE(2026,7,1),${year},1)`;

  it("reads 14 000 tkr a year from 1 July 2026, also under the functions' Swedish names", () => {
    const { formulas, values } = cells(
      {
        [c26]: "=BUDGET.ÅTGÄRDSEFFEKT(14000;DATUM(2026;7;1);2026;1)".replaceAll(";", ","),
        [c27]: phasedIn(2027),
        [c28]: phasedIn(2028).toLowerCase(),
      },
      { [c26]: 7000, [c27]: 14000, [c28]: 14000 }
    );
    const read = pricingFromFormulas(measureOf("measure"), settings, layout, values, formulas);
    expect(text(read)).toBe(
      text({ kind: "phased", annualEffect: dec(14000), start: "2026-07-01", phaseIn: [] })
    );
  });

  it("reads typed amounts where a cell is the user's own: a value, another formula, another year", () => {
    const read = (f: Record<number, unknown>, v: Record<number, unknown>) => {
      const { formulas, values } = cells(f, v);
      return pricingFromFormulas(measureOf("measure"), settings, layout, values, formulas);
    };
    const results = { [c26]: 7000, [c27]: 14000, [c28]: 14000 };
    expect(
      read({ [c26]: phasedIn(2026), [c27]: phasedIn(2027), [c28]: 14000 }, results)
    ).toBeNull();
    expect(
      read({ [c26]: phasedIn(2026), [c27]: phasedIn(2027), [c28]: "=1000*14" }, results)
    ).toBeNull();
    expect(
      read({ [c26]: phasedIn(2026), [c27]: phasedIn(2026), [c28]: phasedIn(2028) }, results)
    ).toBeNull();
    // A volume change whose sign is not the one the add-in writes for a measure.
    const minus = "=-BUDGET.VOLUMEEFFECT(-2,4000)";
    expect(read({ [c26]: minus, [c27]: minus, [c28]: minus }, { [c26]: -8000 })).toBeNull();
    // Before its first year a volume change is a plain 0; another value there is typed.
    const plain = "=BUDGET.VOLUMEEFFECT(-2,4000)";
    expect(read({ [c26]: 5, [c27]: plain, [c28]: plain }, { [c26]: 5 })).toBeNull();
    expect(text(read({ [c26]: 0, [c27]: plain, [c28]: plain }, { [c26]: 0 }))).toBe(
      text({ kind: "volume", volumeChange: dec(-2), unitCost: dec(4000), fromYear: 2027 })
    );
  });
});

describe("the read model takes a measure's pricing from its formulas", () => {
  const formulaRow = (over: Record<string, unknown>) =>
    HEADER.map((h, i) => (h in over ? over[h] : row()[i]));
  const written = {
    "Effekt 2026 (tkr)": "=BUDGET.MEASUREEFFECT(14000,DATE(2026,7,1),2026,1)",
    "Effekt 2027 (tkr)": "=BUDGET.MEASUREEFFECT(14000,DATE(2026,7,1),2027,1)",
    "Effekt 2028 (tkr)": "=BUDGET.MEASUREEFFECT(14000,DATE(2026,7,1),2028,1)",
  };

  it("where the amounts read are the ones it gives: 7 000, 14 000, 14 000", () => {
    const values = [
      row({ "Effekt 2026 (tkr)": 7000, "Effekt 2027 (tkr)": 14000, "Effekt 2028 (tkr)": 14000 }),
    ];
    const table = { header: HEADER, rows: values, headerRow: 1, formulas: [formulaRow(written)] };
    const [read] = readMeasures(table, DEFAULT_SETTINGS).measures;
    expect(read!.measure.pricing?.kind).toBe("phased");
    const effects = pricedEffects(read!.measure.pricing!, DEFAULT_SETTINGS, "measure");
    expect(YEARS.map((y) => effects[y]?.toNumber())).toEqual([7000, 14000, 14000]);
    expect(read!.formulas).toEqual(["effect:2026", "effect:2027", "effect:2028"]);
  });

  it("not where a result differs from what it gives (a stale or failed calculation)", () => {
    const values = [
      row({ "Effekt 2026 (tkr)": 7001, "Effekt 2027 (tkr)": 14000, "Effekt 2028 (tkr)": 14000 }),
    ];
    const table = { header: HEADER, rows: values, headerRow: 1, formulas: [formulaRow(written)] };
    const [read] = readMeasures(table, DEFAULT_SETTINGS).measures;
    expect(read!.measure.pricing ?? null).toBeNull();
    expect(read!.measure.effects[2026]?.toNumber()).toBe(7001);
  });
});
