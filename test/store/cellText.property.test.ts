/**
 * Properties of the text guard (issue 9, item 8): every text written with textCellValue reads back
 * as Excel reads it (one leading apostrophe dropped) as exactly the text typed, and every text of
 * the families Excel converts on entry, generated at random, is guarded.
 */
import fc from "fast-check";
import { needsTextGuard, textCellValue } from "../../src/store/cellText";

/** What Excel holds after the value is entered: one leading apostrophe says "text" and is dropped. */
function readBackAsExcel(written: string): string {
  return written.startsWith("'") ? written.slice(1) : written;
}

const digits = (min: number, max: number) => fc.integer({ min, max }).map(String);
const space = fc.constantFrom("", " ", "\u00a0");

/** Text Excel turns into a number, date, time, fraction, percentage, money, truth or error. */
const convertible = fc.oneof(
  fc
    .tuple(
      digits(0, 99999),
      fc.constantFrom("e", "E"),
      fc.constantFrom("", "-", "+"),
      digits(0, 300)
    )
    .map(([a, e, s, b]) => `${a}${e}${s}${b}`),
  fc
    .tuple(digits(0, 23), digits(0, 59), fc.constantFrom("", " AM", " pm", ":00"))
    .map(([h, m, tail]) => `${h}:${m.padStart(2, "0")}${tail}`),
  fc
    .tuple(
      digits(1, 9999),
      fc.constantFrom("-", "/", "."),
      digits(1, 12),
      fc.constantFrom("", "-2026", "/26")
    )
    .map(([a, sep, b, tail]) => `${a}${sep}${b}${tail}`),
  fc
    .tuple(digits(1, 31), space, fc.constantFrom("jan", "mars", "Maj", "okt", "December", "sept"))
    .map(([d, s, m]) => `${d}${s === "" ? "-" : s}${m}`),
  fc
    .tuple(fc.constantFrom("", "1 ", "12 "), digits(1, 9), digits(2, 16))
    .map(([w, n, d]) => `${w}${n}/${d}`),
  fc
    .tuple(digits(0, 999999), space, fc.constantFrom("kr", "€", "SEK", "%"))
    .map(([n, s, c]) => `${n}${s}${c}`),
  fc.tuple(fc.constantFrom("$", "€", "£"), digits(0, 99999)).map(([c, n]) => `${c}${n}`),
  digits(0, 999999).map((n) => `(${n})`),
  fc
    .tuple(digits(0, 9999), fc.constantFrom(",", "."), digits(0, 999))
    .map(([a, s, b]) => `${a}${s}${b}`),
  fc.constantFrom("TRUE", "false", "Sant", "FALSKT", "#N/A", "#REF!", "#SAKNAS!")
);

describe("textCellValue", () => {
  it("reads back as Excel reads it as exactly the text typed, for any text", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "binary" }), convertible), (text) => {
        expect(readBackAsExcel(textCellValue(text))).toBe(text);
      }),
      { numRuns: 2000 }
    );
  });

  it("guards every generated text of a family Excel converts on entry", () => {
    fc.assert(
      fc.property(convertible, (text) => {
        expect(needsTextGuard(text)).toBe(true);
      }),
      { numRuns: 2000 }
    );
  });
});
