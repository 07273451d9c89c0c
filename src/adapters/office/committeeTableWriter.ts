/* global Excel, Office */
/**
 * Writes the committee table model into the workbook with Office.js, cell for cell as the .xlsx
 * writer does. Two context.sync calls whatever the number of rows: one to learn whether the sheet
 * exists and whether the add-in made it, one to write everything.
 *
 * Each committee sheet carries the mark Ramkoll_Committee_<scenario id> (workbookMarks.ts), a
 * workbook name pointing at its A1 that Excel moves with the sheet when it is renamed. A scenario's
 * table regenerates into ITS sheet, found by that mark whatever the sheet is called now; any other
 * sheet (the user's, the store, the measures sheet, another scenario's) is never the target. When
 * the scenario has no sheet yet, or its sheet was deleted, the table goes on a new sheet with the
 * wanted name, or a free one ("Plan (2)") if a sheet has that name already without case (Excel's
 * rule), so two scenarios whose names give the same sheet name get two sheets. The sheet used is
 * reported. Sheets of the old scheme ("Ramkoll_Namnd_…", marked by sheet name) are adopted by the
 * scenario whose wanted name is theirs, so regenerating an old workbook does not add a sheet.
 *
 * Excel API: ExcelApi 1.7 (names with formulas, getRangeByIndexes); print set-up uses 1.9 and is
 * applied only where Excel supports it.
 */
import type { CommitteeTable, TableCell } from "../../plan/committeeTable";
import { freeSheetName, sameSheetName } from "../../plan/sheetAddress";
import { textCellValue } from "../../store/cellText";
import { AMOUNT_FORMAT, STYLE_SPECS } from "../../plan/committeeStyles";
import {
  COMMITTEE_MARK_PREFIX,
  STORE_MARK,
  committeeMarkName,
  formulaOfMark,
  queueMarks,
  sheetMarkFormula,
  sheetOfMark,
} from "./workbookMarks";
import type { NameItem } from "./workbookMarks";
import { lookupResult, queueLookup } from "./workbookLookup";
import type { Identity } from "./workbookLookup";

/** The marks of the earlier scheme, tied to a sheet name rather than to a scenario. */
export const OLD_MARK_PREFIX = "Ramkoll_Namnd_";
/** Points per unit of column width (one digit of the default font). */
const POINTS_PER_CHARACTER = 6;

export interface CommitteeWriteResult {
  readonly status: "written";
  /** The sheet the table was written to: its own sheet, or a new one. */
  readonly sheetName: string;
  readonly printSetUp: boolean;
  /** The sheet that has the wanted name but is not this scenario's, left as it was; else null. */
  readonly leftAlone: string | null;
}

