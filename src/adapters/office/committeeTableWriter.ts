/* global Excel, Office */
/**
 * Writes the committee table model into the workbook with Office.js, cell for cell as the .xlsx
 * writer does. Two context.sync calls whatever the number of rows: one to learn whether the sheet
 * exists and whether the add-in made it, one to write everything.
 *
 * A sheet the add-in made carries a workbook-level name "Ramkoll_Namnd_…" pointing at its A1; Excel
 * moves the name with the sheet if it is renamed, so regeneration finds it. A sheet of the same name
 * without that mark belongs to the user and is not overwritten unless the caller says so.
 *
 * Excel API: ExcelApi 1.7 (names with formulas, getRangeByIndexes); print set-up uses 1.9 and is
 * applied only where Excel supports it.
 */
import type { CommitteeTable, TableCell } from "../../plan/committeeTable";
import { textCellValue } from "../../store/cellText";
import { AMOUNT_FORMAT, STYLE_SPECS } from "../../plan/committeeStyles";

export const MARKER_PREFIX = "Ramkoll_Namnd_";
/** Points per unit of column width (one digit of the default font). */
const POINTS_PER_CHARACTER = 6;

export type CommitteeWriteResult =
  | { readonly status: "written"; readonly sheetName: string; readonly printSetUp: boolean }
  | { readonly status: "needsConfirmation"; readonly sheetName: string };

/** The value a model cell is written as: a formula, a number, or text that stays text. */
export function formulaOf(cell: TableCell | null): string | number {
  if (!cell) return "";
  if (cell.formula) return cell.formula;
  return typeof cell.value === "number" ? cell.value : textCellValue(cell.value);
}

function markerFormulaFor(sheetName: string): string {
  return `='${sheetName.replace(/'/g, "''")}'!$A$1`;
}

function markerMatches(formula: string, sheetName: string): boolean {
  // Excel may write the reference without quotes when the name needs none.
  const bare = formula.replace(/^=/, "").replace(/\$/g, "");
  return bare === `'${sheetName.replace(/'/g, "''")}'!A1` || bare === `${sheetName}!A1`;
}

function supportsPrintSetUp(): boolean {
  try {
    return (
      typeof Office !== "undefined" && Office.context.requirements.isSetSupported("ExcelApi", "1.9")
    );
  } catch {
    // Outside a host that answers requirement questions, assume the older API.
    return false;
  }
}

/**
 * Writes `table` into its sheet. Returns needsConfirmation, and writes nothing, when a sheet of
 * that name exists that the add-in did not make and `overwrite` is false.
 */
export async function writeCommitteeTable(
  context: Excel.RequestContext,
  table: CommitteeTable,
  overwrite: boolean
): Promise<CommitteeWriteResult> {
  const workbook = context.workbook;
  const existing = workbook.worksheets.getItemOrNullObject(table.sheetName);
  existing.load("name"); // any scalar load tells isNullObject after the sync
  workbook.names.load("items/name,items/formula");
  await context.sync();

  const markers = workbook.names.items.filter((n) => n.name.startsWith(MARKER_PREFIX));
  const marker = markers.find((n) => markerMatches(n.formula, table.sheetName));
  if (!existing.isNullObject && !marker && !overwrite)
    return { status: "needsConfirmation", sheetName: table.sheetName };

  let sheet: Excel.Worksheet;
  if (existing.isNullObject) {
    sheet = workbook.worksheets.add(table.sheetName);
  } else {
    sheet = existing;
    // Only this sheet's contents are replaced: values, formats and merges, nothing elsewhere.
    const used = sheet.getRange();
    used.unmerge();
    used.clear(Excel.ClearApplyTo.all);
  }
  if (!marker) {
    workbook.names.add(
      `${MARKER_PREFIX}${Date.now().toString(36)}`,
      markerFormulaFor(table.sheetName)
    );
  }
  queueCells(sheet, table);
  const printSetUp = supportsPrintSetUp();
  if (printSetUp) queuePrintSetUp(sheet, table);
  sheet.activate();
  await context.sync();
  return { status: "written", sheetName: table.sheetName, printSetUp };
}

function queueCells(sheet: Excel.Worksheet, table: CommitteeTable): void {
  const width = table.columnWidths.length;
  const height = table.rows.length;
  const all = sheet.getRangeByIndexes(0, 0, height, width);
  // One write for every value and formula, one for every number format.
  all.numberFormat = table.rows.map((row) =>
    row.map((cell) => (cell && STYLE_SPECS[cell.style].amount ? AMOUNT_FORMAT : "General"))
  );
  all.formulas = table.rows.map((row) => row.map(formulaOf));
  all.format.verticalAlignment = Excel.VerticalAlignment.top;
  table.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell) queueStyle(sheet.getRangeByIndexes(r, c, 1, 1), cell);
    })
  );
  for (const m of table.merges) sheet.getRangeByIndexes(m.row, m.col, m.rows, m.cols).merge(false);
  table.columnWidths.forEach((w, c) => {
    sheet.getRangeByIndexes(0, c, 1, 1).format.columnWidth = w * POINTS_PER_CHARACTER;
  });
  for (const [row, points] of Object.entries(table.rowHeights)) {
    sheet.getRangeByIndexes(Number(row), 0, 1, 1).format.rowHeight = points;
  }
}

function queueStyle(range: Excel.Range, cell: TableCell): void {
  const spec = STYLE_SPECS[cell.style];
  const format = range.format;
  if (spec.bold) format.font.bold = true;
  if (spec.italic) format.font.italic = true;
  if (spec.size) format.font.size = spec.size;
  if (spec.font) format.font.color = `#${spec.font}`;
  if (spec.fill) format.fill.color = `#${spec.fill}`;
  if (spec.wrap) format.wrapText = true;
  if (spec.align)
    format.horizontalAlignment =
      spec.align === "center"
        ? Excel.HorizontalAlignment.center
        : spec.align === "right"
          ? Excel.HorizontalAlignment.right
          : Excel.HorizontalAlignment.left;
  if (spec.border) {
    for (const edge of [
      Excel.BorderIndex.edgeTop,
      Excel.BorderIndex.edgeBottom,
      Excel.BorderIndex.edgeLeft,
      Excel.BorderIndex.edgeRight,
    ]) {
      const border = format.borders.getItem(edge);
      border.style = Excel.BorderLineStyle.continuous;
      border.color = "#808080";
    }
  }
}

function queuePrintSetUp(sheet: Excel.Worksheet, table: CommitteeTable): void {
  const layout = sheet.pageLayout;
  layout.orientation = Excel.PageOrientation.landscape;
  layout.paperSize = Excel.PaperType.a4;
  layout.zoom = { horizontalFitToPages: table.print.fitToPagesWide, verticalFitToPages: 0 };
  layout.setPrintTitleRows(`$${table.repeatRows.first + 1}:$${table.repeatRows.last + 1}`);
}
