/**
 * Spreadsheet addresses and sheet names as Excel accepts them: column letters, A1 addresses, and
 * a valid name for the committee table's sheet.
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
const MAX_SHEET_NAME = 31;

/**
 * A valid sheet name from a scenario's name: Excel's forbidden characters replaced, no leading or
 * trailing apostrophe, at most 31 characters, not "History", and not one of `reserved` (compared
 * case-insensitively, as Excel does), such as the add-in's own storage sheets.
 */
export function committeeSheetName(scenarioName: string, reserved: readonly string[] = []): string {
  let name = scenarioName.replace(FORBIDDEN_IN_SHEET_NAMES, "-").replace(/\s+/g, " ").trim();
  name = name.replace(/^'+|'+$/g, "").trim();
  if (name.length === 0) name = "Nämndtabell";
  name = [...name].slice(0, MAX_SHEET_NAME).join("").trim();
  const taken = new Set([...reserved, "History"].map((n) => n.toLocaleLowerCase("sv-SE")));
  if (!taken.has(name.toLocaleLowerCase("sv-SE"))) return name;
  const suffix = " (nämnd)";
  return (
    [...name]
      .slice(0, MAX_SHEET_NAME - suffix.length)
      .join("")
      .trim() + suffix
  );
}
