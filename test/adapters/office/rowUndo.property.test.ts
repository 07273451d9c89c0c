/**
 * Property: in any measures table (amounts typed or computed by formulas, any number formats, the
 * user's own columns holding any text), deleting any row and undoing it gives the sheet back cell
 * for cell: what was typed in each cell and its number format (issue 9, item 5).
 */
import fc from "fast-check";
import { MEASURES_SHEET } from "../../../src/adapters/office/measuresTable";
import type { CellInput } from "../../support/excel";
import { HEADER, portOver, row, typedCells } from "../../support/officeFixtures";

const OWN_COLUMNS = ["Kommentar", "Ansvarig"];
// Amount formats only: an amount formatted as a date or a percentage makes its row read-only (the
// read model names it), and a read-only row is not deleted (test/adapters/office/workbookReads.test.ts).
const FORMATS = ["General", "# ##0", "0,0", "@", '#,##0 "tkr"', "# ##0,0"];
const AMOUNTS = ["Effekt 2026 (tkr)", "Effekt 2027 (tkr)", "Effekt 2028 (tkr)"];

const amount: fc.Arbitrary<CellInput> = fc.oneof(
  fc.integer({ min: -50_000, max: 50_000 }),
  fc.constant(""),
  fc
    .integer({ min: 1, max: 9_999 })
    .map((n) => ({ formula: `=BUDGET.MEASUREEFFECT(${n},DATE(2026,7,1),2026)`, value: n / 2 }))
);

const generatedRow = fc.record({
  amounts: fc.tuple(amount, amount, amount),
  formats: fc.tuple(...AMOUNTS.map(() => fc.constantFrom(...FORMATS))),
  own: fc.tuple(fc.string({ maxLength: 30 }), fc.string({ maxLength: 10 })),
});

const table = fc
  .array(generatedRow, { minLength: 1, maxLength: 6 })
  .chain((rows) => fc.tuple(fc.constant(rows), fc.nat({ max: rows.length - 1 })));

/** Every cell of the measures sheet as what was typed into it and its number format. */

describe("delete then undo in Excel, for any table", () => {
  it("gives every cell back as it was typed, with its number format", async () => {
    await fc.assert(
      fc.asyncProperty(table, async ([rows, victim]) => {
        const { book, port } = portOver({
          header: [...HEADER, ...OWN_COLUMNS],
          rows: rows.map((r, i) => [
            ...row({
              Id: `m-${i}`,
              Nr: i + 1,
              ...Object.fromEntries(AMOUNTS.map((title, j) => [title, r.amounts[j]!])),
            }),
            ...r.own,
          ]),
        });
        const sheet = book.sheet(MEASURES_SHEET);
        rows.forEach((r, i) =>
          AMOUNTS.forEach((title, j) => {
            sheet.ensure(1 + i, HEADER.indexOf(title)).format = r.formats[j]!;
          })
        );
        const before = typedCells(book);
        const deleted = await port.deleteMeasure(`m-${victim}`);
        await port.restoreMeasure(deleted);
        expect(typedCells(book)).toEqual(before);
      }),
      { numRuns: 40 }
    );
  });
});
