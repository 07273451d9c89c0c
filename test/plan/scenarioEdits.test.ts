import fc from "fast-check";
import { dec } from "../../src/budget/money";
import { DEFAULT_SETTINGS, type Scenario } from "../../src/plan/model";
import {
  chosenScenario,
  emptyScenarioYear,
  copyScenario,
  newScenario,
  renameScenario,
  replaceScenario,
  scenarioName,
  withoutScenario,
  withScenarioAt,
  withYearValue,
  yearValue,
} from "../../src/plan/scenarioEdits";
import { named } from "../support/scenarios";

const scenario: Scenario = {
  id: "s",
  name: "Alla",
  years: [
    {
      year: 2026,
      frame: dec(1_215_046),
      needs: dec(48_900),
      requestedIncrease: dec(0),
      increaseCost: dec(0),
    },
  ],
  included: ["m-1", "m-2"],
};

const defaultName = (n: number) => `Scenario ${n}`;

describe("withYearValue and yearValue", () => {
  it("replaces one amount of one year and adds a missing year", () => {
    const changed = withYearValue(scenario, 2026, "frame", dec(1));
    expect(changed.years[0]!.frame.eq(1)).toBe(true);
    expect(changed.years[0]!.needs.eq(48_900)).toBe(true);
    expect(scenario.years[0]!.frame.eq(1_215_046)).toBe(true); // not mutated
    const added = withYearValue(scenario, 2028, "needs", dec(5));
    expect(added.years.map((y) => y.year)).toEqual([2026, 2028]);
    expect(added.years[1]).toMatchObject({ year: 2028 });
    expect(added.years[1]!.needs.eq(5)).toBe(true);
    expect(added.years[1]!.frame.isZero()).toBe(true);
  });

  it("reads an amount back, 0 for a missing year or no scenario", () => {
    expect(yearValue(scenario, 2026, "needs").eq(48_900)).toBe(true);
    expect(yearValue(scenario, 2027, "needs").isZero()).toBe(true);
    expect(yearValue(null, 2026, "frame").isZero()).toBe(true);
  });

  it("gives back what was written, for any year and amount", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2020, max: 2040 }),
        fc.constantFrom("frame", "needs", "requestedIncrease", "increaseCost" as const),
        fc.integer({ min: -1e9, max: 1e9 }),
        (year, field, amount) => {
          const next = withYearValue(scenario, year, field, dec(amount));
          const years = next.years.map((y) => y.year);
          return (
            yearValue(next, year, field).eq(amount) &&
            new Set(years).size === years.length &&
            years.every((y, i) => i === 0 || years[i - 1]! < y)
          );
        }
      )
    );
  });
});

describe("choosing, replacing and removing scenarios", () => {
  const list = [named("a"), named("b"), named("c")];

  it("chooses the selected scenario, else the first, else none", () => {
    expect(chosenScenario(list, "b")?.id).toBe("b");
    expect(chosenScenario(list, "x")?.id).toBe("a");
    expect(chosenScenario(list, null)?.id).toBe("a");
    expect(chosenScenario([], "a")).toBeNull();
  });

  it("replaces a scenario in place and removes one by id", () => {
    const renamed = { ...list[1]!, name: "B" };
    expect(replaceScenario(list, renamed).map((s) => s.name)).toEqual(["a", "B", "c"]);
    expect(withoutScenario(list, "b").map((s) => s.id)).toEqual(["a", "c"]);
  });
});

describe("scenario names", () => {
  it("are trimmed, and blank text gives no name", () => {
    expect(scenarioName("  Budget i balans ")).toBe("Budget i balans");
    expect(scenarioName(" \t ")).toBeNull();
    expect(renameScenario(scenario, " Ny ")?.name).toBe("Ny");
    expect(renameScenario(scenario, "   ")).toBeNull();
  });
});

describe("newScenario", () => {
  it("copies the plan years of the template, includes nothing, and takes the next free name", () => {
    const list = [named("a", [], "Scenario 2"), scenario];
    const made = newScenario(list, scenario, DEFAULT_SETTINGS, defaultName);
    expect(made.name).toBe("Scenario 3");
    expect(made.included).toEqual([]);
    expect(made.id).toMatch(/^s-[0-9a-z]{12}$/);
    expect(made.years).toEqual(scenario.years);
    expect(made.years[0]).not.toBe(scenario.years[0]);
  });

  it("has every plan year at 0 without a template", () => {
    const made = newScenario([], null, DEFAULT_SETTINGS, defaultName);
    expect(made.name).toBe("Scenario 1");
    expect(made.years).toEqual([2026, 2027, 2028].map(emptyScenarioYear));
  });

  it("never takes an existing id or name", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 20 }), { maxLength: 10 }), (ns) => {
        const list = ns.map((n) => named(`s-${n}`, [], defaultName(n)));
        const made = newScenario(list, null, DEFAULT_SETTINGS, defaultName);
        return list.every((s) => s.id !== made.id && s.name !== made.name);
      })
    );
  });
});

describe("copyScenario", () => {
  const copyName = (name: string, n: number) =>
    n === 1 ? `${name} (kopia)` : `${name} (kopia ${n})`;

  it("copies every year's amounts and every inclusion under a new id and name", () => {
    const source = { ...scenario, included: ["m-1", "p-2"] };
    const made = copyScenario([source], source, copyName);
    expect(made.name).toBe("Alla (kopia)");
    expect(made.id).not.toBe(source.id);
    expect(made.included).toEqual(["m-1", "p-2"]);
    expect(made.included).not.toBe(source.included);
    expect(made.years).toEqual(source.years);
    expect(made.years[0]).not.toBe(source.years[0]);
  });

  it("takes the next free copy name", () => {
    const list = [scenario, named("b", [], "Alla (kopia)"), named("c", [], "Alla (kopia 2)")];
    expect(copyScenario(list, scenario, copyName).name).toBe("Alla (kopia 3)");
  });
});

describe("withScenarioAt", () => {
  const a = named("a", [], "A");
  const b = named("b", [], "B");
  const c = named("c", [], "C");

  it("puts a deleted scenario back at its place, or at the end of a shorter list", () => {
    expect(withScenarioAt([a, c], b, 1).map((s) => s.id)).toEqual(["a", "b", "c"]);
    expect(withScenarioAt([a], c, 2).map((s) => s.id)).toEqual(["a", "c"]);
  });

  it("leaves the list as it is when the scenario is there again", () => {
    const list = [a, b];
    expect(withScenarioAt(list, b, 0)).toBe(list);
  });
});
