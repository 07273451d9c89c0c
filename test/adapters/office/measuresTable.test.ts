/**
 * The measures table as measuresTable.ts lays it out, through the Office.js port over the fake
 * workbook: the header, formats and widths of a new table, and the columns of new plan years.
 */
import { dec } from "../../../src/budget/money";
import { DEFAULT_SETTINGS, planYears } from "../../../src/plan/model";
import type { PlanSettings } from "../../../src/plan/model";
import { MEASURE_COLUMNS } from "../../../src/store/measureColumns";
import { parsePlanDocument } from "../../../src/store/planDocument";
import { AMOUNT_FORMAT } from "../../../src/plan/committeeStyles";
import { MEASURES_SHEET, MEASURES_TABLE } from "../../../src/adapters/office/measuresTable";
import { STORE_SHEET } from "../../../src/adapters/office/planDocumentSheet";
import { codes, formulaRow, portOver as setup, stored } from "../../support/officeFixtures";

describe("createMeasuresTable", () => {
  it("creates a visible, formatted table on its own sheet and the hidden plan document", async () => {
    const { book, port } = setup({ table: false, document: null });
    await port.createMeasuresTable(DEFAULT_SETTINGS);

    const table = book.findTable(MEASURES_TABLE)!;
    expect(table.sheet.name).toBe(MEASURES_SHEET);
    expect(table.sheet.visibility).toBe("Visible");
    expect(book.tableValues(MEASURES_TABLE)[0]).toEqual(MEASURE_COLUMNS(DEFAULT_SETTINGS));
    expect(table.rows).toBe(0);
    // Amount columns: "#,##0" on the body; other columns keep General.
    expect(["F2", "G2", "H2"].map((a) => book.cell(MEASURES_SHEET, a).format)).toEqual([
      AMOUNT_FORMAT,
      AMOUNT_FORMAT,
      AMOUNT_FORMAT,
    ]);
    expect(book.cell(MEASURES_SHEET, "E2").format).toBe("General");
    expect(book.cell(MEASURES_SHEET, "K2").wrap).toBe(true);
    expect(book.cell(MEASURES_SHEET, "K1").wrap).toBe(true);
    const widths = table.sheet.widths;
    expect(widths.get(10)).toBeGreaterThan(widths.get(5)!); // the consequence column is the widest
    expect(widths.get(4)).toBeGreaterThan(widths.get(1)!);
    expect(table.sheet.frozenRows).toBe(1);

    const store = book.sheet(STORE_SHEET);
    expect(store.visibility).toBe("Hidden");
    expect(String(book.cell(STORE_SHEET, "A1").value)).toMatch(/^Ramkoll sparar här/);
    const parsed = parsePlanDocument(book.cell(STORE_SHEET, "A2").value);
    expect(parsed.ok && parsed.document.settings).toEqual(DEFAULT_SETTINGS);

    const snapshot = await port.load();
    expect(snapshot).toMatchObject({
      hasMeasuresTable: true,
      measures: [],
      problems: [],
      scenarios: [],
    });
  });

  it("states the unit and plan years of the settings in the header", async () => {
    const { book, port } = setup({ table: false, document: null });
    const settings: PlanSettings = {
      ...DEFAULT_SETTINGS,
      firstYear: 2027,
      yearCount: 2,
      unit: "mnkr",
    };
    await port.createMeasuresTable(settings);
    expect(
      book.tableValues(MEASURES_TABLE)[0]!.filter((t) => String(t).startsWith("Effekt"))
    ).toEqual(["Effekt 2027 (mnkr)", "Effekt 2028 (mnkr)"]);
    expect((await port.load()).settings).toEqual(settings);
  });
});

describe("saveSettings and the table", () => {
  it("adds a column for a new plan year and leaves the others as they are", async () => {
    const { book, port } = setup({ rows: [formulaRow()] });
    const settings: PlanSettings = { ...DEFAULT_SETTINGS, firstYear: 2027 };
    expect(planYears(settings)).toEqual([2027, 2028, 2029]);
    await port.saveSettings(settings);
    const header = book.tableValues(MEASURES_TABLE)[0]!;
    expect(header.slice(5, 9)).toEqual([
      "Effekt 2026 (tkr)",
      "Effekt 2027 (tkr)",
      "Effekt 2028 (tkr)",
      "Effekt 2029 (tkr)",
    ]);
    expect(book.cell(MEASURES_SHEET, "I2").format).toBe(AMOUNT_FORMAT);
    expect(book.cell(MEASURES_SHEET, "G2").formula).toBe("=F2*2");
    expect(book.cell(MEASURES_SHEET, "J2").value).toBe("RÖD"); // the colour columns moved right, intact
    const snapshot = await port.load();
    expect(snapshot.settings).toEqual(settings);
    // 2026 is outside the plan now: the column is kept and its amount with the measure, outside.
    expect(codes(snapshot)).toEqual([]);
    expect(stored(snapshot, "m-1").measure.effects).toEqual({
      2026: dec(500),
      2027: dec(1_000),
      2028: null,
      2029: null,
    });
    expect(stored(snapshot, "m-1").formulas).toContain("effect:2026");
  });
});
