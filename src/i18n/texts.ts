/**
 * The pane's texts in the language asked for. The texts themselves are in sv.ts and en.ts, their
 * shape in texts.types.ts; this file picks one and is what the rest of the code imports.
 */
import { en } from "./en";
import { uiLanguage } from "./language";
import { sv } from "./sv";
import type { Texts } from "./texts.types";

export { en, sv };
export type { PaneAction, Texts } from "./texts.types";

/**
 * The texts for Office's display language ("sv-SE", "en-US" …, or "sv" / "en"): Swedish for a
 * Swedish language and when none is given, English for any other, as uiLanguage decides.
 */
export function textsFor(language?: string | null): Texts {
  return uiLanguage(language) === "sv" ? sv : en;
}
