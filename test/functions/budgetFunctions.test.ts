import { codeOf, isExcelError, setDisplayLanguage } from "../support/customFunctionsFake";
import { IMPLEMENTATIONS } from "../../src/functions/budgetFunctions";
import type { Arg } from "../../src/functions/cells";
import type { ResultMatrix } from "../../src/functions/runner";

const f = IMPLEMENTATIONS;
/** A single cell as Excel passes it to a matrix parameter. */
const c = (v: number | string | boolean | null): Arg => [[v]];
/** A column range. */
const col = (...vs: (number | string | boolean | null)[]): Arg => vs.map((v) => [v]);
/** A row range. */
const row = (...vs: (number | string | boolean | null)[]): Arg => [vs];
const one = (m: ResultMatrix) => m[0]?.[0];
const round = (x: unknown, d: number) =>
  typeof x === "number" ? Math.round(x * 10 ** d) / 10 ** d : x;

afterEach(() => setDisplayLanguage(undefined));

describe("worked examples of the brief, as Excel passes them", () => {
  it("DAILYCOST: SiS and HVB cost per care day", () => {
    expect(round(one(f.DAILYCOST(c(9_000_000), c(2.25 * 365))), 2)).toBe(10958.9);
    expect(round(one(f.DAILYCOST(c(9_000_000), c(3 * 365))), 2)).toBe(8219.18);
  });

  it("FULLYEARPLACEMENTS: 26 867 foster-home days in 2020", () => {
    expect(round(one(f.FULLYEARPLACEMENTS(c(26_867), c(2020))), 2)).toBe(73.41);
    // Without a year the convention of the documents: 365 days.
    expect(one(f.FULLYEARPLACEMENTS(c(730), null))).toBe(2);
  });

  it("OCCUPANCY: 4 604 care days on 24 places", () => {
    expect(round(one(f.OCCUPANCY(c(4604), c(24), null)), 3)).toBe(0.526);
  });

  it("FRAMEADJUST: the frame 2026 of the reference case", () => {
    expect(f.FRAMEADJUST(c(1_215_669), col(4382, -8096, 49, 3042))).toEqual([[1_215_046]]);
  });

  it("MEASUREEFFECT: a measure from 1 July 2026 of 1 000 tkr", () => {
    expect(f.MEASUREEFFECT(c(1000), c(46204), c(2026), null, null)).toEqual([[500, 1000, 1000]]);
  });

  it("BREAKEVEN: the 9 800 tkr proposal against SiS placement-years", () => {
    expect(one(f.BREAKEVEN(c(9800), c(9000 / 2.25)))).toBe(2.45);
  });

  it("VARIANCE: a cost overrun is negative", () => {
    expect(one(f.VARIANCE(c(487.6), c(498.8), null))).toBe(-11.2);
  });

  it("FORECAST and PERIODBUDGET from April", () => {
    expect(one(f.FORECAST(c(122.4), c(4)))).toBe(367.2);
    expect(round(one(f.PERIODBUDGET(c(996.2), c(4))), 1)).toBe(332.1);
  });

  it("PRICEVOLUME: HVB 2019 → 2020", () => {
    expect(f.PRICEVOLUME(c(5963), c(3907), c(2471), c(3090))).toEqual([[-13_643_244, -2_018_807]]);
  });
});

