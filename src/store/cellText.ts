/**
 * User text written into a spreadsheet cell must stay text. Excel reads a value that starts with
 * =, +, -, @ (or a tab or carriage return before one) as a formula, and text that looks like a
 * number, a date, a time, a fraction, a percentage, an amount of money, a truth value or an error
 * as that value. A leading apostrophe is Excel's own way to say "this is text"; Excel does not show
 * it and does not return it as part of the value.
 *
 * The test errs on the side of guarding: Excel's conversion depends on the locale (date order,
 * month names, currency, decimal sign), which the add-in does not know when it writes, so every
 * text that some locale could convert is guarded. A guarded text that would not have converted
 * loses nothing: it reads back as the same text.
 */

/** Characters that make Excel (or a CSV reader) treat what follows as a formula. */
const FORMULA_START = /^[=+\-@\t\r\u2212\uFF1D\uFF0B\uFE63\uFF0D\uFF20]/;

/** Truth values as typed in English, Swedish and the other common Excel locales. */
const TRUTH_WORDS = /^(true|false|sant|falskt|wahr|falsch|vrai|faux|waar|onwaar|sandt|falsk)$/;

/**
 * Words that may stand next to digits in a value Excel converts: month names and their
 * abbreviations (English and Swedish, with "sept"), the halves of the day (am/pm, a/p, Swedish
 * fm/em) and currency words. A token of digits with one "e" is a number with an exponent.
 */
const VALUE_WORDS = new Set([
  ...["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"],
  ...["january", "february", "march", "april", "june", "july", "august", "september"],
  ...["october", "november", "december"],
  ...["januari", "februari", "mars", "maj", "juni", "juli", "augusti", "okt", "oktober"],
  ...["am", "pm", "a", "p", "fm", "em"],
  ...["kr", "sek", "tkr", "eur", "usd", "gbp", "nok", "dkk"],
  // The exponent of a number: "1e5" is split into "1", "e", "5".
  "e",
]);

/** What separates the tokens of a number, date, time, fraction, percentage or amount of money. */
const VALUE_SEPARATORS = /[\s.,:/\-+%()'$€£¥¤¢]+/u;

/**
 * True when the text, as Excel would see it on entry, is made only of digits, value words and the
 * punctuation of numbers, dates, times, fractions, percentages and money: "1e5", "12:30",
 * "8:00 AM", "2026-03-01", "3 mars", "1 1/2", "(500)", "500kr", "$5", "5 €", "5%". Digits and
 * letters are split where they meet, so "500kr" and "1e5" are read as "500 kr" and "1 e 5".
 */
function looksLikeValue(t: string): boolean {
  if (!/\d/.test(t)) return false;
  const spaced = t.replace(/(\d)(?=\p{L})|(\p{L})(?=\d)/gu, "$1$2 ");
  const tokens = spaced.split(VALUE_SEPARATORS).filter((token) => token !== "");
  return tokens.every((token) => /^\d+$/.test(token) || VALUE_WORDS.has(token));
}

/** True when Excel would turn the text into something other than the same text. */
function excelWouldConvert(text: string): boolean {
  // NFKC: full-width digits and signs ("１２３", "５％") convert as their ASCII forms do.
  const t = text.normalize("NFKC").trim().toLowerCase();
  if (t === "") return false;
  if (TRUTH_WORDS.test(t)) return true;
  // An error literal such as #N/A, #DIV/0!, #SAKNAS! becomes that error.
  if (/^#\S+$/u.test(t)) return true;
  return looksLikeValue(t);
}

/** True when `text` written as a value would not stay the same text in Excel. */
export function needsTextGuard(text: string): boolean {
  return FORMULA_START.test(text) || text.startsWith("'") || excelWouldConvert(text);
}

/** The value to write with Office.js so the cell holds exactly `text` as text. */
export function textCellValue(text: string): string {
  return needsTextGuard(text) ? `'${text}` : text;
}
