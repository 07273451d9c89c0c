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

  it.each(["Vakanshålla 24 platser", "Satsa oss ur", "", "Minska kostnader (ordinärt boende)"])(
    "leaves ordinary text %j alone",
    (text) => {
      expect(textCellValue(text)).toBe(text);
    }
  );
});
