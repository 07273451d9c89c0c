/* global Excel */
/**
 * One operation of the port as one Excel.run: the batch reads, decides, then writes; a failure
 * that is not already a WorkbookError becomes WorkbookError("storage") saying what was done.
 * Nothing is done when the failure came while reading; when it came in the final write, the
 * stage says what may have been written.
 *
 * The batches of one workbook run one after another, never interleaved: two operations of the
 * pane (three quick clicks, a reload during a save) would otherwise interleave their syncs, and a
 * save could decide on a document another save is about to overwrite. Each batch reads what it
 * decides on inside its own turn. The queue is keyed by the Excel global, which is one per
 * workbook in Office's runtime (and one per fake workbook in the tests).
 */
import { WorkbookError } from "../../port/workbookPort";
import type { OfficeMessages } from "./officeMessages";

/** What a batch has got to: set `writing` before the final sync, `partial` when it knows more. */
export interface WriteStage {
  writing: boolean;
  /** What may have been written, more precisely than the operation's `writeFailed`. */
  partial: string;
}

/** The tail of each workbook's queue of batches. */
const queues = new WeakMap<object, Promise<void>>();

/** Runs `work` after every batch queued before it on this workbook has settled. */
export function serialised<T>(work: () => Promise<T>): Promise<T> {
  const key = Excel as unknown as object;
  const before = queues.get(key) ?? Promise.resolve();
  const result = before.then(work);
  const settled = result.then(
    () => undefined,
    () => undefined
  );
  queues.set(key, settled);
  return result;
}

export type Batch<T> = (context: Excel.RequestContext, stage: WriteStage) => Promise<T>;

/**
 * Runs `batch` in Excel. `action` is said after "Excel could not"; `writeFailed` tells what may
 * have been written when the final write fails ("" for the general "may be saved in part").
 */
export async function runBatch<T>(
  messages: OfficeMessages,
  action: string,
  writeFailed: string,
  batch: Batch<T>
): Promise<T> {
  const stage: WriteStage = { writing: false, partial: "" };
  try {
    return await serialised(() => Excel.run((context) => batch(context, stage)));
  } catch (cause) {
    if (cause instanceof WorkbookError) throw cause;
    const texts = messages.texts;
    const done = stage.writing
      ? stage.partial || writeFailed || texts.mayBePartlySaved
      : texts.nothingChanged;
    throw messages.storage(texts.excelFailed(action, messages.describeCause(cause), done));
  }
}
