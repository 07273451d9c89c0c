/**
 * Deleting a measure's row so that undo can put it back whole: as the row goes, its cells are read
 * (in the same batch, queued before the delete) as Excel input — a formula where the cell holds
 * one, else its value, text guarded so it stays text — with its number formats, the table's whole
 * header (the user's own columns, such as "Kommentar", included) and its position. Undo inserts it
 * at that position again, each cell under the column of its own title (the user may have moved
 * columns in between), formulas and number formats as they were.
 *
 * Api sets: TableRowCollection.add(index, values), TableRowCollection.getItemAt, TableRow.getRange,
 * TableRow.delete, Range.values/formulas/numberFormat: all ExcelApi 1.1.
 */
import { textCellValue } from "../../store/cellText";
import { isFormulaCell } from "../../store/measureCells";
import { rowUnderHeader } from "../../store/rowUnderHeader";
import type { DeletedRow } from "../../port/workbookPort";
import { runBatch } from "./excelBatch";
import { queueDeleteRow } from "./measuresTable";
import type { OfficeMessages } from "./officeMessages";
import { parseTable, planOf, readWorkbook, writableRow } from "./workbookReads";

/** A cell as Excel input that writes it back as it was: its formula, or its value as text-safe. */
export function cellAsInput(value: unknown, formula: unknown): unknown {
  if (isFormulaCell(value, formula)) return formula;
  return typeof value === "string" ? textCellValue(value) : (value ?? "");
}

export function deleteMeasure(messages: OfficeMessages, id: string): Promise<DeletedRow> {
  const texts = messages.texts;
  return runBatch(messages, texts.actions.deleteMeasure, "", async (context, stage) => {
    const found = await readWorkbook(context, { table: true, formulas: true, document: true });
    if (found.table === null || found.content === null) throw messages.noTable();
    const content = found.content;
    const parsed = parseTable(content, planOf(found.document).settings);
    const row = writableRow(messages, parsed, id);
    const index = row.row - content.headerRow - 1;
    // Read in the same batch as the delete, queued before it, so Excel reads the row as it was.
    const range = found.table.rows.getItemAt(index).getRange();
    range.load("values, formulas, numberFormat");
    queueDeleteRow(found.table, index);
    stage.writing = true;
    stage.partial = texts.rowMayRemain(row.row);
    await context.sync();
    const values = range.values[0] ?? [];
    const formulas = range.formulas[0] ?? [];
    const deleted: DeletedRow = {
      measure: row.measure,
      index,
      header: [...content.header],
      cells: values.map((value, j) => cellAsInput(value, formulas[j])),
      numberFormats: (range.numberFormat[0] ?? []).map((f) => String(f)),
    };
    return deleted;
  });
}

/**
 * Puts a deleted row back at its position (at the end when the table has fewer rows now), each
 * cell under its own column. Refused, writing nothing, when a row of the same id is there again or
 * a non-empty cell's column is gone.
 */
export function restoreMeasure(messages: OfficeMessages, row: DeletedRow): Promise<void> {
  const texts = messages.texts;
  return runBatch(messages, texts.undo.action, texts.undo.partlyWritten, async (context, stage) => {
    const found = await readWorkbook(context, { table: true, formulas: false, document: true });
    if (found.table === null || found.content === null) throw messages.noTable();
    const content = found.content;
    const parsed = parseTable(content, planOf(found.document).settings);
    if (parsed.rows.some((r) => r.measure.id === row.measure.id))
      throw messages.storage(texts.undo.idInUse(row.measure.id));
    const placed = rowUnderHeader(row, content.header);
    if (placed.lost.length > 0) throw messages.missingColumns(placed.lost, texts.undo.notRestored);
    // Past the last row (rows were deleted since), the row goes at the end.
    const index = row.index >= 0 && row.index < content.rows.length ? row.index : undefined;
    const added = found.table.rows.add(index, [placed.cells] as (string | number | boolean)[][]);
    if (placed.numberFormats.length > 0) added.getRange().numberFormat = [placed.numberFormats];
    stage.writing = true;
    await context.sync();
  });
}
