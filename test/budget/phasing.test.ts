import fc from "fast-check";
import { dateToSerial, serialToDate } from "../../src/budget/calendar";
import type { BudgetErrorKind, BudgetErrorReason } from "../../src/budget/errors";
import { Decimal, dec } from "../../src/budget/money";
import { measureEffect, startYearFraction } from "../../src/budget/phasing";

function budgetError(kind: BudgetErrorKind, reason: BudgetErrorReason) {
  return expect.objectContaining({ name: "BudgetError", kind, reason });
}

const texts = (xs: readonly Decimal[]) => xs.map((x) => x.toString());
const TKR_1000 = dec(1000);

describe("startYearFraction", () => {
  it("gives a whole year from 1 January and half from 1 July", () => {
    expect(startYearFraction(dateToSerial(2026, 1, 1)).toString()).toBe("1");
    expect(startYearFraction(dateToSerial(2026, 7, 1)).toString()).toBe("0.5");
    expect(startYearFraction(dateToSerial(2026, 10, 1)).toString()).toBe("0.25");
  });

  it("counts the start month pro rata by its days", () => {
    // 16 March: 9 whole months (April–December) and 16 of March's 31 days.
    const expected = dec(9).plus(dec(16).dividedBy(31)).dividedBy(12);
    expect(startYearFraction(dateToSerial(2026, 3, 16)).eq(expected)).toBe(true);
    // 31 December: one day of 31, of one month in twelve.
    expect(startYearFraction(dateToSerial(2026, 12, 31)).eq(dec(1).dividedBy(31 * 12))).toBe(true);
  });

  it("uses February's real length in a leap year", () => {
    // 15 February 2024: 10 whole months and 15 of 29 days.
    const expected = dec(10).plus(dec(15).dividedBy(29)).dividedBy(12);
    expect(startYearFraction(dateToSerial(2024, 2, 15)).eq(expected)).toBe(true);
  });

  it("treats Excel's phantom 1900-02-29 like 1 March", () => {
    expect(startYearFraction(60).eq(startYearFraction(61))).toBe(true);
    expect(startYearFraction(61).eq(dec(10).dividedBy(12))).toBe(true);
  });

  it("refuses serials outside Excel's range", () => {
    expect(() => startYearFraction(0)).toThrow(budgetError("num", "dateOutOfRange"));
  });
});

describe("measureEffect", () => {
  const jul1 = 46204;

  it("gives 500, 1 000, 1 000 for 1 000 tkr from 1 July 2026", () => {
    expect(dateToSerial(2026, 7, 1)).toBe(jul1);
    expect(texts(measureEffect(TKR_1000, jul1, 2026, 3, []))).toEqual(["500", "1000", "1000"]);
  });

  it("starts on 1 January of the first plan year when no start is given", () => {
    expect(texts(measureEffect(TKR_1000, undefined, 2026, 3, []))).toEqual([
      "1000",
      "1000",
      "1000",
    ]);
  });

  it("gives nothing before the start year", () => {
    expect(texts(measureEffect(TKR_1000, dateToSerial(2027, 7, 1), 2026, 3, []))).toEqual([
      "0",
      "500",
      "1000",
    ]);
  });

  it("gives only zeros when the measure starts after the plan period", () => {
    expect(texts(measureEffect(TKR_1000, dateToSerial(2029, 1, 1), 2026, 3, []))).toEqual([
      "0",
      "0",
      "0",
    ]);
  });

  it("phases in by the measure's own years", () => {
    const phaseIn = [dec("0.5"), dec("0.75")];
    // 2026: 1 000 × 0.5 × 6/12; 2027: 1 000 × 0.75; 2028: no factor left, so full effect.
    expect(texts(measureEffect(TKR_1000, jul1, 2026, 3, phaseIn))).toEqual(["250", "750", "1000"]);
  });

  it("counts a measure that started before the plan period from its own start year", () => {
    const start = dateToSerial(2024, 7, 1);
    expect(texts(measureEffect(TKR_1000, start, 2026, 3, []))).toEqual(["1000", "1000", "1000"]);
    // 2026 is the measure's third year (index 2).
    const phaseIn = [dec("0.5"), dec("0.8"), dec("0.9")];
    expect(texts(measureEffect(TKR_1000, start, 2026, 3, phaseIn))).toEqual([
      "900",
      "1000",
      "1000",
    ]);
  });

  it("keeps the sign of a cost", () => {
    expect(texts(measureEffect(dec(-1000), jul1, 2026, 3, []))).toEqual(["-500", "-1000", "-1000"]);
  });

  it("gives one value per plan year", () => {
    expect(measureEffect(TKR_1000, undefined, 2026, 1, [])).toHaveLength(1);
    expect(measureEffect(TKR_1000, undefined, 2026, 50, [])).toHaveLength(50);
  });

  it("refuses plan periods it cannot hold", () => {
    for (const years of [0, 51, 2.5, Number.NaN]) {
      expect(() => measureEffect(TKR_1000, jul1, 2026, years, [])).toThrow(
        budgetError("num", "yearsOutOfRange")
      );
    }
    expect(() => measureEffect(TKR_1000, jul1, 1899, 3, [])).toThrow(
      budgetError("num", "yearOutOfRange")
    );
    expect(() => measureEffect(TKR_1000, undefined, 9999, 2, [])).toThrow(
      budgetError("num", "yearOutOfRange")
    );
    expect(() => measureEffect(TKR_1000, 0, 2026, 3, [])).toThrow(
      budgetError("num", "dateOutOfRange")
    );
  });

  it("never exceeds the factored full-year effect and is zero before the start year", () => {
    const amount = fc.integer({ min: -1e9, max: 1e9 }).map((n) => dec(n).dividedBy(100));
    const factor = fc.integer({ min: -200, max: 200 }).map((n) => dec(n).dividedBy(100));
    fc.assert(
      fc.property(
        amount,
        fc.integer({ min: dateToSerial(1990, 1, 1), max: dateToSerial(2100, 12, 31) }),
        fc.integer({ min: 2000, max: 2090 }),
        fc.integer({ min: 1, max: 10 }),
        fc.array(factor, { maxLength: 12 }),
        (annual, start, firstYear, years, phaseIn) => {
          const row = measureEffect(annual, start, firstYear, years, phaseIn);
          const startYear = serialToDate(start).year;
          expect(row).toHaveLength(years);
          row.forEach((value, offset) => {
            const index = firstYear + offset - startYear;
            if (index < 0) {
              expect(value.isZero()).toBe(true);
            } else {
              const bound = annual.times(phaseIn[index] ?? 1).abs();
              expect(value.abs().lte(bound)).toBe(true);
            }
          });
        }
      )
    );
  });
});
