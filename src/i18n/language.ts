/* global Office */
/**
 * The one language type and the one rule for reading it from Office's display language. Each
 * caller states what an unknown language means: the pane is Swedish (uiLanguage), the custom
 * functions' messages are English outside Office, as Office documents (displayLanguage).
 */
export type Language = "sv" | "en";

/**
 * The language of a display language ("sv-SE", "SV-fi", "en-US" …): Swedish for any Swedish
 * one, English for any other, and `fallback` when it is missing or blank.
 */
export function languageOf(
  displayLanguage: string | undefined | null,
  fallback: Language
): Language {
  const tag = typeof displayLanguage === "string" ? displayLanguage.trim() : "";
  if (tag === "") return fallback;
  return /^sv\b/i.test(tag) ? "sv" : "en";
}

/** The pane's language: Swedish when Office's display language is unknown. */
export function uiLanguage(displayLanguage?: string | null): Language {
  return languageOf(displayLanguage, "sv");
}

/**
 * The custom functions' language, Office's display language read when asked so that it is right
 * once Office is ready; English when it is unknown (and outside Office).
 */
export function displayLanguage(): Language {
  try {
    return languageOf(
      typeof Office === "undefined" ? undefined : Office.context?.displayLanguage,
      "en"
    );
  } catch {
    // Office.context throws before Office.onReady in some hosts; English is the documented fallback.
    return "en";
  }
}
