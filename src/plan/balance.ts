/**
 * The balance of a scenario per plan year, and the comparison of scenarios. Pure and exact:
 * every amount is a Decimal in tkr, nothing is rounded except where the status word is chosen.
 *
 * The balance, per plan year (the lines are summed in scenarioLines.ts):
 *
 *   frame             = Σ frame lines
 *   needs             = Σ need lines (a derived line: its cost − frame × its share / 100)
 *   proposals         = Σ proposals funded within the frame (included)
 *   increaseCost      = Σ requests for a cost of their own + Σ proposals requested as an increase
 *   requestedIncrease = Σ requests covering the needs + increaseCost
 *   toCover           = needs + proposals + increaseCost − requestedIncrease
 *   freed             = Σ included measures' effects
 *   balance           = freed − toCover          (positive = surplus, negative = deficit)
 *
 * Why this form:
 * - `needs` is what the costs exceed the frame by (behov utöver ram), so the frame does not enter
 *   again except through a derived need line; it is carried along for display.
 * - A proposal funded within the frame is a cost the measures must cover. A proposal requested as
 *   a frame increase, and a request for a cost of its own (a state grant passed on), bring their
 *   money with them: listed, net zero. An unfunded proposal is listed and counted nowhere.
 * - A request covering the needs is money from outside that the scenario counts as granted: it
 *   reduces what the measures must cover. A scenario within the frame has none.
 *
 * Reference case 2026 (BRIEF §6), within the frame: needs 48 900; the 1 210 tkr state grant is
 * requested for its own cost; toCover = 48 900 + 0 + 1 210 − 1 210 = 48 900; freed = 14 000 +
 * 35 000 + 1 000 = 50 000; balance = +1 100, a surplus.
 *
 * Blank amounts count as 0. An id may be listed more than once; it counts once. A listed id that
 * names no measure is reported in `missingIds` and counts nothing.
 */
import type { Ambition, GoalEffect, Measure, PlanSettings, Scenario } from "./model";
import { frameIn, needsIn, requestsIn } from "./scenarioLines";
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
  /** Sum of the amounts of the proposals funded within the frame. */
  readonly proposals: Decimal;
  /** Sum of the amounts of the proposals requested as a frame increase (part of increaseCost). */
  readonly proposalsRequested: Decimal;
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
  /** Proposals funded within the frame. */
  readonly includedProposals: number;
  /** Proposals requested as a frame increase. */
  readonly requestedProposals: number;
  /** Included or requested items (measures and proposals) whose ambition is "lowers" (RÖD). */
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

interface ResolvedItems {
  readonly measures: Measure[];
  readonly proposals: Measure[];
  readonly requested: Measure[];
  readonly missingIds: string[];
  lowersAmbition: number;
  hurtsGoals: number;
  unjudged: number;
}

/** The listed ids resolved once, O(listed): a requested proposal is not also counted as included. */
function resolveItems(scenario: Scenario, index: MeasureIndex): ResolvedItems {
  const out: ResolvedItems = {
    measures: [],
    proposals: [],
    requested: [],
    missingIds: [],
    lowersAmbition: 0,
    hurtsGoals: 0,
    unjudged: 0,
  };
  const seen = new Set<string>();
  const requestedIds = new Set(scenario.requestedProposals);
  const includedIds = new Set(scenario.included);
  for (const id of [...scenario.requestedProposals, ...scenario.included]) {
    if (seen.has(id)) continue;
    seen.add(id);
    const m = index.get(id);
    if (m === undefined) {
      out.missingIds.push(id);
      continue;
    }
    // Only a proposal can be requested as an increase; a measure counts only when included.
    if (m.kind === "measure" && !includedIds.has(id)) continue;
    if (m.kind === "measure") out.measures.push(m);
    else (requestedIds.has(id) ? out.requested : out.proposals).push(m);
    if (m.ambition === LOWERS) out.lowersAmbition++;
    if (m.goals === NEGATIVE) out.hurtsGoals++;
    if (m.ambition === null || m.goals === null) out.unjudged++;
  }
  return out;
}

function effectSum(items: readonly Measure[], year: number): Decimal {
  let total: Decimal = ZERO;
  for (const m of items) {
    const e = m.effects[year];
    if (e) total = total.plus(e);
  }
  return total;
}

function yearBalance(scenario: Scenario, items: ResolvedItems, year: number): YearBalance {
  const needs = needsIn(scenario, year);
  const proposals = effectSum(items.proposals, year);
  const proposalsRequested = effectSum(items.requested, year);
  const increaseCost = requestsIn(scenario, year, "ownCost").plus(proposalsRequested);
  const requestedIncrease = requestsIn(scenario, year, "needs").plus(increaseCost);
  const toCover = needs.plus(proposals).plus(increaseCost).minus(requestedIncrease);
  const freed = effectSum(items.measures, year);
  const balance = freed.minus(toCover);
  return {
    year,
    frame: frameIn(scenario, year),
    needs,
    requestedIncrease,
    increaseCost,
    proposals,
    proposalsRequested,
    toCover,
    freed,
    balance,
    status: statusOf(balance),
    size: balance.abs(),
  };
}

function balanceWithIndex(
  scenario: Scenario,
  index: MeasureIndex,
  years: readonly number[]
): ScenarioBalance {
  const items = resolveItems(scenario, index);
  return {
    scenarioId: scenario.id,
    name: scenario.name,
    years: years.map((year) => yearBalance(scenario, items, year)),
    includedMeasures: items.measures.length,
    includedProposals: items.proposals.length,
    requestedProposals: items.requested.length,
    lowersAmbition: items.lowersAmbition,
    hurtsGoals: items.hurtsGoals,
    unjudged: items.unjudged,
    missingIds: items.missingIds,
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
