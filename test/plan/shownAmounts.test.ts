/**
 * The one rule for shown amounts, on the cases and the brief's reference case; and the
 * committee table showing the same figures as the pane (the table is built from the same plan).
 */
import { dec, type Decimal } from "../../src/budget/money";
import { balanceOf } from "../../src/plan/balance";
import { buildCommitteeTable } from "../../src/plan/committeeTable";
import { DEFAULT_SETTINGS } from "../../src/plan/model";
import { referencePlan } from "../../src/plan/referenceCase";
import {
  includedItems,
  shownItemAmounts,
  shownParts,
  shownTotal,
  shownYear,
} from "../../src/plan/shownAmounts";
import { balanceLine, itemRows, measureWith, scenarioWith, summa } from "../support/committeeRows";

const nums = (ds: readonly (Decimal | null)[]) => ds.map((d) => (d === null ? null : d.toNumber()));

describe("totals and parts", () => {
  it("rounds a total once from the exact sum: 0,4 + 0,4 + 0,4 is 1, not 0 + 0 + 0", () => {
    expect(shownTotal([dec("0.4"), dec("0.4"), dec("0.4")]).toNumber()).toBe(1);
  });

  it("shows three parts of 0,4 as 1, 0, 0 under their total 1 (as BUDGET.ROUNDSUM)", () => {
    const shown = shownParts([dec("0.4"), dec("0.4"), dec("0.4")]);
    expect(nums(shown.parts)).toEqual([1, 0, 0]);
    expect(shown.total.toNumber()).toBe(1);
  });

  it("keeps a blank part blank and counts it 0", () => {
    const shown = shownParts([dec("0.4"), null, dec("0.4"), undefined, dec("0.4")]);
    expect(nums(shown.parts)).toEqual([1, null, 0, null, 0]);
    expect(shown.total.toNumber()).toBe(1);
  });

  it("rounds half away from zero, for a total and for a lone part", () => {
    expect(shownTotal([dec("2.5")]).toNumber()).toBe(3);
    expect(shownTotal([dec("-2.5")]).toNumber()).toBe(-3);
    expect(nums(shownParts([dec("-2.5")]).parts)).toEqual([-3]);
  });
});

describe("the balance: 100,4 freed and 100,6 to cover", () => {
  const measure = measureWith("m1", 1, { 2026: "100.4" });
  const scenario = scenarioWith({ 2026: "100.6" }, ["m1"]);
  const year = shownYear(balanceOf(scenario, [measure], DEFAULT_SETTINGS).years[0]!);
  const table = buildCommitteeTable(scenario, [measure], DEFAULT_SETTINGS);

  it("is shown as freed 100, to cover 101 and kvar 0, 'I balans': each figure rounded once", () => {
    expect(year.freed.toNumber()).toBe(100);
    expect(year.toCover.toNumber()).toBe(101);
    expect(year.balance.toNumber()).toBe(0);
    expect(Object.is(year.balance.toNumber(), -0)).toBe(false);
    expect(year.status).toBe("balanced");
  });

  it("is the same in the committee table: Kvar 0, not 100 − 101 = −1", () => {
    expect(balanceLine(table, "freedTotal", 3)[0]).toBe(100);
    expect(balanceLine(table, "toCover", 3)[0]).toBe(101);
    expect(balanceLine(table, "remains", 3)[0]).toBe(0);
  });
});

describe("three measures of 0,4", () => {
  const measures = ["a", "b", "c"].map((id, i) => measureWith(id, i + 1, { 2026: "0.4" }));
  const scenario = scenarioWith({ 2026: "0" }, ["a", "b", "c"]);

  it("show 1, 0, 0 beside the freed total 1 in the pane", () => {
    const items = includedItems(scenario.included, measures, "measure");
    const shown = shownItemAmounts(items, [2026]);
    expect(["a", "b", "c"].map((id) => shown.get(id)?.[0]?.toNumber())).toEqual([1, 0, 0]);
    const year = shownYear(balanceOf(scenario, measures, DEFAULT_SETTINGS).years[0]!);
    expect(year.freed.toNumber()).toBe(1);
    expect(year.balance.toNumber()).toBe(1);
    expect(year.status).toBe("surplus");
  });

  it("show 1, 0, 0 and Summa 1 in the committee table, and Kvar 1", () => {
    const table = buildCommitteeTable(scenario, measures, DEFAULT_SETTINGS);
    expect(itemRows(table).map((r) => r.amounts[0])).toEqual([1, 0, 0]);
    expect(summa(table)[0]).toBe(1);
    expect(balanceLine(table, "freedTotal", 3)[0]).toBe(1);
    expect(balanceLine(table, "remains", 3)[0]).toBe(1);
  });
});

describe("the reference case (BRIEF §6)", () => {
  const plan = referencePlan();
  const scenario = plan.scenarios[0]!;
  const shown = balanceOf(scenario, plan.measures, plan.settings).years.map(shownYear);
  const table = buildCommitteeTable(scenario, plan.measures, plan.settings);

  it("gives 48 900 to cover, 50 000 freed and a surplus of 1 100 tkr in 2026", () => {
    expect(shown[0]?.year).toBe(2026);
    expect(shown[0]?.toCover.toNumber()).toBe(48_900);
    expect(shown[0]?.freed.toNumber()).toBe(50_000);
    expect(shown[0]?.balance.toNumber()).toBe(1_100);
    expect(shown[0]?.status).toBe("surplus");
    expect(shown[0]?.size.toNumber()).toBe(1_100);
  });

  it("gives the same figures in the committee table", () => {
    expect(balanceLine(table, "toCover", 3)[0]).toBe(48_900);
    expect(balanceLine(table, "freedTotal", 3)[0]).toBe(50_000);
    expect(balanceLine(table, "remains", 3)[0]).toBe(1_100);
    expect(balanceLine(table, "remains", 3)).toEqual(shown.map((y) => y.balance.toNumber()));
  });
});

describe("numbering", () => {
  it("lists each included measure with its own Nr: the pane's Åtgärd 4 is Nr 4 in the table", () => {
    const measures = [1, 2, 3, 4].map((nr) => measureWith(`m${nr}`, nr, { 2026: "10" }));
    const scenario = scenarioWith({ 2026: "0" }, ["m4", "m1", "m2"]);
    const table = buildCommitteeTable(scenario, measures, DEFAULT_SETTINGS);
    expect(itemRows(table).map((r) => r.nr)).toEqual([1, 2, 4]);
  });

  it("counts an included id once and, of two measures with one id, the first (as the balance)", () => {
    const first = measureWith("dup", 1, { 2026: "14000" });
    const copy = measureWith("dup", 2, { 2026: "14000" });
    const scenario = scenarioWith({ 2026: "0" }, ["dup", "dup"]);
    const table = buildCommitteeTable(scenario, [first, copy], DEFAULT_SETTINGS);
    expect(itemRows(table).map((r) => r.nr)).toEqual([1]);
    expect(summa(table)[0]).toBe(14_000);
    expect(balanceLine(table, "freedTotal", 3)[0]).toBe(14_000);
  });
});
