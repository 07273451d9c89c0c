/**
 * What an Excel number format code says a number is. An amount cell holds a number whatever the
 * user typed: a date typed into it ("2026-01-15") becomes the serial 46037 with a date format,
 * "5 %" becomes 0.05 with a percent format. Only the format tells them from an amount, so the
 * read model reads it and reports such a cell instead of reading 46 037 or 0,05 tkr.
 *
 * Office.js reports formats in the invariant (English) syntax (Range.numberFormat, ExcelApi 1.1):
 * sections separated by ";", literal text in double quotes or after a backslash, "_x" (a space as
 * wide as x) and "*x" (x repeated to fill), and bracketed parts: colours ("[Red]"), conditions
 * ("[>100]"), locales and currencies ("[$-41D]", "[$kr-41D]") and elapsed time ("[h]", "[mm]",
 * "[ss]"). Pure; never throws.
 */

/** What a number under the format is shown as: an amount (any plain number), a date, a time, a percentage. */
export type NumberKind = "amount" | "date" | "time" | "percent";

/** Elapsed-time brackets: [h], [hh], [m], [mm], [s], [ss]. */
const ELAPSED = /^\[(h+|m+|s+)\]$/i;

/**
 * The format's tokens outside literal text, brackets other than elapsed time, and the keyword
 * General: what is left decides the kind. Elapsed-time brackets are kept as "h".
 */
function tokensOf(code: string): string {
  let out = "";
  let i = 0;
  while (i < code.length) {
    const c = code[i] as string;
    if (c === '"') {
      const end = code.indexOf('"', i + 1);
      i = end < 0 ? code.length : end + 1;
    } else if (c === "\\" || c === "_" || c === "*") {
      i += 2; // the next character is literal (or only sets a width or a fill)
    } else if (c === "[") {
      const end = code.indexOf("]", i + 1);
      const bracket = end < 0 ? code.slice(i) : code.slice(i, end + 1);
      if (ELAPSED.test(bracket)) out += "h";
      i = end < 0 ? code.length : end + 1;
    } else if (code.slice(i, i + 7).toLowerCase() === "general") {
      i += 7;
    } else {
      out += c;
      i += 1;
    }
  }
  return out;
}

/** "E+" or "E-" after a digit placeholder is scientific notation, not the era year "e". */
function withoutExponents(tokens: string): string {
  return tokens.replace(/(?<=[0#?.])e[+-]/gi, "");
}

/** What a number formatted with `code` is shown as; unknown or empty formats are amounts. */
export function numberKindOf(code: unknown): NumberKind {
  if (typeof code !== "string") return "amount";
  const tokens = withoutExponents(tokensOf(code)).toLowerCase();
  const time = /[hs]|am\/pm|a\/p/.test(tokens);
  const date = /[dye]/.test(tokens) || (/m/.test(tokens) && !time);
  if (date) return "date";
  if (time) return "time";
  if (tokens.includes("%")) return "percent";
  return "amount";
}
