import { uiLanguage } from "../../src/i18n/language";
import { en, sv, textsFor } from "../../src/i18n/texts";

function shape(value: unknown): unknown {
  if (typeof value === "function") return "function";
  if (typeof value === "string") return "string";
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, shape((value as Record<string, unknown>)[k])])
    );
  }
  return typeof value;
}

describe("texts", () => {
  it("has the same texts in Swedish and English", () => {
    expect(shape(en)).toEqual(shape(sv));
  });

  it("is Swedish by default and for any Swedish locale", () => {
    expect(textsFor()).toBe(sv);
    expect(textsFor(null)).toBe(sv);
    expect(textsFor("")).toBe(sv);
    expect(textsFor("sv")).toBe(sv);
    expect(textsFor("sv-SE")).toBe(sv);
    expect(textsFor("SV-fi")).toBe(sv);
  });

  it("is English for any other display language", () => {
    expect(textsFor("en-US")).toBe(en);
    expect(textsFor("de-DE")).toBe(en);
    expect(textsFor("fi-FI")).toBe(en);
    expect(uiLanguage("nb-NO")).toBe("en");
  });

  it("says in every port message what was not done", () => {
    for (const texts of [sv, en]) {
      for (const message of Object.values(texts.port)) expect(message).toMatch(/Ingenting|Nothing/);
    }
  });
});
