/**
 * Rewritten proposed decisions (decisionEdits.ts): an edited att-sats is shown and written as
 * the economist wrote it, marked stale when the plan has since changed what would be generated,
 * kept through a copy of the scenario, a save and a merge with another writer, and given up only
 * when asked.
 */
import { dec } from "../../src/budget/money";
import { buildCommitteeTable } from "../../src/plan/committeeTable";
import {
  decisionsText,
  shownDecisions,
  withDecisionText,
  withGeneratedText,
} from "../../src/plan/decisionEdits";
import { decisionsOf } from "../../src/plan/decisions";
import { mergePlanContent } from "../../src/plan/documentMerge";
import type { Measure, Scenario } from "../../src/plan/model";
import { referencePlan } from "../../src/plan/referenceCase";
import { copyScenario } from "../../src/plan/scenarioEdits";
import { parsePlanDocument, serializePlanDocument } from "../../src/store/planDocument";

const plan = referencePlan();
const scenario = plan.scenarios[0]!;
const generated = () => decisionsOf(scenario, plan.measures, plan.settings);
const first = (s: Scenario, measures: readonly Measure[] = plan.measures) =>
  shownDecisions(decisionsOf(s, measures, plan.settings), s).groups[1]!.decisions[0]!;
const OWN = "Att vakanshålla 24 platser på Solgården från 1 januari, 14 000 tkr.";

describe("a rewritten att-sats", () => {
  const key = generated().groups[1]!.decisions[0]!.key;
  const edited = withDecisionText(scenario, key, OWN, generated().groups[1]!.decisions[0]!.text);

  it("is shown and written as written, marked edited, the rest as generated", () => {
    expect(first(edited)).toMatchObject({ text: OWN, edited: true, stale: false });
    expect(first(scenario)).toMatchObject({ edited: false, stale: false });
    const table = buildCommitteeTable(edited, plan.measures, plan.settings);
    expect(table.rows.some((row) => row[1]?.value === OWN)).toBe(true);
    expect(decisionsText(shownDecisions(generated(), edited))).toContain(`3. ${OWN}`);
  });

  it("is marked stale when the plan changes what would be generated, and kept", () => {
    const measures = plan.measures.map((m) =>
      m.id === "ref-atgard-1" ? { ...m, effects: { ...m.effects, 2026: dec(12_000) } } : m
    );
    const d = first(edited, measures);
    expect(d).toMatchObject({ text: OWN, edited: true, stale: true });
    expect(d.generated).toMatch(/12\u00a0000\u00a0tkr/);
  });

  it("is no edit when written back as generated, and goes when generated again", () => {
    const text = first(scenario).text;
    expect(withDecisionText(scenario, key, `${text} `, text).decisionEdits).toBeUndefined();
    expect(withGeneratedText(edited, key).decisionEdits).toBeUndefined();
    expect(first(withGeneratedText(edited, key)).text).toBe(text);
  });

  it("goes with a copy of the scenario and through the stored document", () => {
    const copy = copyScenario([edited], edited, (n, i) => `${n} (kopia ${i})`);
    expect(first(copy).text).toBe(OWN);
    const text = serializePlanDocument({
      settings: plan.settings,
      scenarios: [edited, plan.scenarios[1]!],
    });
    const parsed = parsePlanDocument(text);
    if (!parsed.ok) throw new Error(parsed.problem.code);
    expect(parsed.document.scenarios[0]!.decisionEdits).toEqual(edited.decisionEdits);
    // A scenario without edits is stored as before: no field at all.
    expect(parsed.document.scenarios[1]).not.toHaveProperty("decisionEdits");
  });

  it("merges with another writer's edit of another att-sats; the same one twice is a conflict", () => {
    const base = { settings: plan.settings, scenarios: [scenario] };
    const secondKey = generated().groups[1]!.decisions[1]!.key;
    const theirs = {
      ...base,
      scenarios: [withDecisionText(scenario, secondKey, "Att sänka kostnaderna.", "x")],
    };
    const mine = { ...base, scenarios: [edited] };
    const merged = mergePlanContent(base, theirs, mine);
    if (!merged.ok) throw new Error("conflict");
    const keys = merged.merged.scenarios[0]!.decisionEdits!.map((e) => e.key).sort();
    expect(keys).toEqual([key, secondKey].sort());
    const rival = { ...base, scenarios: [withDecisionText(scenario, key, "Att annat.", "x")] };
    expect(mergePlanContent(base, rival, mine)).toEqual({
      ok: false,
      conflicts: [{ kind: "decisionText", scenario: scenario.name }],
    });
  });

  it("keeps the scenario the decisions fall back on through the document, a copy and a merge", () => {
    const increase = plan.scenarios[1]!;
    expect(increase.fallbackScenarioId).toBe(scenario.id);
    const text = serializePlanDocument({ settings: plan.settings, scenarios: plan.scenarios });
    const parsed = parsePlanDocument(text);
    if (!parsed.ok) throw new Error(parsed.problem.code);
    expect(parsed.document.scenarios[1]!.fallbackScenarioId).toBe(scenario.id);
    expect(parsed.document.scenarios[0]).not.toHaveProperty("fallbackScenarioId");
    const copy = copyScenario(plan.scenarios, increase, (n, i) => `${n} (${i})`);
    expect(copy.fallbackScenarioId).toBe(scenario.id);
    const base = { settings: plan.settings, scenarios: plan.scenarios };
    const { fallbackScenarioId: _none, ...without } = increase;
    void _none;
    const mine = { ...base, scenarios: [scenario, without] };
    const merged = mergePlanContent(base, base, mine);
    if (!merged.ok) throw new Error("conflict");
    expect(merged.merged.scenarios[1]).not.toHaveProperty("fallbackScenarioId");
    const theirs = { ...base, scenarios: [scenario, { ...increase, fallbackScenarioId: "x" }] };
    expect(mergePlanContent(base, theirs, mine).ok).toBe(false);
  });
});
