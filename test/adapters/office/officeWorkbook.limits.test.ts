/**
 * Excel's 32 767 characters per cell, over the fake workbook (issue 9, item 8): a write holding a
 * longer text is refused before anything is asked of Excel (no sync, no cell written), with a
 * message that names the field, gives the count and says that nothing was saved.
 */
import { buildCommitteeTable } from "../../../src/plan/committeeTable";
import { DEFAULT_SETTINGS } from "../../../src/plan/model";
import { referencePlan } from "../../../src/plan/referenceCase";
import type { OfficeWorkbook } from "../../../src/adapters/office/officeWorkbook";
import { EXTRA_MEASURE, portOver, rejection, rows, scenario } from "../../support/officeFixtures";

const LONG = "k".repeat(40_000);
const plain = (text: string) => text.replace(/\u00a0/g, " ");

const WRITES: [string, (p: OfficeWorkbook) => Promise<unknown>][] = [
  ["addMeasure", (p) => p.addMeasure({ ...EXTRA_MEASURE, consequence: LONG })],
  ["updateMeasure", (p) => p.updateMeasure("m-1", { consequence: LONG })],
  ["updateMeasure (title)", (p) => p.updateMeasure("m-1", { title: LONG })],
  [
    "restoreMeasure",
    (p) =>
      p.restoreMeasure({
        measure: { ...EXTRA_MEASURE, title: LONG },
        index: 0,
        header: [],
        cells: [],
        numberFormats: [],
      }),
  ],
  ["saveScenarios", (p) => p.saveScenarios([scenario("s-1", LONG)])],
  ["saveSettings", (p) => p.saveSettings({ ...DEFAULT_SETTINGS, areas: [LONG] })],
  [
    "createCommitteeTable",
    (p) => {
      const plan = referencePlan();
      const named = { ...plan.scenarios[0]!, name: LONG };
      return p.createCommitteeTable(buildCommitteeTable(named, plan.measures, plan.settings));
    },
  ],
];

describe("a text longer than one Excel cell holds", () => {
  it.each(WRITES)(
    "%s is refused before Excel is asked, saying that nothing was saved",
    async (_name, write) => {
      const { book, port } = portOver({ rows: rows(2) });
      const error = await rejection(write(port));
      expect(error.reason).toBe("storage");
      expect(plain(error.message)).toMatch(
        / har 40 0\d\d tecken, men en cell i Excel rymmer högst 32 767\./
      );
      expect(error.message).toMatch(/Ingenting har sparats/);
      expect(book.syncs).toBe(0);
      expect(book.log).toEqual([]);
    }
  );

  it("names the field in the pane's language", async () => {
    const { port } = portOver({ rows: rows(2) }, { language: "en" });
    const error = await rejection(port.updateMeasure("m-1", { consequence: LONG }));
    expect(error.message).toBe(
      "Consequences has 40,000 characters, but an Excel cell holds at most 32,767. Nothing has been saved; shorten the text and try again."
    );
  });

  it("writes a text of exactly 32 767 characters", async () => {
    const { port } = portOver({ rows: rows(2) });
    await port.updateMeasure("m-1", { consequence: "k".repeat(32_767) });
    const snapshot = await port.load();
    const m1 = snapshot.measures.find((m) => m.measure.id === "m-1")!;
    expect(m1.measure.consequence).toHaveLength(32_767);
  });
});