describe("the remaining functions", () => {
  it("PLCOMP and POADJUST", () => {
    expect(one(f.PLCOMP(c(800_000), c(0.03), c(400_000), c(0.02)))).toBe(32_000);
    expect(one(f.POADJUST(c(500_000), c(0.4115), c(0.3953)))).toBe(-8100);
  });

  it("ANNUALCOST: one placement by default, 366 days in a leap year when asked", () => {
    expect(one(f.ANNUALCOST(c(1000), null, null))).toBe(365_000);
    expect(one(f.ANNUALCOST(c(1000), c(2), c(2028)))).toBe(732_000);
  });

  it("PLACEMENTDAYS: a placement across New Year, with and without the end day", () => {
    const start = 46_022; // 2025-12-31
    const end = 46_054; // 2026-02-01
    expect(one(f.PLACEMENTDAYS(c(start), c(end), c(2026), null))).toBe(31);
    expect(one(f.PLACEMENTDAYS(c(start), c(end), c(2026), c(true)))).toBe(32);
    expect(one(f.PLACEMENTDAYS(c(start), c(end), c(2025), null))).toBe(1);
    // A blank end: the placement goes on past the year.
    expect(one(f.PLACEMENTDAYS(c(start), c(""), c(2026), null))).toBe(365);
  });

  it("VOLUMEEFFECT: fewer placements free a positive amount", () => {
    expect(one(f.VOLUMEEFFECT(c(-2), c(4000)))).toBe(8000);
  });

  it("VARIANCE: income the other way round, kinds in either language and any case", () => {
    expect(one(f.VARIANCE(c(100), c(120), c("Intäkt")))).toBe(20);
    expect(one(f.VARIANCE(c(100), c(120), c("REVENUE")))).toBe(20);
    expect(one(f.VARIANCE(c(100), c(120), c("kostnad")))).toBe(-20);
    expect(codeOf(one(f.VARIANCE(c(100), c(120), c("budget"))))).toBe("#VALUE!");
  });

  it("ROUNDSUM: parts add up to the rounded total, ties to the earlier cell", () => {
    expect(f.ROUNDSUM(col(0.4, 0.4, 0.4), null)).toEqual([[1], [0], [0]]);
    expect(f.ROUNDSUM(row(1.25, 1.25), c(1))).toEqual([[1.3, 1.2]]);
  });
});

describe("exact arithmetic", () => {
  it("0.1 + 0.2 is 0.3", () => {
    expect(f.FRAMEADJUST(c(0.1), col(0.2))).toEqual([[0.3]]);
  });

  it("phased effects add up as on paper", () => {
    // 16 March: 9 whole months plus 16 of 31 days of March, 295/372 of a year; 3 720 × 295/372 = 2 950.
    const [values] = f.MEASUREEFFECT(c(3720), c(46_097), c(2026), c(2), null);
    expect(values).toEqual([2950, 3720]);
  });
});

describe("ranges", () => {
  it("a single value repeats against a range, and the result spills in that shape", () => {
    expect(f.DAILYCOST(col(730, 365, 1095), c(365))).toEqual([[2], [1], [3]]);
    expect(f.DAILYCOST(row(730, 365), c(365))).toEqual([[2, 1]]);
  });

  it("two ranges of the same shape pair up cell by cell", () => {
    expect(f.DAILYCOST(col(10, 20), col(5, 4))).toEqual([[2], [5]]);
  });

  it("ranges of other shapes give #VALUE!", () => {
    const result = f.DAILYCOST(col(10, 20, 30), col(5, 4));
    expect(result).toHaveLength(1);
    expect(codeOf(one(result))).toBe("#VALUE!");
    expect(codeOf(one(f.DAILYCOST(col(1, 2), row(1, 2))))).toBe("#VALUE!");
  });

  it("row functions return one row per input row", () => {
    const result = f.MEASUREEFFECT(
      col(1000, 1200, 600),
      col(46_204, "", 46_023),
      c(2026),
      c(3),
      null
    );
    expect(result).toEqual([
      [500, 1000, 1000],
      [1200, 1200, 1200],
      [600, 600, 600],
    ]);
    expect(f.PRICEVOLUME(col(10, 20), c(5), col(12, 10), c(6))).toEqual([
      [10, 12],
      [-50, 10],
    ]);
  });

  it("MEASUREEFFECT: phase_in factors for the measure's own years, missing ones are 1", () => {
    expect(f.MEASUREEFFECT(c(1000), c(""), c(2026), c(3), row(0.5))).toEqual([[500, 1000, 1000]]);
    // Starting 2027, its first year is the plan's second.
    expect(f.MEASUREEFFECT(c(1000), c(46_388), c(2026), c(3), row(0.25, 0.5))).toEqual([
      [0, 250, 500],
    ]);
  });

  it("FRAMEADJUST: one column per plan year gives a row of frames", () => {
    const adjustments: Arg = [
      [10, 20, 30],
      [1, 2, 3],
    ];
    expect(f.FRAMEADJUST(c(1000), adjustments)).toEqual([[1011, 1033, 1066]]);
    // A column of bases: each row is its own area.
    expect(f.FRAMEADJUST(col(100, 200), adjustments)).toEqual([
      [110, 130, 160],
      [201, 203, 206],
    ]);
  });

  it("one formula prices a whole column of 10 000 placements", () => {
    const days = Array.from({ length: 10_000 }, (_, i) => [i + 1]);
    const result = f.ANNUALCOST(c(2), days, null);
    expect(result).toHaveLength(10_000);
    expect(result[9_999]).toEqual([2 * 10_000 * 365]);
  });
});

