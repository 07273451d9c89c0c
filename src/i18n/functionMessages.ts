/** The short message Excel shows beside a #VALUE! error, in the user's language. */
import type { BudgetErrorReason } from "../budget/errors";
import { ERROR_MESSAGES_EN } from "./functions.en";
import { ERROR_MESSAGES_SV } from "./functions.sv";
import type { Language } from "./language";

export function messageFor(reason: BudgetErrorReason, language: Language, detail?: string): string {
  const text = (language === "sv" ? ERROR_MESSAGES_SV : ERROR_MESSAGES_EN)[reason];
  return detail === undefined ? text : `${text}: ${detail}`;
}
