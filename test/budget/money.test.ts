import fc from "fast-check";
import { dec, roundHalfAwayFromZero, sum, toFiniteNumber } from "../../src/budget/money";

describe("money", () => {
  it("adds 0.1 and 0.2 to exactly 0.3", () => {
    expect(toFiniteNumber(sum([dec(0.1), dec(0.2)]))).toBe(0.3);
  });

  it("rounds half away from zero, as Excel's ROUND", () => {
    expect(roundHalfAwayFromZero(dec(2.5)).toNumber()).toBe(3);
    expect(roundHalfAwayFromZero(dec(-2.5)).toNumber()).toBe(-3);
    expect(roundHalfAwayFromZero(dec("13.45"), 1).toNumber()).toBe(13.5);
    expect(roundHalfAwayFromZero(dec("-13.45"), 1).toNumber()).toBe(-13.5);
    expect(roundHalfAwayFromZero(dec("583.333"), 2).toNumber()).toBe(583.33);
  });

  it("rounding is symmetric around zero", () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }),
        fc.integer({ min: 0, max: 6 }),
        (x, d) => {
          const up = roundHalfAwayFromZero(dec(x), d);
          const down = roundHalfAwayFromZero(dec(-x), d);
          return up.neg().eq(down);
        }
      )
    );
  });

  it("refuses NaN and Infinity instead of carrying them into a sum", () => {
    expect(() => dec(Number.NaN)).toThrow(RangeError);
    expect(() => dec(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });

  it("says when a result does not fit in a double", () => {
    expect(toFiniteNumber(dec("1e308").times(10))).toBeUndefined();
    expect(Object.is(toFiniteNumber(dec(-0)), 0)).toBe(true);
  });
});
