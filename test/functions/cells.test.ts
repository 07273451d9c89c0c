import { BudgetError } from "../../src/budget/errors";
import { isBlank, toBoolean, toDecimal, toNumber, toText } from "../../src/functions/cells";

const reasonOf = (read: () => unknown) => {
  try {
    read();
  } catch (error) {
    return error instanceof BudgetError ? `${error.kind} ${error.reason} ${error.detail}` : error;
  }
  return undefined;
};

describe("reading one cell", () => {
  it("blank is an empty string, null or undefined, never 0 or FALSE", () => {
    expect([null, undefined, ""].every(isBlank)).toBe(true);
    expect([0, false, " "].some(isBlank)).toBe(false);
  });

  it("a number is exact as a Decimal and plain as a number", () => {
    expect(toDecimal(0.1).plus(toDecimal(0.2)).toString()).toBe("0.3");
    expect(toNumber(2026)).toBe(2026);
  });

  it("text, booleans and non-finite numbers are not numbers, and the message quotes them", () => {
    expect(reasonOf(() => toDecimal("12"))).toBe('value notANumber "12"');
    expect(reasonOf(() => toNumber(true))).toBe("value notANumber true");
    expect(reasonOf(() => toNumber(Number.NaN))).toBe("value notANumber NaN");
    expect(reasonOf(() => toDecimal("x".repeat(50)))).toBe(`value notANumber "${"x".repeat(40)}…"`);
  });

  it("a flag is TRUE/FALSE or 1/0", () => {
    expect([true, false, 1, 0].map(toBoolean)).toEqual([true, false, true, false]);
    expect(reasonOf(() => toBoolean("SANT"))).toBe('value notABoolean "SANT"');
  });

  it("text is taken as typed", () => {
    expect(toText(" Intäkt ")).toBe(" Intäkt ");
    expect(reasonOf(() => toText(1))).toBe("value unknownKind 1");
  });
});
