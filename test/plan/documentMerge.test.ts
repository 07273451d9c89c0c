/**
 * The plan document's three-way merge (documentMerge.ts): what each side changed survives, and a
 * field both changed differently is a conflict that names the other change.
 */
import { dec } from "../../src/budget/money";
import {
  newFrameLine,
  withAddedLine,
  withChangedLine,
  withLineAmount,
  withoutLine,
} from "../../src/plan/lineEdits";
import { DEFAULT_SETTINGS } from "../../src/plan/model";
import type { PlanSettings, Scenario } from "../../src/plan/model";
import { mergeOrder, mergePlanContent, mergeSet, sameValue } from "../../src/plan/documentMerge";
import type { PlanContent } from "../../src/plan/documentMerge";
import { conflictMessage } from "../../src/i18n/revisions";
import { en, sv } from "../../src/i18n/texts";

const YEARS = [2026, 2027, 2028];
const every = (n: number) => Object.fromEntries(YEARS.map((y) => [y, dec(n)]));

function scenario(id: string, name: string, included: string[] = []): Scenario {
  return {
    id,
    name,
    frameLines: [{ id: "ram", text: "Anvisad ram", amounts: every(1_000) }],
    needLines: [
      {
        id: "behov",
        area: "IFO",
        cause: "Placeringar",
        source: { kind: "typed", amounts: every(100) },
      },
    ],
    requests: [],
    included,
    requestedProposals: [],
  };
}

/** The scenario with one year of its frame line set. */
function withFrame(s: Scenario, year: number, value: number): Scenario {
  return withLineAmount(s, "frameLines", "ram", year, dec(value));
}

const frames = (s: Scenario) => YEARS.map((y) => s.frameLines[0]!.amounts[y]!.toString());

const content = (
  scenarios: Scenario[],
  settings: PlanSettings = DEFAULT_SETTINGS
): PlanContent => ({
  settings,
  scenarios,
});

const A = scenario("s-a", "Alt A", ["m-1", "m-2"]);
const B = scenario("s-b", "Alt B", ["m-1"]);

function merged(base: PlanContent, theirs: PlanContent, mine: PlanContent): PlanContent {
  const result = mergePlanContent(base, theirs, mine);
  if (!result.ok) throw new Error(`unexpected conflicts ${JSON.stringify(result.conflicts)}`);
  return result.merged;
}

