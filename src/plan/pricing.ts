/**
 * A measure priced by formula instead of typed amounts: a full-year effect from a start date
 * (with optional phase-in factors), or a volume change × unit cost. The amounts per plan year
 * come from the same budget maths as the BUDGET functions (MEASUREEFFECT, VOLUMEEFFECT), so the
 * pane shows exactly what the formula written into the sheet gives. Pure: no Office.js, no React.
 *
 * Amounts are in tkr like the rest of the model; a proposal's pricing gives its need (positive
 * when it costs money), a measure's its freed money.
 */
import { dateToSerial } from "../budget/calendar";
import { BudgetError } from "../budget/errors";
import { ZERO } from "../budget/money";
import type { Decimal } from "../budget/money";
import { measureEffect } from "../budget/phasing";
import { volumeEffect } from "../budget/placements";
import { planYears } from "./model";
import type { Effects, MeasureKind, PlanSettings } from "./model";

/** The full-year effect from a start date: MEASUREEFFECT's inputs. */
export interface PhasedPricing {
  readonly kind: "phased";
  /** tkr per full year. */
  readonly annualEffect: Decimal;
  /** The first day the measure takes effect, "YYYY-MM-DD". */
  readonly start: string;
  /** Factors per year of the measure's own life, from its start year; missing years are 1. */
  readonly phaseIn: readonly Decimal[];
}

/** A change in volume (placements, places) times the cost of one: VOLUMEEFFECT's inputs. */
export interface VolumePricing {
  readonly kind: "volume";
  /** Units; a decrease is negative and frees money. */
  readonly volumeChange: Decimal;
  /** tkr per unit and year. */
  readonly unitCost: Decimal;
  /** The first plan year the change applies in; earlier plan years get 0. */
  readonly fromYear: number;
}

export type MeasurePricing = PhasedPricing | VolumePricing;

/** How the editor takes a measure's amounts: typed per year, or priced one of two ways. */
export type PricingMode = "typed" | MeasurePricing["kind"];

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The Excel serial of an ISO date, or undefined when it is no real date Excel can hold. */
export function startSerial(start: string): number | undefined {
  const match = ISO_DATE.exec(start);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // 1900-02-29 is Excel's phantom day: real in a serial, never a start an economist means.
  if (year === 1900 && month === 2 && day === 29) return undefined;
  try {
    return dateToSerial(year, month, day);
  } catch (error) {
    if (error instanceof BudgetError) return undefined;
    throw error;
  }
}

/** The date parts of an ISO start date; call only on a date startSerial accepts. */
export function startParts(start: string): { year: number; month: number; day: number } {
  const [year, month, day] = start.split("-").map(Number);
  return { year: year ?? 0, month: month ?? 0, day: day ?? 0 };
}

/**
 * A measure's freed money is the volume effect as it is (a decrease frees money); a proposal's
 * need is its opposite (an increase costs money), so both read naturally in the editor.
 */
export function volumeSign(kind: MeasureKind): 1 | -1 {
  return kind === "measure" ? 1 : -1;
}

/** The amount of one plan year of a volume pricing, in tkr. */
function volumeAmount(pricing: VolumePricing, year: number, kind: MeasureKind): Decimal {
  if (year < pricing.fromYear) return ZERO;
  const freed = volumeEffect(pricing.volumeChange, pricing.unitCost);
  const amount = volumeSign(kind) < 0 ? freed.neg() : freed;
  // Zero is +0, as everywhere in the model (a change of none frees nothing, not "−0").
  return amount.isZero() ? ZERO : amount;
}

/**
 * The amounts the pricing gives per plan year (tkr), computed by the BUDGET functions' own maths.
 * Throws a BudgetError for a start date that is no real date or a period Excel cannot show.
 */
export function pricedEffects(
  pricing: MeasurePricing,
  settings: Pick<PlanSettings, "firstYear" | "yearCount">,
  kind: MeasureKind
): Effects {
  const years = planYears(settings);
  const effects: Record<number, Decimal> = {};
  if (years.length === 0) return effects;
  if (pricing.kind === "volume") {
    for (const year of years) effects[year] = volumeAmount(pricing, year, kind);
    return effects;
  }
  const serial = startSerial(pricing.start);
  if (serial === undefined) throw new BudgetError("num", "dateOutOfRange", pricing.start);
  const row = measureEffect(
    pricing.annualEffect,
    serial,
    settings.firstYear,
    years.length,
    pricing.phaseIn
  );
  years.forEach((year, i) => {
    const amount = row[i] ?? ZERO;
    effects[year] = amount.isZero() ? ZERO : amount;
  });
  return effects;
}

/** True when the two pricings hold the same inputs (null = typed amounts). */
export function samePricing(
  a: MeasurePricing | null | undefined,
  b: MeasurePricing | null | undefined
): boolean {
  if (!a || !b) return !a && !b;
  if (a.kind === "volume" || b.kind === "volume") {
    return (
      a.kind === "volume" &&
      b.kind === "volume" &&
      a.volumeChange.eq(b.volumeChange) &&
      a.unitCost.eq(b.unitCost) &&
      a.fromYear === b.fromYear
    );
  }
  return (
    a.annualEffect.eq(b.annualEffect) &&
    a.start === b.start &&
    a.phaseIn.length === b.phaseIn.length &&
    a.phaseIn.every((f, i) => b.phaseIn[i]?.eq(f) === true)
  );
}
