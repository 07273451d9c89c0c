/**
 * A word typed by the user (an area name, a colour word) as it is compared: Excel and copy-paste
 * bring in other spaces, cases and accents than the add-in writes. In the plan layer so that the
 * settings' editing rules and the store's reading of the sheet compare words the same way.
 */

/** NFC, every kind of space as one plain space, trimmed, lower case (Swedish rules). */
export function normaliseWord(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[\s\u00a0\u2007\u202f]+/g, " ")
    .trim()
    .toLocaleLowerCase("sv-SE");
}
