/**
 * Adding, editing and deleting measures (measureEdits.ts) through the Office.js port over the fake
 * workbook: only the patched cells are written, formulas stay, refusals write nothing.
 */
import { dec } from "../../../src/budget/money";
import { DEFAULT_SETTINGS } from "../../../src/plan/model";
import type { Measure, PlanSettings } from "../../../src/plan/model";
import { referencePlan } from "../../../src/plan/referenceCase";
import { MEASURE_COLUMNS } from "../../../src/store/measureColumns";
import { AMOUNT_FORMAT } from "../../../src/plan/committeeStyles";
import { MEASURES_SHEET, MEASURES_TABLE } from "../../../src/adapters/office/measuresTable";
import { FakeWorkbook } from "../../support/excel";
import {
  BUDGET_FORMULA,
  HEADER,
  documentJson,
  formulaRow,
  portOver as setup,
  rejection,
  row,
  stored,
} from "../../support/officeFixtures";

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
