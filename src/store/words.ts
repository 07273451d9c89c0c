/**
 * Words typed by the user (area names, colour and kind words, column titles) as they are compared:
 * Excel and copy-paste bring in other spaces, cases and accents than the add-in writes.
 */

/** NFC, every kind of space as one plain space, trimmed, lower case (Swedish rules). */
export function normaliseWord(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[\s\u00a0\u2007\u202f]+/g, " ")
    .trim()
    .toLocaleLowerCase("sv-SE");
}

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
