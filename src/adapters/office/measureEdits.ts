/**
 * Adding and editing measures: rows of the measures table (deleting, with undo, is rowUndo.ts). A row parseMeasureRows
 * flagged as not writable is never written or deleted; an edit writes only the cells of the
 * patched fields, so formulas elsewhere in the row stay; an amount cell that would change sign
 * but holds a formula is refused rather than replaced.
 */
import type { Measure } from "../../plan/model";
import { isFormulaCell, measureCellValues, patchCellValues } from "../../store/measureCells";
import { newRowFormulas, withPricingFormulas } from "../../store/pricingFormula";
import type { FieldCell } from "../../store/measureCells";
import type { MeasurePatch } from "../../port/workbookPort";
import { runBatch } from "./excelBatch";
import { queueAddRow, queueWriteCells } from "./measuresTable";
import type { TableContent } from "./measuresTable";
import type { OfficeMessages } from "./officeMessages";
import { parseTable, planOf, readWorkbook, writableRow } from "./workbookReads";

export function addMeasure(messages: OfficeMessages, measure: Measure): Promise<void> {
  const texts = messages.texts;
  const notDone = texts.measureNotAdded;
  return runBatch(
    messages,
    texts.actions.addMeasure,
    texts.additionPartlyWritten,
    async (context, stage) => {
      const found = await readWorkbook(context, { table: true, formulas: false, document: true });
      if (found.table === null || found.content === null) throw messages.noTable();
      if (found.document.state === "unreadable")
        throw messages.unreadable(found.document.problem, notDone);
      const settings = planOf(found.document).settings;
      const parsed = parseTable(found.content, settings);
      if (measure.id.trim() === "" || parsed.rows.some((r) => r.measure.id === measure.id)) {
        throw messages.storage(texts.idTakenOrEmpty(measure.id, notDone));
      }
      const width = found.content.header.length;
      const { cells, missing, formulas } = guardAmounts(messages, () => ({
        ...measureCellValues(measure, settings, parsed.layout, width),
        formulas: newRowFormulas(measure, settings, parsed.layout),
      }));
      if (missing.length > 0) throw messages.missingColumns(missing, notDone);
      queueAddRow(found.table, cells, parsed.layout, formulas);
      stage.writing = true;
      await context.sync();
    }
  );
}

export function updateMeasure(
  messages: OfficeMessages,
  id: string,
  patch: MeasurePatch
): Promise<void> {
  const texts = messages.texts;
  return runBatch(messages, texts.actions.updateMeasure, "", async (context, stage) => {
    const found = await readWorkbook(context, { table: true, formulas: true, document: true });
    if (found.table === null || found.content === null) throw messages.noTable();
    const content = found.content;
    const plan = planOf(found.document);
    const parsed = parseTable(content, plan.settings);
    const row = writableRow(messages, parsed, id);
    const offset = row.row - content.headerRow - 1;
    const notDone = texts.rowUnchanged(row.row);
    if (plan.problem && dependsOnSettings(patch)) throw messages.unreadable(plan.problem, notDone);
    const { cells, missing } = guardAmounts(messages, () => {
      const result = patchCellValues(patch, row.measure, plan.settings, parsed.layout);
      if (!patch.pricing) return result;
      // A priced edit writes the pricing's formula into each plan year's amount cell it names.
      const kind = patch.kind ?? row.measure.kind;
      const priced = withPricingFormulas(
        result.cells,
        patch.pricing,
        kind,
        plan.settings,
        parsed.layout
      );
      return { ...result, cells: priced };
    });
    if (missing.length > 0) throw messages.missingColumns(missing, notDone);
    refuseResignedFormulas(messages, cells, content, offset, row.row);
    if (cells.length === 0) return;
    queueWriteCells(found.table, offset, cells);
    stage.writing = true;
    stage.partial = texts.cellsPartlyWritten(cells.length, row.row);
    await context.sync();
  });
}

/** True when the cells an edit writes depend on the settings (colour words, amounts, signs). */
function dependsOnSettings(patch: MeasurePatch): boolean {
  return (
    patch.ambition !== undefined ||
    patch.goals !== undefined ||
    patch.effects !== undefined ||
    patch.kind !== undefined
  );
}

/** An amount cell that would have to change sign but holds a formula: refuse rather than replace it. */
function refuseResignedFormulas(
  messages: OfficeMessages,
  cells: readonly FieldCell[],
  content: TableContent,
  offset: number,
  row: number
): void {
  const values = content.rows[offset] ?? [];
  const formulas = content.formulas[offset] ?? [];
  const blocked = cells.filter(
    (c) => c.resigned && isFormulaCell(values[c.index], formulas[c.index])
  );
  if (blocked.length === 0) return;
  const columns = blocked.map((c) => String(content.header[c.index] ?? ""));
  throw messages.notWritable(messages.texts.resignedFormulas(columns, row));
}

/** measureCellValues/patchCellValues, with an amount too large for a cell as a WorkbookError. */
function guardAmounts<T>(messages: OfficeMessages, compute: () => T): T {
  try {
    return compute();
  } catch (cause) {
    if (cause instanceof RangeError) throw messages.storage(messages.texts.amountTooLarge);
    throw cause;
  }
}
