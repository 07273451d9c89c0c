/**
 * Exact arithmetic for amounts. Every amount in the core is a Decimal from this module's
 * configured clone, so no code path depends on the global decimal.js settings, and rounding
 * happens only where a value is shown: half away from zero, as Excel's ROUND does.
 */
import DecimalJs from "decimal.js";

/** A Decimal constructor private to Ramkoll: 34 significant digits (a product of two doubles exactly), exponents wide enough for 1e308. */
export const Decimal = DecimalJs.clone({
  precision: 34,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -30,
  toExpPos: 40,
  minE: -9e15,
  maxE: 9e15,
});
// eslint-disable-next-line no-redeclare -- the constructor and its instances share one name, as a class does
export type Decimal = InstanceType<typeof Decimal>;

export const ZERO = new Decimal(0);
export const ONE = new Decimal(1);

/** A finite JavaScript number or a Decimal as an exact Decimal (the number's shortest decimal form). */
export function dec(value: number | string | Decimal): Decimal {
  if (typeof value === "number" && !Number.isFinite(value)) {
    throw new RangeError(`Not a finite number: ${value}`);
  }
  return new Decimal(value);
}

/** Rounds half away from zero to `decimals` places (Excel's ROUND). */
export function roundHalfAwayFromZero(value: Decimal, decimals = 0): Decimal {
  return value.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
}

/** Sum of any number of Decimals; the empty sum is zero. */
export function sum(values: readonly Decimal[]): Decimal {
  return values.reduce((acc, v) => acc.plus(v), ZERO);
}

/**
 * The Decimal as a JavaScript number, once, at the edge of the core. Returns undefined when the
 * value does not fit in a finite double (the caller decides which error that is).
 */
export function toFiniteNumber(value: Decimal): number | undefined {
  const n = value.toNumber();
  if (!Number.isFinite(n)) return undefined;
  // Normalise negative zero, which Excel would show as 0 anyway but tests compare with Object.is.
  return n === 0 ? 0 : n;
}
