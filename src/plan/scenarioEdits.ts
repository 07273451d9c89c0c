/**
 * The rules for editing scenarios in the scenario panel: new, copied, renamed and removed
 * scenarios and the amounts typed per year (which measures a scenario includes is inclusion.ts).
 * Pure functions over the plan model; the pane's hooks only call them.
 */
import { ZERO, type Decimal } from "../budget/money";
import { newScenarioId, type RandomSource } from "./ids";
import { planYears, type PlanSettings, type Scenario, type ScenarioYear } from "./model";

/** The amounts of a scenario year the user types. */
export type YearField = "frame" | "needs" | "requestedIncrease" | "increaseCost";

/** A plan year with every amount 0. */
export function emptyScenarioYear(year: number): ScenarioYear {
  return { year, frame: ZERO, needs: ZERO, requestedIncrease: ZERO, increaseCost: ZERO };
}

/** One amount of one year; 0 for a year the scenario has no entry for (or no scenario). */
export function yearValue(scenario: Scenario | null, year: number, field: YearField): Decimal {
  return scenario?.years.find((y) => y.year === year)?.[field] ?? ZERO;
}

/** The scenario with one amount of one year replaced (the year added when missing). */
export function withYearValue(
  scenario: Scenario,
  year: number,
  field: YearField,
  value: Decimal
): Scenario {
  const found = scenario.years.some((y) => y.year === year);
  const years = found
    ? scenario.years.map((y) => (y.year === year ? { ...y, [field]: value } : y))
    : [...scenario.years, { ...emptyScenarioYear(year), [field]: value }].sort(
        (a, b) => a.year - b.year
      );
  return { ...scenario, years };
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
 * A copy of `source` to start a variant from: every year's amounts and every inclusion, under a
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
    years: source.years.map((y) => ({ ...y })),
    included: [...source.included],
  };
}

/**
 * A new scenario after the existing ones: a fresh id, the first default name (`nameOf(n)`, from
 * n = count + 1 on) not yet taken, and nothing included. It copies the plan years of `template`
 * (the frame and needs usually stay; what changes between scenarios is the selection), or has
 * every amount 0 for each plan year when there is no template.
 */
export function newScenario(
  scenarios: readonly Scenario[],
  template: Scenario | null,
  settings: Pick<PlanSettings, "firstYear" | "yearCount">,
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
    years: template
      ? template.years.map((y) => ({ ...y }))
      : planYears(settings).map(emptyScenarioYear),
    included: [],
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
