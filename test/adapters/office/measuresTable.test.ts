/**
 * OfficeWorkbook against a workbook modelled with office-addin-mock (see fakeExcel.ts): the
 * measures table, created, read, edited cell by cell, damaged.
 */
import { dec } from "../../../src/budget/money";
import { DEFAULT_SETTINGS, planYears } from "../../../src/plan/model";
import type { Measure, PlanSettings } from "../../../src/plan/model";
import type { ProblemCode } from "../../../src/store/problems";
import { referencePlan } from "../../../src/plan/referenceCase";
import { MEASURE_COLUMNS } from "../../../src/store/measureColumns";
import { measureToRow } from "../../../src/store/measureCells";
import { parsePlanDocument } from "../../../src/store/planDocument";
import { AMOUNT_FORMAT, MEASURES_SHEET, MEASURES_TABLE } from "../../../src/adapters/office/measuresTable";
import { STORE_SHEET } from "../../../src/adapters/office/planDocumentSheet";
import { OfficeWorkbook } from "../../../src/adapters/office/officeWorkbook";
import type { PlanSnapshot, StoredMeasure } from "../../../src/port/workbookPort";
import { FakeWorkbook, installFakeExcel } from "../../support/fakeExcel";
import type { CellInput } from "../../support/fakeExcel";
import { HEADER, documentJson, row, rows, workbook, rejection } from "../../support/officeFixtures";
import type { WorkbookSpec } from "../../support/officeFixtures";

function setup(spec: WorkbookSpec = {}): { book: FakeWorkbook; port: OfficeWorkbook } {
  const book = workbook(spec);
  installFakeExcel(book);
  return { book, port: new OfficeWorkbook() };
}

function codes(snapshot: PlanSnapshot): ProblemCode[] {
  return snapshot.problems.map((p) => p.code);
}

function stored(snapshot: PlanSnapshot, id: string): StoredMeasure {
  const m = snapshot.measures.find((s) => s.measure.id === id);
  if (!m) throw new Error(`no measure ${id}`);
  return m;
}

const BUDGET_FORMULA = "=BUDGET.ÅTGÄRDSEFFEKT(1000;DATUM(2026;7;1);2026)";
const formulaRow = (): CellInput[] =>
  row({
    "Effekt 2026 (tkr)": { formula: BUDGET_FORMULA, value: 500 },
    "Effekt 2027 (tkr)": { formula: "=F2*2", value: 1_000 },
    Åtgärd: "=1+1", // typed as text ('=1+1): the cell holds the text, not a formula
  });

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

describe("load", () => {
  it("uses a formula's computed value and lists the field; text that starts with = is no formula", async () => {
    const { port } = setup({ rows: [formulaRow()] });
    const snapshot = await port.load();
    expect(snapshot.problems).toEqual([]);
    const m = stored(snapshot, "m-1");
    expect(m.measure.effects[2026]!.eq(500)).toBe(true);
    expect(m.measure.effects[2027]!.eq(1_000)).toBe(true);
    expect(m.measure.effects[2028]).toBeNull();
    expect(m.measure.title).toBe("=1+1");
    expect(m.formulas).toEqual(["effect:2026", "effect:2027"]);
    expect(m).toMatchObject({ writable: true, row: 2 });
  });

  it("reports no table in a workbook without one, with the stored settings", async () => {
    const settings: PlanSettings = { ...DEFAULT_SETTINGS, unit: "mnkr" };
    const { port } = setup({ table: false, document: documentJson(settings) });
    expect(await port.load()).toEqual({
      settings,
      scenarios: [],
      measures: [],
      problems: [],
      hasMeasuresTable: false,
    });
  });

  it("uses the default settings in a workbook without a plan document", async () => {
    const { port } = setup({ rows: [row()], document: null });
    const snapshot = await port.load();
    expect(snapshot.settings).toEqual(DEFAULT_SETTINGS);
    expect(snapshot.problems).toEqual([]);
    expect(snapshot.measures).toHaveLength(1);
  });
});

