/**
 * The one rule for turning exact amounts into the whole tkr that are shown, used by the pane and
 * by the committee table alike, so that both show the same figures:
 *
 * - A total is the exact sum rounded once (half away from zero, as Excel's ROUND), never a sum
 *   of rounded parts.
 * - Where rounded parts are shown together with their rounded total, the parts are rounded by
 *   largest remainder (budget/rounding.ts, the rule of BUDGET.ROUNDSUM), so they add up to it:
 *   three measures of 0,4 show 1, 0, 0 and the total 1.
 * - Every figure of the balance (att täcka, frigjort, kvar) is rounded once from its exact
 *   amount, never computed as a difference of rounded figures: with 100,4 freed and 100,6 to
 *   cover, kvar is round(−0,2) = 0, "I balans", although the shown 100 and 101 differ by 1.
 *
 * Pure and exact: Decimals in, Decimals out; formatting (separators, "tkr") is the pane's.
 */
import { ZERO, roundHalfAwayFromZero, sum, type Decimal } from "../budget/money";
import { roundToSum } from "../budget/rounding";
import { indexMeasures, statusOf, type MeasureIndex, type YearBalance } from "./balance";
import type { Measure, MeasureKind } from "./model";

/** Amounts are shown in whole tkr. */
const SHOWN_DECIMALS = 0;

/** An amount that may be blank (no effect that year). */
type MaybeAmount = Decimal | null | undefined;

/** Zero without a sign: −0,4 is shown as 0, never "−0" (in the pane or as Excel's −0). */
const unsigned = (d: Decimal): Decimal => (d.isZero() ? ZERO : d);

/** One amount shown on its own: rounded once, half away from zero. */
export function shownAmount(amount: Decimal): Decimal {
  return unsigned(roundHalfAwayFromZero(amount, SHOWN_DECIMALS));
}

/** A total as shown: the exact sum of the amounts (blanks count 0), rounded once. */
export function shownTotal(amounts: readonly MaybeAmount[]): Decimal {
  return shownAmount(sum(amounts.filter((a): a is Decimal => !!a)));
}

export interface ShownParts {
  /** Each part as shown; a blank part stays blank (null). */
  readonly parts: readonly (Decimal | null)[];
  /** The total as shown; the shown parts add up to it exactly. */
  readonly total: Decimal;
}

/**
 * Parts shown together with their total: the total rounded once, the parts by largest remainder
 * (ties to the earlier part), so that the shown parts add up to the shown total.
 */
export function shownParts(amounts: readonly MaybeAmount[]): ShownParts {
  const present = amounts.flatMap((a, i) => (a ? [{ i, a }] : []));
  const rounded = roundToSum(
    present.map((p) => p.a),
    SHOWN_DECIMALS
  );
  const parts: (Decimal | null)[] = amounts.map(() => null);
  present.forEach((p, k) => (parts[p.i] = unsigned(rounded[k] ?? ZERO)));
  return { parts, total: shownTotal(amounts) };
}

/** A table of items by plan year whose columns are summed: each year a column of shown parts. */
export interface ShownColumns {
  /** Per item (in the order given), per year: the amount as shown, or null when blank. */
  readonly rows: readonly (readonly (Decimal | null)[])[];
  /** Per year: the column's total as shown; the column's shown parts add up to it. */
  readonly totals: readonly Decimal[];
}

/** The items' amounts per year, each year's column rounded by largest remainder to its total. */
export function shownColumns(items: readonly Measure[], years: readonly number[]): ShownColumns {
  const rows: (Decimal | null)[][] = items.map(() => years.map(() => null));
  const totals = years.map((year, y) => {
    const column = shownParts(items.map((m) => m.effects[year]));
    column.parts.forEach((part, i) => {
      const row = rows[i];
      if (row) row[y] = part;
    });
    return column.total;
  });
  return { rows, totals };
}

/**
 * The included items of one kind, in the order both the pane and the committee table list them
 * (by their own nr): each included id once, and of two measures with one id the first, as the
 * balance counts them. The order matters: largest remainder gives ties to the earlier item.
 */
export function includedItems(
  included: readonly string[],
  measures: readonly Measure[] | MeasureIndex,
  kind: MeasureKind
): Measure[] {
  const index = measures instanceof Map ? measures : indexMeasures(measures as readonly Measure[]);
  const seen = new Set<string>();
  const items: Measure[] = [];
  for (const id of included) {
    const m = index.get(id);
    if (seen.has(id) || m === undefined || m.kind !== kind) continue;
    seen.add(id);
    items.push(m);
  }
  return items.sort((a, b) => a.nr - b.nr);
}

/** The amounts of included items as shown beside the scenario's totals, by item id. */
export function shownItemAmounts(
  items: readonly Measure[],
  years: readonly number[]
): ReadonlyMap<string, readonly (Decimal | null)[]> {
  const { rows } = shownColumns(items, years);
  return new Map(items.map((m, i) => [m.id, rows[i] ?? []]));
}

/**
 * One plan year of a balance as shown: the same figures as YearBalance, each rounded once from
 * its exact amount; the balance is round(freed − toCover), so it is 0 exactly when "balanced".
 */
export type ShownYearBalance = YearBalance;

/** A year of the balance as shown. The status is the one the shown balance has. */
export function shownYear(year: YearBalance): ShownYearBalance {
  const balance = shownAmount(year.balance);
  return {
    year: year.year,
    frame: shownAmount(year.frame),
    needs: shownAmount(year.needs),
    requestedIncrease: shownAmount(year.requestedIncrease),
    increaseCost: shownAmount(year.increaseCost),
    proposals: shownAmount(year.proposals),
    proposalsRequested: shownAmount(year.proposalsRequested),
    toCover: shownAmount(year.toCover),
    freed: shownAmount(year.freed),
    balance,
    status: statusOf(year.balance),
    size: balance.abs(),
  };
}
