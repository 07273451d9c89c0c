/**
 * The balance of a scenario per plan year, and the comparison of scenarios. Pure and exact:
 * every amount is a Decimal in tkr, nothing is rounded except where the status word is chosen.
 *
 * The balance, per plan year:
 *
 *   proposals = the sum of the included development proposals' amounts that year
 *   toCover   = needs + proposals + increaseCost − requestedIncrease
 *   freed     = the sum of the included measures' effects that year
 *   balance   = freed − toCover          (positive = surplus, negative = deficit)
 *
 * Why this form:
 * - `needs` is what the costs exceed the frame by (behov utöver ram), so the frame itself does not
 *   enter again; it is carried along for display.
 * - An included proposal is a need that nobody has funded yet: it adds to what must be covered.
 * - A requested frame increase that the scenario counts as granted is money from outside: it
 *   reduces what the measures must cover. A scenario planned within the frame without increase
 *   leaves it 0.
 * - Some increases are requested for a cost of their own that lies outside `needs` (the reference
 *   case asks for 1 210 tkr of state grant passed on for sheltered housing). That cost is entered
 *   as `increaseCost`; granted, such an increase only pays for its own cost and the balance is
 *   unchanged; not granted (requestedIncrease 0), the cost remains and must be covered.
 *
 * Reference case 2026 (BRIEF §6): toCover = 48 900 + 0 + 1 210 − 1 210 = 48 900; freed =
 * 14 000 + 35 000 + 1 000 = 50 000; balance = +1 100, a surplus.
 *
 * Blank effects count as 0. A measure's id may be included more than once; it counts once. An
 * included id that names no measure is reported in `missingIds` and counts nothing.
 */
import type { Ambition, GoalEffect, Measure, PlanSettings, Scenario, ScenarioYear } from "./model";
import { planYears } from "./model";
import { Decimal, ZERO, roundHalfAwayFromZero } from "../budget/money";

/** Surplus when the balance rounds (to whole tkr, half away from zero) above 0, deficit below, else balanced. */
export type BalanceStatus = "surplus" | "balanced" | "deficit";

export interface YearBalance {
  readonly year: number;
  readonly frame: Decimal;
  readonly needs: Decimal;
  readonly requestedIncrease: Decimal;
  readonly increaseCost: Decimal;
  /** Sum of the included proposals' amounts. */
  readonly proposals: Decimal;
  readonly toCover: Decimal;
  /** Sum of the included measures' effects (frigjorda medel). */
  readonly freed: Decimal;
  /** freed − toCover; positive is a surplus. */
  readonly balance: Decimal;
  readonly status: BalanceStatus;
  /** The size of the surplus or deficit: |balance| (exact). */
  readonly size: Decimal;
}

export interface ScenarioBalance {
  readonly scenarioId: string;
  readonly name: string;
  readonly years: readonly YearBalance[];
  /** Included items found among the measures, counted once each. */
  readonly includedMeasures: number;
  readonly includedProposals: number;
  /** Included items (measures and proposals) whose ambition is "lowers" (RÖD). */
  readonly lowersAmbition: number;
  /** Included items (measures and proposals) whose effect on goals is "negative" (RÖD). */
  readonly hurtsGoals: number;
  /** Included items with either colour not yet judged. */
  readonly unjudged: number;
  /** Included ids that name no measure, in the order first met. */
  readonly missingIds: readonly string[];
}

export interface ScenarioComparison {
  readonly years: readonly number[];
  readonly scenarios: readonly ScenarioBalance[];
}

/** Measures by id; the first of two measures with the same id wins (the parser reports the later). */
export type MeasureIndex = ReadonlyMap<string, Measure>;

/** Indexes the measures by id once, in one pass. */
export function indexMeasures(measures: readonly Measure[]): MeasureIndex {
  const index = new Map<string, Measure>();
  for (const m of measures) if (!index.has(m.id)) index.set(m.id, m);
  return index;
}

