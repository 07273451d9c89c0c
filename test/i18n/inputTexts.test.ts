import { en, sv } from "../../src/i18n/texts";
import { overlongTextMessage } from "../../src/i18n/inputTexts";
import type { LimitedTextField } from "../../src/store/textLimits";

const FIELDS: LimitedTextField[] = [
  "title",
  "area",
  "consequence",
  "scenarioName",
  "areaSetting",
  "colourLabel",
  "legend",
  "committeeCell",
];

describe("overlongTextMessage", () => {
  it.each(FIELDS)("names %s, gives the count and says that nothing was saved", (field) => {
    const svText = overlongTextMessage({ field, length: 40_000 }, sv, "sv");
    expect(svText).toContain(sv.input.fields[field]);
    expect(svText).toContain("40\u00a0000 tecken");
    expect(svText).toContain("32\u00a0767");
    expect(svText).toMatch(/Ingenting/);
    const enText = overlongTextMessage({ field, length: 1_234_567 }, en, "en");
    expect(enText).toContain(`${en.input.fields[field]} has 1,234,567 characters`);
    expect(enText).toMatch(/Nothing/);
  });
});
