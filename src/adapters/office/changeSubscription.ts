/* global Excel, setTimeout, clearTimeout */
/**
 * Telling the pane that the workbook changed: Excel's change events, debounced. The add-in's own
 * writes raise the same events; the pane's reload is idempotent, so they are not told apart.
 * Not covered with ExcelApi 1.7: a table converted to a range (TableCollection.onDeleted is 1.9)
 * and edits on the hidden store sheet.
 */
import type { WorkbookError } from "../../port/workbookPort";
import type { OfficeMessages } from "./officeMessages";

export interface SubscriptionOptions {
  /** Milliseconds of quiet after the last change event before the listener is called. */
  readonly debounceMs: number;
  /** Told when the events could not be registered or removed; else an unhandled rejection. */
  readonly onError: ((error: WorkbookError) => void) | undefined;
}

/**
 * Calls `listener` `debounceMs` after the last change to any table's data (an edit, an inserted
 * or deleted row) or after a sheet is deleted. Returns the unsubscribe function.
 */
export function subscribeToChanges(
  messages: OfficeMessages,
  options: SubscriptionOptions,
  listener: () => void
): () => void {
  const debounced = debounce(listener, options.debounceMs);
  const registration = Excel.run(async (context) => {
    const results = [
      context.workbook.tables.onChanged.add(debounced.call),
      context.workbook.worksheets.onDeleted.add(debounced.call),
    ];
    await context.sync();
    return results;
  });
  const report = (doing: string, cause: unknown): void => {
    const error = messages.storage(
      messages.texts.notWatching(doing, messages.describeCause(cause))
    );
    if (options.onError) options.onError(error);
    else void Promise.reject(error); // no one to tell: leave it as an unhandled rejection, never silent
  };
  const registered = registration.catch((cause: unknown) => {
    report(messages.texts.actions.subscribe, cause);
    return [];
  });
  return () => {
    if (!debounced.active) return;
    debounced.stop();
    void registered
      .then(async (results) => {
        const first = results[0];
        if (first === undefined) return;
        await Excel.run(first.context, async (context) => {
          for (const r of results) r.remove();
          await context.sync();
        });
      })
      .catch((cause: unknown) => report(messages.texts.actions.unsubscribe, cause));
  };
}

interface Debounced {
  /** The event handler: (re)starts the wait. */
  readonly call: () => Promise<void>;
  /** Cancels a pending call; later calls do nothing. */
  readonly stop: () => void;
  readonly active: boolean;
}

function debounce(listener: () => void, waitMs: number): Debounced {
  let active = true;
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    call: async () => {
      if (!active) return;
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        if (active) listener();
      }, waitMs);
    },
    stop: () => {
      active = false;
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    },
    get active() {
      return active;
    },
  };
}
