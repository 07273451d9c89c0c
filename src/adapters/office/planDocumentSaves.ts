/**
 * Saving the plan document (settings and scenarios) on the hidden store sheet. A document that
 * could not be read is never written over; a document that could not be read back is not saved.
 * Saving settings also adds the columns of new plan years to the measures table.
 */
import type { PlanSettings, Scenario } from "../../plan/model";
import { parsePlanDocument, serializePlanDocument } from "../../store/planDocument";
import { runBatch } from "./excelBatch";
import { MEASURES_SHEET, queueAddYearColumns } from "./measuresTable";
import type { OfficeMessages } from "./officeMessages";
import { STORE_SHEET, queueWriteDocument } from "./planDocumentSheet";
import { planOf, readWorkbook, storeSheetFor } from "./workbookReads";

/**
 * The plan document as JSON, checked by reading it back: what cannot be read after saving is
 * not saved.
 */
export function checkedDocument(
  messages: OfficeMessages,
  settings: PlanSettings,
  scenarios: readonly Scenario[]
): string {
  const json = serializePlanDocument({ settings, scenarios });
  const back = parsePlanDocument(json);
  if (!back.ok)
    throw messages.storage(messages.texts.notReadableBack(messages.problem(back.problem)));
  return json;
}

export function saveScenarios(
  messages: OfficeMessages,
  scenarios: readonly Scenario[]
): Promise<void> {
  const texts = messages.texts;
  return runBatch(
    messages,
    texts.actions.saveScenarios,
    texts.scenariosPartlyWritten(STORE_SHEET),
    async (context, stage) => {
      const found = await readWorkbook(context, { table: false, formulas: false, document: true });
      if (found.document.state === "unreadable") {
        throw messages.unreadable(found.document.problem, texts.scenariosNotSaved);
      }
      const json = checkedDocument(messages, planOf(found.document).settings, scenarios);
      queueWriteDocument(storeSheetFor(context, found), json, found.document.lastRow);
      stage.writing = true;
      await context.sync();
    }
  );
}

export function saveSettings(messages: OfficeMessages, settings: PlanSettings): Promise<void> {
  const texts = messages.texts;
  return runBatch(
    messages,
    texts.actions.saveSettings,
    texts.settingsPartlyWritten(STORE_SHEET, MEASURES_SHEET),
    async (context, stage) => {
      const found = await readWorkbook(context, { table: true, formulas: false, document: true });
      if (found.document.state === "unreadable") {
        throw messages.unreadable(found.document.problem, texts.settingsNotSaved);
      }
      const json = checkedDocument(messages, settings, planOf(found.document).scenarios);
      queueWriteDocument(storeSheetFor(context, found), json, found.document.lastRow);
      if (found.table !== null && found.content !== null) {
        const { header, rows } = found.content;
        queueAddYearColumns(found.table, header, settings, rows.length);
      }
      stage.writing = true;
      await context.sync();
    }
  );
}
