/* global Excel */
/**
 * The measures table "RamkollAtgarder" on the sheet "Åtgärder": one row per measure or proposal
 * under the header MEASURE_COLUMNS(settings). The functions here only queue Office.js commands on
 * the table; the caller syncs (officeWorkbook.ts) and decides what may be written.
 *
 * Api sets: Table.getHeaderRowRange/getDataBodyRange/getRange 1.1, Range.values/formulas/
 * numberFormat/rowIndex/getCell/getColumn 1.1, TableRowCollection.add (one row) and getItemAt 1.1,
 * TableRow.delete/getRange 1.1, Table.name/style 1.1, RangeFormat.wrapText/verticalAlignment 1.1,
 * TableCollection.add with a Range 1.3, RangeFormat.columnWidth 1.2, TableColumnCollection.add with
 * a name (and appending) 1.4, Worksheet.freezePanes 1.7, Worksheet.activate 1.1.
 */
import { AMOUNT_FORMAT } from "../../plan/committeeStyles";
import { columnLetter } from "../../plan/sheetAddress";
import { textCellValue } from "../../store/cellText";
import type { FieldCell } from "../../store/measureCells";
import { planYears } from "../../plan/model";
import type { PlanSettings } from "../../plan/model";
import { COLUMN_TITLES, MEASURE_COLUMNS, effectColumnTitle } from "../../store/measureColumns";
import { parseMeasureRows } from "../../store/measuresSheet";
import type { CellValue } from "../../store/cellValue";
import type { ColumnLayout } from "../../store/measureColumns";

import { MEASURES_TABLE } from "../../store/workbookLayout";
// The names are shared with the browser's .xlsx export (store/workbookLayout.ts).
export { MEASURES_SHEET, MEASURES_TABLE } from "../../store/workbookLayout";
export const TABLE_STYLE = "TableStyleMedium2";

/** Column widths in points, by header title; amount columns share one width. */
const WIDTHS: Readonly<Record<string, number>> = {
  [COLUMN_TITLES.id]: 95,
  [COLUMN_TITLES.nr]: 36,
  [COLUMN_TITLES.kind]: 110,
  [COLUMN_TITLES.area]: 190,
  [COLUMN_TITLES.title]: 300,
  [COLUMN_TITLES.ambition]: 115,
  [COLUMN_TITLES.goals]: 125,
  [COLUMN_TITLES.consequence]: 420,
};
const AMOUNT_WIDTH = 95;

/** The table as read: header cells, body values (and formulas, formats), and the header's sheet row. */
export interface TableContent {
  readonly header: readonly unknown[];
  readonly rows: readonly (readonly unknown[])[];
  /** The body's formulas when asked for, else []. */
  readonly formulas: readonly (readonly unknown[])[];
  /** The body's number formats when formulas are asked for (a load), else []. */
  readonly numberFormats: readonly (readonly unknown[])[];
  /** The header's row in the sheet, 1-based. */
  readonly headerRow: number;
}

/** The layout of a header as parseMeasureRows finds it (no rows, so no row problems). */
export function layoutOfHeader(header: readonly unknown[], settings: PlanSettings): ColumnLayout {
  return parseMeasureRows(header, [], settings).layout;
}

/** The ranges whose values a read of the table loads. */
export interface TableRead {
  readonly header: Excel.Range;
  readonly body: Excel.Range;
  readonly withFormulas: boolean;
}

/**
 * Queues the read of the header (values, row) and the body (values, and formulas and number
 * formats when asked: a load needs the formats to tell a date or a percentage from an amount) in
 * one sync; pass the result to tableContent after it.
 */
export function queueReadTable(table: Excel.Table, withFormulas: boolean): TableRead {
  const header = table.getHeaderRowRange();
  header.load("values, rowIndex");
  const body = table.getDataBodyRange();
  if (withFormulas) body.load("values, formulas, numberFormat");
  else body.load("values");
  return { header, body, withFormulas };
}

/** What a synced TableRead holds. */
export function tableContent(read: TableRead): TableContent {
  return {
    header: read.header.values[0] ?? [],
    rows: read.body.values,
    formulas: read.withFormulas ? read.body.formulas : [],
    numberFormats: read.withFormulas ? read.body.numberFormat : [],
    headerRow: read.header.rowIndex + 1,
  };
}

/**
 * Queues the new table at A1 of `sheet`: the header, then `rows` (already cell values in the
 * header's order, text guarded), the table over them, its formats; activates the sheet.
 */
export function queueCreateTable(
  sheet: Excel.Worksheet,
  settings: PlanSettings,
  rows: readonly (readonly CellValue[])[]
): Excel.Table {
  const header = MEASURE_COLUMNS(settings);
  const values = [header.map((t) => textCellValue(t)), ...rows.map((r) => r.map((v) => v ?? ""))];
  const range = sheet.getRange(`A1:${columnLetter(header.length - 1)}${values.length}`);
  range.values = values;
  const table = sheet.tables.add(range, true);
  table.name = MEASURES_TABLE;
  table.style = TABLE_STYLE;
  // A table made of a header alone still has one (empty) body row in Excel.
  queueFormatColumns(table, header, layoutOfHeader(header, settings), Math.max(1, rows.length));
  sheet.freezePanes.freezeRows(1);
  sheet.activate();
  return table;
}

