/**
 * Which measures a scenario includes: a switch in the scenario panel, and what follows when a
 * measure is added to a scenario, deleted, or its deletion undone. Apart from scenarioEdits.ts
 * because the pane's first script needs these (add, delete, undo) and not the panel's rules.
 */
import type { Scenario } from "./model";

/** The scenario with the measure included (`on`) or not; the same object when nothing changes. */
export function withInclusion(scenario: Scenario, measureId: string, on: boolean): Scenario {
  if (on === scenario.included.includes(measureId)) return scenario;
  const included = on
    ? [...scenario.included, measureId]
    : scenario.included.filter((x) => x !== measureId);
  return { ...scenario, included };
}

/** The ids of the scenarios that include the measure. */
export function scenariosIncluding(scenarios: readonly Scenario[], measureId: string): string[] {
  return scenarios.filter((s) => s.included.includes(measureId)).map((s) => s.id);
}

/** Every scenario with the measure taken out (after it was deleted). */
export function excludeEverywhere(scenarios: readonly Scenario[], measureId: string): Scenario[] {
  return scenarios.map((s) => withInclusion(s, measureId, false));
}

/**
 * The scenarios with the measure included in those named by `scenarioIds` (a new measure's
 * scenario, or those a deleted measure was in); null when none of them exists or each already
 * includes it, so there is nothing to save.
 */
export function includeInScenarios(
  scenarios: readonly Scenario[],
  scenarioIds: readonly string[],
  measureId: string
): Scenario[] | null {
  let changed = false;
  const next = scenarios.map((s) => {
    if (!scenarioIds.includes(s.id)) return s;
    const included = withInclusion(s, measureId, true);
    if (included !== s) changed = true;
    return included;
  });
  return changed ? next : null;
}
