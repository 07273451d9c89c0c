/**
 * The whole plan as an .xlsx file, laid out as Ramkoll lays out a workbook in Excel
 * (store/workbookLayout.ts), so that opening the file in Excel with Ramkoll shows the same plan:
 * - the sheet "Åtgärder" with the measures table exactly as the browser stores it (the header and
 *   every stored row, the user's own columns included) and an Excel table "RamkollAtgarder" over
 *   it;
 * - the hidden sheet "Ramkoll": A1 the explanation, A2, A3, … the plan document's text as stored,
 *   in chunks of at most 30 000 characters;
 * - the workbook names Ramkoll_Store (='Ramkoll'!$A$1) and Ramkoll_Measures (=RamkollAtgarder[#All]),
 *   the marks by which the add-in knows its own things.
 * exceljs writes a string as a string, so a text such as "=1+1", "1/2" or "12:30" stays the text the
 * user typed. `exceljs` is passed in, so the pane loads it only when the user exports.
 */
import type ExcelJS from "exceljs";
import { AMOUNT_FORMAT } from "../../plan/committeeStyles";
import { DEFAULT_SETTINGS } from "../../plan/model";
import { parseMeasureRows } from "../../store/measuresSheet";
import { parsePlanDocument } from "../../store/planDocument";
import { workbookBytes } from "./committeeXlsx";
import {
  MEASURES_MARK,
  MEASURES_SHEET,
  MEASURES_TABLE,
  STORE_EXPLANATION,
  STORE_MARK,
  STORE_SHEET,
  splitIntoChunks,
  tableMarkFormula,
} from "../../store/workbookLayout";

type ExcelJSModule = typeof ExcelJS;

/** What the browser stores of one plan, read as it is (nothing parsed away). */
export interface StoredPlan {
  /** The plan document's text as stored; null when none is stored. */
  readonly documentText: string | null;
  /**
   * The measures table as stored: rows, the header first; a row that is not an array (damaged
   * storage) is kept as its JSON text. Null when no table is stored.
   */
  readonly table: readonly unknown[] | null;
}

const TABLE_STYLE = "TableStyleMedium2";
/** Excel's limit on a table column's name. */
const MAX_COLUMN_NAME = 255;
/** The amount columns' width in characters (about the 95 points of the Office.js adapter). */
const AMOUNT_WIDTH = 14;

/** A stored cell as an .xlsx cell value: scalars as they are, anything else as its JSON text. */
function cellValue(cell: unknown): ExcelJS.CellValue {
  if (cell === null || cell === undefined || cell === "") return null;
  if (typeof cell === "string" || typeof cell === "boolean") return cell;
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : String(cell);
  return JSON.stringify(cell);
}

function rowCells(row: unknown): unknown[] {
  return Array.isArray(row) ? row : [JSON.stringify(row)];
}

/**
 * Column names Excel takes for a table: non-empty text, unique without case, short enough. A
 * damaged header gets no table (its cells are still written), so Excel opens it as a missing
 * table, which Ramkoll offers to recreate, rather than refusing the file.
 */
function tableColumns(header: readonly unknown[]): string[] | null {
  const names: string[] = [];
  for (const title of header) {
    if (typeof title !== "string" || title.trim() === "" || title.length > MAX_COLUMN_NAME)
      return null;
    names.push(title);
  }
  const lower = new Set(names.map((n) => n.toLowerCase()));
  return names.length > 0 && lower.size === names.length ? names : null;
}

/** The plan's settings, for the amount columns' format; the defaults when none can be read. */
function settingsOf(plan: StoredPlan) {
  if (plan.documentText === null) return DEFAULT_SETTINGS;
  const parsed = parsePlanDocument(plan.documentText);
  return parsed.ok ? parsed.document.settings : DEFAULT_SETTINGS;
}