/** Widths, amount format and wrapping for the columns of a table with `bodyRows` body rows. */
function queueFormatColumns(
  table: Excel.Table,
  header: readonly string[],
  layout: ColumnLayout,
  bodyRows: number
): void {
  const whole = table.getRange();
  const body = table.getDataBodyRange();
  whole.format.verticalAlignment = "Top";
  table.getHeaderRowRange().format.wrapText = true;
  const amountColumns = new Set(layout.effects.map((e) => e.index).filter((i) => i >= 0));
  const wrapped = new Set([layout.fields.title, layout.fields.consequence].filter((i) => i >= 0));
  header.forEach((title, j) => {
    const width = amountColumns.has(j) ? AMOUNT_WIDTH : WIDTHS[title];
    if (width !== undefined) whole.getColumn(j).format.columnWidth = width;
    if (amountColumns.has(j)) body.getColumn(j).numberFormat = formats(bodyRows);
    if (wrapped.has(j)) body.getColumn(j).format.wrapText = true;
  });
}

function formats(rows: number): string[][] {
  return Array.from({ length: rows }, () => [AMOUNT_FORMAT]);
}

/** Queues a new row at the end of the table, with the amount format and wrapping of its columns. */
export function queueAddRow(
  table: Excel.Table,
  values: readonly CellValue[],
  layout: ColumnLayout,
  formulas: readonly { readonly index: number; readonly formula: string }[] = []
): void {
  const added = table.rows.add(undefined, [values.map((v) => v ?? "")]);
  const range = added.getRange();
  for (const col of layout.effects)
    if (col.index >= 0) range.getCell(0, col.index).numberFormat = [[AMOUNT_FORMAT]];
  // A priced amount's formula replaces the value just added (same sync, so no state in between).
  for (const f of formulas) range.getCell(0, f.index).formulas = [[f.formula]];
  for (const index of [layout.fields.title, layout.fields.consequence]) {
    if (index >= 0) range.getCell(0, index).format.wrapText = true;
  }
}

/** Queues the writes of single cells of one body row (0-based within the body); nothing else. */
export function queueWriteCells(
  table: Excel.Table,
  bodyRow: number,
  cells: readonly FieldCell[]
): void {
  const body = table.getDataBodyRange();
  for (const cell of cells) {
    const target = body.getCell(bodyRow, cell.index);
    if (cell.formula !== undefined) target.formulas = [[cell.formula]];
    else target.values = [[cell.value ?? ""]];
  }
}

/** Queues the deletion of one body row (0-based within the body). */
export function queueDeleteRow(table: Excel.Table, bodyRow: number): void {
  table.rows.getItemAt(bodyRow).delete();
}

const EFFECT_YEAR = /^\s*effekt\s+(\d{4})\b/i;

/**
 * Queues a column "Effekt <year> (<unit>)" for each plan year of `settings` that the header has no
 * column for (whatever unit an existing one states), each placed after the column of the nearest
 * earlier year, else before the nearest later one, else after Åtgärd. Existing columns are never
 * renamed, converted or removed: a column in another unit is read in the unit it states, a year
 * outside the plan stays as an extra column. Returns the titles added.
 */
export function queueAddYearColumns(
  table: Excel.Table,
  header: readonly unknown[],
  settings: PlanSettings,
  bodyRows: number
): string[] {
  const present: { year: number; index: number }[] = [];
  header.forEach((title, index) => {
    const m = typeof title === "string" ? EFFECT_YEAR.exec(title) : null;
    if (m) present.push({ year: Number(m[1]), index });
  });
  const titleIndex = header.findIndex(
    (t) => typeof t === "string" && t.trim().toLowerCase() === COLUMN_TITLES.title.toLowerCase()
  );
  let fallback = titleIndex >= 0 ? titleIndex + 1 : header.length;
  const added: string[] = [];
  for (const year of planYears(settings)) {
    if (present.some((p) => p.year === year)) continue;
    let before: { year: number; index: number } | undefined;
    let after: { year: number; index: number } | undefined;
    for (const p of present) {
      if (p.year < year && (before === undefined || p.index > before.index)) before = p;
      if (p.year > year && (after === undefined || p.index < after.index)) after = p;
    }
    const index = before ? before.index + 1 : after ? after.index : fallback;
    for (const p of present) if (p.index >= index) p.index += 1;
    if (fallback >= index) fallback += 1;
    present.push({ year, index });
    const title = effectColumnTitle(year, settings.unit);
    const column = table.columns.add(index, undefined, textCellValue(title));
    column.getDataBodyRange().numberFormat = formats(Math.max(1, bodyRows));
    column.getRange().format.columnWidth = AMOUNT_WIDTH;
    added.push(title);
  }
  return added;
}
