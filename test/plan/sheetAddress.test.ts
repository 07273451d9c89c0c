import fc from "fast-check";
import {
  cellAddress,
  columnLetter,
  committeeSheetName,
  freeSheetName,
  validSheetName,
} from "../../src/plan/sheetAddress";

const FORBIDDEN = /[[\]:*?/\\]/;
/** Excel's rules for a sheet name, as the issue states them. */
function isValidSheetName(sheet: string): boolean {
  return (
    sheet.length > 0 &&
    [...sheet].length <= 31 &&
    !FORBIDDEN.test(sheet) &&
    !sheet.startsWith("'") &&
    !sheet.endsWith("'") &&
    !/[\uD800-\uDBFF]$/.test(sheet) // never the first half of a surrogate pair at the end
  );
}

describe("sheet names", () => {
  it("are valid Excel sheet names", () => {
    expect(committeeSheetName("Budget [2026]: plan/B?*")).toBe("Budget -2026-- plan-B--");
    expect(committeeSheetName("'Citat'")).toBe("Citat");
    expect(committeeSheetName("   ")).toBe("Nämndtabell");
    expect(committeeSheetName("Ett mycket långt scenarionamn som inte får plats")).toHaveLength(31);
    expect(committeeSheetName("history")).toBe("history (nämnd)");
    expect(committeeSheetName("åtgärder", ["Åtgärder"])).toBe("åtgärder (nämnd)");
  });

  it("count characters as Excel does: an emoji is one character and is never cut in two", () => {
    const name = `${"a".repeat(30)}😀😀`; // 32 characters, 34 UTF-16 units
    expect(validSheetName(name, "x")).toBe(`${"a".repeat(30)}😀`);
    expect([...committeeSheetName("😀".repeat(40))]).toHaveLength(31);
    expect(committeeSheetName("😀".repeat(40))).toBe("😀".repeat(31));
  });

  it("never end in an apostrophe left by the cut at 31 characters", () => {
    expect(validSheetName(`${"b".repeat(30)}'c`, "x")).toBe("b".repeat(30));
  });

  it("take a free name 'Namn (2)' without case, within 31 characters", () => {
    expect(freeSheetName("Ramkoll", ["ramkoll"])).toBe("Ramkoll (2)");
    expect(freeSheetName("Plan", ["PLAN", "plan (2)"])).toBe("Plan (3)");
    expect(freeSheetName("Plan", ["Annat"])).toBe("Plan");
    expect(freeSheetName("History", [])).toBe("History (2)");
    const long = "x".repeat(31);
    expect(freeSheetName(long, [long])).toBe(`${"x".repeat(27)} (2)`);
    const emoji = "😀".repeat(31);
    expect(freeSheetName(emoji, [emoji])).toBe(`${"😀".repeat(27)} (2)`);
  });

  it("never contain a forbidden character and never exceed 31 characters", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80, unit: "grapheme" }), (name) =>
        isValidSheetName(committeeSheetName(name))
      )
    );
  });

  it("free names are valid and differ, without case, from every taken name", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 60, unit: "grapheme" }),
        fc.array(fc.string({ maxLength: 40 }), { maxLength: 6 }),
        (text, others) => {
          const base = validSheetName(text, "Blad");
          const taken = [base, base.toUpperCase(), ...others];
          const free = freeSheetName(base, taken);
          return (
            isValidSheetName(free) &&
            !taken.some((t) => t.toLocaleLowerCase("sv-SE") === free.toLocaleLowerCase("sv-SE"))
          );
        }
      )
    );
  });
});

describe("addresses", () => {
  it("letters columns as Excel does", () => {
    expect([0, 25, 26, 27, 701, 702].map(columnLetter)).toEqual([
      "A",
      "Z",
      "AA",
      "AB",
      "ZZ",
      "AAA",
    ]);
    expect(cellAddress(4, 1)).toBe("B5");
  });
});
