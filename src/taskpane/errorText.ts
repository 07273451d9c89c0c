/**
 * How the pane puts a failure into words, in one place. A WorkbookError already says, in the
 * pane's language, what was and was not done; anything else thrown is named by its message.
 */
import type { Texts } from "../i18n/texts";
import { WorkbookError } from "../port/workbookPort";

/** What a thrown value says: an Error's message, anything else as text. */
export function thrownText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * A failed change or read: the workbook's own words, or for anything unforeseen a sentence that
 * names it and says the change may have been saved wholly, partly or not at all.
 */
export function failureText(error: unknown, t: Texts): string {
  return error instanceof WorkbookError ? error.message : t.errors.unexpected(thrownText(error));
}
