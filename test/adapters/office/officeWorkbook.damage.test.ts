/**
 * One workbook with every kind of damage at once, through the Office.js port over the fake
 * workbook: 1 000 rows among which text in amount cells, unknown colour words, repeated and missing
 * ids, a header with odd spacing and case, a missing and an extra column; and plan documents that
 * are truncated, of an unknown version, or not JSON. The port loads what it can, names every
 * problem by row, and writes nothing back it did not understand. Prints how many problems it named.
 */
import { dec } from "../../../src/budget/money";
import { DEFAULT_SETTINGS } from "../../../src/plan/model";
import type { Measure } from "../../../src/plan/model";
import { referencePlan } from "../../../src/plan/referenceCase";
import { OfficeWorkbook } from "../../../src/adapters/office/officeWorkbook";
import { MEASURES_SHEET, MEASURES_TABLE } from "../../../src/adapters/office/measuresTable";
import { STORE_SHEET, splitIntoChunks } from "../../../src/adapters/office/planDocumentSheet";
import { problemText } from "../../../src/i18n/problems";
import { FakeWorkbook, installFakeExcel } from "../../support/excel";
import type { CellInput } from "../../support/excel";
import {
  codes,
  documentJson,
  HEADER,
  portOver as setup,
  rejection,
  row,
  rows,
  scenario,
  shown,
  stored,
  workbook,
} from "../../support/officeFixtures";

let named = 0;
afterAll(() => process.stdout.write(`damaged workbooks: ${named} problems named, none thrown\n`));

function damagedRows(): CellInput[][] {
  return Array.from({ length: 1000 }, (_, i) => {
    const base = row({
      Id: `m-${i}`,
      Nr: i + 1,
      Åtgärd: `Åtgärd ${i + 1}`,
      "Effekt 2026 (tkr)": i,
    });
    if (i % 100 === 1) return row({ Id: `m-${i}`, Nr: i + 1, "Effekt 2026 (tkr)": "ca 14 mnkr" });
    if (i % 100 === 2) return row({ Id: `m-${i}`, Nr: i + 1, "Ändrad ambitionsnivå": "LILA" });
    if (i % 100 === 3) return row({ Id: "m-0", Nr: i + 1 });
    if (i % 100 === 4) return row({ Id: "", Nr: i + 1 });
    return base;
  }).map((r) => [...r.filter((_, c) => HEADER[c] !== "Konsekvensbeskrivning"), "egen kolumn"]);
}

describe("a workbook with every kind of damage", () => {
  it("loads the readable rows, names each problem by row, and leaves the damaged rows untouched", async () => {
    const header = [
      ...HEADER.filter((t) => t !== "Konsekvensbeskrivning"),
      "Mina anteckningar",
    ].map((t, i) => (i === 1 ? "  nr " : i === 4 ? "ÅTGÄRD" : t));
    const book = workbook({ header, rows: damagedRows() });
    installFakeExcel(book);
    const port = new OfficeWorkbook();
    const before = JSON.stringify(book.tableValues(MEASURES_TABLE));

    const snapshot = await port.load();
    const codes = snapshot.problems.map((p) => p.code);
    expect(codes.filter((c) => c === "notANumber")).toHaveLength(10);
    expect(codes.filter((c) => c === "unknownColour")).toHaveLength(10);
    expect(codes.filter((c) => c === "duplicateId")).toHaveLength(10);
    expect(codes.filter((c) => c === "missingId")).toHaveLength(10);
    expect(codes).toContain("missingColumn");
    expect(codes).toContain("extraColumn");
    // Text in an amount, a repeated id, no id: shown read-only, not counted; an unknown colour
    // word leaves the numbers as they are: counted, read-only.
    expect(snapshot.measures).toHaveLength(970);
    expect(snapshot.problemRows).toHaveLength(30);
    expect(snapshot.problemRows.every((m) => !m.writable)).toBe(true);
    expect(snapshot.measures.filter((m) => !m.writable)).toHaveLength(10);
    // Every problem has a text in both languages that names where it is.
    for (const problem of snapshot.problems) {
      expect(problemText(problem, "sv")).not.toBe("");
      expect(problemText(problem, "en")).not.toBe("");
      named++;
    }
    // Nothing was written while reading; an edit of a damaged row is refused and writes nothing.
    expect(JSON.stringify(book.tableValues(MEASURES_TABLE))).toBe(before);
    await expect(port.updateMeasure("m-1", { title: "Ny" })).rejects.toMatchObject({
      reason: "notWritable",
    });
    expect(JSON.stringify(book.tableValues(MEASURES_TABLE))).toBe(before);
  });

  it.each([
    ["truncated", documentJson().slice(0, 40)],
    ["of an unknown version", documentJson().replace(/"version":\d+/, '"version":7')],
    ["hand-edited into invalid JSON", documentJson().replace("{", "{,")],
  ])("a plan document %s is named, and not saved over", async (_, text) => {
    const book = workbook({ document: text });
    installFakeExcel(book);
    const port = new OfficeWorkbook();
    const snapshot = await port.load();
    expect(snapshot.problems).toHaveLength(1);
    named += snapshot.problems.length;
    await expect(port.saveScenarios([])).rejects.toMatchObject({ reason: "unreadable" });
  });
});

