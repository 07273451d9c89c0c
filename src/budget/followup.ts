/**
 * Follow-up during the year (uppföljning): budget deviation, full-year forecast from the months
 * elapsed, the budget for those months, and the split of a cost change into volume and price.
 */
import { BudgetError } from "./errors";
import { Decimal } from "./money";

export type VarianceKind = "cost" | "revenue";

const KIND_WORDS: Readonly<Record<string, VarianceKind>> = {
  cost: "cost",
  kostnad: "cost",
  revenue: "revenue",
  income: "revenue",
  intäkt: "revenue",
};

const MONTHS_PER_YEAR = new Decimal(12);

/** The kind of a budget line from the word the user typed, in English or Swedish, any case. */
export function parseVarianceKind(text: string): VarianceKind {
  // NFC: an "ä" pasted from a PDF may arrive as "a" plus a combining diaeresis.
  const word = text.trim().normalize("NFC").toLowerCase();
  const kind = Object.prototype.hasOwnProperty.call(KIND_WORDS, word)
    ? KIND_WORDS[word]
    : undefined;
  if (kind === undefined) throw new BudgetError("value", "unknownKind", text);
  return kind;
}

/**
 * Budget deviation (budgetavvikelse), favourable when positive: spending less than budgeted on a
 * cost, or receiving more than budgeted as revenue.
 */
export function variance(budget: Decimal, actual: Decimal, kind: VarianceKind): Decimal {
  return kind === "cost" ? budget.minus(actual) : actual.minus(budget);
}

function assertMonths(months: number, min: number): void {
  if (!Number.isInteger(months) || months < min || months > 12) {
    throw new BudgetError("num", "monthsOutOfRange", String(months));
  }
}

/** A straight-line full-year forecast from the outcome of the first `months` months (1–12). */
export function forecast(actualToDate: Decimal, months: number): Decimal {
  assertMonths(months, 1);
  return actualToDate.times(MONTHS_PER_YEAR).dividedBy(months);
}

/** The share of the annual budget for the first `months` months (0–12), spread evenly. */
export function periodBudget(annualBudget: Decimal, months: number): Decimal {
  assertMonths(months, 0);
  return annualBudget.times(months).dividedBy(MONTHS_PER_YEAR);
}

/**
 * Splits the change in cost from (volume v0, unit price p0) to (v1, p1) into a volume effect at
 * the old price and a price effect at the new volume; the two add up exactly to v1·p1 − v0·p0.
 */
export function priceVolume(
  v0: Decimal,
  p0: Decimal,
  v1: Decimal,
  p1: Decimal
): [Decimal, Decimal] {
  const volume = v1.minus(v0).times(p0);
  const price = v1.times(p1.minus(p0));
  return [volume, price];
}
