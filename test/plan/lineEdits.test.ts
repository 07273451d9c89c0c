import fc from "fast-check";
import { dec } from "../../src/budget/money";
import type { NeedLine, Scenario } from "../../src/plan/model";
import {
  LINE_LISTS,
  lineAmounts,
  newFrameLine,
  newNeedLine,
  newRequestLine,
  withAddedLine,
  withChangedLine,
  withLineAmount,
  withLineAt,
  withNeedSource,
  withoutLine,
} from "../../src/plan/lineEdits";
import { frameIn, needsIn } from "../../src/plan/scenarioLines";
import { named } from "../support/scenarios";

const typed: NeedLine = {
  id: "n1",
  area: "Individ- och familjeomsorg",
  cause: "Placeringar barn och unga",
  source: { kind: "typed", amounts: { 2026: dec(23_500), 2027: null } },
};

const scenario: Scenario = {
  ...named("s"),
  frameLines: [{ id: "f1", text: "Anvisad ram", amounts: { 2026: dec(1_000) } }],
  needLines: [typed],
  requests: [{ id: "r1", purpose: "Statsbidrag", covers: "ownCost", amounts: {} }],
};

/** A random source that repeats one value: every id it makes is the same, unless taken. */
const constant = (r: number) => () => r;

describe("new lines", () => {
  it("start blank, with an id no other line of the scenario has", () => {
    const frame = newFrameLine(scenario, "Inflationskompensation");
    const need = newNeedLine(scenario, "Äldreomsorg");
    const request = newRequestLine(scenario, "needs");
    expect(frame).toMatchObject({ text: "Inflationskompensation", amounts: {} });
    expect(need).toMatchObject({
      area: "Äldreomsorg",
      cause: "",
      source: { kind: "typed", amounts: {} },
    });
    expect(request).toMatchObject({ purpose: "", covers: "needs", amounts: {} });
    for (const line of [frame, need, request]) expect(line.id).toMatch(/^l-[0-9a-z]{12}$/);
  });

  it("never reuse the id of a line in another list", () => {
    const first = newFrameLine(named("s"), "A", constant(0.5));
    const withFrame = withAddedLine(named("s"), "frameLines", first);
    const need = newNeedLine(withFrame, "", constant(0.5));
    expect(need.id).not.toBe(first.id);
    const withBoth = withAddedLine(withFrame, "needLines", need);
    const request = newRequestLine(withBoth, "ownCost", constant(0.5));
    expect([first.id, need.id]).not.toContain(request.id);
  });
});

describe("adding, changing and removing a line", () => {
  it("adds at the end of its list and leaves the scenario given as it was", () => {
    const line = newFrameLine(scenario, "Höjda hyror");
    const next = withAddedLine(scenario, "frameLines", line);
    expect(next.frameLines.map((l) => l.id)).toEqual(["f1", line.id]);
    expect(scenario.frameLines).toHaveLength(1);
    expect(next.needLines).toBe(scenario.needLines);
  });

  it("changes the line of that id only, and nothing when there is none", () => {
    const next = withChangedLine(scenario, "needLines", "n1", (l) => ({ ...l, cause: "Ny" }));
    expect(next.needLines[0]!.cause).toBe("Ny");
    expect(scenario.needLines[0]!.cause).toBe("Placeringar barn och unga");
    expect(withChangedLine(scenario, "needLines", "f1", (l) => ({ ...l, cause: "x" }))).toBe(
      scenario
    );
  });

  it("removes a line with what undo needs, and puts it back at its place", () => {
    const two = withAddedLine(scenario, "frameLines", newFrameLine(scenario, "Justering"));
    const removed = withoutLine(two, "frameLines", "f1")!;
    expect(removed.index).toBe(0);
    expect(removed.line).toBe(two.frameLines[0]);
    expect(removed.scenario.frameLines.map((l) => l.id)).not.toContain("f1");
    const back = withLineAt(removed.scenario, "frameLines", removed.line, removed.index);
    expect(back).toEqual(two);
    expect(withoutLine(scenario, "requests", "nope")).toBeNull();
  });

  it("undo keeps the list as it is when a line of that id is there, and clamps the place", () => {
    expect(withLineAt(scenario, "needLines", typed, 0)).toBe(scenario);
    const empty = { ...scenario, needLines: [] };
    expect(withLineAt(empty, "needLines", typed, 7).needLines).toEqual([typed]);
    expect(withLineAt(empty, "needLines", typed, -3).needLines).toEqual([typed]);
  });

  it("lists the three line lists", () => {
    expect(LINE_LISTS).toEqual(["frameLines", "needLines", "requests"]);
  });
});