describe("load: damaged content becomes problems, never an exception", () => {
  it("text in an amount cell: reported, the row read-only", async () => {
    const { port } = setup({
      rows: [row({ "Effekt 2026 (tkr)": "fjorton miljoner" }), row({ Id: "m-2" })],
    });
    const snapshot = await port.load();
    expect(codes(snapshot)).toEqual(["notANumber"]);
    expect(snapshot.problemRows.map((m) => m.measure.id)).toEqual(["m-1"]);
    expect(shown(snapshot, "m-1")).toMatchObject({ writable: false, row: 2 });
    expect(shown(snapshot, "m-1").measure.effects[2026]).toBeNull();
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
    ]);
    expect(snapshot.problemRows.map((m) => [m.row, m.measure.title, m.writable])).toEqual([
      [3, "Kopia", false],
    ]);
  });

  it("a missing id: reported, the row read-only", async () => {
    const { port } = setup({ rows: [row({ Id: "" })] });
    const snapshot = await port.load();
    expect(codes(snapshot)).toEqual(["missingId"]);
    expect(snapshot.measures).toEqual([]);
    expect(snapshot.problemRows[0]).toMatchObject({ writable: false, row: 2 });
  });

  it("a missing column: reported once, the rest read", async () => {
    const header = HEADER.filter((t) => t !== "Konsekvensbeskrivning");
    const rows = [row().slice(0, -1), row({ Id: "m-2", Nr: 2 }).slice(0, -1)];
    const { port } = setup({ header, rows });
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
    expect(shown(snapshot, "m-1")).toMatchObject({ writable: false, formulas: ["effect:2026"] });
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

describe("a stored document that cannot be read", () => {
  const json = documentJson(DEFAULT_SETTINGS, referencePlan().scenarios);
  const cases: [string, string | string[], string][] = [
    ["invalid JSON", '{"version":1,"settings":', "invalidJson"],
    [
      "an unknown version",
      JSON.stringify({ version: 3, settings: {}, scenarios: [] }),
      "unknownVersion",
    ],
    [
      "a truncated document (last chunk lost)",
      splitIntoChunks(json, 200).slice(0, -1),
      "invalidJson",
    ],
    [
      "a chunk deleted in the middle",
      splitIntoChunks(json, 200).map((c, i) => (i === 2 ? "" : c)),
      "invalidJson",
    ],
    [
      "a document that breaks the schema",
      JSON.stringify({ version: 1, settings: { yearCount: 0 }, scenarios: [] }),
      "invalidDocument",
    ],
    ["text that is no plan", '"anteckningar"', "notAPlanDocument"],
  ];

  it.each(cases)("%s: load reports it and uses the defaults", async (_name, document, code) => {
    const { port } = setup({ rows: [row()], document });
    const snapshot = await port.load();
    expect(snapshot.problems.map((p) => p.code)).toEqual([code]);
    expect(snapshot.settings).toEqual(DEFAULT_SETTINGS);
    expect(snapshot.scenarios).toEqual([]);
    expect(snapshot.measures).toHaveLength(1);
  });

  it.each(cases)(
    "%s: saving scenarios or settings is refused and the sheet is untouched",
    async (_name, document) => {
      const { book, port } = setup({ rows: [row()], document });
      const before = book.snapshot(STORE_SHEET);
      const tableBefore = book.snapshot(MEASURES_SHEET);
      for (const save of [
        () => port.saveScenarios([scenario("s-1", "Ny")]),
        () => port.saveSettings(DEFAULT_SETTINGS),
      ]) {
        const error = await rejection(save());
        expect(error.reason).toBe("unreadable");
        expect(error.message).toMatch(/skrivs därför inte över/);
      }
      expect(FakeWorkbook.changed(before, book.snapshot(STORE_SHEET))).toEqual([]);
      expect(FakeWorkbook.changed(tableBefore, book.snapshot(MEASURES_SHEET))).toEqual([]);
    }
  );

  it("creating the table is refused too, and nothing is created", async () => {
    const { book, port } = setup({ table: false, document: '{"version":' });
    const error = await rejection(port.createMeasuresTable(DEFAULT_SETTINGS));
    expect(error.reason).toBe("unreadable");
    expect(book.findSheet(MEASURES_SHEET)).toBeUndefined();
    expect((await rejection(port.loadReferenceCase())).reason).toBe("unreadable");
  });

  it("edits whose cells depend on the settings are refused; plain text edits and deletes go through", async () => {
    const { book, port } = setup({ rows: [row(), row({ Id: "m-2" })], document: '{"version":' });
    for (const patch of [
      { ambition: "raises" as const },
      { effects: { 2026: dec(1) } },
      { kind: "proposal" as const },
    ]) {
      expect((await rejection(port.updateMeasure("m-1", patch))).reason).toBe("unreadable");
    }
    expect(
      (await rejection(port.addMeasure({ ...referencePlan().measures[0]!, id: "m-3" }))).reason
    ).toBe("unreadable");
    await port.updateMeasure("m-1", { title: "Ny titel", nr: 4 });
    expect(book.cell(MEASURES_SHEET, "E2").value).toBe("Ny titel");
    await port.deleteMeasure("m-2");
    expect((await port.load()).measures.map((m) => m.measure.id)).toEqual(["m-1"]);
  });
});
