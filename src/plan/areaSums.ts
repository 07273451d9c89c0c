/**
 * The sums per budget area of a scenario in one plan year: the needs, the cost of the proposals
 * funded within the frame, the money the included measures free, and what remains (freed − needs
 * − proposals), so the economist sees which area carries the deficit. The areas' remains plus the
 * requests covering the needs make the year's balance (balance.ts), as the test proves. Exact.
 */
import { ZERO, type Decimal } from "../budget/money";
import type { MeasureIndex } from "./balance";
import type { PlanSettings, Scenario } from "./model";
import { needsByArea, requestsIn } from "./scenarioLines";

export interface AreaSum {
  /** A budget area, or "" for needs not put on an area. */
  readonly area: string;
  readonly needs: Decimal;
  readonly proposals: Decimal;
  readonly freed: Decimal;
  /** freed − needs − proposals: negative where the area carries a deficit. */
  readonly remains: Decimal;
}

export interface AreaSums {
  readonly year: number;
  /** The settings' areas in their order, then any other area met, then "" when used. */
  readonly areas: readonly AreaSum[];
  /** The requests covering the needs: not put on an area, they close the gap in the total. */
  readonly requestedForNeeds: Decimal;
}

function orderedAreas(settings: PlanSettings, met: Iterable<string>): string[] {
  const out = [...settings.areas];
  const known = new Set(out);
  let blank = false;
  for (const area of met) {
    if (area === "") blank = true;
    else if (!known.has(area)) {
      known.add(area);
      out.push(area);
    }
  }
  return blank ? [...out, ""] : out;
}

/** The sums per area of `scenario` in `year`; every settings area is listed, used or not. */
export function areaSums(
  scenario: Scenario,
  index: MeasureIndex,
  settings: PlanSettings,
  year: number
): AreaSums {
  const needs = needsByArea(scenario, year);
  const freed = new Map<string, Decimal>();
  const proposals = new Map<string, Decimal>();
  const requested = new Set(scenario.requestedProposals);
  const seen = new Set<string>();
  for (const id of scenario.included) {
    const m = index.get(id);
    // A requested proposal brings its money (net zero); a measure is never requested.
    if (m === undefined || seen.has(id) || (requested.has(id) && m.kind === "proposal")) continue;
    seen.add(id);
    const target = m.kind === "measure" ? freed : proposals;
    target.set(m.area, (target.get(m.area) ?? ZERO).plus(m.effects[year] ?? ZERO));
  }
  const met = [...needs.keys(), ...freed.keys(), ...proposals.keys()];
  const areas = orderedAreas(settings, met).map((area) => {
    const n = needs.get(area) ?? ZERO;
    const p = proposals.get(area) ?? ZERO;
    const f = freed.get(area) ?? ZERO;
    return { area, needs: n, proposals: p, freed: f, remains: f.minus(n).minus(p) };
  });
  return { year, areas, requestedForNeeds: requestsIn(scenario, year, "needs") };
}