describe("blanks", () => {
  it("a blank required argument gives a blank cell, so formulas over tables with empty rows stay clean", () => {
    expect(f.DAILYCOST(col(100, "", null), c(10))).toEqual([[10], [""], [""]]);
    expect(f.MEASUREEFFECT(col(1000, ""), c(""), c(2026), null, null)).toEqual([
      [1000, 1000, 1000],
      ["", "", ""],
    ]);
    expect(f.PRICEVOLUME(c(""), c(1), c(1), c(1))).toEqual([["", ""]]);
    expect(f.FRAMEADJUST(c(""), col(1, 2))).toEqual([[""]]);
  });

  it("blank adjustments count as zero", () => {
    expect(f.FRAMEADJUST(c(100), col(1, "", null, 2))).toEqual([[103]]);
  });
});

describe("bad input", () => {
  it("text where a number belongs is #VALUE! with a message in the display language", () => {
    setDisplayLanguage("sv-SE");
    const sv = one(f.DAILYCOST(c("1 234,5"), c(10)));
    expect(codeOf(sv)).toBe("#VALUE!");
    expect(isExcelError(sv) && sv.message).toMatch(/tal/);
    setDisplayLanguage("en-US");
    const en = one(f.DAILYCOST(c("abc"), c(10)));
    expect(isExcelError(en) && en.message).toMatch(/number/);
  });

  it("a boolean is not an amount", () => {
    expect(codeOf(one(f.DAILYCOST(c(true), c(10))))).toBe("#VALUE!");
  });

  it("division by zero is #DIV/0!", () => {
    expect(codeOf(one(f.DAILYCOST(c(100), c(0))))).toBe("#DIV/0!");
    expect(codeOf(one(f.BREAKEVEN(c(100), c(0))))).toBe("#DIV/0!");
    expect(codeOf(one(f.OCCUPANCY(c(100), c(0), null)))).toBe("#DIV/0!");
  });

  it("numbers out of range are #NUM!", () => {
    expect(codeOf(one(f.FORECAST(c(100), c(13))))).toBe("#NUM!");
    expect(codeOf(one(f.FORECAST(c(100), c(0))))).toBe("#NUM!");
    expect(codeOf(one(f.PERIODBUDGET(c(100), c(-1))))).toBe("#NUM!");
    expect(codeOf(one(f.FULLYEARPLACEMENTS(c(100), c(1899))))).toBe("#NUM!");
    expect(codeOf(one(f.PLACEMENTDAYS(c(46_100), c(46_000), c(2026), null)))).toBe("#NUM!");
    expect(codeOf(one(f.MEASUREEFFECT(c(1), null, c(2026), c(0), null)))).toBe("#NUM!");
  });

  it("a result too large for a number is #NUM!, never Infinity", () => {
    expect(codeOf(one(f.PLCOMP(c(1e308), c(1e308), c(0), c(0))))).toBe("#NUM!");
  });

  it("in a spilled result only the bad cells are errors", () => {
    const result = f.DAILYCOST(col(100, "x", 300, 400), col(10, 10, 0, 10));
    expect(result[0]).toEqual([10]);
    expect(codeOf(result[1]?.[0])).toBe("#VALUE!");
    expect(codeOf(result[2]?.[0])).toBe("#DIV/0!");
    expect(result[3]).toEqual([40]);
  });

  it("FRAMEADJUST: a bad adjustment makes its year and the later ones errors, not the earlier", () => {
    const [frames] = f.FRAMEADJUST(c(100), [[1, "x", 3]]);
    expect(frames?.[0]).toBe(101);
    expect(codeOf(frames?.[1])).toBe("#VALUE!");
    expect(codeOf(frames?.[2])).toBe("#VALUE!");
  });

  it("ROUNDSUM: a bad cell is an error, the others still add up to their rounded total", () => {
    const result = f.ROUNDSUM(col(0.6, "x", 0.6), null);
    expect(result[0]).toEqual([1]);
    expect(codeOf(result[1]?.[0])).toBe("#VALUE!");
    expect(result[2]).toEqual([0]);
  });
});
