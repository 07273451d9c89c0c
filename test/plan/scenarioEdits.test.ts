import fc from "fast-check";
import { dec } from "../../src/budget/money";
import type { Scenario } from "../../src/plan/model";
import {
  chosenScenario,
  copyOfLines,
  copyScenario,
  newScenario,
  renameScenario,
  replaceScenario,
  scenarioName,
  withoutScenario,
  withScenarioAt,
} from "../../src/plan/scenarioEdits";
import { named } from "../support/scenarios";

const scenario: Scenario = {
  id: "s",
  name: "Alla",
  frameLines: [{ id: "f", text: "Anvisad ram", amounts: { 2026: dec(1_215_046) } }],
  needLines: [
    {
      id: "n1",
      area: "IFO",
      cause: "Placeringar",
      source: { kind: "typed", amounts: { 2026: dec(23_500) } },
    },
    {
      id: "n2",
      area: "PSO",
      cause: "Externa placeringar",
      source: { kind: "derived", cost: { 2026: dec(100_000) }, frameShare: dec("7.5") },
    },
  ],
  requests: [{ id: "r", purpose: "Statsbidrag", covers: "ownCost", amounts: { 2026: dec(1_210) } }],
  included: ["m-1", "m-2"],
  requestedProposals: ["p-1"],
};

const defaultName = (n: number) => `Scenario ${n}`;

/** Every amount map of a scenario's lines, to check that a copy shares none of them. */
function amountMaps(s: Scenario): object[] {
  return [
    ...s.frameLines.map((l) => l.amounts),
    ...s.needLines.map((l) => (l.source.kind === "typed" ? l.source.amounts : l.source.cost)),
    ...s.requests.map((l) => l.amounts),
  ];
}

function sharesNothing(copy: Scenario, source: Scenario): boolean {
  const mine = amountMaps(copy);
  return amountMaps(source).every((m, i) => m !== mine[i]) && mine.length > 0;
}

describe("copyOfLines", () => {
  it("copies every line and amount map, so editing the copy leaves the source as it was", () => {
    const copy = copyOfLines(scenario);
    expect(copy).toEqual({
      frameLines: scenario.frameLines,
      needLines: scenario.needLines,
      requests: scenario.requests,
    });
    expect(sharesNothing({ ...scenario, ...copy }, scenario)).toBe(true);
    (copy.frameLines[0]!.amounts as Record<number, unknown>)[2026] = dec(1);
    expect(scenario.frameLines[0]!.amounts[2026]!.eq(1_215_046)).toBe(true);
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
  it("copies the lines of the template, includes and requests nothing, and takes the next free name", () => {
    const list = [named("a", [], "Scenario 2"), scenario];
    const made = newScenario(list, scenario, defaultName);
    expect(made.name).toBe("Scenario 3");
    expect(made.included).toEqual([]);
    expect(made.requestedProposals).toEqual([]);
    expect(made.id).toMatch(/^s-[0-9a-z]{12}$/);
    expect(made.frameLines).toEqual(scenario.frameLines);
    expect(made.needLines).toEqual(scenario.needLines);
    expect(made.requests).toEqual(scenario.requests);
    expect(sharesNothing(made, scenario)).toBe(true);
  });

  it("has no lines without a template", () => {
    const made = newScenario([], null, defaultName);
    expect(made.name).toBe("Scenario 1");
    expect([made.frameLines, made.needLines, made.requests]).toEqual([[], [], []]);
  });

  it("never takes an existing id or name", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 20 }), { maxLength: 10 }), (ns) => {
        const list = ns.map((n) => named(`s-${n}`, [], defaultName(n)));
        const made = newScenario(list, null, defaultName);
        return list.every((s) => s.id !== made.id && s.name !== made.name);
      })
    );
  });
});

describe("copyScenario", () => {
  const copyName = (name: string, n: number) =>
    n === 1 ? `${name} (kopia)` : `${name} (kopia ${n})`;

  it("copies every line, every inclusion and every requested proposal under a new id and name", () => {
    const source = { ...scenario, included: ["m-1", "p-2"] };
    const made = copyScenario([source], source, copyName);
    expect(made.name).toBe("Alla (kopia)");
    expect(made.id).not.toBe(source.id);
    expect(made.included).toEqual(["m-1", "p-2"]);
    expect(made.included).not.toBe(source.included);
    expect(made.requestedProposals).toEqual(["p-1"]);
    expect(made.requestedProposals).not.toBe(source.requestedProposals);
    expect({ ...made, id: source.id, name: source.name }).toEqual(source);
    expect(sharesNothing(made, source)).toBe(true);
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
