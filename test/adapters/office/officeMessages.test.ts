/**
 * The Office.js port's messages (officeMessages.ts) in the pane's language: Swedish by default,
 * English when asked, over the fake workbook.
 */
import { OfficeMessages } from "../../../src/adapters/office/officeMessages";
import { enOffice } from "../../../src/i18n/office.en";
import { svOffice } from "../../../src/i18n/office.sv";
import { EXTRA_MEASURE, portOver, rejection, row } from "../../support/officeFixtures";

describe("the language of the Office.js port's messages", () => {
  it("an English port refuses in English, naming the table", async () => {
    const { port } = portOver({ table: false }, { language: "en" });
    const error = await rejection(port.addMeasure(EXTRA_MEASURE));
    expect(error.reason).toBe("noTable");
    expect(error.message).toBe(enOffice.noTable("RamkollAtgarder"));
    expect(error.message).toMatch(/^The workbook has no measures table \(RamkollAtgarder\)\./);
  });

  it("an English port tells Excel's failure in English, with Excel's own words", async () => {
    const { book, port } = portOver({ rows: [row()] }, { language: "en" });
    book.failAtSync = 1;
    const error = await rejection(port.load());
    expect(error.reason).toBe("storage");
    expect(error.message).toMatch(
      /^Excel could not read the plan \(Det gick inte att slutföra åtgärden.*GeneralException\]\)\. Nothing was changed in the workbook\.$/
    );
  });

  it("an English port names a problem of the stored plan in English", async () => {
    const { port } = portOver({ document: '{"version":' }, { language: "en" });
    const error = await rejection(port.saveScenarios([]));
    expect(error.reason).toBe("unreadable");
    expect(error.message).toMatch(/^The plan stored on the sheet Ramkoll could not be read/);
    expect(error.message).toContain("The stored plan is damaged (not valid JSON)");
    expect(error.message).toContain(enOffice.scenariosNotSaved);
  });

  it("is Swedish by default, as the pane", async () => {
    const { port } = portOver({ table: false });
    const error = await rejection(port.deleteMeasure("m-1"));
    expect(error.message).toBe(svOffice.noTable("RamkollAtgarder"));
    expect(new OfficeMessages().language).toBe("sv");
  });

  it("has the same keys in both languages", () => {
    expect(Object.keys(enOffice).sort()).toEqual(Object.keys(svOffice).sort());
    expect(Object.keys(enOffice.actions).sort()).toEqual(Object.keys(svOffice.actions).sort());
  });
});