/** The status word of a balance: decided on the balance rounded to whole tkr, as it is shown. */
export function statusOf(balance: Decimal): BalanceStatus {
  const shown = roundHalfAwayFromZero(balance, 0);
  if (shown.isZero()) return "balanced";
  return shown.isPositive() ? "surplus" : "deficit";
}

const LOWERS: Ambition = "lowers";
const NEGATIVE: GoalEffect = "negative";

function balanceWithIndex(
  scenario: Scenario,
  index: MeasureIndex,
  years: readonly number[]
): ScenarioBalance {
  // Resolve the included ids once: O(included).
  const seen = new Set<string>();
  const measures: Measure[] = [];
  const proposals: Measure[] = [];
  const missingIds: string[] = [];
  let lowersAmbition = 0;
  let hurtsGoals = 0;
  let unjudged = 0;
  for (const id of scenario.included) {
    if (seen.has(id)) continue;
    seen.add(id);
    const m = index.get(id);
    if (m === undefined) {
      missingIds.push(id);
      continue;
    }
    (m.kind === "proposal" ? proposals : measures).push(m);
    if (m.ambition === LOWERS) lowersAmbition++;
    if (m.goals === NEGATIVE) hurtsGoals++;
    if (m.ambition === null || m.goals === null) unjudged++;
  }

  const byYear = new Map<number, ScenarioYear>();
  for (const y of scenario.years) if (!byYear.has(y.year)) byYear.set(y.year, y);

  const result: YearBalance[] = years.map((year) => {
    const sy = byYear.get(year);
    const frame = sy?.frame ?? ZERO;
    const needs = sy?.needs ?? ZERO;
    const requestedIncrease = sy?.requestedIncrease ?? ZERO;
    const increaseCost = sy?.increaseCost ?? ZERO;
    let freed: Decimal = ZERO;
    for (const m of measures) {
      const e = m.effects[year];
      if (e) freed = freed.plus(e);
    }
    let proposalSum: Decimal = ZERO;
    for (const p of proposals) {
      const e = p.effects[year];
      if (e) proposalSum = proposalSum.plus(e);
    }
    const toCover = needs.plus(proposalSum).plus(increaseCost).minus(requestedIncrease);
    const balance = freed.minus(toCover);
    return {
      year,
      frame,
      needs,
      requestedIncrease,
      increaseCost,
      proposals: proposalSum,
      toCover,
      freed,
      balance,
      status: statusOf(balance),
      size: balance.abs(),
    };
  });

  return {
    scenarioId: scenario.id,
    name: scenario.name,
    years: result,
    includedMeasures: measures.length,
    includedProposals: proposals.length,
    lowersAmbition,
    hurtsGoals,
    unjudged,
    missingIds,
  };
}

/**
 * The balance of one scenario per plan year (see the formula at the top of this file).
 * Linear in the number of measures plus included ids times plan years.
 */
/** The measures indexed by id, unless they already are. */
function asIndex(measures: readonly Measure[] | MeasureIndex): MeasureIndex {
  return measures instanceof Map
    ? (measures as MeasureIndex)
    : indexMeasures(measures as readonly Measure[]);
}

export function balanceOf(
  scenario: Scenario,
  measures: readonly Measure[] | MeasureIndex,
  settings: PlanSettings
): ScenarioBalance {
  const index = asIndex(measures);
  return balanceWithIndex(scenario, index, planYears(settings));
}

/** The balances of several scenarios side by side; the measures are indexed once for all of them. */
export function compareScenarios(
  scenarios: readonly Scenario[],
  measures: readonly Measure[] | MeasureIndex,
  settings: PlanSettings
): ScenarioComparison {
  const index = asIndex(measures);
  const years = planYears(settings);
  return { years, scenarios: scenarios.map((s) => balanceWithIndex(s, index, years)) };
}
