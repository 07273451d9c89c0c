import fc from "fast-check";
import { cellAddress, columnLetter, committeeSheetName } from "../../src/plan/sheetAddress";

describe("sheet names", () => {
  it("are valid Excel sheet names", () => {
    expect(committeeSheetName("Budget [2026]: plan/B?*")).toBe("Budget -2026-- plan-B--");
    expect(committeeSheetName("'Citat'")).toBe("Citat");
    expect(committeeSheetName("   ")).toBe("Nämndtabell");
    expect(committeeSheetName("Ett mycket långt scenarionamn som inte får plats")).toHaveLength(31);
    expect(committeeSheetName("history")).toBe("history (nämnd)");
    expect(committeeSheetName("åtgärder", ["Åtgärder"])).toBe("åtgärder (nämnd)");
  });

  it("never contain a forbidden character and never exceed 31 characters", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (name) => {
        const sheet = committeeSheetName(name);
        return (
          sheet.length > 0 &&
          [...sheet].length <= 31 &&
          !/[[\]:*?/\\]/.test(sheet) &&
          !sheet.startsWith("'") &&
          !sheet.endsWith("'")
        );
      })
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
