/**
 * What the pane says about input it will not save: an amount that is ambiguous or finer than one
 * krona (format.ts decides), a text longer than one Excel cell holds (MAX_CELL_TEXT). Each message
 * names its field, so it can stand alone in a list of warnings.
 */
import type { Decimal } from "../budget/money";
import { MAX_CELL_TEXT } from "../budget/limits";
import { dec } from "../budget/money";
import type { Language } from "../i18n/language";
import type { Texts } from "../i18n/texts";
import { MINUS, formatAmountInput, formatNumber } from "./format";
import type { ParsedAmount } from "./format";

/** An amount as the user may type it: no grouping, the language's decimal sign and minus. */
function typedForm(value: Decimal, language: Language): string {
  const plain = value.abs().toFixed();
  const body = language === "sv" ? plain.replace(".", ",") : plain;
  const minus = language === "sv" ? MINUS : "-";
  return value.isNegative() && !value.isZero() ? minus + body : body;
}

/**
 * The message for an amount field that cannot be saved, naming `field`; null when it can.
 * `notANumber` is the field's own wording for text that is no number.
 */
export function amountMessage(
  parsed: ParsedAmount,
  field: string,
  notANumber: string,
  t: Texts,
  language: Language
): string | null {
  if (parsed.ok) return null;
  switch (parsed.reason) {
    case "notANumber":
      return notANumber;
    case "ambiguous":
      return t.input.ambiguous(
        field,
        parsed.readings.map((r) => formatAmountInput(r, language)),
        parsed.readings.map((r) => typedForm(r, language))
      );
    case "tooFine":
      return t.input.tooFine(field, formatAmountInput(parsed.value, language));
  }
}

/**
 * The message for a text longer than one Excel cell holds, naming `field` and the count (as
 * Excel counts: UTF-16 units); null when it fits. The text is refused, never cut.
 */
export function textLengthMessage(
  text: string,
  field: string,
  t: Texts,
  language: Language
): string | null {
  if (text.length <= MAX_CELL_TEXT) return null;
  const count = formatNumber(dec(text.length), language);
  return t.input.tooLong(field, count, formatNumber(dec(MAX_CELL_TEXT), language));
}
