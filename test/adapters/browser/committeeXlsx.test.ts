import ExcelJS from "exceljs";
import { buildCommitteeTable, type CommitteeTable } from "../../../src/plan/committeeTable";
import { COMMITTEE_TEXT } from "../../../src/plan/committeeTexts";
import { DEFAULT_SETTINGS } from "../../../src/plan/model";
import {
  itemRows,
  longCommitteeTable,
  measureWith,
  scenarioWith,
  summa,
} from "../../support/committeeRows";
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
  it("has every cell of the model: texts as text, numbers as numbers, formulas with their results", async () => {
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
          // The cached result, for viewers that do not calculate: what the formula gives.
          expect(actual.result).toBe(cell.value);
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
        if (["amount", "sumAmount", "balanceAmount", "balanceResult"].includes(cell.style)) {
          expect(actual.numFmt).toBe("#,##0");
          // One character in from the border, so a figure never touches it.
          expect(actual.alignment).toMatchObject({ horizontal: "right", indent: 1 });
        }
      })
    );
  });

  it("is set up for print: A4 landscape, one page wide, footer, header rows where continued", async () => {
    const sheet = await readBack();
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    });
    expect(sheet.pageSetup.printTitlesRow).toBeUndefined();
    expect(sheet.headerFooter.oddFooter).toBe(
      "&LSocialnämnden – Mål och resursplan 2026–2028 – Budget i balans 2026&RSida &P av &N"
    );
    const long = longCommitteeTable();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      Buffer.from(await committeeXlsx(ExcelJS, long)) as unknown as ExcelJS.Buffer
    );
    const rows = long.repeatRows!;
    expect(workbook.worksheets[0]!.pageSetup.printTitlesRow).toBe(
      `${rows.first + 1}:${rows.last + 1}`
    );
  });

  it("merges what the model merges", async () => {
    const sheet = await readBack();
    const merges = (sheet.model as unknown as { merges: string[] }).merges;
    expect(merges).toHaveLength(table.merges.length);
  });
});

/** A cell of the file as a plain record (exceljs's cell object is not Office.js's range). */
function fileCell(sheet: ExcelJS.Worksheet, r: number, c: number) {
  const { formula, value } = sheet.getRow(r + 1).getCell(c + 1);
  return { formula, value };
}

describe("the .xlsx shows the pane's figures (issue 9: one rounding rule)", () => {
  it("with 100,4 freed and 100,6 to cover: parts 99/1/0/0, Summa 100, Att täcka 101, Kvar 0", async () => {
    const measures = [
      measureWith("big", 1, { 2026: "99.2" }),
      ...["a", "b", "c"].map((id, i) => measureWith(id, i + 2, { 2026: "0.4" })),
    ];
    const tenths = buildCommitteeTable(
      scenarioWith({ 2026: "100.6" }, ["big", "a", "b", "c"]),
      measures,
      DEFAULT_SETTINGS
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      Buffer.from(await committeeXlsx(ExcelJS, tenths)) as unknown as ExcelJS.Buffer
    );
    const sheet = workbook.getWorksheet(tenths.sheetName)!;
    // The file's cells (with the model's style, to find the rows by), formulas computed over them.
    const read: CommitteeTable = {
      ...tenths,
      rows: tenths.rows.map((row, r) =>
        row.map((cell, c) => {
          if (cell === null) return null;
          const { formula, value } = fileCell(sheet, r, c);
          if (formula) return { style: cell.style, value: 0, formula: `=${formula}` };
          return { style: cell.style, value: value as string | number };
        })
      ),
    };
    expect(itemRows(read).map((r) => r.amounts[0])).toEqual([99, 1, 0, 0]);
    expect(summa(read)[0]).toBe(100);
    const first = (label: string) => read.rows.find((row) => row[0]?.value === label)?.[2];
    expect(first(COMMITTEE_TEXT.toCover)?.value).toBe(101);
    expect(first(COMMITTEE_TEXT.remains)?.value).toBe(0);
    expect(first(COMMITTEE_TEXT.remains)?.formula).toBeUndefined();
  });
});
