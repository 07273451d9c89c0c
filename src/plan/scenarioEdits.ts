/**
 * The rules for editing scenarios in the scenario panel: new, copied, renamed and removed
 * scenarios and the amounts typed per year (which measures a scenario includes is inclusion.ts).
 * Pure functions over the plan model; the pane's hooks only call them.
 */
import { newScenarioId, type RandomSource } from "./ids";
import type { Scenario } from "./model";

/** A deep copy of a scenario's lines and lists (amount maps included), to edit without sharing. */
export function copyOfLines(
  source: Scenario
): Pick<Scenario, "frameLines" | "needLines" | "requests"> {
  return {
    frameLines: source.frameLines.map((l) => ({ ...l, amounts: { ...l.amounts } })),
    needLines: source.needLines.map((l) => ({
      ...l,
      source:
        l.source.kind === "typed"
          ? { kind: "typed", amounts: { ...l.source.amounts } }
          : { ...l.source, cost: { ...l.source.cost } },
    })),
    requests: source.requests.map((l) => ({ ...l, amounts: { ...l.amounts } })),
  };
}

/** The chosen scenario, or the first when none (or an unknown one) is chosen. */
export function chosenScenario(
  scenarios: readonly Scenario[],
  selectedId: string | null
): Scenario | null {
  return scenarios.find((s) => s.id === selectedId) ?? scenarios[0] ?? null;
}

/** The list with `next` in place of the scenario with its id. */
export function replaceScenario(scenarios: readonly Scenario[], next: Scenario): Scenario[] {
  return scenarios.map((s) => (s.id === next.id ? next : s));
}

/** The list without the scenario `id`. */
export function withoutScenario(scenarios: readonly Scenario[], id: string): Scenario[] {
  return scenarios.filter((s) => s.id !== id);
}

/** The name a scenario gets from typed text: trimmed; null when nothing but blanks was typed. */
export function scenarioName(text: string): string | null {
  const name = text.trim();
  return name === "" ? null : name;
}

/** The scenario renamed to the typed text, or null when the text is blank. */
export function renameScenario(scenario: Scenario, text: string): Scenario | null {
  const name = scenarioName(text);
  return name === null ? null : { ...scenario, name };
}

/**
 * A copy of `source` to start a variant from: every line with its amounts, every inclusion and
 * every requested proposal, under a
 * new id and the first free name `copyName(source.name, n)` (n = 1, 2, …).
 */
export function copyScenario(
  scenarios: readonly Scenario[],
  source: Scenario,
  copyName: (name: string, n: number) => string,
  random?: RandomSource
): Scenario {
  const names = new Set(scenarios.map((s) => s.name));
  let n = 1;
  while (names.has(copyName(source.name, n))) n++;
  return {
    id: newScenarioId(
      scenarios.map((s) => s.id),
      random
    ),
    name: copyName(source.name, n),
    ...copyOfLines(source),
    included: [...source.included],
    requestedProposals: [...source.requestedProposals],
    // The economist's wording of the decisions goes with the copy.
    ...(source.decisionEdits?.length ? { decisionEdits: [...source.decisionEdits] } : {}),
    ...(source.fallbackScenarioId ? { fallbackScenarioId: source.fallbackScenarioId } : {}),
  };
}

/**
 * A new scenario after the existing ones: a fresh id, the first default name (`nameOf(n)`, from
 * n = count + 1 on) not yet taken, and nothing included or requested. It copies the frame lines,
 * need lines and requests of `template` (they usually stay; what changes between scenarios is
 * the selection), or has no lines when there is no template.
 */
export function newScenario(
  scenarios: readonly Scenario[],
  template: Scenario | null,
  nameOf: (n: number) => string,
  random?: RandomSource
): Scenario {
  const names = new Set(scenarios.map((s) => s.name));
  let n = scenarios.length + 1;
  while (names.has(nameOf(n))) n++;
  return {
    id: newScenarioId(
      scenarios.map((s) => s.id),
      random
    ),
    name: nameOf(n),
    ...(template ? copyOfLines(template) : { frameLines: [], needLines: [], requests: [] }),
    included: [],
    requestedProposals: [],
  };
}

/**
 * The list with `scenario` put back at `index` (at the end when the list is shorter now): undo of
 * a deletion. Unchanged when a scenario of that id is there again.
 */
export function withScenarioAt(
  scenarios: readonly Scenario[],
  scenario: Scenario,
  index: number
): readonly Scenario[] {
  if (scenarios.some((s) => s.id === scenario.id)) return scenarios;
  const at = Math.min(Math.max(index, 0), scenarios.length);
  return [...scenarios.slice(0, at), scenario, ...scenarios.slice(at)];
}
