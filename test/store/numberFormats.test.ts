import { numberKindOf } from "../../src/store/numberFormats";

describe("numberKindOf", () => {
  it.each([
    "General",
    "0",
    "#,##0",
    '# ##0 "tkr"',
    "#,##0;[Red]-#,##0",
    "0.00E+00",
    "# ?/?",
    '"Effekt" 0',
    "\\d0",
    "[$-41D]General",
    "@",
    "",
  ])("reads %j as an amount", (code) => {
    expect(numberKindOf(code)).toBe("amount");
  });

  it.each([
    "yyyy-mm-dd",
    "d/m/yyyy",
    "[$-41D]yyyy-mm-dd",
    "mmm yy",
    "dd mmmm",
    "e-mm-dd",
    "m/d/yy h:mm",
  ])("reads %j as a date", (code) => {
    expect(numberKindOf(code)).toBe("date");
  });

  it.each(["h:mm", "hh:mm:ss", "[h]:mm", "mm:ss", "h:mm AM/PM", "[mm]"])(
    "reads %j as a time",
    (code) => {
      expect(numberKindOf(code)).toBe("time");
    }
  );

  it.each(["0%", "0.0%", "0 %;-0 %", "#,##0.00%"])("reads %j as a percentage", (code) => {
    expect(numberKindOf(code)).toBe("percent");
  });

  it("ignores letters and percent signs in literal text", () => {
    expect(numberKindOf('0 "dagar"')).toBe("amount");
    expect(numberKindOf('0 "%"')).toBe("amount");
    expect(numberKindOf("0\\%")).toBe("amount");
    expect(numberKindOf("[Yellow]0")).toBe("amount");
  });

  it("reads anything that is not a format code as an amount", () => {
    expect(numberKindOf(undefined)).toBe("amount");
    expect(numberKindOf(5)).toBe("amount");
    expect(numberKindOf('"unclosed')).toBe("amount");
  });
});