describe("load: damaged content becomes problems, never an exception", () => {
  it("text in an amount cell: reported, the row read-only", async () => {
    const { port } = setup({
      rows: [row({ "Effekt 2026 (tkr)": "fjorton miljoner" }), row({ Id: "m-2" })],
    });
    const snapshot = await port.load();
    expect(codes(snapshot)).toEqual(["notANumber"]);
    expect(stored(snapshot, "m-1")).toMatchObject({ writable: false, row: 2 });
    expect(stored(snapshot, "m-1").measure.effects[2026]).toBeNull();
    expect(stored(snapshot, "m-2").writable).toBe(true);
  });

  it("an unknown colour word: reported, the row read-only", async () => {
    const { port } = setup({ rows: [row({ "Ändrad ambitionsnivå": "LILA" })] });
    const snapshot = await port.load();
    expect(codes(snapshot)).toEqual(["unknownColour"]);
    expect(stored(snapshot, "m-1").writable).toBe(false);
  });

  it("a repeated id: the first row counts, the second is shown read-only", async () => {
    const { port } = setup({ rows: [row(), row({ Åtgärd: "Kopia" })] });
    const snapshot = await port.load();
    expect(codes(snapshot)).toEqual(["duplicateId"]);
    expect(snapshot.measures.map((m) => [m.row, m.measure.title, m.writable])).toEqual([
      [2, "Vakanshålla 24 platser", true],
      [3, "Kopia", false],
    ]);
  });

  it("a missing id: reported, the row read-only", async () => {
    const { port } = setup({ rows: [row({ Id: "" })] });
    const snapshot = await port.load();
    expect(codes(snapshot)).toEqual(["missingId"]);
    expect(snapshot.measures[0]).toMatchObject({ writable: false, row: 2 });
  });

  it("a missing column: reported once, the rest read", async () => {
    const header = HEADER.filter((t) => t !== "Konsekvensbeskrivning");
    const { port } = setup({ header, rows: [row().slice(0, -1), row({ Id: "m-2" }).slice(0, -1)] });
    const snapshot = await port.load();
    expect(codes(snapshot)).toEqual(["missingColumn"]);
    expect(snapshot.measures.map((m) => [m.measure.id, m.measure.consequence, m.writable])).toEqual(
      [
        ["m-1", "", true],
        ["m-2", "", true],
      ]
    );
  });

  it("an extra column: reported, kept, and never written", async () => {
    const header = [...HEADER, "Anteckning"];
    const { book, port } = setup({ header, rows: [[...row(), "min anteckning"]] });
    const snapshot = await port.load();
    expect(codes(snapshot)).toEqual(["extraColumn"]);
    expect(stored(snapshot, "m-1").writable).toBe(true);
    await port.updateMeasure("m-1", { title: "Ny titel", consequence: "Ny text" });
    const m2: Measure = { ...stored(snapshot, "m-1").measure, id: "m-2", nr: 2 };
    await port.addMeasure(m2);
    expect(book.cell(MEASURES_SHEET, "L2").value).toBe("min anteckning");
    expect(book.cell(MEASURES_SHEET, "L3").value).toBe("");
    expect(book.tableValues(MEASURES_TABLE)[0]![11]).toBe("Anteckning");
  });

  it("a formula that fails: its error value is reported as not a number", async () => {
    const { port } = setup({
      rows: [row({ "Effekt 2026 (tkr)": { formula: "=1/0", value: "#DIVISION/0!" } })],
    });
    const snapshot = await port.load();
    expect(codes(snapshot)).toEqual(["notANumber"]);
    expect(stored(snapshot, "m-1")).toMatchObject({ writable: false, formulas: ["effect:2026"] });
  });

  it("a table whose header is empty: reported, nothing thrown", async () => {
    const { port } = setup({ header: HEADER.map(() => ""), rows: [row()] });
    const snapshot = await port.load();
    expect(codes(snapshot)).toContain("noHeader");
    expect(snapshot.hasMeasuresTable).toBe(true);
  });

  it("1 000 rows: all read, none lost, no problems", async () => {
    const { port } = setup({ rows: rows(1_000) });
    const snapshot = await port.load();
    expect(snapshot.problems).toEqual([]);
    expect(snapshot.measures).toHaveLength(1_000);
    expect(snapshot.measures[999]).toMatchObject({ row: 1_001, writable: true });
    expect(snapshot.measures[999]!.measure.effects[2026]!.eq(10_000)).toBe(true);
  });
});

