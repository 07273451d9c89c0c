/**
 * Writes the committee table model as an .xlsx file with exceljs, for the pane outside Excel.
 * Cell for cell the same as the Office.js writer: values, live formulas, fills, fonts, number
 * formats, merges, widths and print set-up. exceljs writes a string as a string, so user text that
 * starts with = stays text.
 */
import type ExcelJS from "exceljs";
import type { CommitteeTable, TableCell } from "../../plan/committeeTable";
import { AMOUNT_FORMAT, STYLE_SPECS, type StyleSpec } from "../../plan/committeeStyles";

type ExcelJSModule = typeof ExcelJS;

const A4 = 9; // the paper size code of A4 in the spreadsheet format

function applyStyle(cell: ExcelJS.Cell, spec: StyleSpec): void {
  if (spec.bold || spec.size || spec.italic || spec.font) {
    cell.font = {
      bold: spec.bold,
      italic: spec.italic,
      size: spec.size,
      color: spec.font ? { argb: `FF${spec.font}` } : undefined,
    };
  }
  if (spec.fill)
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${spec.fill}` } };
  if (spec.amount) cell.numFmt = AMOUNT_FORMAT;
  // Everything aligns to the top, so an amount stands level with the first line of its text.
  cell.alignment = {
    wrapText: spec.wrap,
    // An indent is from the side the text is aligned to, so an indented cell states its side.
    horizontal: spec.align ?? (spec.indent ? "left" : undefined),
    vertical: "top",
    ...(spec.indent ? { indent: spec.indent } : {}),
  };
  if (spec.border) {
    const thin = { style: "thin" as const, color: { argb: "FF808080" } };
    cell.border = { top: thin, left: thin, bottom: thin, right: thin };
  }
}

/**
 * A formula is written with its result cached (the model's value: what the formula gives on the
 * table as written), so a viewer that does not calculate (a file preview, Outlook, Excel's
 * protected view) shows the numbers; the workbook asks for a full calculation on load, so a
 * spreadsheet program still shows its own sums. The e2e test checks LibreOffice's sums equal them.
 */
function cellValue(cell: TableCell): ExcelJS.CellValue {
  if (!cell.formula) return cell.value;
  const formula = cell.formula.replace(/^=/, "");
  return { formula, result: cell.value } as ExcelJS.CellFormulaValue;
}

/** The workbook for one committee table; `exceljs` is passed in so the pane can load it only when used. */
export function committeeWorkbook(excel: ExcelJSModule, table: CommitteeTable): ExcelJS.Workbook {
  const workbook = new excel.Workbook();
  workbook.creator = "Ramkoll";
  workbook.calcProperties.fullCalcOnLoad = true;
  const sheet = workbook.addWorksheet(table.sheetName, {
    pageSetup: {
      paperSize: A4,
      orientation: table.print.orientation,
      fitToPage: true,
      fitToWidth: table.print.fitToPagesWide,
      fitToHeight: 0,
      ...(table.repeatRows
        ? { printTitlesRow: `${table.repeatRows.first + 1}:${table.repeatRows.last + 1}` }
        : {}),
    },
    headerFooter: {
      oddFooter: `&L${table.print.footer.left}&R${table.print.footer.right}`,
    },
  });
  sheet.columns = table.columnWidths.map((width) => ({ width }));
  table.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!cell) return;
      const target = sheet.getCell(r + 1, c + 1);
      target.value = cellValue(cell);
      applyStyle(target, STYLE_SPECS[cell.style]);
    })
  );
  for (const m of table.merges)
    sheet.mergeCells(m.row + 1, m.col + 1, m.row + m.rows, m.col + m.cols);
  for (const [row, height] of Object.entries(table.rowHeights))
    sheet.getRow(Number(row) + 1).height = height;
  return workbook;
}

/** The .xlsx file's bytes. */
export async function committeeXlsx(
  excel: ExcelJSModule,
  table: CommitteeTable
): Promise<Uint8Array> {
  return workbookBytes(committeeWorkbook(excel, table));
}

/** The bytes of a workbook as an .xlsx file (the committee table's and the whole plan's). */
export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
