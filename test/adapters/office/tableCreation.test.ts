/**
 * Creating the measures table (tableCreation.ts), empty or with the reference case, through the
 * Office.js port over the fake workbook.
 */
import { DEFAULT_SETTINGS } from "../../../src/plan/model";
import { referencePlan } from "../../../src/plan/referenceCase";
import { MEASURES_SHEET, MEASURES_TABLE } from "../../../src/adapters/office/measuresTable";
import { STORE_SHEET } from "../../../src/adapters/office/planDocumentSheet";
import { MEASURES_MARK, STORE_MARK } from "../../../src/adapters/office/workbookMarks";
import { MEASURE_COLUMNS } from "../../../src/store/measureColumns";
import type { DocumentBase, PlanSnapshot, WorkbookPort } from "../../../src/port/workbookPort";
import { FakeWorkbook } from "../../support/excel";
import { documentJson, portOver as setup, rejection, row } from "../../support/officeFixtures";

/** The revision a save is based on: the plan as the pane last loaded it. */
function baseOf(snapshot: PlanSnapshot): DocumentBase {
  const { revision, settings, scenarios } = snapshot;
  return { revision, settings, scenarios };
}

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
    expect(book.findTable(MEASURES_TABLE)!.sheet.name).toBe("Åtgärder (2)");
    expect(book.cell("ÅTGÄRDER", "B3").value).toBe("mina anteckningar");
  });

  it("builds the table from an existing plan document's settings and leaves the document as it is", async () => {
    // The table has gone missing (renamed away, converted to a range); the plan document is there.
    const scenario = referencePlan().scenarios[0]!;
    const own = { ...DEFAULT_SETTINGS, unit: "mnkr" as const, areas: ["Äldreomsorg", "Barn"] };
    const { book, port } = setup({ table: false, document: documentJson(own, [scenario]) });
    const before = book.snapshot(STORE_SHEET);
    await port.createMeasuresTable(DEFAULT_SETTINGS);
    expect(FakeWorkbook.changed(before, book.snapshot(STORE_SHEET))).toEqual([]);
    const snapshot = await port.load();
    expect(snapshot.scenarios).toEqual([scenario]);
    expect(snapshot.settings).toEqual(own);
    expect(book.tableValues(MEASURES_TABLE)[0]).toEqual(MEASURE_COLUMNS(own));
    expect(snapshot.problems).toEqual([]);
  });

  it("marks the new table and store sheet, so they are found by identity", async () => {
    const { book, port } = setup({ table: false, document: null });
    await port.createMeasuresTable(DEFAULT_SETTINGS);
    expect(book.nameFormula(MEASURES_MARK)).toBe(`=${MEASURES_TABLE}[#All]`);
    expect(book.nameFormula(STORE_MARK)).toBe(`=${STORE_SHEET}!$A$1`);
  });

  it("never takes a user's sheet called Ramkoll for the store: the store goes on 'Ramkoll (2)'", async () => {
    const { book, port } = setup({ table: false, document: null });
    const mine = [["Ramkoll 2027"], ["Intäkter"], [120], ["Kostnader"], [95]];
    book.addSheet("Ramkoll");
    book.setCells("Ramkoll", "A1", mine);
    const before = book.snapshot("Ramkoll");
    expect((await port.load()).problems).toEqual([]);
    await port.createMeasuresTable(DEFAULT_SETTINGS);
    const pane: WorkbookPort = port;
    await pane.saveScenarios([referencePlan().scenarios[0]!], baseOf(await port.load()));
    const areas = [...DEFAULT_SETTINGS.areas, "Nytt område"];
    await pane.saveSettings({ ...DEFAULT_SETTINGS, areas }, baseOf(await port.load()));
    expect(FakeWorkbook.changed(before, book.snapshot("Ramkoll"))).toEqual([]);
    expect(book.sheet("Ramkoll").visibility).toBe("Visible");
    expect(book.nameFormula(STORE_MARK)).toBe("='Ramkoll (2)'!$A$1");
    expect(book.sheet("Ramkoll (2)").visibility).toBe("Hidden");
    const snapshot = await port.load();
    expect(snapshot.problems).toEqual([]);
    expect(snapshot.scenarios.map((s) => s.id)).toEqual([referencePlan().scenarios[0]!.id]);
    expect(snapshot.settings.areas).toEqual(areas);
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

  it("writes nothing over a stored plan (the user's edited example) when the table is missing", async () => {
    const edited = { ...referencePlan().scenarios[0]!, name: "Mitt eget scenario", included: [] };
    const { book, port } = setup({
      table: false,
      document: documentJson(DEFAULT_SETTINGS, [edited]),
    });
    const writes = book.log.length;
    const error = await rejection(port.loadReferenceCase());
    expect(error.reason).toBe("tableExists");
    expect(error.message).toContain("Ingenting");
    expect(book.log.length).toBe(writes);
    expect(book.findTable(MEASURES_TABLE)).toBeUndefined();
    expect((await port.load()).scenarios).toEqual([edited]);
  });
});
