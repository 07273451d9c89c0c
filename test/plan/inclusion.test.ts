import fc from "fast-check";
import type { Scenario } from "../../src/plan/model";
import {
  excludeEverywhere,
  includeInScenarios,
  placesOf,
  restorePlaces,
  scenariosIncluding,
  withInclusion,
} from "../../src/plan/inclusion";
import { named } from "../support/scenarios";

const scenario: Scenario = named("s", ["m-1", "m-2"], "Alla");

describe("withInclusion", () => {
  it("includes and excludes a measure, and returns the same scenario when nothing changes", () => {
    expect(withInclusion(scenario, "m-3", true).included).toEqual(["m-1", "m-2", "m-3"]);
    expect(withInclusion(scenario, "m-1", false).included).toEqual(["m-2"]);
    expect(withInclusion(scenario, "m-1", true)).toBe(scenario);
    expect(withInclusion(scenario, "m-3", false)).toBe(scenario);
  });
});

describe("inclusion when measures are added, deleted and restored", () => {
  const list = [named("a", ["m-1"]), named("b", ["m-2"]), named("c", ["m-1", "m-2"])];

  it("finds the scenarios that include a measure", () => {
    expect(scenariosIncluding(list, "m-1")).toEqual(["a", "c"]);
    expect(scenariosIncluding(list, "m-9")).toEqual([]);
  });

  it("takes a deleted measure out of every scenario", () => {
    expect(excludeEverywhere(list, "m-1").map((s) => s.included)).toEqual([[], ["m-2"], ["m-2"]]);
  });

  it("includes a measure in the named scenarios that lack it, or says there is nothing to save", () => {
    expect(includeInScenarios(list, ["b"], "m-1")?.map((s) => s.included)).toEqual([
      ["m-1"],
      ["m-2", "m-1"],
      ["m-1", "m-2"],
    ]);
    expect(includeInScenarios(list, ["a", "c"], "m-1")).toBeNull();
    expect(includeInScenarios(list, ["x"], "m-1")).toBeNull();
    expect(includeInScenarios(list, [], "m-1")).toBeNull();
  });

  it("takes a deleted proposal out of the scenarios requesting it, and puts it back there", () => {
    const requesting = { ...named("r"), requestedProposals: ["p-1", "p-2"] };
    const scenarios = [named("a", ["p-1"]), requesting, named("c")];
    const places = placesOf(scenarios, "p-1");
    expect(places).toEqual({ included: ["a"], requested: ["r"] });
    const after = excludeEverywhere(scenarios, "p-1");
    expect(after.map((s) => [s.included, s.requestedProposals])).toEqual([
      [[], []],
      [[], ["p-2"]],
      [[], []],
    ]);
    const restored = restorePlaces(after, places, "p-1")!;
    expect(restored.map((s) => [s.included, s.requestedProposals])).toEqual([
      [["p-1"], []],
      [[], ["p-2", "p-1"]],
      [[], []],
    ]);
    expect(restorePlaces(restored, places, "p-1")).toBeNull();
  });

  it("restores what deleting took away", () => {
    fc.assert(
      fc.property(
        fc.array(fc.subarray(["m-1", "m-2", "m-3"]), { maxLength: 6 }),
        fc.constantFrom("m-1", "m-2", "m-3"),
        (inclusions, id) => {
          const before = inclusions.map((inc, i) => named(`s${i}`, inc));
          const were = scenariosIncluding(before, id);
          const after = excludeEverywhere(before, id);
          const restored = includeInScenarios(after, were, id) ?? after;
          return restored.every(
            (s, i) =>
              new Set(s.included).size === s.included.length &&
              [...s.included].sort().join() === [...before[i]!.included].sort().join()
          );
        }
      )
    );
  });
});
