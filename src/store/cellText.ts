/**
 * User text written into a spreadsheet cell must stay text. Excel reads a value that starts with
 * =, +, -, @ (or a tab or carriage return before one) as a formula, and text that looks like a
 * number or a date as that number or date. A leading apostrophe is Excel's own way to say "this is
 * text"; Excel does not show it and does not return it as part of the value.
 */

/** Characters that make Excel (or a CSV reader) treat what follows as a formula. */
const FORMULA_START = /^[=+\-@\t\r\u2212\uFF1D\uFF0B\uFE63\uFF0D\uFF20]/;
/** Text Excel would convert on entry: numbers (either decimal sign), percentages, dates, TRUE/FALSE. */
const CONVERTIBLE =
  /^\s*([-+]?[\d\s\u00a0]*[.,]?\d+\s*%?|\d{1,4}[-/.]\d{1,2}([-/.]\d{1,4})?|sant|falskt|true|false)\s*$/i;

/** True when `text` written as a value would not stay the same text in Excel. */
export function needsTextGuard(text: string): boolean {
  return FORMULA_START.test(text) || CONVERTIBLE.test(text) || text.startsWith("'");
}

/** The value to write with Office.js so the cell holds exactly `text` as text. */
export function textCellValue(text: string): string {
  return needsTextGuard(text) ? `'${text}` : text;
}
