/**
 * Numbers for the eye, and numbers typed by the user. Amounts are rounded here only for display,
 * half away from zero (as Excel's ROUND). Which figure is shown (a total rounded once from its
 * exact sum, parts beside their total by largest remainder) is decided by plan/shownAmounts.ts,
 * the rule the committee table uses too; formatting an amount it has rounded changes nothing.
 *
 * Conventions (decided once, used everywhere):
 * - Swedish: no-break space (U+00A0) between thousands, decimal comma, minus sign U+2212:
 *   "48 900 tkr", "−1 900 tkr", "13,4". (U+00A0 is what Excel and Intl "sv-SE" use, so a
 *   copied figure pastes back as a number.)
 * - English: comma between thousands, decimal point, hyphen-minus: "48,900 tkr", "-1,900 tkr".
 * - A no-break space also separates the number from its unit, so "1 100 tkr" never wraps.
 */
import { Decimal, roundHalfAwayFromZero } from "../budget/money";
import type { Language } from "../i18n/language";

export const NBSP = "\u00a0";
export const MINUS = "\u2212";

interface NumberStyle {
  readonly group: string;
  readonly decimal: string;
  readonly minus: string;
}

const STYLES: Readonly<Record<Language, NumberStyle>> = {
  sv: { group: NBSP, decimal: ",", minus: MINUS },
  en: { group: ",", decimal: ".", minus: "-" },
};

function groupDigits(digits: string, separator: string): string {
  let out = "";
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += separator;
    out += digits[i];
  }
  return out;
}

/** Digits of a non-negative Decimal in plain notation ("1234.5"), grouped and with the language's separators. */
function layOut(plain: string, negative: boolean, style: NumberStyle): string {
  const [int = "0", frac] = plain.split(".");
  const body =
    groupDigits(int, style.group) + (frac !== undefined && frac !== "" ? style.decimal + frac : "");
  return negative ? style.minus + body : body;
}

/**
 * A number rounded half away from zero to `decimals` places: "48 900", "−1 900", "13,4".
 * A value that rounds to zero is shown without a sign.
 */
export function formatNumber(value: Decimal, language: Language, decimals = 0): string {
  const rounded = roundHalfAwayFromZero(value, decimals);
  const negative = rounded.isNegative() && !rounded.isZero();
  return layOut(rounded.abs().toFixed(decimals), negative, STYLES[language]);
}

/** An amount in tkr, whole tkr: "48 900 tkr". */
export function formatTkr(value: Decimal, language: Language): string {
  return `${formatNumber(value, language, 0)}${NBSP}tkr`;
}

/**
 * An amount for an input field: exact (never rounded, so saving an untouched field changes
 * nothing), grouped, with the language's separators; blank for null.
 */
export function formatAmountInput(value: Decimal | null | undefined, language: Language): string {
  if (value === null || value === undefined) return "";
  const negative = value.isNegative() && !value.isZero();
  return layOut(value.abs().toFixed(), negative, STYLES[language]);
}

export type ParsedAmount =
  | { readonly ok: true; readonly value: Decimal | null }
  | { readonly ok: false; readonly reason: "notANumber" }
  /**
   * Swedish text where a point is followed by exactly three digits ("1.500", "1.500,5"): a
   * thousands separator or a decimal point? `readings` are the values it may mean (one when the
   * point cannot be a decimal point, as in "1.500,5" or "1.500.000"), the thousands reading first.
   */
  | { readonly ok: false; readonly reason: "ambiguous"; readonly readings: readonly Decimal[] }
  /** A value finer than one krona: more than three decimals in tkr. */
  | { readonly ok: false; readonly reason: "tooFine"; readonly value: Decimal };

const SPACES = /[\s\u00a0\u2007\u202f]/g;
const NOT_A_NUMBER = { ok: false, reason: "notANumber" } as const;

/** The most decimals an amount in tkr may have: one krona is 0,001 tkr. */
export const MAX_TKR_DECIMALS = 3;

/** A point as a Swedish thousands separator: 1–3 digits, then groups of a point and three digits. */
const POINT_GROUPS = /^[1-9]\d{0,2}(\.\d{3})+(,\d*)?$/;

/** The readings of Swedish digits with points in thousands places; null when they are not such. */
function pointReadings(digits: string, sign: string): Decimal[] | null {
  if (!POINT_GROUPS.test(digits)) return null;
  const thousands = new Decimal(sign + digits.replace(/\./g, "").replace(",", "."));
  const onePoint = !digits.includes(",") && digits.indexOf(".") === digits.lastIndexOf(".");
  return onePoint ? [thousands, new Decimal(sign + digits)] : [thousands];
}

/**
 * Reads an amount typed by the user. Empty text is a blank amount (null). Accepted, in Swedish:
 * "14000", "14 000", "583,5", "−1 900" (also "-" and "–" as minus), and a decimal point when
 * there is no comma and it is not followed by exactly three digits ("583.5"; "1.500" is
 * ambiguous and refused with its two readings); in English: "14,000", "583.5", "-1,900".
 */
export function parseAmountInput(text: string, language: Language): ParsedAmount {
  let t = text.normalize("NFC").replace(SPACES, "");
  if (t === "") return { ok: true, value: null };
  let sign = "";
  if (/^[-\u2212\u2013+]/.test(t)) {
    sign = t[0] === "+" ? "" : "-";
    t = t.slice(1);
  }
  if (language === "sv") {
    const readings = pointReadings(t, sign);
    if (readings) return { ok: false, reason: "ambiguous", readings };
    if (t.includes(",")) {
      if (t.includes(".") || t.indexOf(",") !== t.lastIndexOf(",")) return NOT_A_NUMBER;
      t = t.replace(",", ".");
    }
  } else if (t.includes(",")) {
    // Thousands separators: groups of exactly three digits.
    if (!/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) return NOT_A_NUMBER;
    t = t.replace(/,/g, "");
  }
  if (!/^(\d+(\.\d*)?|\.\d+)$/.test(t)) return NOT_A_NUMBER;
  try {
    const d = new Decimal(sign + t);
    if (!d.isFinite()) return NOT_A_NUMBER;
    return { ok: true, value: d.isZero() ? new Decimal(0) : d };
  } catch {
    return NOT_A_NUMBER;
  }
}

/**
 * An amount typed into a field that held `original`: parsed, and refused when it is finer than
 * one krona. An untouched value (equal to `original`, e.g. a formula's 583,333333) is accepted as
 * it is, so saving another field never fails on it.
 */
export function readAmountField(
  text: string,
  language: Language,
  original?: Decimal | null
): ParsedAmount {
  const parsed = parseAmountInput(text, language);
  if (!parsed.ok || parsed.value === null) return parsed;
  const value = parsed.value;
  if (value.decimalPlaces() <= MAX_TKR_DECIMALS) return parsed;
  if (original !== null && original !== undefined && value.eq(original)) return parsed;
  return { ok: false, reason: "tooFine", value };
}
