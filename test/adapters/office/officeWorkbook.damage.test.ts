/**
 * One workbook with every kind of damage at once, through the Office.js port over the fake
 * workbook: 1 000 rows among which text in amount cells, unknown colour words, repeated and missing
 * ids, a header with odd spacing and case, a missing and an extra column; and plan documents that
 * are truncated, of an unknown version, or not JSON. The port loads what it can, names every
 * problem by row, and writes nothing back it did not understand. Prints how many problems it named.
 */
import { documentJson, HEADER, row, workbook } from "../../support/officeFixtures";
import { installFakeExcel } from "../../support/fakeExcel";
import { OfficeWorkbook } from "../../../src/adapters/office/officeWorkbook";
import { MEASURES_TABLE } from "../../../src/adapters/office/measuresTable";
import { problemText } from "../../../src/i18n/problems";
import type { CellInput } from "../../support/fakeExcel";

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
    expect(snapshot.measures).toHaveLength(1000);
    expect(snapshot.measures.filter((m) => !m.writable)).toHaveLength(40);
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
    ["of an unknown version", documentJson().replace('"version":1', '"version":7')],
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
