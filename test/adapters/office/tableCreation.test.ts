/**
 * Creating the measures table (tableCreation.ts), empty or with the reference case, through the
 * Office.js port over the fake workbook.
 */
import { DEFAULT_SETTINGS } from "../../../src/plan/model";
import { referencePlan } from "../../../src/plan/referenceCase";
import { MEASURES_SHEET, MEASURES_TABLE } from "../../../src/adapters/office/measuresTable";
import { FakeWorkbook } from "../../support/excel";
import { documentJson, portOver as setup, rejection, row } from "../../support/officeFixtures";

describe("createMeasuresTable", () => {
  it("rejects with tableExists and changes nothing when the table is there", async () => {
    const { book, port } = setup({ rows: [row()] });
    const before = book.snapshot(MEASURES_SHEET);
    const error = await rejection(port.createMeasuresTable(DEFAULT_SETTINGS));
    expect(error.reason).toBe("tableExists");
    expect(FakeWorkbook.changed(before, book.snapshot(MEASURES_SHEET))).toEqual([]);
    expect(book.sheets).toHaveLength(3);
  });

  it("leaves a sheet named Åtgärder that holds the user's data alone and uses a new sheet", async () => {
    const { book, port } = setup({ table: false, document: null });
    book.addSheet("ÅTGÄRDER");
    book.setCells("ÅTGÄRDER", "B3", [["mina anteckningar"]]);
    await port.createMeasuresTable(DEFAULT_SETTINGS);
    expect(book.findTable(MEASURES_TABLE)!.sheet.name).toBe("Åtgärder 2");
    expect(book.cell("ÅTGÄRDER", "B3").value).toBe("mina anteckningar");
  });

  it("keeps the scenarios of an existing plan document", async () => {
    const scenario = referencePlan().scenarios[0]!;
    const { port } = setup({ table: false, document: documentJson(DEFAULT_SETTINGS, [scenario]) });
    await port.createMeasuresTable({ ...DEFAULT_SETTINGS, unit: "mnkr" });
    const snapshot = await port.load();
    expect(snapshot.scenarios.map((s) => s.id)).toEqual([scenario.id]);
    expect(snapshot.settings.unit).toBe("mnkr");
  });
});

describe("loadReferenceCase", () => {
  it("creates the table with the reference measures and stores the reference scenario", async () => {
    const { port } = setup({ table: false, document: null });
    await port.loadReferenceCase();
    const snapshot = await port.load();
    const reference = referencePlan();
    expect(snapshot.problems).toEqual([]);
    expect(snapshot.measures.map((m) => m.measure)).toEqual(reference.measures);
    expect(snapshot.measures.every((m) => m.writable && m.formulas.length === 0)).toBe(true);
    expect(snapshot.measures.map((m) => m.row)).toEqual(reference.measures.map((_, i) => i + 2));
    expect(snapshot.scenarios).toEqual(reference.scenarios);
  });

  it("rejects with tableExists in a workbook that has the table", async () => {
    const { port } = setup({ rows: [row()] });
    expect((await rejection(port.loadReferenceCase())).reason).toBe("tableExists");
  });
});
