/**
 * The pane's language and texts, given once by App and read by every component.
 */
import { createContext, useContext } from "react";
import { sv } from "../i18n/texts";
import type { Texts, UiLanguage } from "../i18n/texts";

export interface Locale {
  readonly t: Texts;
  readonly lang: UiLanguage;
}

export const LocaleContext = createContext<Locale>({ t: sv, lang: "sv" });

export function useLocale(): Locale {
  return useContext(LocaleContext);
}
