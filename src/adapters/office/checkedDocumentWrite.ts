/* global Excel */
/**
 * The final write of a plan-document save, made safe against a writer this runtime cannot queue
 * behind (another Office runtime on the same workbook): the sync that writes the document also
 * reads, just before the write, what the write replaces. Office.js runs a sync's commands in
 * order, so that read is exactly what was overwritten. When it is not the document the save was
 * decided on, another writer saved in between: its change (from what this write expected to
 * replace to what it found) and this save's are merged (plan/documentMerge.ts) and written again
 * the same way; where the two conflict, the other writer's document is put back and the save is
 * refused with WorkbookError("conflict"). After ATTEMPTS rounds of this it gives up the same way.
 * This assumes what Office.js does: one sync's commands run together, with no other runtime's
 * between them. Two co-authors on two machines are outside it: Excel reconciles their copies.
 */
import { decideSave, sameValue } from "../../plan/documentMerge";
import type { RevisedContent } from "../../plan/documentMerge";
import type { OfficeMessages } from "./officeMessages";
import type { WriteStage } from "./excelBatch";
import {
  queueReadDocument,
  queueWriteDocument,
  splitIntoChunks,
  storedDocument,
} from "./planDocumentSheet";
import type { StoredDocument } from "./planDocumentSheet";
import { planOf } from "./workbookReads";

/** How often a save is decided again before it gives up (each time another writer came between). */
const ATTEMPTS = 5;

export interface DocumentWrite {
  readonly store: Excel.Worksheet;
  /** The document as read when the save was decided. */
  readonly expected: StoredDocument;
  /** What the save writes, and its JSON. */
  readonly content: RevisedContent;
  readonly json: string;
}

/** The stored document's content and revision (the defaults at revision 0 when none is stored). */
export function contentOf(document: StoredDocument): RevisedContent {
  const { settings, scenarios } = planOf(document);
  const revision = document.state === "readable" ? document.document.revision : 0;
  return { settings, scenarios, revision };
}

/** True when two reads of the store found the same document. */
function sameDocument(a: StoredDocument, b: StoredDocument): boolean {
  if (a.state !== b.state) return false;
  if (a.state !== "readable" || b.state !== "readable") return a.state === "absent";
  return sameValue(contentOf(a), contentOf(b));
}

/** Queues the read of what the write replaces, then the write; syncs; returns what it replaced. */
async function writeOnce(
  context: Excel.RequestContext,
  store: Excel.Worksheet,
  json: string,
  lastRow: number
): Promise<StoredDocument> {
  const replaced = queueReadDocument(store);
  queueWriteDocument(store, json, lastRow);
  await context.sync();
  return storedDocument(replaced);
}

/**
 * Writes `write` (stage.writing set), checking what it replaced; see the file's comment.
 * `serialize` makes the JSON of a content that is decided again.
 */
export async function writeDocumentChecked(
  context: Excel.RequestContext,
  messages: OfficeMessages,
  stage: WriteStage,
  write: DocumentWrite,
  serialize: (content: RevisedContent) => string
): Promise<void> {
  // What the next write replaces: the document the save was decided on, then its own last write.
  let target = write.expected;
  let { content, json } = write;
  let lastRow = target.lastRow;
  stage.writing = true;
  for (let attempt = 1; ; attempt++) {
    const replaced = await writeOnce(context, write.store, json, lastRow);
    if (sameDocument(replaced, target)) return;
    lastRow = Math.max(lastRow, replaced.lastRow, 1 + splitIntoChunks(json).length);
    // Another writer changed `target` into `replaced` meanwhile, and this write went over it.
    if (replaced.state === "unreadable") throw messages.storage(messages.texts.mayBePartlySaved);
    const theirs = contentOf(replaced);
    const decision = decideSave(theirs, contentOf(target), content);
    if (!decision.ok || attempt === ATTEMPTS) {
      await writeOnce(context, write.store, serialize(theirs), lastRow); // theirs back
      if (!decision.ok) throw messages.conflict(decision.conflicts);
      throw messages.storage(messages.texts.mayBePartlySaved);
    }
    target = { state: "readable", document: { version: 2, ...content }, lastRow };
    content = { ...decision.content, revision: decision.revision };
    json = serialize(content);
  }
}