describe("mergePlanContent", () => {
  const base = content([A, B]);

  it("keeps the other tab's frame when this tab changes another scenario's name", () => {
    const theirs = content([A, withFrame(B, 2027, 1_200)]);
    const mine = content([{ ...A, name: "Alt A, utan ökning" }, B]);
    const out = merged(base, theirs, mine);
    expect(out.scenarios.map((s) => s.name)).toEqual(["Alt A, utan ökning", "Alt B"]);
    expect(frames(out.scenarios[1]!)).toEqual(["1000", "1200", "1000"]);
  });

  it("keeps two changes of different years of one line", () => {
    const theirs = content([A, withFrame(B, 2027, 1_200)]);
    const mine = content([A, withFrame(B, 2028, 900)]);
    expect(frames(merged(base, theirs, mine).scenarios[1]!)).toEqual(["1000", "1200", "900"]);
  });

  it("merges inclusions as sets: three quick clicks on top of another tab's removal", () => {
    const theirs = content([{ ...A, included: ["m-2"] }, B]); // removed m-1
    const mine = content([{ ...A, included: ["m-1", "m-2", "m-3", "m-4"] }, B]); // added m-3, m-4
    expect(merged(base, theirs, mine).scenarios[0]!.included).toEqual(["m-2", "m-3", "m-4"]);
  });

  it("keeps scenarios added on both sides and a deletion of an unchanged one", () => {
    const C = scenario("s-c", "Alt C");
    const D = scenario("s-d", "Alt D");
    const theirs = content([A, B, C]);
    const mine = content([D, B]); // deleted A, added D first
    expect(merged(base, theirs, mine).scenarios.map((s) => s.id)).toEqual(["s-d", "s-b", "s-c"]);
  });

  it("keeps a setting changed on one side and scenarios changed on the other", () => {
    const settings = { ...DEFAULT_SETTINGS, unit: "mnkr" as const };
    const theirs = content([A, B], settings);
    const mine = content([A, { ...B, name: "Alt B2" }]);
    const out = merged(base, theirs, mine);
    expect(out.settings.unit).toBe("mnkr");
    expect(out.scenarios[1]!.name).toBe("Alt B2");
  });

  it("merges the colour words one by one", () => {
    const labels = DEFAULT_SETTINGS.colourLabels;
    const theirs = content([A, B], {
      ...DEFAULT_SETTINGS,
      colourLabels: { ...labels, red: "Röd" },
    });
    const mine = content([A, B], {
      ...DEFAULT_SETTINGS,
      colourLabels: { ...labels, green: "Grön" },
    });
    expect(merged(base, theirs, mine).settings.colourLabels).toEqual({
      red: "Röd",
      yellow: "GUL",
      green: "Grön",
    });
  });

  it("refuses the same year of one line changed to two amounts, naming scenario, list and line", () => {
    const theirs = content([A, withFrame(B, 2027, 1_200)]);
    const mine = content([A, withFrame(B, 2027, 1_300)]);
    const result = mergePlanContent(base, theirs, mine);
    expect(result).toEqual({
      ok: false,
      conflicts: [
        { kind: "scenarioLine", scenario: "Alt B", list: "frameLines", line: "Anvisad ram" },
      ],
    });
    if (result.ok) return;
    const message = conflictMessage(sv.revisions, result.conflicts);
    expect(message).toContain("raden ”Anvisad ram” under ramen i scenariot ”Alt B”");
    expect(message).toContain("Ingenting");
    expect(conflictMessage(en.revisions, result.conflicts)).toContain("Anvisad ram");
  });

  it("accepts the same change made on both sides", () => {
    const both = content([A, withFrame(B, 2027, 1_200)]);
    expect(sameValue(merged(base, both, both), both)).toBe(true);
  });

  it("refuses a change to a scenario the other side deleted, and the other way round", () => {
    const changed = content([{ ...A, name: "Alt A2" }, B]);
    const deleted = content([B]);
    expect(mergePlanContent(base, deleted, changed)).toEqual({
      ok: false,
      conflicts: [{ kind: "scenarioDeleted", scenario: "Alt A2" }],
    });
    expect(mergePlanContent(base, changed, deleted)).toEqual({
      ok: false,
      conflicts: [{ kind: "scenarioChanged", scenario: "Alt A2" }],
    });
  });

  it("refuses two different names and two different settings, naming each", () => {
    const theirs = content([{ ...A, name: "Plan X" }, B], { ...DEFAULT_SETTINGS, unit: "kr" });
    const mine = content([{ ...A, name: "Plan Y" }, B], { ...DEFAULT_SETTINGS, unit: "mnkr" });
    const result = mergePlanContent(base, theirs, mine);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const message = conflictMessage(sv.revisions, result.conflicts);
    expect(message).toContain("enheten ändrades");
    expect(message).toContain("scenariot ”Alt A” fick namnet ”Plan X”");
  });

  it("merges the municipality and the committee as settings of their own", () => {
    const theirs = content([A, B], { ...DEFAULT_SETTINGS, municipality: "Askersunds kommun" });
    const mine = content([A, B], { ...DEFAULT_SETTINGS, committee: "Socialnämnden" });
    const out = merged(base, theirs, mine).settings;
    expect([out.municipality, out.committee]).toEqual(["Askersunds kommun", "Socialnämnden"]);

    const other = content([A, B], { ...DEFAULT_SETTINGS, municipality: "Vänersborgs kommun" });
    const result = mergePlanContent(base, theirs, other);
    expect(result).toEqual({
      ok: false,
      conflicts: [{ kind: "setting", setting: "municipality" }],
    });
    if (result.ok) return;
    expect(conflictMessage(sv.revisions, result.conflicts)).toContain("kommunens namn ändrades");
  });

  it("counts what it does not name", () => {
    const conflicts = ["a", "b", "c", "d", "e", "f"].map((line) => ({
      kind: "scenarioLine" as const,
      scenario: "Alt B",
      list: "needLines" as const,
      line,
    }));
    expect(conflictMessage(en.revisions, conflicts)).toContain("and 3 more");
  });
});

describe("mergeOrder and mergeSet", () => {
  it("puts the other side's additions after the key they followed", () => {
    const kept = new Set(["a", "x", "b", "c", "y"]);
    expect(mergeOrder(["a", "b", "c"], ["a", "x", "b", "c"], ["a", "b", "c", "y"], kept)).toEqual([
      "a",
      "x",
      "b",
      "c",
      "y",
    ]);
  });

  it("takes mine's order where mine reordered, theirs' addition after the key it followed", () => {
    const kept = new Set(["a", "b", "c", "x"]);
    expect(mergeOrder(["a", "b", "c"], ["a", "b", "c", "x"], ["c", "b", "a"], kept)).toEqual([
      "c",
      "x",
      "b",
      "a",
    ]);
  });

  it("keeps a removal of one side and an addition of the other", () => {
    expect(mergeSet(["a", "b"], ["b"], ["a", "b", "c"])).toEqual(["b", "c"]);
  });
});

