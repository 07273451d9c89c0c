/**
 * The plan document on the hidden sheet "Ramkoll": chunked over cells, read back, and never
 * written over when it could not be read.
 */
import fc from "fast-check";
import { dec } from "../../../src/budget/money";
import { DEFAULT_SETTINGS } from "../../../src/plan/model";
import type { PlanSettings, Scenario } from "../../../src/plan/model";
import { referencePlan } from "../../../src/plan/referenceCase";
import { serializePlanDocument } from "../../../src/store/planDocument";
import { MEASURES_SHEET } from "../../../src/adapters/office/measuresTable";
import {
  CHUNK_SIZE,
  STORE_SHEET,
  interpretColumn,
  splitIntoChunks,
} from "../../../src/adapters/office/planDocumentSheet";
import { OfficeWorkbook } from "../../../src/adapters/office/officeWorkbook";
import { FakeWorkbook, installFakeExcel } from "../../support/fakeExcel";
import { documentJson, row, workbook, rejection } from "../../support/officeFixtures";
import type { WorkbookSpec } from "../../support/officeFixtures";

function setup(spec: WorkbookSpec = {}): { book: FakeWorkbook; port: OfficeWorkbook } {
  const book = workbook(spec);
  installFakeExcel(book);
  return { book, port: new OfficeWorkbook() };
}

function scenario(id: string, name: string): Scenario {
  return {
    id,
    name,
    years: [2026, 2027, 2028].map((year) => ({
      year,
      frame: dec("1215046.5"),
      needs: dec(48_900),
      requestedIncrease: dec(1_210),
      increaseCost: dec(1_210),
    })),
    included: ["ref-atgard-1", "ref-atgard-3"],
  };
}

/** Scenarios whose JSON is well over two chunks long. */
function manyScenarios(): Scenario[] {
  return Array.from({ length: 120 }, (_, i) =>
    scenario(`s-${i}`, `Scenario ${i}: ${"lång beskrivning ".repeat(30)}`)
  );
}

function storeColumn(book: FakeWorkbook): string[] {
  const out: string[] = [];
  for (let r = 1; ; r++) {
    const v = book.cell(STORE_SHEET, `A${r}`).value;
    if (v === "" && r > 1) break;
    out.push(String(v));
  }
  return out;
}

describe("splitIntoChunks", () => {
  it("cuts into pieces of at most the chunk size that join to the text", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme", maxLength: 200 }),
        fc.integer({ min: 2, max: 17 }),
        (text, size) => {
          const chunks = splitIntoChunks(text, size);
          expect(chunks.join("")).toBe(text);
          for (const c of chunks) {
            expect(c.length).toBeGreaterThan(0);
            expect(c.length).toBeLessThanOrEqual(size);
            // Never half of a surrogate pair at either end.
            expect(/^[\udc00-\udfff]|[\ud800-\udbff]$/.test(c)).toBe(false);
          }
        }
      )
    );
  });

  it("uses 30 000 characters by default and gives nothing for nothing", () => {
    expect(CHUNK_SIZE).toBe(30_000);
    expect(splitIntoChunks("x".repeat(60_001)).map((c) => c.length)).toEqual([30_000, 30_000, 1]);
    expect(splitIntoChunks("")).toEqual([]);
  });
});

describe("interpretColumn", () => {
  const json = documentJson();

  it("reads the chunks below A1, wherever the used range starts", () => {
    const parts = splitIntoChunks(json, 100);
    const fromA1 = interpretColumn({
      rowIndex: 0,
      values: [["förklaring"], ...parts.map((p) => [p])],
    });
    const fromA2 = interpretColumn({ rowIndex: 1, values: parts.map((p) => [p]) });
    expect(fromA1.state).toBe("readable");
    expect(fromA2).toEqual(fromA1);
    expect(fromA1.lastRow).toBe(parts.length + 1);
  });

  it("is absent when nothing is stored below A1", () => {
    expect(interpretColumn(null).state).toBe("absent");
    expect(interpretColumn({ rowIndex: 0, values: [["förklaring"]] })).toEqual({
      state: "absent",
      lastRow: 1,
    });
  });

  it("is unreadable when a chunk between others is empty", () => {
    const parts = splitIntoChunks(json, 100);
    const values = [["förklaring"], ...parts.map((p) => [p])];
    values[2] = [""];
    const r = interpretColumn({ rowIndex: 0, values });
    expect(r.state === "unreadable" && r.problem.code).toBe("invalidJson");
  });
});

