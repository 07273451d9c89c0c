/**
 * Spreadsheet addresses and sheet names as Excel accepts them: column letters, A1 addresses, and
 * the one rule for sheet names (valid, free, compared as Excel compares them) that every sheet
 * the add-in makes goes through.
 */

/** Spreadsheet column letters for a 0-based index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** An A1 address for a 0-based row and column. */
export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

const FORBIDDEN_IN_SHEET_NAMES = /[[\]:*?/\\]/g;
/** Excel's limit, in characters (code points: an emoji is one, and is never cut in two). */
export const MAX_SHEET_NAME = 31;
/** A name Excel keeps for itself. */
const RESERVED_BY_EXCEL = "History";

/** Excel compares sheet names without case. */
export function sameSheetName(a: string, b: string): boolean {
  return a.toLocaleLowerCase("sv-SE") === b.toLocaleLowerCase("sv-SE");
}

/** At most `max` code points of `text`, never half of a surrogate pair. */
function firstCharacters(text: string, max: number): string {
  return [...text].slice(0, Math.max(0, max)).join("");
}

/** Spaces and apostrophes off both ends (Excel refuses a name that starts or ends with one). */
function trimmed(text: string): string {
  return text.replace(/^[\s']+|[\s']+$/g, "");
}

/**
 * `text` made a valid sheet name: Excel's forbidden characters \ / ? * [ ] : replaced by "-",
 * runs of white space made one space, no leading or trailing apostrophe, at most 31 characters
 * (counted as Excel counts them, by code point), `fallback` when nothing is left.
 */
export function validSheetName(text: string, fallback: string): string {
  const cleaned = trimmed(text.replace(FORBIDDEN_IN_SHEET_NAMES, "-").replace(/\s+/g, " "));
  const name = trimmed(firstCharacters(cleaned, MAX_SHEET_NAME));
  return name.length > 0 ? name : trimmed(firstCharacters(fallback, MAX_SHEET_NAME));
}

/**
 * `base` (a valid sheet name) if no name in `taken` is the same to Excel (case-insensitive) and
 * it is not Excel's reserved "History"; else "base (2)", "base (3)" …, with `base` shortened so
 * the whole stays within 31 characters.
 */
export function freeSheetName(base: string, taken: readonly string[]): string {
  const isTaken = (name: string) =>
    sameSheetName(name, RESERVED_BY_EXCEL) || taken.some((t) => sameSheetName(t, name));
  if (!isTaken(base)) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = `${trimmed(firstCharacters(base, MAX_SHEET_NAME - suffix.length))}${suffix}`;
    if (!isTaken(name)) return name;
  }
}

/**
 * The wanted sheet name of a scenario's committee table: its name made valid, not "History",
 * and not one of `reserved` (compared as Excel does), such as the add-in's default sheet names.
 * The Office writer still takes a free name if a sheet of the user's has this one.
 */
export function committeeSheetName(scenarioName: string, reserved: readonly string[] = []): string {
  const name = validSheetName(scenarioName, "Nämndtabell");
  const isTaken = (n: string) => [...reserved, RESERVED_BY_EXCEL].some((r) => sameSheetName(r, n));
  if (!isTaken(name)) return name;
  const suffix = " (nämnd)";
  return `${trimmed(firstCharacters(name, MAX_SHEET_NAME - suffix.length))}${suffix}`;
}
