/**
 * The plan document on the hidden sheet "Ramkoll" (planDocumentSheet.ts): chunked over cells,
 * read back, written as text, the sheet made hidden once.
 */
import fc from "fast-check";
import { DEFAULT_SETTINGS } from "../../../src/plan/model";
import { referencePlan } from "../../../src/plan/referenceCase";
import { serializePlanDocument } from "../../../src/store/planDocument";
import {
  CHUNK_SIZE,
  STORE_SHEET,
  interpretColumn,
  splitIntoChunks,
} from "../../../src/adapters/office/planDocumentSheet";
import { FakeWorkbook } from "../../support/excel";
import {
  documentJson,
  manyScenarios,
  portOver as setup,
  row,
  scenario,
} from "../../support/officeFixtures";

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

  it("does not hide again a store sheet the user has shown", async () => {
    const { book, port } = setup();
    book.sheet(STORE_SHEET).visibility = "Visible";
    await port.saveScenarios([scenario("s-1", "Ett")]);
    expect(book.sheet(STORE_SHEET).visibility).toBe("Visible");
  });
});