describe("saving and reading the plan document", () => {
  it("splits a long document over A2, A3, … and reads it back exactly", async () => {
    const { book, port } = setup({ rows: [row()] });
    const scenarios = manyScenarios();
    expect(serializePlanDocument({ settings: DEFAULT_SETTINGS, scenarios }).length).toBeGreaterThan(
      2 * CHUNK_SIZE
    );
    await port.saveScenarios(scenarios);
    const column = storeColumn(book);
    expect(column.length).toBeGreaterThanOrEqual(4); // A1 and at least three chunks
    for (const cell of column) expect(cell.length).toBeLessThanOrEqual(CHUNK_SIZE);
    expect(book.sheet(STORE_SHEET).visibility).toBe("Hidden");
    const snapshot = await port.load();
    expect(snapshot.problems).toEqual([]);
    expect(snapshot.scenarios).toEqual(scenarios);
  });

  it("keeps a chunk that starts with = as text", async () => {
    const { book, port } = setup();
    const probe = serializePlanDocument({
      settings: DEFAULT_SETTINGS,
      scenarios: [scenario("s-1", "")],
    });
    const namePosition = probe.indexOf('"name":"') + '"name":"'.length;
    const name = "a".repeat(CHUNK_SIZE - namePosition) + "=1+1 och mer";
    await port.saveScenarios([scenario("s-1", name)]);
    expect(book.log.some((l) => l.startsWith(`${STORE_SHEET}!A3 values="'=1+1`))).toBe(true);
    expect(book.cell(STORE_SHEET, "A3").formula).toBeNull();
    expect(String(book.cell(STORE_SHEET, "A3").value).startsWith("=1+1")).toBe(true);
    expect((await port.load()).scenarios[0]!.name).toBe(name);
  });

  it("clears the chunks of a longer earlier document", async () => {
    const { book, port } = setup();
    await port.saveScenarios(manyScenarios());
    const long = storeColumn(book).length;
    await port.saveScenarios([scenario("s-1", "Kort")]);
    expect(storeColumn(book)).toHaveLength(2);
    expect(book.cell(STORE_SHEET, `A${long}`).value).toBe("");
    expect((await port.load()).scenarios.map((s) => s.name)).toEqual(["Kort"]);
  });

  it("creates the hidden store sheet when there is none, keeping the settings default", async () => {
    const { book, port } = setup({ document: null });
    const s = referencePlan().scenarios;
    await port.saveScenarios(s);
    expect(book.sheet(STORE_SHEET).visibility).toBe("Hidden");
    expect(await port.load()).toMatchObject({
      scenarios: s,
      settings: DEFAULT_SETTINGS,
      problems: [],
    });
  });

  it("keeps the scenarios when the settings are saved, and the settings when scenarios are", async () => {
    const { port } = setup();
    const settings: PlanSettings = {
      ...DEFAULT_SETTINGS,
      areas: ["10 Nämnd", "51 Äldreomsorg"],
      unit: "tkr",
    };
    await port.saveScenarios([scenario("s-1", "Ett")]);
    await port.saveSettings(settings);
    await port.saveScenarios([scenario("s-2", "Två")]);
    const snapshot = await port.load();
    expect(snapshot.settings).toEqual(settings);
    expect(snapshot.scenarios.map((s) => s.id)).toEqual(["s-2"]);
  });

  it("does not hide again a store sheet the user has shown", async () => {
    const { book, port } = setup();
    book.sheet(STORE_SHEET).visibility = "Visible";
    await port.saveScenarios([scenario("s-1", "Ett")]);
    expect(book.sheet(STORE_SHEET).visibility).toBe("Visible");
  });

  it("refuses to save a document that could not be read back, writing nothing", async () => {
    const { book, port } = setup();
    const before = book.snapshot(STORE_SHEET);
    const error = await rejection(port.saveScenarios([scenario("s-1", "A"), scenario("s-1", "B")]));
    expect(error.reason).toBe("storage");
    expect(FakeWorkbook.changed(before, book.snapshot(STORE_SHEET))).toEqual([]);
  });
});

describe("a stored document that cannot be read", () => {
  const json = documentJson(DEFAULT_SETTINGS, referencePlan().scenarios);
  const cases: [string, string | string[], string][] = [
    ["invalid JSON", '{"version":1,"settings":', "invalidJson"],
    [
      "an unknown version",
      JSON.stringify({ version: 2, settings: {}, scenarios: [] }),
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
