/**
 * The plan document's three-way merge (documentMerge.ts): what each side changed survives, and a
 * field both changed differently is a conflict that names the other change.
 */
import { dec } from "../../src/budget/money";
import { DEFAULT_SETTINGS } from "../../src/plan/model";
import type { PlanSettings, Scenario } from "../../src/plan/model";
import { mergeOrder, mergePlanContent, mergeSet, sameValue } from "../../src/plan/documentMerge";
import type { PlanContent } from "../../src/plan/documentMerge";
import { conflictMessage } from "../../src/i18n/revisions";
import { en, sv } from "../../src/i18n/texts";

function scenario(id: string, name: string, included: string[] = []): Scenario {
  return {
    id,
    name,
    years: [2026, 2027, 2028].map((year) => ({
      year,
      frame: dec(1_000),
      needs: dec(100),
      requestedIncrease: dec(0),
      increaseCost: dec(0),
    })),
    included,
  };
}

/** The scenario with one year's field set. */
function withYear(s: Scenario, year: number, field: "frame" | "needs", value: number): Scenario {
  return {
    ...s,
    years: s.years.map((y) => (y.year === year ? { ...y, [field]: dec(value) } : y)),
  };
}

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
    const theirs = content([A, withYear(B, 2027, "frame", 1_200)]);
    const mine = content([{ ...A, name: "Alt A, utan ökning" }, B]);
    const out = merged(base, theirs, mine);
    expect(out.scenarios.map((s) => s.name)).toEqual(["Alt A, utan ökning", "Alt B"]);
    expect(out.scenarios[1]!.years[1]!.frame.toString()).toBe("1200");
  });

  it("keeps two changes of different years of one scenario", () => {
    const theirs = content([A, withYear(B, 2027, "frame", 1_200)]);
    const mine = content([A, withYear(B, 2028, "frame", 900)]);
    const years = merged(base, theirs, mine).scenarios[1]!.years;
    expect(years.map((y) => y.frame.toString())).toEqual(["1000", "1200", "900"]);
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

  it("refuses the same frame changed to two amounts, naming scenario and year", () => {
    const theirs = content([A, withYear(B, 2027, "frame", 1_200)]);
    const mine = content([A, withYear(B, 2027, "frame", 1_300)]);
    const result = mergePlanContent(base, theirs, mine);
    expect(result).toEqual({
      ok: false,
      conflicts: [{ kind: "scenarioYear", scenario: "Alt B", field: "frame", year: 2027 }],
    });
    if (result.ok) return;
    const message = conflictMessage(sv.revisions, result.conflicts);
    expect(message).toContain("”Alt B”, dess ram 2027");
    expect(message).toContain("Ingenting");
    expect(conflictMessage(en.revisions, result.conflicts)).toContain('"Alt B", its frame 2027');
  });

  it("accepts the same change made on both sides", () => {
    const both = content([A, withYear(B, 2027, "frame", 1_200)]);
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
    expect(result).toEqual({ ok: false, conflicts: [{ kind: "setting", setting: "municipality" }] });
    if (result.ok) return;
    expect(conflictMessage(sv.revisions, result.conflicts)).toContain("kommunens namn ändrades");
  });

  it("counts what it does not name", () => {
    const conflicts = [2026, 2027, 2028].flatMap((year) =>
      (["frame", "needs"] as const).map((field) => ({
        kind: "scenarioYear" as const,
        scenario: "Alt B",
        field,
        year,
      }))
    );
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
