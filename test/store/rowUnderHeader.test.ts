/** A deleted row laid out under today's header (rowUnderHeader.ts): by title, never by position. */
import { rowUnderHeader } from "../../src/store/rowUnderHeader";

const THEN = {
  header: ["Id", "Åtgärd", "Effekt 2026 (tkr)", "Kommentar"],
  cells: ["m-1", "Vakanshålla", "=BUDGET.MEASUREEFFECT(1000,DATE(2026,7,1),2026)", "min text"],
  numberFormats: ["General", "@", "# ##0", "General"],
};

describe("rowUnderHeader", () => {
  it("keeps the row as it was under the same header", () => {
    expect(rowUnderHeader(THEN, THEN.header)).toEqual({
      cells: THEN.cells,
      numberFormats: THEN.numberFormats,
      lost: [],
    });
  });

  it("follows moved columns by title, whatever their case and blanks, and leaves new ones empty", () => {
    const now = [" kommentar", "Ansvarig", "Id", "Effekt 2026 (tkr)", "ÅTGÄRD"];
    expect(rowUnderHeader(THEN, now)).toEqual({
      cells: ["min text", "", "m-1", THEN.cells[2], "Vakanshålla"],
      numberFormats: ["General", "General", "General", "# ##0", "@"],
      lost: [],
    });
  });

  it("names the columns that are gone when their cells were not empty", () => {
    const result = rowUnderHeader({ ...THEN, cells: ["m-1", "", "1", "min text"] }, ["Id"]);
    expect(result.lost).toEqual(["Effekt 2026 (tkr)", "Kommentar"]);
  });

  it("keeps no formats when the row had none (the browser's store)", () => {
    const result = rowUnderHeader({ ...THEN, numberFormats: [] }, THEN.header);
    expect(result.numberFormats).toEqual([]);
  });
});
