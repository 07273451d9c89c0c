/**
 * User text that Excel would convert on entry (issue 9, item 8) stays the text typed, through the
 * Office.js port over the fake, whose cells convert times, dates, percentages, money, fractions,
 * exponents and truth values as Excel does (test/support/excel/entry.ts).
 */
import { EXTRA_MEASURE, portOver, rows, stored } from "../../support/officeFixtures";
import { MEASURES_SHEET } from "../../../src/adapters/office/measuresTable";

const TEXTS = [
  "1e5",
  "2E-3",
  "12:30",
  "8:00 AM",
  "2026-03-01",
  "1/3",
  "1 1/2",
  "(500)",
  "500 kr",
  "$5",
  "5 €",
  "5%",
  "TRUE",
  "SANT",
];

let checked = 0;
afterAll(() => {
  process.stdout.write(`text guard: ${checked} convertible texts written and read back as typed\n`);
});

describe("text Excel would convert, written by the port", () => {
  it.each(TEXTS)("an edited title and consequence %j read back as typed", async (text) => {
    const { book, port } = portOver({ rows: rows(2) });
    await port.updateMeasure("m-1", { title: text, consequence: text });
    const m = stored(await port.load(), "m-1").measure;
    expect(m.title).toBe(text);
    expect(m.consequence).toBe(text);
    // The cell itself holds the text, not a number Excel made of it.
    expect(book.cell(MEASURES_SHEET, "E2").value).toBe(text);
    checked++;
  });

  it.each(TEXTS)("a new measure titled %j reads back as typed", async (text) => {
    const { port } = portOver({ rows: rows(1) });
    await port.addMeasure({ ...EXTRA_MEASURE, title: text, consequence: text });
    const m = stored(await port.load(), EXTRA_MEASURE.id).measure;
    expect(m.title).toBe(text);
    expect(m.consequence).toBe(text);
    checked++;
  });
});
