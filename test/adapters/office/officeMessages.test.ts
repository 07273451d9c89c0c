/**
 * The Office.js port's messages (officeMessages.ts) in the pane's language: Swedish by default,
 * English when asked, over the fake workbook.
 */
import { OfficeMessages } from "../../../src/adapters/office/officeMessages";
import { en, sv } from "../../../src/i18n/texts";
import { EXTRA_MEASURE, portOver, rejection, row } from "../../support/officeFixtures";

describe("the language of the Office.js port's messages", () => {
  it("an English port refuses in English, naming the table", async () => {
    const { port } = portOver({ table: false }, { language: "en" });
    const error = await rejection(port.addMeasure(EXTRA_MEASURE));
    expect(error.reason).toBe("noTable");
    expect(error.message).toBe(en.officePort.noTable("RamkollAtgarder"));
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
    expect(error.message).toContain(en.officePort.scenariosNotSaved);
  });

  it("is Swedish by default, as the pane", async () => {
    const { port } = portOver({ table: false });
    const error = await rejection(port.deleteMeasure("m-1"));
    expect(error.message).toBe(sv.officePort.noTable("RamkollAtgarder"));
    expect(new OfficeMessages().language).toBe("sv");
  });

  it("has the same keys in both languages", () => {
    expect(Object.keys(en.officePort).sort()).toEqual(Object.keys(sv.officePort).sort());
    expect(Object.keys(en.officePort.actions).sort()).toEqual(
      Object.keys(sv.officePort.actions).sort()
    );
  });
});