describe("round trip of 1 000 measures", () => {
  it("reads back every field of every measure that the add-in's rows hold, and an edit keeps the others", async () => {
    const measures: Measure[] = Array.from({ length: 1_000 }, (_, i) => ({
      id: `m-${i}`,
      nr: i + 1,
      kind: i % 3 === 0 ? "proposal" : "measure",
      area: DEFAULT_SETTINGS.areas[i % 5]!,
      title: i % 7 === 0 ? `=titel ${i}` : `Åtgärd ${i}`,
      effects: {
        2026: dec(i * 1.5),
        2027: i % 2 ? null : dec(i === 0 ? 0 : -i),
        2028: dec(1_000_000 + i),
      },
      ambition: (["lowers", "keeps", "raises", null] as const)[i % 4]!,
      goals: (["negative", "none", "positive", null] as const)[i % 4]!,
      consequence: i % 11 === 0 ? "" : `Konsekvens ${i}\nrad två`,
    }));
    const settings: PlanSettings = {
      ...DEFAULT_SETTINGS,
      signConvention: "resultEffect",
      unit: "mnkr",
    };
    const header = MEASURE_COLUMNS(settings);
    const { port } = setup({
      header,
      rows: measures.map((m) => measureToRow(m, settings)),
      document: documentJson(settings),
    });
    const first = await port.load();
    expect(first.problems).toEqual([]);
    expect(first.measures.map((m) => m.measure)).toEqual(measures);

    await port.updateMeasure("m-500", { title: "Ändrad" });
    const second = await port.load();
    expect(second.measures.map((m) => m.measure)).toEqual(
      measures.map((m) => (m.id === "m-500" ? { ...m, title: "Ändrad" } : m))
    );
  });
});

describe("updateMeasure writes only the cells of the patched fields", () => {
  it("an edited title changes that one cell; formula cells elsewhere stay", async () => {
    const { book, port } = setup({
      rows: [formulaRow(), row({ Id: "m-2", "Effekt 2026 (tkr)": { formula: "=F2", value: 500 } })],
    });
    const before = book.snapshot(MEASURES_SHEET);
    await port.updateMeasure("m-1", { title: "Vakanshålla 20 platser" });
    expect(FakeWorkbook.changed(before, book.snapshot(MEASURES_SHEET))).toEqual(["E2"]);
    expect(book.cell(MEASURES_SHEET, "E2")).toMatchObject({
      value: "Vakanshålla 20 platser",
      formula: null,
    });
    expect(book.cell(MEASURES_SHEET, "F2").formula).toBe(BUDGET_FORMULA);
    expect(book.cell(MEASURES_SHEET, "G2").formula).toBe("=F2*2");
    expect(book.cell(MEASURES_SHEET, "F3").formula).toBe("=F2");
  });

  it("a patch to a formula field replaces that formula, and only it", async () => {
    const { book, port } = setup({ rows: [formulaRow()] });
    const before = book.snapshot(MEASURES_SHEET);
    await port.updateMeasure("m-1", { effects: { 2026: dec(600) } });
    expect(FakeWorkbook.changed(before, book.snapshot(MEASURES_SHEET))).toEqual(["F2"]);
    expect(book.cell(MEASURES_SHEET, "F2")).toMatchObject({ value: 600, formula: null });
    expect(book.cell(MEASURES_SHEET, "G2").formula).toBe("=F2*2");
    const m = stored(await port.load(), "m-1");
    expect(m.formulas).toEqual(["effect:2027"]);
    expect(m.measure.effects[2026]!.eq(600)).toBe(true);
  });

  it('writes a title "=1+1" as text', async () => {
    const { book, port } = setup({ rows: [row()] });
    await port.updateMeasure("m-1", { title: "=1+1", consequence: "+5 %" });
    expect(book.log).toContain(`${MEASURES_SHEET}!E2 values="'=1+1"`);
    expect(book.cell(MEASURES_SHEET, "E2")).toMatchObject({ value: "=1+1", formula: null });
    expect(book.cell(MEASURES_SHEET, "K2")).toMatchObject({ value: "+5 %", formula: null });
    const m = stored(await port.load(), "m-1");
    expect(m.measure.title).toBe("=1+1");
    expect(m.measure.consequence).toBe("+5 %");
    expect(m.formulas).toEqual([]);
  });

  it("writes colours as the configured words and amounts in the column's unit", async () => {
    const settings: PlanSettings = {
      ...DEFAULT_SETTINGS,
      unit: "mnkr",
      colourLabels: { red: "Röd", yellow: "Gul", green: "Grön" },
    };
    const header = MEASURE_COLUMNS(settings);
    const { book, port } = setup({
      header,
      rows: [
        header.map((t) =>
          t === "Id"
            ? "m-1"
            : t === "Typ"
              ? "Åtgärd"
              : t === "Nr"
                ? 1
                : t === "Verksamhetsområde"
                  ? "Äldreomsorg"
                  : ""
        ),
      ],
      document: documentJson(settings),
    });
    await port.updateMeasure("m-1", {
      ambition: "raises",
      goals: "negative",
      effects: { 2027: dec(14_500) },
    });
    expect(book.cell(MEASURES_SHEET, "I2").value).toBe("Grön");
    expect(book.cell(MEASURES_SHEET, "J2").value).toBe("Röd");
    expect(book.cell(MEASURES_SHEET, "G2").value).toBe(14.5);
    expect(stored(await port.load(), "m-1").measure.effects[2027]!.eq(14_500)).toBe(true);
  });

  it("writes a column in the unit its header states, even when the settings say another", async () => {
    const header = HEADER.map((t) => (t === "Effekt 2026 (tkr)" ? "Effekt 2026 (mnkr)" : t));
    const { book, port } = setup({ header, rows: [row()] });
    await port.updateMeasure("m-1", { effects: { 2026: dec(2_500) } });
    expect(book.cell(MEASURES_SHEET, "F2").value).toBe(2.5);
  });

  it("re-signs plain amounts when the kind changes under the result-effect convention, but never a formula", async () => {
    const settings: PlanSettings = { ...DEFAULT_SETTINGS, signConvention: "resultEffect" };
    const { book, port } = setup({
      rows: [row(), formulaRow().map((c, i) => (i === 0 ? "m-2" : c))],
      document: documentJson(settings),
    });
    await port.updateMeasure("m-1", { kind: "proposal" });
    expect(["C2", "F2", "G2"].map((a) => book.cell(MEASURES_SHEET, a).value)).toEqual([
      "Utvecklingsförslag",
      -14_000,
      -14_000,
    ]);
    expect(stored(await port.load(), "m-1").measure).toMatchObject({ kind: "proposal" });
    expect(stored(await port.load(), "m-1").measure.effects[2026]!.eq(14_000)).toBe(true);

    const before = book.snapshot(MEASURES_SHEET);
    const error = await rejection(port.updateMeasure("m-2", { kind: "proposal" }));
    expect(error.reason).toBe("notWritable");
    expect(error.message).toMatch(/formel/);
    expect(FakeWorkbook.changed(before, book.snapshot(MEASURES_SHEET))).toEqual([]);
    // Stating the amounts in the same edit replaces the formulas, as asked.
    await port.updateMeasure("m-2", {
      kind: "proposal",
      effects: { 2026: dec(500), 2027: dec(1_000) },
    });
    expect(["F3", "G3"].map((a) => book.cell(MEASURES_SHEET, a).value)).toEqual([-500, -1_000]);
  });

  it("an empty patch writes nothing", async () => {
    const { book, port } = setup({ rows: [row()] });
    const before = book.snapshot(MEASURES_SHEET);
    await port.updateMeasure("m-1", {});
    expect(FakeWorkbook.changed(before, book.snapshot(MEASURES_SHEET))).toEqual([]);
  });
});

