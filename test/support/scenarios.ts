/**
 * Scenarios for the tests: `named` has no lines; `byYears` is built from the per-year amounts a
 * version-1 scenario had, through the v1 upgrade, so a test written for those amounts keeps its
 * intention (the same balance in every year) on today's lines.
 */
import { dec, type Decimal } from "../../src/budget/money";
import type { Scenario } from "../../src/plan/model";
import { upgradeScenarioV1 } from "../../src/store/planDocumentV1";

/** A scenario without lines, including the measures given. */
export const named = (id: string, included: string[] = [], name = id): Scenario => ({
  id,
  name,
  frameLines: [],
  needLines: [],
  requests: [],
  included,
  requestedProposals: [],
});

type Amount = Decimal | number | string;

/** One plan year as version 1 stored it; an amount left out is 0. */
export interface YearAmounts {
  readonly year: number;
  readonly frame?: Amount;
  readonly needs?: Amount;
  readonly requestedIncrease?: Amount;
  readonly increaseCost?: Amount;
}

const toDec = (a: Amount | undefined): Decimal => (a === undefined ? dec(0) : dec(a));

/** A scenario whose lines give, per year, the frame and balance that version 1 gave these amounts. */
export function byYears(
  id: string,
  years: readonly YearAmounts[],
  included: string[] = [],
  name = id
): Scenario {
  return upgradeScenarioV1({
    id,
    name,
    years: years.map((y) => ({
      year: y.year,
      frame: toDec(y.frame),
      needs: toDec(y.needs),
      requestedIncrease: toDec(y.requestedIncrease),
      increaseCost: toDec(y.increaseCost),
    })),
    included,
  });
}

/** The frame of a year as the first frame line holds it (what version 1 called `frame`). */
export function frameOf(scenario: Scenario, year: number): Decimal | undefined {
  return scenario.frameLines[0]?.amounts[year] ?? undefined;
}
