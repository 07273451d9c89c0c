/** The marks' names and formulas (workbookMarks.ts). */
import fc from "fast-check";
import {
  committeeMarkName,
  sheetMarkFormula,
  sheetOfMark,
  tableMarkFormula,
  tableOfMark,
} from "../../../src/adapters/office/workbookMarks";

describe("committee marks", () => {
  it("are valid Excel names, one per scenario id, even for ids that differ only in case", () => {
    expect(committeeMarkName("s-abc123")).toBe("Ramkoll_Committee_s_2d_abc123");
    expect(committeeMarkName("Plan")).not.toBe(committeeMarkName("plan").toLowerCase());
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), fc.string({ maxLength: 20 }), (a, b) => {
        const [x, y] = [committeeMarkName(a), committeeMarkName(b)];
        const valid = /^[A-Za-z_][\w.]*$/.test(x);
        return valid && (a === b) === (x.toLowerCase() === y.toLowerCase());
      })
    );
  });

  it("stay within Excel's 255 characters for a very long id, and still differ", () => {
    const a = committeeMarkName("s-".repeat(200) + "a");
    const b = committeeMarkName("s-".repeat(200) + "b");
    expect(a.length).toBeLessThanOrEqual(255);
    expect(a).not.toBe(b);
    expect(a).toMatch(/^[A-Za-z_][\w.]*$/);
  });
});

describe("mark formulas", () => {
  it("give back the sheet whether Excel writes it quoted or bare, and nothing for #REF!", () => {
    for (const name of ["Ramkoll", "Ramkoll (2)", "It's mine", "Åtgärder"]) {
      expect(sheetOfMark(sheetMarkFormula(name))).toBe(name);
    }
    expect(sheetOfMark("=Ramkoll!$A$1")).toBe("Ramkoll");
    expect(sheetOfMark("=#REF!$A$1")).toBeNull();
    expect(sheetOfMark("='#REF'!$A$1")).toBe("#REF");
    expect(sheetOfMark("=Blad1!$B$2")).toBeNull();
  });

  it("give back the table, and nothing for #REF!", () => {
    expect(tableOfMark(tableMarkFormula("RamkollAtgarder"))).toBe("RamkollAtgarder");
    expect(tableOfMark("=#REF!")).toBeNull();
    expect(tableOfMark("=Blad1!$A$1:$B$2")).toBeNull();
  });
});
