import fc from "fast-check";
import type { BudgetErrorKind, BudgetErrorReason } from "../../src/budget/errors";
import { Decimal, dec, roundHalfAwayFromZero, sum } from "../../src/budget/money";
import { roundToSum } from "../../src/budget/rounding";

function budgetError(kind: BudgetErrorKind, reason: BudgetErrorReason) {
  return expect.objectContaining({ name: "BudgetError", kind, reason });
}

const decimals = (xs: readonly (number | string)[]) => xs.map((x) => dec(x));
const texts = (xs: readonly Decimal[]) => xs.map((x) => x.toString());

describe("roundToSum", () => {
  it("makes rounded parts add up to the rounded total", () => {
    // 583.33 + 583.33 + 583.34 = 1 750; rounding each alone gives 583 × 3 = 1 749.
    expect(texts(roundToSum(decimals(["583.33", "583.33", "583.34"])))).toEqual([
      "583",
      "583",
      "584",
    ]);
  });

  it("gives a tied unit to the earlier part", () => {
    // 4.2 rounds to 4; the three remainders of 0.4 tie, so the first part takes the unit.
    expect(texts(roundToSum(decimals(["1.4", "1.4", "1.4"])))).toEqual(["2", "1", "1"]);
    expect(texts(roundToSum(decimals(["0.5", "0.5"])))).toEqual(["1", "0"]);
  });

  it("rounds the total half away from zero", () => {
    // 0.25 + 0.25 = 0.5 → 1; −0.25 − 0.25 = −0.5 → −1.
    expect(texts(roundToSum(decimals(["0.25", "0.25"])))).toEqual(["1", "0"]);
    expect(texts(roundToSum(decimals(["-0.25", "-0.25"])))).toEqual(["0", "-1"]);
  });

  it("floors negative parts toward minus infinity", () => {
    // −4.2 rounds to −4; floors −2 × 3 = −6, so two parts (the earlier ones) go up to −1.
    expect(texts(roundToSum(decimals(["-1.4", "-1.4", "-1.4"])))).toEqual(["-1", "-1", "-2"]);
    expect(texts(roundToSum(decimals(["-0.5", "-0.5"])))).toEqual(["0", "-1"]);
  });

  it("rounds to the given decimals", () => {
    // 3.75 → 3.8; floors 1.2 × 3 = 3.6, so two parts get the extra tenth.
    expect(texts(roundToSum(decimals(["1.25", "1.25", "1.25"]), 1))).toEqual(["1.3", "1.3", "1.2"]);
    // mnkr with one decimal: 14 000 + 5 000 + 35 000 + 1 000 tkr = 55.0 mnkr.
    expect(texts(roundToSum(decimals(["14.0", "5.0", "35.0", "1.0"]), 1))).toEqual([
      "14",
      "5",
      "35",
      "1",
    ]);
  });

  it("leaves parts that are already round alone", () => {
    expect(texts(roundToSum(decimals([1, -2, 3])))).toEqual(["1", "-2", "3"]);
  });

  it("gives nothing for nothing", () => {
    expect(roundToSum([])).toEqual([]);
  });

  it("refuses decimals outside 0–10", () => {
    for (const d of [-1, 11, 0.5, Number.NaN]) {
      expect(() => roundToSum(decimals([1]), d)).toThrow(budgetError("num", "decimalsOutOfRange"));
    }
  });

  it("adds up to the rounded total and moves each part less than one unit", () => {
    const value = fc
      .tuple(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 6 }))
      .map(([n, scale]) => dec(n).dividedBy(dec(10).pow(scale)));
    fc.assert(
      fc.property(
        fc.array(value, { maxLength: 30 }),
        fc.integer({ min: 0, max: 4 }),
        (values, places) => {
          const unit = dec(10).pow(-places);
          const parts = roundToSum(values, places);
          expect(parts).toHaveLength(values.length);
          expect(sum(parts).eq(roundHalfAwayFromZero(sum(values), places))).toBe(true);
          parts.forEach((part, i) => {
            expect(
              part
                .minus(values[i] as Decimal)
                .abs()
                .lt(unit)
            ).toBe(true);
            expect(part.toDecimalPlaces(places).eq(part)).toBe(true);
          });
        }
      )
    );
  });
});
