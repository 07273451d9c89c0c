import { displayLanguage, languageOf, uiLanguage } from "../../src/i18n/language";

/** Office's global as the custom functions see it; undefined outside Office. */
function setOffice(office: unknown): void {
  (globalThis as unknown as { Office?: unknown }).Office = office;
}

afterEach(() => setOffice(undefined));

describe("languageOf", () => {
  it("is Swedish for any Swedish display language", () => {
    for (const tag of ["sv", "sv-SE", "SV-fi", "sv-FI"]) {
      expect(languageOf(tag, "en")).toBe("sv");
      expect(languageOf(tag, "sv")).toBe("sv");
    }
  });

  it("is English for any other display language, whatever the fallback", () => {
    for (const tag of ["en-US", "de-DE", "fi-FI", "nb-NO"]) {
      expect(languageOf(tag, "en")).toBe("en");
      expect(languageOf(tag, "sv")).toBe("en");
    }
  });

  it("is the caller's fallback when the display language is missing or blank", () => {
    for (const tag of [undefined, null, "", "  "]) {
      expect(languageOf(tag, "sv")).toBe("sv");
      expect(languageOf(tag, "en")).toBe("en");
    }
  });
});

describe("uiLanguage", () => {
  it("is Swedish when nothing is known, as the pane's default", () => {
    expect(uiLanguage()).toBe("sv");
    expect(uiLanguage(null)).toBe("sv");
    expect(uiLanguage("")).toBe("sv");
    expect(uiLanguage("sv-SE")).toBe("sv");
    expect(uiLanguage("en-US")).toBe("en");
  });
});

describe("displayLanguage", () => {
  it("is English outside Office", () => {
    expect(displayLanguage()).toBe("en");
  });

  it("follows Office's display language", () => {
    setOffice({ context: { displayLanguage: "sv-SE" } });
    expect(displayLanguage()).toBe("sv");
    setOffice({ context: { displayLanguage: "de-DE" } });
    expect(displayLanguage()).toBe("en");
  });

  it("is English when Office does not know its display language yet", () => {
    setOffice({ context: undefined });
    expect(displayLanguage()).toBe("en");
    setOffice({ context: { displayLanguage: "" } });
    expect(displayLanguage()).toBe("en");
  });

  it("is English when Office's context throws before Office is ready", () => {
    setOffice({
      get context(): never {
        throw new Error("not ready");
      },
    });
    expect(displayLanguage()).toBe("en");
  });
});
