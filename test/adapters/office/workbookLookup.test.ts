/**
 * The add-in finds its store sheet and measures table by their marks (workbookLookup.ts,
 * workbookMarks.ts), never by the names the user sees: renames keep working, a user's sheet
 * called "Ramkoll" is never the store, and workbooks of earlier versions are adopted.
 */
import { DEFAULT_SETTINGS } from "../../../src/plan/model";
import { referencePlan } from "../../../src/plan/referenceCase";
import { MEASURES_SHEET, MEASURES_TABLE } from "../../../src/adapters/office/measuresTable";
import { STORE_SHEET } from "../../../src/adapters/office/planDocumentSheet";
import { MEASURES_MARK, STORE_MARK } from "../../../src/adapters/office/workbookMarks";
import type { DocumentBase, PlanSnapshot, WorkbookPort } from "../../../src/port/workbookPort";
import { FakeWorkbook } from "../../support/excel";
import { documentJson, portOver, rows, stored } from "../../support/officeFixtures";
import type { WorkbookSpec } from "../../support/officeFixtures";
import { named } from "../../support/scenarios";

function baseOf(snapshot: PlanSnapshot): DocumentBase {
  const { revision, settings, scenarios } = snapshot;
  return { revision, settings, scenarios };
}

/** The port (typed as the pane sees it) over a workbook of `spec`. */
function setup(spec: WorkbookSpec = {}): { book: FakeWorkbook; port: WorkbookPort } {
  return portOver(spec);
}

/** A workbook of today's version: the table and the store sheet carry their marks. */
function markedSetup(spec: WorkbookSpec = {}): { book: FakeWorkbook; port: WorkbookPort } {
  const made = setup(spec);
  made.book.addName(MEASURES_MARK, `=${MEASURES_TABLE}[#All]`);
  made.book.addName(STORE_MARK, `='${STORE_SHEET}'!$A$1`);
  return made;
}

describe("renaming the add-in's sheets and table keeps working", () => {
  it("load, add, update and save after the measures sheet, the table and the store sheet are renamed", async () => {
    const plan = documentJson(DEFAULT_SETTINGS, [named("s-1", ["m-1"], "Plan")]);
    const { book, port } = markedSetup({ rows: rows(2), document: plan });
    book.renameSheet(MEASURES_SHEET, "Mina åtgärder");
    book.renameTable(MEASURES_TABLE, "Budgetforslag");
    book.renameSheet(STORE_SHEET, "Lagring");
    const first = await port.load();
    expect(first.hasMeasuresTable).toBe(true);
    expect(first.measures.map((m) => m.measure.id)).toEqual(["m-1", "m-2"]);
    expect(first.scenarios.map((s) => s.name)).toEqual(["Plan"]);

    await port.updateMeasure("m-2", { title: "Ny titel" });
    await port.addMeasure({ ...stored(first, "m-1").measure, id: "m-3", nr: 3 });
    await port.saveScenarios([named("s-1", ["m-1", "m-3"], "Plan")], baseOf(first));
    expect(book.cell("Mina åtgärder", "E3").value).toBe("Ny titel");
    expect(book.tableValues("Budgetforslag").map((r) => r[0])).toEqual(["Id", "m-1", "m-2", "m-3"]);
    const after = await port.load();
    expect(after.scenarios[0]!.included).toEqual(["m-1", "m-3"]);
    expect(book.findSheet(STORE_SHEET)).toBeUndefined(); // no second store was made
    expect(book.findTable(MEASURES_TABLE)).toBeUndefined();
  });

  it("a table renamed to RamkollAtgarder by the user elsewhere is not taken for the marked one", async () => {
    const { book, port } = markedSetup({ rows: rows(1) });
    book.renameTable(MEASURES_TABLE, "Egen");
    book.addSheet("Annat");
    book.setCells("Annat", "A1", [["Id"], ["x-1"]]);
    book.addTable(MEASURES_TABLE, "Annat", "A1:A2");
    const snapshot = await port.load();
    expect(snapshot.measures.map((m) => m.measure.id)).toEqual(["m-1"]);
  });
});

