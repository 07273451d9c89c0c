/**
 * Words typed by the user (area names, colour and kind words, column titles) as they are compared:
 * Excel and copy-paste bring in other spaces, cases and accents than the add-in writes.
 */

import { normaliseWord } from "../plan/words";

// The one comparison of words, shared with the plan's editing rules (plan/words.ts).
export { normaliseWord };

/** A header as compared: normaliseWord plus no spaces around "/" or inside parentheses. */
export function normaliseHeader(text: string): string {
  return normaliseWord(text)
    .replace(/ ?\/ ?/g, "/")
    .replace(/ ?\( ?/g, " (")
    .replace(/ ?\)/g, ")")
    .trim();
}

/** The text without accents ("grön" → "gron"), for words typed on a keyboard without å, ä, ö. */
export function withoutDiacritics(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .normalize("NFC");
}
