/**
 * Excel's 32 767 characters per cell in the browser's store (issue 9, item 8): the plan must open
 * in Excel, so a write holding a longer text is refused, nothing stored changes, no file is made,
 * and the message names the field, gives the count and says that nothing was saved.
 */
import { buildCommitteeTable } from "../../../src/plan/committeeTable";
import { DEFAULT_SETTINGS } from "../../../src/plan/model";
import { referencePlan } from "../../../src/plan/referenceCase";
import { BrowserWorkbook, MemoryStorage } from "../../../src/adapters/browser/browserWorkbook";
import { rejection, storageContents } from "../../support/portFixtures";

const LONG = "k".repeat(40_000);
const plain = (text: string) => text.replace(/\u00a0/g, " ");

const WRITES: [string, (p: BrowserWorkbook) => Promise<unknown>][] = [
  ["addMeasure", (p) => p.addMeasure({ ...referencePlan().measures[0]!, id: "new", title: LONG })],
  ["updateMeasure", (p) => p.updateMeasure(referencePlan().measures[0]!.id, { consequence: LONG })],
  ["saveScenarios", (p) => p.saveScenarios([{ ...referencePlan().scenarios[0]!, name: LONG }])],
  [
    "saveSettings",
    (p) =>
      p.saveSettings({ ...DEFAULT_SETTINGS, legend: { ...DEFAULT_SETTINGS.legend, goals: LONG } }),
  ],
  [
    "createCommitteeTable",
    (p) => {
      const plan = referencePlan();
      const named = { ...plan.scenarios[0]!, name: LONG };
      return p.createCommitteeTable(buildCommitteeTable(named, plan.measures, plan.settings));
    },
  ],
];

describe("a text longer than one Excel cell holds, in the browser", () => {
  it.each(WRITES)("%s is refused and nothing stored changes", async (_name, write) => {
    const storage = new MemoryStorage();
    const files: string[] = [];
    const port = new BrowserWorkbook(storage, { events: null, saveFile: (n) => files.push(n) });
    await port.load(); // the reference case
    const before = storageContents(storage);
    const error = await rejection(write(port));
    expect(error.reason).toBe("storage");
    expect(plain(error.message)).toMatch(
      / har 40 0\d\d tecken, men en cell i Excel rymmer högst 32 767\./
    );
    expect(error.message).toMatch(/Ingenting har sparats/);
    expect(storageContents(storage)).toEqual(before);
    expect(files).toEqual([]);
  });
});
