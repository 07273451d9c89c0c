/**
 * What a save of the plan document writes in the browser: the save decided against the document
 * as stored now (plan/documentMerge.ts decideSave: as it is, merged with another tab's save, or
 * refused as a conflict naming the other change). BrowserStore calls it between its read and its
 * write in one synchronous block, so another tab's write comes before or after, never between.
 */
import { decideSave } from "../../plan/documentMerge";
import type { PlanContent, RevisedContent } from "../../plan/documentMerge";
import type { PlanSettings } from "../../plan/model";
import { conflictMessage } from "../../i18n/revisions";
import type { Texts } from "../../i18n/texts";
import { WorkbookError } from "../../port/workbookPort";
import type { DocumentBase } from "../../port/workbookPort";
import { serializePlanDocument } from "../../store/planDocument";

/**
 * The JSON to store and its settings. `want` builds the writer's content from its base; without
 * a base (scripts, tests) the save is based on what is stored now.
 */
export function decidedDocument(
  texts: Texts,
  stored: RevisedContent,
  base: DocumentBase | undefined,
  want: (from: PlanContent) => PlanContent
): { settings: PlanSettings; json: string } {
  const from = base ?? stored;
  const decision = decideSave(stored, from, want(from));
  if (!decision.ok) {
    throw new WorkbookError("conflict", conflictMessage(texts.revisions, decision.conflicts));
  }
  const { settings, scenarios } = decision.content;
  const json = serializePlanDocument({ settings, scenarios, revision: decision.revision });
  return { settings, json };
}
