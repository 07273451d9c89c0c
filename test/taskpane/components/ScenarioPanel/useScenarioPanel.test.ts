/**
 * The scenario panel recomputes the balance after every click or typed amount, over 1 000
 * measures indexed once per snapshot. Here: that the recomputation counts exactly what it should.
 * How long it takes is measured by `npm run bench` (pane / editToBalance), not asserted here.
 */
import { dec } from "../../../../src/budget/money";
import { DEFAULT_SETTINGS } from "../../../../src/plan/model";
import type { Measure, Scenario } from "../../../../src/plan/model";
import { balanceOf, indexMeasures } from "../../../../src/plan/balance";
import { byYears } from "../../../support/scenarios";

function plan(count: number): { measures: Measure[]; scenario: Scenario } {
  const measures: Measure[] = Array.from({ length: count }, (_, i) => ({
    id: `m-${i}`,
    nr: i + 1,
    kind: i % 5 === 0 ? "proposal" : "measure",
    area: DEFAULT_SETTINGS.areas[i % 5]!,
    title: `Åtgärd ${i + 1}`,
    effects: { 2026: dec(100 + i), 2027: dec("250.5"), 2028: i % 3 === 0 ? null : dec(i * 7) },
    ambition: i % 2 === 0 ? "lowers" : "keeps",
    goals: i % 4 === 0 ? "negative" : null,
    consequence: "",
  }));
  const scenario = byYears(
    "s",
    [{ year: 2026, frame: 1_215_046, needs: 48_900 }],
    measures.filter((_, i) => i % 2 === 0).map((m) => m.id),
    "Alla"
  );
  return { measures, scenario };
}

describe("recomputing the balance with 1 000 measures", () => {
  const { measures, scenario } = plan(1_000);
  const index = indexMeasures(measures);

  it("counts exactly what the recomputation is for", () => {
    const balance = balanceOf(scenario, index, DEFAULT_SETTINGS);
    // Included: every even index; proposals are the multiples of 5 among them (multiples of 10).
    let freed = 0;
    let proposals = 0;
    for (let i = 0; i < 1_000; i += 2) {
      if (i % 5 === 0) proposals += 100 + i;
      else freed += 100 + i;
    }
    const y = balance.years[0]!;
    expect(y.freed.eq(freed)).toBe(true);
    expect(y.proposals.eq(proposals)).toBe(true);
    expect(y.balance.eq(freed - 48_900 - proposals)).toBe(true);
    expect(balance.includedMeasures + balance.includedProposals).toBe(500);
  });
});
