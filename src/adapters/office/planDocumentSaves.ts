/* global Excel */
/**
 * Saving the plan document (settings and scenarios) on the hidden store sheet. A document that
 * could not be read is never written over; a document that could not be read back is not saved.
 * Saving settings also adds the columns of new plan years to the measures table.
 *
 * Every save states what it was based on (DocumentBase) and is decided against the document as
 * it is read inside the same batch (plan/documentMerge.ts decideSave): written as it is when
 * nothing was saved since, merged field by field when something was, refused with
 * WorkbookError("conflict") when both changed the same field. Batches of one workbook never
 * interleave (excelBatch.ts), so no save of this runtime comes between this read and this write;
 * a save of another runtime that does is found in the write's own sync and merged again
 * (checkedDocumentWrite.ts).
 */
import { decideSave } from "../../plan/documentMerge";
import type { PlanContent, RevisedContent } from "../../plan/documentMerge";
import type { PlanSettings, Scenario } from "../../plan/model";
import type { DocumentBase } from "../../port/workbookPort";
import { parsePlanDocument, serializePlanDocument } from "../../store/planDocument";
import { runBatch } from "./excelBatch";
import { MEASURES_SHEET, queueAddYearColumns } from "./measuresTable";
import type { OfficeMessages } from "./officeMessages";
import { STORE_SHEET } from "./planDocumentSheet";
import { contentOf, writeDocumentChecked } from "./checkedDocumentWrite";
import type { WriteStage } from "./excelBatch";
import { readWorkbook, storeSheetFor } from "./workbookReads";
import type { Found } from "./workbookReads";

/**
 * The plan document as JSON, checked by reading it back: what cannot be read after saving is
 * not saved.
 */
export function checkedDocument(
  messages: OfficeMessages,
  settings: PlanSettings,
  scenarios: readonly Scenario[],
  revision = 0
): string {
  const json = serializePlanDocument({ settings, scenarios, revision });
  const back = parsePlanDocument(json);
  if (!back.ok)
    throw messages.storage(messages.texts.notReadableBack(messages.problem(back.problem)));
  return json;
}

/**
 * What to write: the JSON of the save decided against the stored document, and its settings.
 * `want` builds this writer's content from what is stored when it states no base (a script or a
 * test: then it is based on what is stored now).
 */
function decidedDocument(
  messages: OfficeMessages,
  found: Found,
  base: DocumentBase | undefined,
  want: (from: PlanContent) => PlanContent
): { json: string; content: RevisedContent } {
  const stored = contentOf(found.document);
  const from = base ?? stored;
  const decision = decideSave(stored, from, want(from));
  if (!decision.ok) throw messages.conflict(decision.conflicts);
  const content = { ...decision.content, revision: decision.revision };
  return { json: serializeChecked(messages, content), content };
}

/** The JSON of a content and revision, checked by reading it back (checkedDocument). */
function serializeChecked(messages: OfficeMessages, content: RevisedContent): string {
  return checkedDocument(messages, content.settings, content.scenarios, content.revision);
}

/** Writes the decided document, checking what the write replaced (checkedDocumentWrite.ts). */
function writeDecided(
  context: Excel.RequestContext,
  messages: OfficeMessages,
  stage: WriteStage,
  found: Found,
  decided: { json: string; content: RevisedContent }
): Promise<void> {
  // The found store with any marks it lacks, or a new marked store at a free name.
  const store = storeSheetFor(context, found);
  const write = { store, expected: found.document, ...decided };
  return writeDocumentChecked(context, messages, stage, write, (c) =>
    serializeChecked(messages, c)
  );
}

export function saveScenarios(
  messages: OfficeMessages,
  scenarios: readonly Scenario[],
  base?: DocumentBase
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
      const decided = decidedDocument(messages, found, base, (from) => ({
        settings: from.settings,
        scenarios,
      }));
      await writeDecided(context, messages, stage, found, decided);
    }
  );
}

export function saveSettings(
  messages: OfficeMessages,
  settings: PlanSettings,
  base?: DocumentBase
): Promise<void> {
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
      const decided = decidedDocument(messages, found, base, (from) => ({
        settings,
        scenarios: from.scenarios,
      }));
      if (found.table !== null && found.content !== null) {
        // Queued before the document, so they go with its first write.
        const { header, rows } = found.content;
        queueAddYearColumns(found.table, header, decided.content.settings, rows.length);
      }
      await writeDecided(context, messages, stage, found, decided);
    }
  );
}