describe("mergePlanContent, line by line", () => {
  const base = content([A, B]);
  const changeCause = (s: Scenario, cause: string) =>
    withChangedLine(s, "needLines", "behov", (l) => ({ ...l, cause }));

  it("keeps a change of a line's text on one side and of its amount on the other", () => {
    const theirs = content([A, changeCause(B, "Placeringar barn och unga")]);
    const mine = content([A, withLineAmount(B, "needLines", "behov", 2026, dec(250))]);
    const line = merged(base, theirs, mine).scenarios[1]!.needLines[0]!;
    expect(line.cause).toBe("Placeringar barn och unga");
    expect(line.source).toEqual({ kind: "typed", amounts: { ...every(100), 2026: dec(250) } });
  });

  it("refuses one side removing a line the other changed, both ways round", () => {
    const removed = content([A, withoutLine(B, "needLines", "behov")!.scenario]);
    const changed = content([A, withLineAmount(B, "needLines", "behov", 2027, dec(7))]);
    const conflict = {
      kind: "scenarioLine",
      scenario: "Alt B",
      list: "needLines",
      line: "Placeringar",
    };
    expect(mergePlanContent(base, removed, changed)).toEqual({ ok: false, conflicts: [conflict] });
    expect(mergePlanContent(base, changed, removed)).toEqual({ ok: false, conflicts: [conflict] });
  });

  it("removes a line one side removed and the other left as it was", () => {
    const removed = content([A, withoutLine(B, "needLines", "behov")!.scenario]);
    const renamed = content([A, { ...B, name: "Alt B2" }]);
    const out = merged(base, removed, renamed).scenarios[1]!;
    expect(out.needLines).toEqual([]);
    expect(out.name).toBe("Alt B2");
  });

  it("keeps lines added on both sides, each after the line it followed", () => {
    const line = (id: string, text: string) => ({ ...newFrameLine(B, text), id });
    const theirs = content([A, withAddedLine(B, "frameLines", line("l-t", "Höjda hyror"))]);
    const front = { ...B, frameLines: [line("l-m", "Inflationskompensation"), ...B.frameLines] };
    const mine = content([A, withAddedLine(front, "frameLines", line("l-m2", "Statsbidrag"))]);
    const out = merged(base, theirs, mine).scenarios[1]!;
    // Theirs' order is kept (mine did not reorder); mine's additions go in right after the line
    // they followed in mine: l-m at the front, l-m2 straight after "ram", before theirs' l-t.
    expect(out.frameLines.map((l) => l.id)).toEqual(["l-m", "ram", "l-m2", "l-t"]);
  });

  it("merges a derived need's cost years and share as separate fields, and a switch of kind as one", () => {
    const derived = withChangedLine(B, "needLines", "behov", (l) => ({
      ...l,
      source: { kind: "derived" as const, cost: every(500), frameShare: dec(10) },
    }));
    const b2 = content([A, derived]);
    const theirs = content([A, withLineAmount(derived, "needLines", "behov", 2026, dec(600))]);
    const share = withChangedLine(derived, "needLines", "behov", (l) =>
      l.source.kind === "derived" ? { ...l, source: { ...l.source, frameShare: dec(12) } } : l
    );
    const out = merged(b2, theirs, content([A, share])).scenarios[1]!.needLines[0]!;
    expect(out.source).toEqual({
      kind: "derived",
      cost: { ...every(500), 2026: dec(600) },
      frameShare: dec(12),
    });
    const typed = withChangedLine(derived, "needLines", "behov", (l) => ({
      ...l,
      source: { kind: "typed" as const, amounts: every(500) },
    }));
    expect(mergePlanContent(b2, theirs, content([A, typed])).ok).toBe(false);
  });

  it("merges the requested proposals as a set", () => {
    const withRequested = (s: Scenario, ids: string[]) => ({ ...s, requestedProposals: ids });
    const b2 = content([A, withRequested(B, ["p-1", "p-2"])]);
    const theirs = content([A, withRequested(B, ["p-2"])]); // removed p-1
    const mine = content([A, withRequested(B, ["p-1", "p-2", "p-3"])]); // added p-3
    expect(merged(b2, theirs, mine).scenarios[1]!.requestedProposals).toEqual(["p-2", "p-3"]);
  });
});
