/**
 * The consequence descriptions after the legend (committeeConsequences.ts): per table a numbered
 * list under the rows' own numbers, each title with its text merged over the sheet's width; and
 * the legend names "–" only where an item is not judged yet.
 */
import { buildCommitteeTable, type CommitteeTable } from "../../src/plan/committeeTable";
import { COMMITTEE_TEXT } from "../../src/plan/committeeTexts";
import { referencePlan } from "../../src/plan/referenceCase";
import { named } from "../support/scenarios";

const plan = referencePlan();
const scenario = plan.scenarios[0]!;
const table = buildCommitteeTable(scenario, plan.measures, plan.settings);
const rowWith = (t: CommitteeTable, text: string) =>
  t.rows.findIndex((row) => row.some((c) => c?.value === text));

describe("the consequence descriptions", () => {
  it("follow the legend, numbered like the rows of each table", () => {
    const legend = rowWith(table, COMMITTEE_TEXT.legendSection);
    const section = rowWith(table, COMMITTEE_TEXT.consequencesSection);
    expect(section).toBeGreaterThan(legend);
    const listed = table.rows
      .slice(section)
      .filter((row) => row[0]?.style === "listNr")
      .map((row) => [row[0]!.value, String(row[1]!.value).split(":")[0]]);
    expect(listed).toEqual([
      ["1.", "Vakanshålla 24 platser i särskilt boende"],
      ["2.", "Avbryta planeringen av två boenden"],
      ["3.", "Sänka kostnaderna i ordinärt boende för äldre"],
      ["4.", "Hålla en chefstjänst i administrationen vakant"],
      ["5.", "Färre placeringar till förmån för insatser på hemmaplan"],
      ["1.", "Utvecklingsplan ”satsa oss ur” barn och unga"],
      ["2.", "Utvecklingsplan ”satsa oss ur försörjningsstöd”"],
      ["3.", "Utvecklingsplan ”satsa oss ur” äldreomsorg"],
      ["4.", "Utvecklingsplan ”satsa oss ur” personligt stöd och omsorg"],
    ]);
    const first = table.rows.findIndex((row, r) => r > section && row[0]?.style === "listNr");
    expect(String(table.rows[first]![1]!.value)).toMatch(/: Ett boende med 24 platser står tomt/);
    expect(table.merges).toContainEqual({
      row: first,
      col: 1,
      rows: 1,
      cols: table.columnWidths.length - 1,
    });
  });

  it("say when an item has no text, and the legend leaves '–' out when all are judged", () => {
    const judged = plan.measures.map((m) => ({
      ...m,
      ambition: m.ambition ?? ("keeps" as const),
      goals: m.goals ?? ("none" as const),
      consequence: m.id === "ref-atgard-4" ? " " : m.consequence,
    }));
    const t = buildCommitteeTable(named("s", ["ref-atgard-4"]), judged, plan.settings);
    expect(
      t.rows.some(
        (row) =>
          row[1]?.value === COMMITTEE_TEXT.consequenceOf("x", "").replace("x", judged[3]!.title)
      )
    ).toBe(true);
    expect(rowWith(t, COMMITTEE_TEXT.legendUnjudged)).toBe(-1);
    expect(rowWith(table, COMMITTEE_TEXT.legendUnjudged)).toBeGreaterThan(0);
  });
});