describe("withLineAmount", () => {
  it("sets one year of a frame line or request, blank as null, without touching other years", () => {
    const next = withLineAmount(scenario, "frameLines", "f1", 2027, dec(5));
    expect(next.frameLines[0]!.amounts[2026]!.eq(1_000)).toBe(true);
    expect(next.frameLines[0]!.amounts[2027]!.eq(5)).toBe(true);
    expect(scenario.frameLines[0]!.amounts[2027]).toBeUndefined();
    const blank = withLineAmount(next, "frameLines", "f1", 2026, null);
    expect(blank.frameLines[0]!.amounts[2026]).toBeNull();
    expect(frameIn(blank, 2026).isZero()).toBe(true);
    const request = withLineAmount(scenario, "requests", "r1", 2026, dec(1_210));
    expect(request.requests[0]!.amounts[2026]!.eq(1_210)).toBe(true);
  });

  it("sets a typed need line's amount, and a derived one's estimated cost (its share kept)", () => {
    const next = withLineAmount(scenario, "needLines", "n1", 2026, dec(24_000));
    expect(lineAmounts(next.needLines[0]!)[2026]!.eq(24_000)).toBe(true);
    const derived = withChangedLine(scenario, "needLines", "n1", (l) =>
      withNeedSource(l, "derived", dec(2))
    );
    const costed = withLineAmount(derived, "needLines", "n1", 2026, dec(30_000));
    const source = costed.needLines[0]!.source;
    expect(source.kind === "derived" && source.cost[2026]!.eq(30_000)).toBe(true);
    expect(source.kind === "derived" && source.frameShare.eq(2)).toBe(true);
    // cost − frame × share / 100 = 30 000 − 1 000 × 2 / 100
    expect(needsIn(costed, 2026).eq(dec(30_000).minus(20))).toBe(true);
  });

  it("gives back what was written, for any line, year and amount", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          ["frameLines", "f1"] as const,
          ["needLines", "n1"] as const,
          ["requests", "r1"] as const
        ),
        fc.integer({ min: 2020, max: 2040 }),
        fc.option(fc.integer({ min: -1e9, max: 1e9 })),
        ([list, id], year, amount) => {
          const value = amount === null ? null : dec(amount);
          const next = withLineAmount(scenario, list, id, year, value);
          const line = next[list].find((l) => l.id === id)!;
          const read = lineAmounts(line)[year];
          return value === null ? read === null : read !== null && read!.eq(value);
        }
      )
    );
  });
});

describe("withNeedSource", () => {
  it("turns typed amounts into the cost of a derived line and back, losing nothing", () => {
    const derived = withNeedSource(typed, "derived", dec("12.5"));
    expect(derived.source).toEqual({
      kind: "derived",
      cost: typed.source.kind === "typed" ? typed.source.amounts : {},
      frameShare: dec("12.5"),
    });
    expect(lineAmounts(derived)).toEqual({});
    expect(lineAmounts(derived, "cost")).toEqual({ 2026: dec(23_500), 2027: null });
    expect(withNeedSource(derived, "typed", dec(0))).toEqual(typed);
  });

  it("keeps a typed line as it is and sets a derived line's share", () => {
    expect(withNeedSource(typed, "typed", dec(3))).toBe(typed);
    const derived = withNeedSource(typed, "derived", dec(1));
    const reshared = withNeedSource(derived, "derived", dec(4));
    expect(reshared.source.kind === "derived" && reshared.source.frameShare.eq(4)).toBe(true);
    expect(lineAmounts(reshared, "cost")).toEqual(lineAmounts(derived, "cost"));
  });
});
