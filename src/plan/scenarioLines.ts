/**
 * What a scenario's lines add up to in one plan year: the frame, the needs (typed, or derived from
 * an estimated cost and the area's share of the frame), the requests by what they cover, and each
 * development proposal's funding. Pure and exact; nothing is rounded here.
 */
import { Decimal, ZERO } from "../budget/money";
import type { Effects, Funding, NeedLine, RequestCover, RequestLine, Scenario } from "./model";

const HUNDRED = new Decimal(100);

/** One year's amount of a line; a blank (absent or null) is 0. */
export function amountIn(amounts: Effects, year: number): Decimal {
  return amounts[year] ?? ZERO;
}

/** The frame of a year: the sum of the frame lines (as BUDGET.FRAMEADJUST adds base and adjustments). */
export function frameIn(scenario: Scenario, year: number): Decimal {
  let total: Decimal = ZERO;
  for (const line of scenario.frameLines) total = total.plus(amountIn(line.amounts, year));
  return total;
}

/**
 * One need line's amount in a year. A derived line is its estimated cost minus its share of the
 * frame: cost − frame × share / 100. A blank cost counts as 0, as any blank does.
 */
export function needAmount(line: NeedLine, frame: Decimal, year: number): Decimal {
  const source = line.source;
  if (source.kind === "typed") return amountIn(source.amounts, year);
  return amountIn(source.cost, year).minus(frame.times(source.frameShare).dividedBy(HUNDRED));
}

/** The sum of the need lines in a year. */
export function needsIn(scenario: Scenario, year: number): Decimal {
  const frame = frameIn(scenario, year);
  let total: Decimal = ZERO;
  for (const line of scenario.needLines) total = total.plus(needAmount(line, frame, year));
  return total;
}

/** The sum of the requests that cover `covers` (all of them when left out), in a year. */
export function requestsIn(scenario: Scenario, year: number, covers?: RequestCover): Decimal {
  let total: Decimal = ZERO;
  for (const line of scenario.requests as readonly RequestLine[]) {
    if (covers === undefined || line.covers === covers)
      total = total.plus(amountIn(line.amounts, year));
  }
  return total;
}

/**
 * How a proposal is funded in the scenario: requested as a frame increase when listed among the
 * requested proposals (that wins over being included), funded within the frame when included,
 * else unfunded: listed, counted nowhere.
 */
export function fundingOf(scenario: Scenario, proposalId: string): Funding {
  if (scenario.requestedProposals.includes(proposalId)) return "requested";
  if (scenario.included.includes(proposalId)) return "withinFrame";
  return "unfunded";
}

/** The scenario with the proposal's funding set; it is in at most one of the two lists. */
export function withFunding(scenario: Scenario, proposalId: string, funding: Funding): Scenario {
  const included = scenario.included.filter((id) => id !== proposalId);
  const requestedProposals = scenario.requestedProposals.filter((id) => id !== proposalId);
  if (funding === "withinFrame") included.push(proposalId);
  if (funding === "requested") requestedProposals.push(proposalId);
  return { ...scenario, included, requestedProposals };
}

/** The needs of a year summed per area, in the order the areas are first met ("" = no area). */
export function needsByArea(scenario: Scenario, year: number): Map<string, Decimal> {
  const frame = frameIn(scenario, year);
  const out = new Map<string, Decimal>();
  for (const line of scenario.needLines) {
    const amount = needAmount(line, frame, year);
    out.set(line.area, (out.get(line.area) ?? ZERO).plus(amount));
  }
  return out;
}
