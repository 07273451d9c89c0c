/**
 * Delete and undo through the Office.js port over the fake workbook (rowUndo.ts): the row comes
 * back whole — formulas, number formats, the user's own columns, its place in the table — and
 * an undo that cannot put it back whole is refused and writes nothing (issue 9, "Undo that does
 * not undo").
 */
import { MEASURES_SHEET, MEASURES_TABLE } from "../../../src/adapters/office/measuresTable";
import type { DeletedRow } from "../../../src/port/workbookPort";
import type { FakeWorkbook } from "../../support/excel";
import { listedRows } from "../../../src/port/workbookPort";
import { HEADER, portOver, rejection, row, shown, typedCells } from "../../support/officeFixtures";

const MEASURE_EFFECT = "=BUDGET.MEASUREEFFECT(1000,DATE(2026,7,1),2026)";
const HEADER_WITH_COMMENT = [...HEADER, "Kommentar"];
/** Column letters in that header. */
const F = 5; // Effekt 2026
const G = 6; // Effekt 2027
const COMMENT = HEADER_WITH_COMMENT.length - 1; // L

/** Three rows; the middle one (m-1, sheet row 3) has a formula, a text "=1+1", a comment. */
function setup() {
  const { book, port } = portOver({
    header: HEADER_WITH_COMMENT,
    rows: [
      [...row({ Id: "m-0", Nr: 1 }), "första"],
      [
        ...row({
          Id: "m-1",
          Nr: 2,
          Åtgärd: "=1+1", // text in the cell, not a formula
          "Effekt 2026 (tkr)": { formula: MEASURE_EFFECT, value: 500 },
          "Effekt 2027 (tkr)": { formula: "=F3*2", value: 1_000 },
        }),
        "Kommentar som bara användaren har",
      ],
      [...row({ Id: "m-2", Nr: 3 }), ""],
    ],
  });
  const sheet = book.sheet(MEASURES_SHEET);
  sheet.ensure(2, F).format = "# ##0,0";
  sheet.ensure(2, G).format = '#,##0" tkr"';
  return { book, port };
}

describe("deleteMeasure then restoreMeasure in Excel", () => {
  it("gives the identical row at the same place: formula, number formats, own column", async () => {
    const { book, port } = setup();
    const before = typedCells(book);
    const deleted = await port.deleteMeasure("m-1");
    expect(book.tableValues(MEASURES_TABLE).map((r) => r[0])).toEqual(["Id", "m-0", "m-2"]);
    expect(deleted.index).toBe(1);
    expect(deleted.header).toEqual(HEADER_WITH_COMMENT);
    await port.restoreMeasure(deleted);
    expect(typedCells(book)).toEqual(before);
    expect(book.cell(MEASURES_SHEET, "F3").formula).toBe(MEASURE_EFFECT);
    expect(book.cell(MEASURES_SHEET, "E3")).toMatchObject({ value: "=1+1", formula: null });
    expect(book.cell(MEASURES_SHEET, "L3").value).toBe("Kommentar som bara användaren har");
    expect(book.findTable(MEASURES_TABLE)!.rows).toBe(3);
    const snapshot = await port.load();
    // The fake does not calculate: a formula written back reads as text until Excel recalculates,
    // so the restored row is listed (read-only here) rather than counted.
    expect(listedRows(snapshot).map((m) => m.measure.id)).toEqual(["m-0", "m-1", "m-2"]);
    expect(shown(snapshot, "m-1").formulas).toEqual(["effect:2026", "effect:2027"]);
  });

  it("puts each cell under its own title when the user moved a column in between", async () => {
    const { book, port } = setup();
    const deleted = await port.deleteMeasure("m-1");
    moveCommentFirst(book);
    await port.restoreMeasure(deleted);
    // Kommentar is now column A; the row's other cells moved one column to the right.
    expect(book.cell(MEASURES_SHEET, "A3").value).toBe("Kommentar som bara användaren har");
    expect(book.cell(MEASURES_SHEET, "B3").value).toBe("m-1");
    expect(book.cell(MEASURES_SHEET, "G3")).toMatchObject({
      formula: MEASURE_EFFECT,
      format: "# ##0,0",
    });
    expect(book.cell(MEASURES_SHEET, "H3")).toMatchObject({
      formula: "=F3*2",
      format: '#,##0" tkr"',
    });
  });

  it("goes to the end when the table has fewer rows than its old place", async () => {
    const { book, port } = setup();
    const deleted = await port.deleteMeasure("m-2");
    await port.deleteMeasure("m-1");
    await port.restoreMeasure(deleted);
    expect(book.tableValues(MEASURES_TABLE).map((r) => r[0])).toEqual(["Id", "m-0", "m-2"]);
  });

  it("fills a table left empty by the delete", async () => {
    const { book, port } = portOver({ rows: [row({ Id: "m-only" })] });
    const before = typedCells(book);
    const deleted = await port.deleteMeasure("m-only");
    expect(book.findTable(MEASURES_TABLE)!.rows).toBe(0);
    await port.restoreMeasure(deleted);
    expect(typedCells(book)).toEqual(before);
    expect(book.findTable(MEASURES_TABLE)!.rows).toBe(1);
  });

  it("is refused, writing nothing, when the id is in use again", async () => {
    const { book, port } = setup();
    const deleted = await port.deleteMeasure("m-1");
    book.setCells(MEASURES_SHEET, "A3", [["m-1"]]); // the user typed the old id into another row
    const before = typedCells(book);
    const error = await rejection(port.restoreMeasure(deleted));
    expect(error.reason).toBe("storage");
    expect(error.message).toContain("m-1");
    expect(error.message).toContain("Inget har ändrats");
    expect(typedCells(book)).toEqual(before);
  });

  it("is refused, naming the column, when a column holding one of its cells is gone", async () => {
    const { book, port } = setup();
    const deleted: DeletedRow = await port.deleteMeasure("m-1");
    dropLastColumn(book);
    const before = typedCells(book);
    const error = await rejection(port.restoreMeasure(deleted));
    expect(error.message).toContain("”Kommentar”");
    expect(typedCells(book)).toEqual(before);
  });
});

/** As a user dragging the column Kommentar to the front of the table. */
function moveCommentFirst(book: FakeWorkbook): void {
  const table = book.findTable(MEASURES_TABLE)!;
  const sheet = table.sheet;
  const column = Array.from({ length: table.rows + 1 }, (_, r) => sheet.get(r, COMMENT));
  for (let r = 0; r <= table.rows; r++) sheet.cells.delete(`${r},${COMMENT}`);
  sheet.shiftCols(0, 1, 0, table.rows + 1);
  column.forEach((cell, r) => {
    if (cell) sheet.cells.set(`${r},0`, cell);
  });
}

/** As a user deleting the table's last column. */
function dropLastColumn(book: FakeWorkbook): void {
  const table = book.findTable(MEASURES_TABLE)!;
  for (let r = 0; r <= table.rows; r++) table.sheet.cells.delete(`${r},${table.width - 1}`);
  table.width--;
}