/** The measures sheet: the table over header and rows, cells beyond the header next to it. */
function addMeasuresSheet(workbook: ExcelJS.Workbook, plan: StoredPlan): boolean {
  const sheet = workbook.addWorksheet(MEASURES_SHEET, { views: [{ state: "frozen", ySplit: 1 }] });
  const [header = [], ...body] = plan.table ?? [];
  const headerCells = rowCells(header);
  const rows = body.map(rowCells);
  const columns = tableColumns(headerCells);
  if (columns) {
    // A table made of a header alone still has one (empty) body row in Excel.
    const tableRows = (rows.length > 0 ? rows : [[]]).map((r) =>
      columns.map((_, j) => cellValue(r[j]))
    );
    sheet.addTable({
      name: MEASURES_TABLE,
      ref: "A1",
      headerRow: true,
      totalsRow: false,
      style: { theme: TABLE_STYLE, showRowStripes: true },
      columns: columns.map((name) => ({ name, filterButton: true })),
      rows: tableRows,
    });
  }
  const width = columns ? columns.length : 0;
  [headerCells, ...rows].forEach((cells, i) =>
    cells.forEach((cell, j) => {
      if (j >= width && cellValue(cell) !== null)
        sheet.getCell(i + 1, j + 1).value = cellValue(cell);
    })
  );
  if (columns) formatAmounts(sheet, headerCells, rows, plan);
  return columns !== null;
}

/** The amount format on the amount columns' numbers, as the Office.js adapter sets it. */
function formatAmounts(
  sheet: ExcelJS.Worksheet,
  header: readonly unknown[],
  rows: readonly (readonly unknown[])[],
  plan: StoredPlan
): void {
  const layout = parseMeasureRows(header, [], settingsOf(plan)).layout;
  for (const effect of layout.effects) {
    if (effect.index < 0) continue;
    sheet.getColumn(effect.index + 1).width = AMOUNT_WIDTH;
    rows.forEach((cells, i) => {
      if (typeof cellValue(cells[effect.index]) === "number")
        sheet.getCell(i + 2, effect.index + 1).numFmt = AMOUNT_FORMAT;
    });
  }
}

/** The hidden store sheet: the explanation, then the document's text in chunks. */
function addStoreSheet(workbook: ExcelJS.Workbook, documentText: string): void {
  const sheet = workbook.addWorksheet(STORE_SHEET, { state: "hidden" });
  sheet.getColumn(1).width = 100;
  const cells = [STORE_EXPLANATION, ...splitIntoChunks(documentText)];
  cells.forEach((text, i) => (sheet.getCell(i + 1, 1).value = text));
  workbook.definedNames.add(`'${STORE_SHEET}'!$A$1`, STORE_MARK);
}

/**
 * Adds a workbook name for a formula that is not a cell range. exceljs's definedNames take cell
 * ranges only, but write each name's text as given: the instance's model is extended by the one
 * name, written as Excel itself writes a name of a structured reference.
 */
function addFormulaName(workbook: ExcelJS.Workbook, name: string, formula: string): void {
  const names = workbook.definedNames;
  const own = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(names), "model");
  const ranges = (): ExcelJS.DefinedNamesModel =>
    (own?.get?.call(names) ?? []) as ExcelJS.DefinedNamesModel;
  Object.defineProperty(names, "model", {
    configurable: true,
    get: () => [...ranges(), { name, ranges: [formula.replace(/^=/, "")] }],
  });
}

/** The workbook of the whole plan. */
export function planWorkbook(excel: ExcelJSModule, plan: StoredPlan): ExcelJS.Workbook {
  const workbook = new excel.Workbook();
  workbook.creator = "Ramkoll";
  // A visible sheet first: a workbook of hidden sheets alone does not open.
  const hasTable = addMeasuresSheet(workbook, plan);
  if (plan.documentText !== null) addStoreSheet(workbook, plan.documentText);
  if (hasTable) addFormulaName(workbook, MEASURES_MARK, tableMarkFormula(MEASURES_TABLE));
  return workbook;
}

/** The .xlsx file's bytes. */
export async function planWorkbookXlsx(
  excel: ExcelJSModule,
  plan: StoredPlan
): Promise<Uint8Array> {
  return workbookBytes(planWorkbook(excel, plan));
}

/** "Ramkoll-plan <yyyy-mm-dd>.xlsx", the local date of `today`. */
export function planFileName(today: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  const date = `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`;
  return `Ramkoll-plan ${date}.xlsx`;
}
