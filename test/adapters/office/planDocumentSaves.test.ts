/**
 * Saving settings and scenarios (planDocumentSaves.ts) through the Office.js port over the fake
 * workbook: each keeps the other, and a document that could not be read back is not saved.
 */
import { DEFAULT_SETTINGS } from "../../../src/plan/model";
import type { PlanSettings } from "../../../src/plan/model";
import { STORE_SHEET } from "../../../src/adapters/office/planDocumentSheet";
import { FakeWorkbook } from "../../support/excel";
import { portOver as setup, rejection, scenario } from "../../support/officeFixtures";

describe("saving the plan document", () => {
  it("keeps the scenarios when the settings are saved, and the settings when scenarios are", async () => {
    const { port } = setup();
    const settings: PlanSettings = {
      ...DEFAULT_SETTINGS,
      areas: ["10 Nämnd", "51 Äldreomsorg"],
      unit: "tkr",
    };
    await port.saveScenarios([scenario("s-1", "Ett")]);
    await port.saveSettings(settings);
    await port.saveScenarios([scenario("s-2", "Två")]);
    const snapshot = await port.load();
    expect(snapshot.settings).toEqual(settings);
    expect(snapshot.scenarios.map((s) => s.id)).toEqual(["s-2"]);
  });

  it("refuses to save a document that could not be read back, writing nothing", async () => {
    const { book, port } = setup();
    const before = book.snapshot(STORE_SHEET);
    const error = await rejection(port.saveScenarios([scenario("s-1", "A"), scenario("s-1", "B")]));
    expect(error.reason).toBe("storage");
    expect(FakeWorkbook.changed(before, book.snapshot(STORE_SHEET))).toEqual([]);
  });
});