describe("rejections", () => {
  it("notFound for an id that is not in the table (update and delete)", async () => {
    const { book, port } = setup({ rows: [row()] });
    const before = book.snapshot(MEASURES_SHEET);
    expect((await rejection(port.updateMeasure("m-9", { title: "x" }))).reason).toBe("notFound");
    expect((await rejection(port.deleteMeasure("m-9"))).reason).toBe("notFound");
    expect((await rejection(port.updateMeasure("", { title: "x" }))).reason).toBe("notFound");
    expect(FakeWorkbook.changed(before, book.snapshot(MEASURES_SHEET))).toEqual([]);
  });

  it("notWritable for a row parseMeasureRows flagged (update and delete), nothing written", async () => {
    const { book, port } = setup({
      rows: [
        row({ "Effekt 2027 (tkr)": "okänt" }),
        row({ Id: "m-2", "Påverkan mål/målvärden": "BLÅ" }),
        row({ Id: "m-3" }),
      ],
    });
    const before = book.snapshot(MEASURES_SHEET);
    for (const id of ["m-1", "m-2"]) {
      const error = await rejection(port.updateMeasure(id, { title: "x" }));
      expect(error.reason).toBe("notWritable");
      expect(error.message).toMatch(/Rad [23]/);
      expect((await rejection(port.deleteMeasure(id))).reason).toBe("notWritable");
    }
    expect(FakeWorkbook.changed(before, book.snapshot(MEASURES_SHEET))).toEqual([]);
    await port.updateMeasure("m-3", { title: "Går bra" });
    expect(book.cell(MEASURES_SHEET, "E4").value).toBe("Går bra");
  });

  it("noTable when there is no measures table", async () => {
    const { port } = setup({ table: false });
    expect((await rejection(port.updateMeasure("m-1", { title: "x" }))).reason).toBe("noTable");
    expect((await rejection(port.addMeasure(referencePlan().measures[0]!))).reason).toBe("noTable");
    expect((await rejection(port.deleteMeasure("m-1"))).reason).toBe("noTable");
  });

  it("a patch for a column the table lacks is refused, naming the column, and writes nothing", async () => {
    const header = HEADER.filter((t) => t !== "Konsekvensbeskrivning");
    const { book, port } = setup({ header, rows: [row().slice(0, -1)] });
    const before = book.snapshot(MEASURES_SHEET);
    const error = await rejection(port.updateMeasure("m-1", { title: "Ny", consequence: "Text" }));
    expect(error.reason).toBe("storage");
    expect(error.message).toMatch(/Konsekvensbeskrivning/);
    expect(FakeWorkbook.changed(before, book.snapshot(MEASURES_SHEET))).toEqual([]);
  });
});

