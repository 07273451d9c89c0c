/**
 * The proposed decisions as shown and written: each generated att-sats (decisions.ts), or the
 * economist's own text for it where they rewrote it. An edited sentence is kept whatever the plan
 * does afterwards; when the plan has since changed what would be generated, it is marked stale
 * so the pane can offer the new text, and it is replaced only when the economist says so.
 */
import type { Decision, DecisionGroup, Decisions } from "./decisions";
import type { DecisionEdit, Scenario } from "./model";

export interface ShownDecision extends Decision {
  /** The text generated from the plan now. */
  readonly generated: string;
  /** True when `text` is the economist's own. */
  readonly edited: boolean;
  /** True when edited over a generated text that the plan no longer gives. */
  readonly stale: boolean;
}

export interface ShownDecisionGroup extends Omit<DecisionGroup, "decisions"> {
  readonly decisions: readonly ShownDecision[];
}

export interface ShownDecisions extends Omit<Decisions, "groups"> {
  readonly groups: readonly ShownDecisionGroup[];
}

/** The decisions with the scenario's edits laid over them. */
export function shownDecisions(decisions: Decisions, scenario: Scenario): ShownDecisions {
  const edits = new Map((scenario.decisionEdits ?? []).map((e) => [e.key, e]));
  return {
    ...decisions,
    groups: decisions.groups.map((g) => ({
      ...g,
      decisions: g.decisions.map((d) => {
        const edit = edits.get(d.key);
        if (!edit) return { ...d, generated: d.text, edited: false, stale: false };
        return {
          ...d,
          text: edit.text,
          generated: d.text,
          edited: true,
          stale: edit.generated !== d.text,
        };
      }),
    })),
  };
}

/** The scenario with these edits; none leaves the field out, as a scenario without edits has it. */
export function withEdits(scenario: Scenario, edits: readonly DecisionEdit[]): Scenario {
  const { decisionEdits: _dropped, ...rest } = scenario;
  void _dropped;
  return edits.length > 0 ? { ...rest, decisionEdits: edits } : rest;
}

/** The scenario with the fallback of its decisions (decisions.ts fallbackOf); "" chooses none. */
export function withFallback(scenario: Scenario, id: string): Scenario {
  const { fallbackScenarioId: _dropped, ...rest } = scenario;
  void _dropped;
  return id === "" ? rest : { ...rest, fallbackScenarioId: id };
}

/** The scenario with the att-sats of `key` rewritten; text equal to the generated one is no edit. */
export function withDecisionText(
  scenario: Scenario,
  key: string,
  text: string,
  generated: string
): Scenario {
  const others = (scenario.decisionEdits ?? []).filter((e) => e.key !== key);
  const edit: DecisionEdit[] = text.trim() === generated.trim() ? [] : [{ key, text, generated }];
  return withEdits(scenario, [...others, ...edit]);
}

/** The scenario with the att-sats of `key` generated again (its edit dropped). */
export function withGeneratedText(scenario: Scenario, key: string): Scenario {
  return withEdits(
    scenario,
    (scenario.decisionEdits ?? []).filter((e) => e.key !== key)
  );
}

/** The decisions as plain text, numbered, for the clipboard. */
export function decisionsText(decisions: ShownDecisions): string {
  const lines = [decisions.heading, "", decisions.opening];
  for (const group of decisions.groups) {
    lines.push("");
    if (group.intro !== null) lines.push(group.intro);
    for (const d of group.decisions) lines.push(`${d.nr}. ${d.text}`);
  }
  return lines.join("\n");
}
