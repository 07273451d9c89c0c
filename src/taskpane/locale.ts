/**
 * The pane's language and texts, given once by App and read by every component.
 */
import { createContext, useContext } from "react";
import type { Language } from "../i18n/language";
import { sv } from "../i18n/texts";
import type { Texts } from "../i18n/texts";

export interface Locale {
  readonly t: Texts;
  readonly lang: Language;
}

export const LocaleContext = createContext<Locale>({ t: sv, lang: "sv" });

export function useLocale(): Locale {
  return useContext(LocaleContext);
}
