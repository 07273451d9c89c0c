/**
 * How Ramkoll lays out its plan in a workbook, shared by both adapters: the Office.js adapter
 * writes it into the open workbook, the browser adapter into the .xlsx it exports, so that the
 * file opens in Excel with Ramkoll as the same plan. Only names, texts and pure helpers here; the
 * adapters own the writing.
 *
 * - The measures table `MEASURES_TABLE` on the sheet `MEASURES_SHEET`, marked by the workbook
 *   name `MEASURES_MARK` (=RamkollAtgarder[#All]).
 * - The plan document on the hidden sheet `STORE_SHEET`, marked by `STORE_MARK` (='Ramkoll'!$A$1):
 *   A1 the explanation, A2, A3, … the JSON in chunks of at most `CHUNK_SIZE` characters.
 * - Each scenario's committee sheet, marked by `COMMITTEE_MARK_PREFIX` + the scenario's id.
 */

export const MEASURES_SHEET = "Åtgärder";
export const MEASURES_TABLE = "RamkollAtgarder";

/** The store sheet's default name; the add-in finds it by its mark, not by this. */
export const STORE_SHEET = "Ramkoll";

/** The most characters of the JSON in one cell (a cell holds 32 767); Office.js may add an apostrophe. */
export const CHUNK_SIZE = 30_000;

export const STORE_EXPLANATION =
  "Ramkoll sparar här planens inställningar och scenarier som text (JSON, version 1) i cellerna A2 och nedåt, " +
  "uppdelad i delar om högst 30 000 tecken. Åtgärderna finns i tabellen på bladet Åtgärder. Ändra inte texten här " +
  "för hand: gör ändringarna i Ramkoll. Kan texten inte läsas, visar Ramkoll felet och skriver inte över den.";

export const STORE_MARK = "Ramkoll_Store";
export const MEASURES_MARK = "Ramkoll_Measures";
export const COMMITTEE_MARK_PREFIX = "Ramkoll_Committee_";

/**
 * The text split into pieces of at most `size` UTF-16 units, never between the two halves of a
 * surrogate pair (an emoji in a scenario name must not be cut in two cells). "" gives [].
 */
export function splitIntoChunks(text: string, size: number = CHUNK_SIZE): string[] {
  const step = Math.max(2, Math.trunc(size));
  const chunks: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + step);
    if (end < text.length) {
      const last = text.charCodeAt(end - 1);
      if (last >= 0xd800 && last <= 0xdbff) end -= 1;
    }
    chunks.push(text.slice(start, end));
    start = end;
  }
  return chunks;
}

/** ='<sheet>'!$A$1, the sheet name quoted as Excel quotes it. */
export function sheetMarkFormula(sheetName: string): string {
  return `='${sheetName.replace(/'/g, "''")}'!$A$1`;
}

/** =<table>[#All]: the whole table, header included. */
export function tableMarkFormula(tableName: string): string {
  return `=${tableName}[#All]`;
}
