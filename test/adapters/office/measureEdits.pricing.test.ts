/**
 * A priced measure in Excel (measureEdits.ts): the amount cells get the BUDGET formula of its
 * pricing, one per plan year, in the sheet's unit; only those cells are written; once Excel has
 * computed them, the pane reads the values with the formula mark, and the pricing back from the
 * formulas (so the editor shows its inputs again, on any machine that opens the workbook).
 */
import { dec } from "../../../src/budget/money";
import { DEFAULT_SETTINGS } from "../../../src/plan/model";
import type { Measure, PlanSettings } from "../../../src/plan/model";
import type { MeasurePricing } from "../../../src/plan/pricing";
import { MEASURE_COLUMNS } from "../../../src/store/measureColumns";
import { MEASURES_SHEET } from "../../../src/adapters/office/measuresTable";
import { FakeWorkbook } from "../../support/excel";
import { evaluateBudgetFormula } from "../../support/budgetFormulas";
import { documentJson, portOver as setup, row, stored } from "../../support/officeFixtures";
import { WELL_FORMED } from "../../support/measureRows";
import { pricingText } from "../../support/pricings";

const JULY: MeasurePricing = {
  kind: "phased",
  annualEffect: dec(1000),
  start: "2026-07-01",
  phaseIn: [],
};
// The README's examples: 1 000 from 1 July 2026 gives 500, 1 000, 1 000.
const JULY_EFFECTS = { 2026: dec(500), 2027: dec(1000), 2028: dec(1000) };
const AMOUNTS = ["F", "G", "H"];

const text = pricingText;

/** What Excel does after the write: computes each formula (here with the functions' own code). */
function calculate(book: FakeWorkbook, addresses: readonly string[]): void {
  for (const address of addresses) {
    const formula = book.cell(MEASURES_SHEET, address).formula;
    if (formula)
      book.setCells(MEASURES_SHEET, address, [
        [{ formula, value: evaluateBudgetFormula(formula) }],
      ]);
  }
}

describe("updateMeasure with a pricing", () => {
  it("writes MEASUREEFFECT into each year's amount cell and nothing else; Excel gives 500, 1 000, 1 000", async () => {
    const { book, port } = setup({ rows: [row()] });
    const before = book.snapshot(MEASURES_SHEET);
    await port.updateMeasure("m-1", { effects: JULY_EFFECTS, pricing: JULY });
    expect(FakeWorkbook.changed(before, book.snapshot(MEASURES_SHEET))).toEqual(["F2", "G2", "H2"]);
    expect(book.cell(MEASURES_SHEET, "G2").formula).toBe(
      "=BUDGET.MEASUREEFFECT(1000,DATE(2026,7,1),2027,1)"
    );
    calculate(book, ["F2", "G2", "H2"]);
    const m = stored(await port.load(), "m-1");
    expect(m.formulas).toEqual(["effect:2026", "effect:2027", "effect:2028"]);
    expect([2026, 2027, 2028].map((y) => m.measure.effects[y]?.toNumber())).toEqual([
      500, 1000, 1000,
    ]);
    expect(text(m.measure.pricing)).toBe(text(JULY));
  });

  it("in a kr sheet the formula states kr, so the sheet shows 500 000 kr", async () => {
    const settings: PlanSettings = { ...DEFAULT_SETTINGS, unit: "kr" };
    const header = MEASURE_COLUMNS(settings);
    const values: Record<string, unknown> = { ...WELL_FORMED, "Effekt 2026 (kr)": 1 };
    const { book, port } = setup({
      header,
      rows: [header.map((h) => (values[h] ?? "") as string | number)],
      document: documentJson(settings),
    });
    await port.updateMeasure("m-1", { effects: JULY_EFFECTS, pricing: JULY });
    expect(book.cell(MEASURES_SHEET, "F2").formula).toBe(
      "=BUDGET.MEASUREEFFECT(1000000,DATE(2026,7,1),2026,1)"
    );
    calculate(book, ["F2", "G2", "H2"]);
    const m = stored(await port.load(), "m-1");
    expect(m.measure.effects[2026]?.toNumber()).toBe(500);
    expect(book.cell(MEASURES_SHEET, "F2").value).toBe(500_000);
    expect(text(m.measure.pricing)).toBe(text(JULY));
  });

  it("typed amounts again (pricing null) are written as values", async () => {
    const { book, port } = setup({ rows: [row()] });
    await port.updateMeasure("m-1", { effects: JULY_EFFECTS, pricing: JULY });
    calculate(book, ["F2", "G2", "H2"]);
    await port.updateMeasure("m-1", { effects: { 2026: dec(7) }, pricing: null });
    expect(book.cell(MEASURES_SHEET, "F2")).toMatchObject({ value: 7, formula: null });
    expect(book.cell(MEASURES_SHEET, "G2").formula).toContain("MEASUREEFFECT");
    // One year typed over: the amounts are no longer the pricing's, so they read as typed.
    const m = stored(await port.load(), "m-1");
    expect(m.measure.pricing ?? null).toBeNull();
    expect(m.measure.effects[2026]?.toNumber()).toBe(7);
  });
});

describe("addMeasure with a pricing", () => {
  const priced: Measure = {
    id: "m-new",
    nr: 6,
    kind: "measure",
    area: "Individ- och familjeomsorg",
    title: "Färre placeringar",
    effects: { 2026: dec(0), 2027: dec(8000), 2028: dec(8000) },
    ambition: null,
    goals: null,
    consequence: "",
    pricing: { kind: "volume", volumeChange: dec(-2), unitCost: dec(4000), fromYear: 2027 },
  };

  it("writes VOLUMEEFFECT from its first year and 0 before; Excel gives 0, 8 000, 8 000", async () => {
    const { book, port } = setup({ rows: [row()] });
    await port.addMeasure(priced);
    expect(AMOUNTS.map((c) => book.cell(MEASURES_SHEET, `${c}3`).formula)).toEqual([
      null,
      "=BUDGET.VOLUMEEFFECT(-2,4000)",
      "=BUDGET.VOLUMEEFFECT(-2,4000)",
    ]);
    expect(book.cell(MEASURES_SHEET, "F3").value).toBe(0);
    calculate(book, ["G3", "H3"]);
    const m = stored(await port.load(), "m-new");
    expect([2026, 2027, 2028].map((y) => m.measure.effects[y]?.toNumber())).toEqual([
      0, 8000, 8000,
    ]);
    expect(m.formulas).toEqual(["effect:2027", "effect:2028"]);
    expect(text(m.measure.pricing)).toBe(text(priced.pricing));
  });
});