describe("addMeasure and deleteMeasure", () => {
  const newMeasure: Measure = {
    id: "m-new",
    nr: 6,
    kind: "proposal",
    area: "Individ- och familjeomsorg",
    title: "+ fler familjehem",
    effects: { 2026: dec(9_800), 2027: null, 2028: dec(4_900.5) },
    ambition: "raises",
    goals: "positive",
    consequence: "Text",
  };

  it("appends a row in the table's layout, formatted, that reads back as the measure", async () => {
    const { book, port } = setup({ rows: [formulaRow()] });
    await port.addMeasure(newMeasure);
    expect(book.findTable(MEASURES_TABLE)!.rows).toBe(2);
    expect(book.cell(MEASURES_SHEET, "E3")).toMatchObject({
      value: "+ fler familjehem",
      formula: null,
    });
    expect(["F3", "G3", "H3"].map((a) => book.cell(MEASURES_SHEET, a).format)).toEqual([
      AMOUNT_FORMAT,
      AMOUNT_FORMAT,
      AMOUNT_FORMAT,
    ]);
    expect(book.cell(MEASURES_SHEET, "F2").formula).toBe(BUDGET_FORMULA);
    const snapshot = await port.load();
    expect(stored(snapshot, "m-new")).toEqual({
      measure: newMeasure,
      formulas: [],
      writable: true,
      row: 3,
    });
  });

  it("fills a new, empty table from its first row", async () => {
    const { book, port } = setup({ table: false, document: null });
    await port.createMeasuresTable(DEFAULT_SETTINGS);
    await port.addMeasure(newMeasure);
    await port.addMeasure({ ...newMeasure, id: "m-new-2", nr: 7 });
    expect(book.tableValues(MEASURES_TABLE).map((r) => r[0])).toEqual(["Id", "m-new", "m-new-2"]);
    expect((await port.load()).measures.map((m) => m.row)).toEqual([2, 3]);
  });

  it("refuses an id the table already has", async () => {
    const { port } = setup({ rows: [row()] });
    const error = await rejection(port.addMeasure({ ...newMeasure, id: "m-1" }));
    expect(error.reason).toBe("storage");
    expect((await port.load()).measures).toHaveLength(1);
  });

  it("refuses a measure with an amount for a year the table has no column for", async () => {
    const { port } = setup({ rows: [row()] });
    const error = await rejection(
      port.addMeasure({ ...newMeasure, effects: { ...newMeasure.effects, 2031: dec(1) } })
    );
    expect(error.message).toMatch(/Effekt 2031/);
    expect((await port.load()).measures).toHaveLength(1);
  });

  it("deletes exactly the row of the id, with formulas of the others intact", async () => {
    const { book, port } = setup({ rows: [row({ Id: "m-0" }), formulaRow(), row({ Id: "m-2" })] });
    await port.deleteMeasure("m-0");
    expect(book.tableValues(MEASURES_TABLE).map((r) => r[0])).toEqual(["Id", "m-1", "m-2"]);
    expect(book.cell(MEASURES_SHEET, "F2").formula).toBe(BUDGET_FORMULA);
    const snapshot = await port.load();
    expect(snapshot.measures.map((m) => [m.measure.id, m.row])).toEqual([
      ["m-1", 2],
      ["m-2", 3],
    ]);
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
    expect(codes(snapshot)).toEqual(["extraColumn"]); // 2026 is outside the plan now; kept
    expect(stored(snapshot, "m-1").measure.effects).toEqual({
      2027: dec(1_000),
      2028: null,
      2029: null,
    });
  });
});
