import { needsTextGuard, textCellValue } from "../../src/store/cellText";

describe("user text written to a cell", () => {
  it.each([
    "=1+1",
    "+46 70",
    "-5",
    "@SUM(A1)",
    "\t=cmd",
    "\r=cmd",
    "−1",
    "＝HYPERLINK()",
    "=cmd|' /C calc'!A0",
  ])("guards %j, which Excel would read as a formula", (text) => {
    expect(needsTextGuard(text)).toBe(true);
    expect(textCellValue(text)).toBe(`'${text}`);
  });

  it.each(["14 000", "1,5", "12%", "2026-07-01", "TRUE", "falskt", "'quoted"])(
    "guards %j, which Excel would convert",
    (text) => {
      expect(textCellValue(text)).toBe(`'${text}`);
    }
  );

  // Each family of text Excel converts on entry (issue 9, item 8): guarded, so it stays the text typed.
  const CONVERTED: Readonly<Record<string, readonly string[]>> = {
    "numbers with exponents": ["1e5", "2E-3", "1.5e+10", "3E5"],
    times: ["12:30", "8:00 AM", "8 am", "12:30:15", "8:00 fm", "23:59:59.5"],
    dates: ["2026-03-01", "1/3", "1/3/2026", "3-mar", "3 mars", "1-jan-2026", "jan-26", "1.3.2026"],
    "dates with times": ["2026-03-01 12:30", "1/3 8:00"],
    fractions: ["1/2", "1 1/2", "0 3/4"],
    "parenthesised numbers": ["(500)", "(1 500,5)", "($5)"],
    currency: ["500 kr", "500kr", "$5", "5 €", "€5", "£ 12.50", "5 SEK"],
    percentages: ["5%", "5 %", "12,5 %", "%5"],
    "truth values": ["TRUE", "False", "SANT", "falskt", " true "],
    "error values": ["#N/A", "#DIV/0!", "#SAKNAS!", "#VÄRDEFEL!"],
    "full-width forms": ["１２３", "５％"],
    "numbers with spaces": [" 14 000 ", "1\u00a0500,25"],
  };
  describe.each(Object.entries(CONVERTED))("%s", (_family, texts) => {
    it.each(texts)("guards %j, which Excel would convert on entry", (text) => {
      expect(needsTextGuard(text)).toBe(true);
      expect(textCellValue(text)).toBe(`'${text}`);
    });
  });

  it.each([
    "Vakanshålla 24 platser",
    "Satsa oss ur",
    "",
    "Minska kostnader (ordinärt boende)",
    "Mars",
    "1/2 tjänst",
    "Nr 3",
    "#1 prioritet",
    "Hemtjänst 2026–2028: minskad bemanning",
  ])("leaves ordinary text %j alone", (text) => {
    expect(textCellValue(text)).toBe(text);
  });
});
