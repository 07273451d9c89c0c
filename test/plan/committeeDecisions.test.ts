/**
 * The proposed decisions at the top of the committee table (committeeDecisions.ts): the heading,
 * the opening, each group's lead-in and each att-sats numbered in the first column with its
 * sentence merged over the rest; above the measures table, outside the rows repeated in print.
 */
import { buildCommitteeTable, type CommitteeTable } from "../../src/plan/committeeTable";
import { decisionsOf } from "../../src/plan/decisions";
import { referencePlan } from "../../src/plan/referenceCase";
import { named } from "../support/scenarios";

const plan = referencePlan();
const scenario = plan.scenarios[0]!;
const table = buildCommitteeTable(scenario, plan.measures, plan.settings);

const rowWith = (t: CommitteeTable, text: string) =>
  t.rows.findIndex((row) => row.some((c) => c?.value === text));

describe("the decisions in the committee table", () => {
  const decisions = decisionsOf(scenario, plan.measures, plan.settings);
  const all = decisions.groups.flatMap((g) => g.decisions);

  it("come first, under 'Förslag till beslut', numbered as the decisions are", () => {
    const heading = rowWith(table, "Förslag till beslut");
    const measures = rowWith(table, "Effektiviseringar/åtgärdsförslag");
    expect(heading).toBeGreaterThan(0);
    expect(table.rows[heading]![0]!.style).toBe("section");
    expect(all.length).toBeGreaterThan(5);
    for (const d of all) {
      const r = rowWith(table, d.text);
      expect(r).toBeGreaterThan(heading);
      expect(r).toBeLessThan(measures);
      expect(table.rows[r]![0]).toMatchObject({ value: `${d.nr}.`, style: "listNr" });
      expect(table.merges).toContainEqual({
        row: r,
        col: 1,
        rows: 1,
        cols: table.columnWidths.length - 1,
      });
    }
    for (const g of decisions.groups)
      if (g.intro !== null) expect(rowWith(table, g.intro)).toBeGreaterThan(heading);
    // No print titles for a table this short; where they are, they are the measures header.
    expect(table.repeatRows).toBeNull();
  });

  it("give a long att-sats the lines it needs at the merged width", () => {
    const r = rowWith(table, all[0]!.text);
    expect(all[0]!.text.length).toBeGreaterThan(200);
    expect(table.rowHeights[r]).toBeGreaterThanOrEqual(30);
  });

  it("say so when a scenario gives none", () => {
    const empty = buildCommitteeTable(named("tom"), plan.measures, plan.settings);
    expect(rowWith(empty, "Förslag till beslut")).toBeGreaterThan(0);
    expect(
      empty.rows.some((row) => String(row[0]?.value ?? "").startsWith("Scenariot ger ännu inga"))
    ).toBe(true);
  });
});
