/**
 * The workbook port in Excel (Office.js): measures in the table "RamkollAtgarder" on the sheet
 * "Åtgärder" (measuresTable.ts), settings and scenarios in the plan document on the hidden sheet
 * "Ramkoll" (planDocumentSheet.ts), each found by the workbook name that marks it, not by its
 * visible name, so the user may rename them (workbookMarks.ts, workbookLookup.ts); committee
 * sheets likewise, by their scenario's id. Every operation reads what it needs afresh
 * (workbookReads.ts), decides in JavaScript, then writes in one batch (excelBatch.ts); nothing is
 * cached between operations, because the user may change the sheet at any time. Its messages are
 * in the pane's language (officeMessages.ts).
 *
 * Excel JavaScript API requirement: ExcelApi 1.7. The members from the highest set, 1.7, are
 * TableCollection.onChanged and WorksheetCollection.onDeleted (subscribe) and
 * Worksheet.freezePanes (creating the table). Below that: 1.4 TableCollection/WorksheetCollection
 * .getItemOrNullObject, Worksheet/Range.getUsedRangeOrNullObject, TableColumnCollection.add with a
 * name (new plan years), NamedItemCollection.add/getItem and NamedItem.delete (the marks); 1.3
 * TableCollection.add with a Range; 1.2 RangeFormat.columnWidth, setting Worksheet.visibility,
 * Table.worksheet; everything else 1.1. The manifest should require ExcelApi 1.7.
 *
 * context.sync calls per operation, the same for 1 row or 10 000: load 2; addMeasure,
 * updateMeasure, deleteMeasure (which reads the row as it was in its write), restoreMeasure,
 * saveScenarios, saveSettings at most 3 (look up the marks, sheets and tables; read them; write);
 * createMeasuresTable and loadReferenceCase 3, or 4 when a sheet "Åtgärder" exists (is it
 * empty?); createCommitteeTable 2; subscribe 1, its unsubscribe 1.
 * A save that finds another runtime's save in its write takes one more sync per such save, at
 * most 5 (checkedDocumentWrite.ts).
 *
 * The operations of one workbook run one at a time, in the order they were asked (excelBatch.ts);
 * saves of the plan document state the revision they were based on and are merged or refused
 * against what is stored (planDocumentSaves.ts, plan/documentMerge.ts).
 *
 * What it promises beyond the port:
 * - A sheet or table the add-in did not mark (or adopt, workbookLookup.ts) is never written.
 * - A row the read model (store/readModel.ts) shows read-only is never written or deleted; an
 *   edit writes only the cells of the patched fields, so formulas elsewhere in the row stay
 *   (measureEdits.ts).
 * - A plan document that could not be read is never written over, nor are measure cells whose
 *   value depends on the settings it holds (colour words, amounts).
 * - An Excel failure becomes WorkbookError("storage") saying what was and was not done.
 */
import type { CommitteeTable } from "../../plan/committeeTable";
import type { Measure, PlanSettings, Scenario } from "../../plan/model";
import type { Language } from "../../i18n/language";
import type {
  CommitteeOutcome,
  DeletedRow,
  DocumentBase,
  MeasurePatch,
  PlanSnapshot,
  WorkbookPort,
} from "../../port/workbookPort";
import { WorkbookError } from "../../port/workbookPort";
import { overlongTextMessage } from "../../i18n/inputTexts";
import { textsFor } from "../../i18n/texts";
import {
  overlongCommitteeText,
  overlongMeasureText,
  overlongScenarioText,
  overlongSettingsText,
} from "../../store/textLimits";
import type { OverlongText } from "../../store/textLimits";
import { subscribeToChanges } from "./changeSubscription";
import { writeCommitteeTable } from "./committeeTableWriter";
import { runBatch } from "./excelBatch";
import { addMeasure, updateMeasure } from "./measureEdits";
import { OfficeMessages } from "./officeMessages";
import { saveScenarios, saveSettings } from "./planDocumentSaves";
import { createMeasuresTable, loadReferenceCase } from "./tableCreation";
import { readSnapshot } from "./workbookReads";
import { deleteMeasure, restoreMeasure } from "./rowUndo";