/** The value a model cell is written as: a formula, a number, or text that stays text. */
export function formulaOf(cell: TableCell | null): string | number {
  if (!cell) return "";
  if (cell.formula) return cell.formula;
  return typeof cell.value === "number" ? cell.value : textCellValue(cell.value);
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

/** Where the table goes: the scenario's own sheet (by name now), or the name of a new one. */
type Target =
  | { readonly kind: "own"; readonly sheetName: string; readonly oldMark: string | null }
  | { readonly kind: "new"; readonly sheetName: string };

/** The sheets marked by every mark but the scenario's own, which are never the target. */
function othersSheets(names: readonly NameItem[], own: string): string[] {
  return names
    .filter((n) => n.name.toLowerCase() !== own.toLowerCase())
    .filter((n) => n.name.startsWith(COMMITTEE_MARK_PREFIX) || n.name === STORE_MARK)
    .map((n) => sheetOfMark(n.formula))
    .filter((s): s is string => s !== null);
}

/**
 * Decides the target from what the lookup found (names, sheet names, the measures and store
 * sheets): never a sheet marked for another scenario or holding the add-in's plan.
 */
export function committeeTarget(table: CommitteeTable, identity: Identity): Target {
  const { names, sheetNames } = identity;
  const mark = committeeMarkName(table.scenarioId);
  const others = [...othersSheets(names, mark), ...identity.ownSheets];
  const usable = (sheet: string | null): string | undefined =>
    sheet === null || others.some((o) => sameSheetName(o, sheet))
      ? undefined
      : sheetNames.find((n) => sameSheetName(n, sheet));
  const ownFormula = formulaOfMark(names, mark);
  const own = usable(ownFormula === null ? null : sheetOfMark(ownFormula));
  if (own !== undefined) return { kind: "own", sheetName: own, oldMark: null };
  const old = names.find(
    (n) =>
      n.name.startsWith(OLD_MARK_PREFIX) &&
      sameSheetName(sheetOfMark(n.formula) ?? "", table.sheetName)
  );
  const adopted = old ? usable(sheetOfMark(old.formula)) : undefined;
  if (old && adopted !== undefined) return { kind: "own", sheetName: adopted, oldMark: old.name };
  return { kind: "new", sheetName: freeSheetName(table.sheetName, sheetNames) };
}

/** Writes `table` into its scenario's sheet (see above); returns the sheet used. */
export async function writeCommitteeTable(
  context: Excel.RequestContext,
  table: CommitteeTable
): Promise<CommitteeWriteResult> {
  const workbook = context.workbook;
  const queued = queueLookup(context);
  await context.sync();

  const { identity } = lookupResult(queued);
  const names = identity.names;
  const target = committeeTarget(table, identity);
  let sheet: Excel.Worksheet;
  if (target.kind === "new") {
    sheet = workbook.worksheets.add(target.sheetName);
  } else {
    sheet = workbook.worksheets.getItem(target.sheetName);
    // Only this sheet's contents are replaced: values, formats and merges, nothing elsewhere.
    const used = sheet.getRange();
    used.unmerge();
    used.clear(Excel.ClearApplyTo.all);
  }
  const mark = committeeMarkName(table.scenarioId);
  if (target.kind === "new" || target.oldMark !== null) {
    if (target.kind === "own" && target.oldMark) workbook.names.getItem(target.oldMark).delete();
    queueMarks(workbook, names, [{ name: mark, formula: sheetMarkFormula(target.sheetName) }]);
  }
  queueCells(sheet, table);
  const printSetUp = supportsPrintSetUp();
  if (printSetUp) queuePrintSetUp(sheet, table);
  if (printSetUp) queueIndents(sheet, table);
  sheet.activate();
  await context.sync();
  const leftAlone =
    target.kind === "new" && !sameSheetName(target.sheetName, table.sheetName)
      ? table.sheetName
      : null;
  return { status: "written", sheetName: target.sheetName, printSetUp, leftAlone };
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
  // An indent is from the side the text is aligned to, so an indented cell states its side.
  const align = spec.align ?? (spec.indent ? "left" : undefined);
  if (align)
    format.horizontalAlignment =
      align === "center"
        ? Excel.HorizontalAlignment.center
        : align === "right"
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

/** Amounts and labels one character in from the border: RangeFormat.indentLevel is ExcelApi 1.9. */
function queueIndents(sheet: Excel.Worksheet, table: CommitteeTable): void {
  // Loops, not callbacks: the API-set check follows this function's callers to their guard.
  for (let r = 0; r < table.rows.length; r++) {
    const row = table.rows[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      const indent = cell ? STYLE_SPECS[cell.style].indent : undefined;
      if (indent) sheet.getRangeByIndexes(r, c, 1, 1).format.indentLevel = indent;
    }
  }
}

function queuePrintSetUp(sheet: Excel.Worksheet, table: CommitteeTable): void {
  const layout = sheet.pageLayout;
  layout.orientation = Excel.PageOrientation.landscape;
  layout.paperSize = Excel.PaperType.a4;
  layout.zoom = { horizontalFitToPages: table.print.fitToPagesWide, verticalFitToPages: 0 };
  if (table.repeatRows)
    layout.setPrintTitleRows(`$${table.repeatRows.first + 1}:$${table.repeatRows.last + 1}`);
  const footers = layout.headersFooters.defaultForAllPages;
  footers.leftFooter = table.print.footer.left;
  footers.rightFooter = table.print.footer.right;
}
