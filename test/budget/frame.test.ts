import fc from "fast-check";
import { frameAdjust, framePath, plCompensation, poAdjustment } from "../../src/budget/frame";
import { dec, sum } from "../../src/budget/money";

const decimals = (xs: readonly number[]) => xs.map((x) => dec(x));
const texts = (xs: readonly { toString(): string }[]) => xs.map((x) => x.toString());

describe("frameAdjust", () => {
  it("reproduces the 2026 frame of the reference case", () => {
    // 1 215 669 + inflation 4 382 − lower PO 8 096 + rents 49 + state grants 3 042 (000, lines 161–170).
    const frame = frameAdjust(dec(1215669), decimals([4382, -8096, 49, 3042]));
    expect(frame.toString()).toBe("1215046");
  });

  it("leaves the base alone without adjustments", () => {
    expect(frameAdjust(dec(1215669), []).toString()).toBe("1215669");
  });

  it("adds exactly, with no binary rounding", () => {
    expect(frameAdjust(dec("0.1"), decimals([0.2])).toString()).toBe("0.3");
  });
});

describe("framePath", () => {
  it("carries each year's adjustments into the years after", () => {
    const path = framePath(dec(1000), [decimals([10, 5]), [], decimals([-20])]);
    expect(texts(path)).toEqual(["1015", "1015", "995"]);
  });

  it("is empty for no plan years", () => {
    expect(framePath(dec(1000), [])).toEqual([]);
  });

  it("ends at the base plus every adjustment", () => {
    const amount = fc.integer({ min: -1e9, max: 1e9 }).map((n) => dec(n).dividedBy(100));
    fc.assert(
      fc.property(
        amount,
        fc.array(fc.array(amount, { maxLength: 5 }), { minLength: 1, maxLength: 6 }),
        (base, columns) => {
          const path = framePath(base, columns);
          const last = path[path.length - 1];
          return (
            path.length === columns.length &&
            last !== undefined &&
            last.eq(base.plus(sum(columns.flat())))
          );
        }
      )
    );
  });
});

describe("plCompensation", () => {
  it("applies the wage increase to personnel and the price increase to the rest", () => {
    // 800 000 × 3.5 % = 28 000; 400 000 × 2 % = 8 000.
    expect(plCompensation(dec(800000), dec("0.035"), dec(400000), dec("0.02")).toString()).toBe(
      "36000"
    );
  });

  it("is zero without increases", () => {
    expect(plCompensation(dec(800000), dec(0), dec(400000), dec(0)).isZero()).toBe(true);
  });
});

describe("poAdjustment", () => {
  it("is negative when the PO rate falls", () => {
    // 500 000 × (0.3815 − 0.3915) = −5 000.
    expect(poAdjustment(dec(500000), dec("0.3915"), dec("0.3815")).toString()).toBe("-5000");
  });

  it("is positive when it rises", () => {
    expect(poAdjustment(dec(200), dec("0.30"), dec("0.31")).toString()).toBe("2");
  });
});
