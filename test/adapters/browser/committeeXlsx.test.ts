import ExcelJS from "exceljs";
import { buildCommitteeTable } from "../../../src/plan/committeeTable";
import { COLOUR_STYLE } from "../../../src/plan/committeeStyles";
import { cellAddress } from "../../../src/plan/sheetAddress";
import { referencePlan } from "../../../src/plan/referenceCase";
import { committeeXlsx } from "../../../src/adapters/browser/committeeXlsx";

const plan = referencePlan();
const table = buildCommitteeTable(plan.scenarios[0]!, plan.measures, plan.settings, [
  "Åtgärder",
  "Ramkoll",
]);

async function readBack(): Promise<ExcelJS.Worksheet> {
  const bytes = await committeeXlsx(ExcelJS, table);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const sheet = workbook.getWorksheet(table.sheetName);
  if (!sheet) throw new Error("sheet missing");
  return sheet;
}

describe("the committee table as .xlsx, read back with exceljs", () => {
  it("has every cell of the model: texts as text, numbers as numbers, formulas as formulas", async () => {
    const sheet = await readBack();
    let checked = 0;
    table.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        const actual = sheet.getCell(cellAddress(r, c));
        if (!cell) {
          // A cell covered by a merge reports the merge's value; any other empty cell is empty.
          if (actual.type === ExcelJS.ValueType.Merge)
            expect(actual.master.address).not.toBe(actual.address);
          else expect(actual.value ?? null).toBeNull();
          return;
        }
        checked++;
        if (cell.formula) {
          expect(actual.formula).toBe(cell.formula.slice(1));
          expect(actual.type).toBe(ExcelJS.ValueType.Formula);
        } else if (typeof cell.value === "number") {
          expect(actual.value).toBe(cell.value);
        } else {
          expect(actual.type).toBe(ExcelJS.ValueType.String);
          expect(actual.value).toBe(cell.value);
        }
      })
    );
    expect(checked).toBeGreaterThan(50);
  });

  it("fills the colour cells and formats the amounts", async () => {
    const sheet = await readBack();
    table.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (!cell) return;
        const actual = sheet.getCell(cellAddress(r, c));
        const colour = { colourRed: "red", colourYellow: "yellow", colourGreen: "green" }[
          cell.style as string
        ] as keyof typeof COLOUR_STYLE | undefined;
        if (colour) {
          expect(actual.fill).toMatchObject({
            type: "pattern",
            pattern: "solid",
            fgColor: { argb: `FF${COLOUR_STYLE[colour].fill}` },
          });
          expect(actual.font?.color?.argb).toBe(`FF${COLOUR_STYLE[colour].font}`);
        }
        if (["amount", "sumAmount", "balanceAmount", "balanceResult"].includes(cell.style))
          expect(actual.numFmt).toBe("#,##0");
      })
    );
  });

  it("is set up for print: A4 landscape, one page wide, header rows repeated", async () => {
    const sheet = await readBack();
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    });
    expect(sheet.pageSetup.printTitlesRow).toBe(`1:${table.repeatRows.last + 1}`);
  });

  it("merges what the model merges", async () => {
    const sheet = await readBack();
    const merges = (sheet.model as unknown as { merges: string[] }).merges;
    expect(merges).toHaveLength(table.merges.length);
  });
});