export interface OfficeWorkbookOptions {
  /** The language of the error messages; Swedish by default, as the pane's. */
  readonly language?: Language;
  /** Milliseconds of quiet after the last change event before a listener is called (default 200). */
  readonly debounceMs?: number;
  /**
   * Told when the change events could not be registered or removed. subscribe() cannot reject,
   * so without this the failure surfaces as an unhandled rejection.
   */
  readonly onSubscribeError?: (error: WorkbookError) => void;
}

export class OfficeWorkbook implements WorkbookPort {
  readonly host = "excel" as const;
  private readonly messages: OfficeMessages;
  private readonly debounceMs: number;
  private readonly onSubscribeError: ((error: WorkbookError) => void) | undefined;

  constructor(options: OfficeWorkbookOptions = {}) {
    this.messages = new OfficeMessages(options.language ?? "sv");
    this.debounceMs = options.debounceMs ?? 200;
    this.onSubscribeError = options.onSubscribeError;
  }

  load(): Promise<PlanSnapshot> {
    return runBatch(this.messages, this.messages.texts.actions.load, "", readSnapshot);
  }

  createMeasuresTable(settings: PlanSettings): Promise<void> {
    return this.withinCellLimit(overlongSettingsText(settings), () =>
      createMeasuresTable(this.messages, settings)
    );
  }

  loadReferenceCase(): Promise<void> {
    return loadReferenceCase(this.messages);
  }

  addMeasure(measure: Measure): Promise<void> {
    return this.withinCellLimit(overlongMeasureText(measure), () =>
      addMeasure(this.messages, measure)
    );
  }

  updateMeasure(id: string, patch: MeasurePatch): Promise<void> {
    return this.withinCellLimit(overlongMeasureText(patch), () =>
      updateMeasure(this.messages, id, patch)
    );
  }

  deleteMeasure(id: string): Promise<DeletedRow> {
    return deleteMeasure(this.messages, id);
  }

  restoreMeasure(row: DeletedRow): Promise<void> {
    return this.withinCellLimit(overlongMeasureText(row.measure), () =>
      restoreMeasure(this.messages, row)
    );
  }

  /** See planDocumentSaves.ts; without a base (scripts, tests) it is based on what is stored now. */
  saveScenarios(scenarios: readonly Scenario[], base?: DocumentBase): Promise<void> {
    return this.withinCellLimit(overlongScenarioText(scenarios), () =>
      saveScenarios(this.messages, scenarios, base)
    );
  }

  saveSettings(settings: PlanSettings, base?: DocumentBase): Promise<void> {
    return this.withinCellLimit(overlongSettingsText(settings), () =>
      saveSettings(this.messages, settings, base)
    );
  }

  /**
   * Runs `write` unless it would put a text longer than one Excel cell holds into the workbook;
   * then nothing is asked of Excel and the write is refused with a WorkbookError saying so.
   */
  private withinCellLimit<T>(overlong: OverlongText | null, write: () => Promise<T>): Promise<T> {
    if (overlong === null) return write();
    const language = this.messages.language;
    const message = overlongTextMessage(overlong, textsFor(language), language);
    return Promise.reject(new WorkbookError("storage", message));
  }

  /** See changeSubscription.ts: debounced table and sheet events. */
  subscribe(listener: () => void): () => void {
    const options = { debounceMs: this.debounceMs, onError: this.onSubscribeError };
    return subscribeToChanges(this.messages, options, listener);
  }

  createCommitteeTable(table: CommitteeTable): Promise<CommitteeOutcome> {
    const texts = this.messages.texts;
    return this.withinCellLimit(overlongCommitteeText(table), () =>
      runBatch(
        this.messages,
        texts.actions.createCommitteeTable,
        texts.committeePartlyWritten(table.sheetName),
        async (context, stage) => {
          // The writer reads once, then writes everything in its second sync.
          stage.writing = true;
          return writeCommitteeTable(context, table);
        }
      )
    );
  }
}
