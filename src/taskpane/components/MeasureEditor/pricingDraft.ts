/**
 * The editor's pricing without React: the inputs of a priced measure as text, their validation,
 * and the amounts per plan year they give (plan/pricing.ts, the BUDGET functions' own maths).
 * Typed amounts ("typed") leave the year fields as they are; a pricing replaces them.
 */
import { BudgetError } from "../../../budget/errors";
import type { Decimal } from "../../../budget/money";
import type { Language } from "../../../i18n/language";
import type { Texts } from "../../../i18n/texts";
import type { Effects, MeasureKind, PlanSettings } from "../../../plan/model";
import { pricedEffects, startSerial } from "../../../plan/pricing";
import type { MeasurePricing, PricingMode } from "../../../plan/pricing";
import { formatAmountInput, parseAmountInput, readAmountField } from "../../format";
import { amountMessage } from "../../inputMessages";

/** The pricing's inputs as typed; every mode's fields are kept while the user switches modes. */
export interface PricingDraft {
  readonly mode: PricingMode;
  readonly annualEffect: string;
  /** "YYYY-MM-DD", as a date input gives it ("" while incomplete). */
  readonly start: string;
  /** Factors separated by ";" ("0,5; 1"). */
  readonly phaseIn: string;
  readonly volumeChange: string;
  readonly unitCost: string;
  readonly fromYear: number;
}

export type PricingField = "annualEffect" | "start" | "phaseIn" | "volumeChange" | "unitCost";

export interface PricingErrors extends Partial<Record<PricingField, string>> {
  /** The inputs are valid but give no amounts (a start Excel cannot hold). */
  readonly result?: string;
}

export interface ReadPricing {
  /** null: typed amounts (mode "typed"), or inputs not yet valid. */
  readonly pricing: MeasurePricing | null;
  /** The amounts the pricing gives per plan year; null as for `pricing`. */
  readonly effects: Effects | null;
  readonly errors: PricingErrors;
  readonly ok: boolean;
}

/** The fields of a measure's pricing (typed amounts: empty fields, a start on 1 January). */
export function pricingDraftOf(
  pricing: MeasurePricing | null | undefined,
  firstYear: number,
  lang: Language
): PricingDraft {
  const empty: PricingDraft = {
    mode: "typed",
    annualEffect: "",
    start: `${firstYear}-01-01`,
    phaseIn: "",
    volumeChange: "",
    unitCost: "",
    fromYear: firstYear,
  };
  if (!pricing) return empty;
  if (pricing.kind === "volume") {
    return {
      ...empty,
      mode: "volume",
      volumeChange: formatAmountInput(pricing.volumeChange, lang),
      unitCost: formatAmountInput(pricing.unitCost, lang),
      fromYear: pricing.fromYear,
    };
  }
  return {
    ...empty,
    mode: "phased",
    annualEffect: formatAmountInput(pricing.annualEffect, lang),
    start: pricing.start,
    phaseIn: pricing.phaseIn.map((f) => formatAmountInput(f, lang)).join("; "),
  };
}

type Read<T> = { value: T } | { error: string };

function readAmount(text: string, field: string, t: Texts, lang: Language): Read<Decimal> {
  const parsed = readAmountField(text, lang);
  if (parsed.ok)
    return parsed.value === null ? { error: t.pricing.required } : { value: parsed.value };
  return {
    error: amountMessage(parsed, field, t.editor.notANumber, t, lang) ?? t.editor.notANumber,
  };
}

/** Factors separated by semicolons; each a number of at least 0. */
function readFactors(text: string, t: Texts, lang: Language): Read<Decimal[]> {
  const parts = text
    .split(";")
    .map((p) => p.trim())
    .filter((p) => p !== "");
  const factors: Decimal[] = [];
  for (const part of parts) {
    const parsed = parseAmountInput(part, lang);
    if (!parsed.ok || parsed.value === null || parsed.value.isNegative()) {
      return { error: t.pricing.notAFactor(part) };
    }
    factors.push(parsed.value);
  }
  return { value: factors };
}

/** The pricing the inputs describe, or the message of each field that is wrong. */
function pricingOf(
  draft: PricingDraft,
  t: Texts,
  lang: Language
): { pricing: MeasurePricing | null; errors: PricingErrors } {
  const errors: Partial<Record<PricingField, string>> = {};
  const take = <T>(field: PricingField, read: Read<T>): T | undefined => {
    if ("error" in read) errors[field] = read.error;
    return "value" in read ? read.value : undefined;
  };
  if (draft.mode === "volume") {
    const volumeChange = take(
      "volumeChange",
      readAmount(draft.volumeChange, t.pricing.volumeChange, t, lang)
    );
    const unitCost = take("unitCost", readAmount(draft.unitCost, t.pricing.unitCost, t, lang));
    if (!volumeChange || !unitCost) return { pricing: null, errors };
    return {
      pricing: { kind: "volume", volumeChange, unitCost, fromYear: draft.fromYear },
      errors,
    };
  }
  const annualEffect = take(
    "annualEffect",
    readAmount(draft.annualEffect, t.pricing.annualEffect, t, lang)
  );
  const start = startSerial(draft.start) === undefined ? undefined : draft.start;
  if (start === undefined) errors.start = t.pricing.notADate;
  const phaseIn = take("phaseIn", readFactors(draft.phaseIn, t, lang));
  if (!annualEffect || start === undefined || !phaseIn) return { pricing: null, errors };
  return { pricing: { kind: "phased", annualEffect, start, phaseIn }, errors };
}

/** Reads the pricing fields and computes the amounts per plan year they give. */
export function readPricing(
  draft: PricingDraft,
  settings: Pick<PlanSettings, "firstYear" | "yearCount">,
  kind: MeasureKind,
  t: Texts,
  lang: Language
): ReadPricing {
  if (draft.mode === "typed") return { pricing: null, effects: null, errors: {}, ok: true };
  const { pricing, errors } = pricingOf(draft, t, lang);
  if (!pricing) return { pricing: null, effects: null, errors, ok: false };
  try {
    return { pricing, effects: pricedEffects(pricing, settings, kind), errors, ok: true };
  } catch (error) {
    if (!(error instanceof BudgetError)) throw error;
    return { pricing: null, effects: null, errors: { result: t.pricing.cannotCompute }, ok: false };
  }
}
