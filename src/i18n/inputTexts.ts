/**
 * The port's refusal of a text longer than one Excel cell holds, in the pane's language, shared by
 * both adapters (the store decides, src/store/textLimits.ts; this says it). It says that nothing
 * was saved, as every port message does.
 */
import { MAX_CELL_TEXT } from "../budget/limits";
import type { OverlongText } from "../store/textLimits";
import type { Language } from "./language";
import type { Texts } from "./texts.types";

/** A whole number grouped by thousands as the pane shows it: "40 000" (no-break space), "40,000". */
function grouped(n: number, language: Language): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, language === "sv" ? "\u00a0" : ",");
}

export function overlongTextMessage(
  overlong: OverlongText,
  texts: Texts,
  language: Language
): string {
  return texts.input.portTooLong(
    texts.input.fields[overlong.field],
    grouped(overlong.length, language),
    grouped(MAX_CELL_TEXT, language)
  );
}
