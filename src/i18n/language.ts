/* global Office */
/**
 * The language of error messages: Swedish when Office's display language is Swedish, English
 * otherwise (and outside Office).
 */
export type Language = "sv" | "en";

export function languageOf(locale: string | undefined | null): Language {
  return typeof locale === "string" && locale.toLowerCase().startsWith("sv") ? "sv" : "en";
}

/** Office's display language, read when asked so that it is right once Office is ready. */
export function displayLanguage(): Language {
  try {
    return languageOf(typeof Office === "undefined" ? undefined : Office.context?.displayLanguage);
  } catch {
    // Office.context throws before Office.onReady in some hosts; English is the documented fallback.
    return "en";
  }
}