describe("a user's own sheet called Ramkoll", () => {
  const mine = [["Ramkoll 2027"], ["Intäkter"], [120], ["Kostnader"], [95]];

  it("does not stop the pane from starting and is not reported as an unreadable plan", async () => {
    const { book, port } = setup({ table: false, document: null });
    book.addSheet("Ramkoll");
    book.setCells("Ramkoll", "A1", mine);
    const snapshot = await port.load();
    expect(snapshot.problems).toEqual([]);
    expect(snapshot.document).toBe("absent");
  });

  it("is never written when the plan is saved, whatever the case of its name", async () => {
    const { book, port } = setup({ rows: rows(1), document: null });
    book.addSheet("RAMKOLL");
    book.setCells("RAMKOLL", "A1", mine);
    const before = book.snapshot("RAMKOLL");
    await port.saveScenarios([named("s-1", ["m-1"])], baseOf(await port.load()));
    await port.saveSettings(
      { ...DEFAULT_SETTINGS, areas: ["Äldreomsorg"] },
      baseOf(await port.load())
    );
    expect(FakeWorkbook.changed(before, book.snapshot("RAMKOLL"))).toEqual([]);
    expect(book.nameFormula(STORE_MARK)).toBe("='Ramkoll (2)'!$A$1");
    const snapshot = await port.load();
    expect(snapshot.scenarios.map((s) => s.id)).toEqual(["s-1"]);
    expect(snapshot.settings.areas).toEqual(["Äldreomsorg"]);
  });

  it("beside the marked store is left alone: the mark decides, not the name", async () => {
    const { book, port } = markedSetup({ rows: rows(1) });
    book.renameSheet(STORE_SHEET, "Lagring");
    book.addSheet("Ramkoll");
    book.setCells("Ramkoll", "A1", mine);
    const before = book.snapshot("Ramkoll");
    await port.saveScenarios([named("s-1")], baseOf(await port.load()));
    expect(FakeWorkbook.changed(before, book.snapshot("Ramkoll"))).toEqual([]);
    expect((await port.load()).scenarios.map((s) => s.id)).toEqual(["s-1"]);
  });
});

describe("workbooks of earlier versions (no marks)", () => {
  it("are read as before and get their marks on the next write of the plan document", async () => {
    const { book, port } = setup({ rows: rows(2) });
    const first = await port.load();
    expect(first.measures).toHaveLength(2);
    expect(book.names).toHaveLength(0); // loading writes nothing
    await port.saveScenarios([named("s-1", ["m-1"])], baseOf(first));
    expect(book.nameFormula(STORE_MARK)).toBe(`=${STORE_SHEET}!$A$1`);
    expect(book.nameFormula(MEASURES_MARK)).toBe(`=${MEASURES_TABLE}[#All]`);
    book.renameTable(MEASURES_TABLE, "Atgarder2027");
    book.renameSheet(STORE_SHEET, "Planlager");
    const after = await port.load();
    expect(after.measures).toHaveLength(2);
    expect(after.scenarios.map((s) => s.id)).toEqual(["s-1"]);
  });

  it("a legacy store whose explanation was edited away is still adopted when column A reads as a plan", async () => {
    const { book, port } = setup({ rows: rows(1), document: null });
    book.addSheet("Ramkoll");
    book.setCells("Ramkoll", "A1", [
      ["min kommentar"],
      [documentJson(DEFAULT_SETTINGS, [named("s-9")])],
    ]);
    expect((await port.load()).scenarios.map((s) => s.id)).toEqual(["s-9"]);
    await port.saveScenarios([named("s-9"), named("s-10")], baseOf(await port.load()));
    expect(book.nameFormula(STORE_MARK)).toBe("=Ramkoll!$A$1");
    expect(book.findSheet("Ramkoll (2)")).toBeUndefined();
  });

  it("a legacy store whose plan cannot be read is still the store (its A1 says so), and is reported", async () => {
    const { port } = setup({ rows: rows(1), document: ["{ inte json"] });
    const snapshot = await port.load();
    expect(snapshot.document).toBe("unreadable");
    expect(snapshot.problems.map((p) => p.code)).toContain("invalidJson");
  });
});

describe("a mark whose sheet was deleted", () => {
  it("is replaced when the plan document is written again", async () => {
    const { book, port } = markedSetup({ rows: rows(1) });
    book.deleteSheet(STORE_SHEET);
    expect(book.nameFormula(STORE_MARK)).toBe("=#REF!$A$1");
    await port.saveScenarios([named("s-1")], baseOf(await port.load()));
    expect(book.nameFormula(STORE_MARK)).toBe(`=${STORE_SHEET}!$A$1`);
    expect((await port.load()).scenarios.map((s) => s.id)).toEqual(["s-1"]);
  });

  it("of the table: the pane is told the table is missing, and the plan document is kept", async () => {
    const plan = documentJson(DEFAULT_SETTINGS, [referencePlan().scenarios[0]!]);
    const { book, port } = markedSetup({ rows: rows(1), document: plan });
    book.convertTableToRange(MEASURES_TABLE);
    const snapshot = await port.load();
    expect(snapshot.hasMeasuresTable).toBe(false);
    expect(snapshot.document).toBe("readable");
    await port.createMeasuresTable(DEFAULT_SETTINGS);
    expect(book.nameFormula(MEASURES_MARK)).toBe(`=${MEASURES_TABLE}[#All]`);
    expect((await port.load()).scenarios).toEqual([referencePlan().scenarios[0]]);
  });
});
