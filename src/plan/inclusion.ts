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

/** The ids of the scenarios that include the measure (or fund the proposal within the frame). */
export function scenariosIncluding(scenarios: readonly Scenario[], measureId: string): string[] {
  return scenarios.filter((s) => s.included.includes(measureId)).map((s) => s.id);
}

/** Where a measure is counted: the scenarios that include it, and those that request it. */
export interface MeasurePlaces {
  readonly included: readonly string[];
  readonly requested: readonly string[];
}

export function placesOf(scenarios: readonly Scenario[], measureId: string): MeasurePlaces {
  const requested = scenarios.filter((s) => s.requestedProposals.includes(measureId));
  return {
    included: scenariosIncluding(scenarios, measureId),
    requested: requested.map((s) => s.id),
  };
}

export const hasPlaces = (p: MeasurePlaces): boolean => p.included.length + p.requested.length > 0;

/** Every scenario with the measure taken out, included or requested (after it was deleted). */
export function excludeEverywhere(scenarios: readonly Scenario[], measureId: string): Scenario[] {
  return scenarios.map((s) => {
    const out = withInclusion(s, measureId, false);
    if (!out.requestedProposals.includes(measureId)) return out;
    return { ...out, requestedProposals: out.requestedProposals.filter((x) => x !== measureId) };
  });
}

/**
 * Undo of a deletion: the measure back where it was counted, included or requested; null when
 * nothing changes (the scenarios are gone, or each already has it back).
 */
export function restorePlaces(
  scenarios: readonly Scenario[],
  places: MeasurePlaces,
  measureId: string
): Scenario[] | null {
  const included = includeInScenarios(scenarios, places.included, measureId) ?? scenarios;
  let changed = included !== scenarios;
  const next = included.map((s) => {
    const counted = s.included.includes(measureId) || s.requestedProposals.includes(measureId);
    if (!places.requested.includes(s.id) || counted) return s;
    changed = true;
    return { ...s, requestedProposals: [...s.requestedProposals, measureId] };
  });
  return changed ? next : null;
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
