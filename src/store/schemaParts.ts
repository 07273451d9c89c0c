/**
 * The parts the plan document's schemas are built from: exact amounts, amounts per year, texts,
 * and the settings. Amounts are read from decimal strings (or finite JSON numbers) and written as
 * decimal strings, so nothing passes through a double.
 */
import { Decimal } from "../budget/money";
import { MAX_PLAN_YEARS } from "../budget/limits";
import { DEFAULT_SETTINGS } from "../plan/model";
import type { Effects, PlanSettings } from "../plan/model";
import { normaliseWord } from "./words";
import { z } from "./zod";

const DECIMAL_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

/** An exact amount: a decimal string (as written) or a finite JSON number, read as a Decimal. */
export const decimalSchema = z.union([z.string(), z.number()]).transform((value, ctx): Decimal => {
  if (typeof value === "string" && !DECIMAL_TEXT.test(value.trim())) {
    ctx.issues.push({ code: "custom", message: "not a decimal number", input: value });
    return z.NEVER;
  }
  try {
    const d = new Decimal(typeof value === "string" ? value.trim() : value);
    if (d.isFinite()) return d;
  } catch {
    // reported below
  }
  ctx.issues.push({ code: "custom", message: "not a finite decimal number", input: value });
  return z.NEVER;
});

export const nonEmptyText = z.string().trim().min(1);

export function uniqueBy<T>(items: readonly T[], key: (t: T) => string): number {
  const seen = new Set<string>();
  for (let i = 0; i < items.length; i++) {
    const k = key(items[i] as T);
    if (seen.has(k)) return i;
    seen.add(k);
  }
  return -1;
}

export const settingsSchema = z
  .object({
    firstYear: z.int().min(1900).max(9999).default(DEFAULT_SETTINGS.firstYear),
    yearCount: z.int().min(1).max(MAX_PLAN_YEARS).default(DEFAULT_SETTINGS.yearCount),
    areas: z.array(nonEmptyText).default(() => [...DEFAULT_SETTINGS.areas]),
    colourLabels: z
      .object({ red: nonEmptyText, yellow: nonEmptyText, green: nonEmptyText })
      .default(() => ({ ...DEFAULT_SETTINGS.colourLabels })),
    legend: z
      .object({ ambition: z.string(), goals: z.string() })
      .default(() => ({ ...DEFAULT_SETTINGS.legend })),
    signConvention: z.enum(["positive", "resultEffect"]).default(DEFAULT_SETTINGS.signConvention),
    unit: z.enum(["kr", "tkr", "mnkr"]).default(DEFAULT_SETTINGS.unit),
    // Added later: a document saved before they existed reads as naming neither.
    municipality: z.string().default(DEFAULT_SETTINGS.municipality),
    committee: z.string().default(DEFAULT_SETTINGS.committee),
  })
  .superRefine((s, ctx) => {
    if (s.firstYear + s.yearCount - 1 > 9999) {
      ctx.addIssue({
        code: "custom",
        message: "the plan period ends after 9999",
        path: ["yearCount"],
      });
    }
    const dup = uniqueBy(s.areas, (a) => normaliseWord(a));
    if (dup >= 0)
      ctx.addIssue({ code: "custom", message: "the same budget area twice", path: ["areas", dup] });
    const labels = [s.colourLabels.red, s.colourLabels.yellow, s.colourLabels.green].map(
      normaliseWord
    );
    if (new Set(labels).size !== 3) {
      ctx.addIssue({
        code: "custom",
        message: "two colours have the same label",
        path: ["colourLabels"],
      });
    }
  });

const YEAR_KEY = /^\d{4}$/;

/** Amounts per year: { "2026": "1215669", "2027": null }; a null is a blank. */
export const effectsSchema = z
  .record(z.string(), decimalSchema.nullable())
  .superRefine((r, ctx) => {
    for (const key of Object.keys(r)) {
      if (!YEAR_KEY.test(key)) ctx.addIssue({ code: "custom", message: "not a year", path: [key] });
    }
  })
  .transform((r): Effects => {
    const out: Record<number, Decimal | null> = {};
    for (const [key, value] of Object.entries(r)) out[Number(key)] = value;
    return out;
  });

/** Amounts per year as stored: exact decimal strings, blanks as null, years in order. */
export function serializeEffects(effects: Effects): Record<string, string | null> {
  const years = Object.keys(effects)
    .map(Number)
    .sort((a, b) => a - b);
  return Object.fromEntries(years.map((y) => [String(y), effects[y]?.toString() ?? null]));
}

/** The settings as stored. */
export function serializeSettings(s: PlanSettings): Record<string, unknown> {
  return {
    firstYear: s.firstYear,
    yearCount: s.yearCount,
    areas: [...s.areas],
    colourLabels: {
      red: s.colourLabels.red,
      yellow: s.colourLabels.yellow,
      green: s.colourLabels.green,
    },
    legend: { ambition: s.legend.ambition, goals: s.legend.goals },
    signConvention: s.signConvention,
    unit: s.unit,
    municipality: s.municipality,
    committee: s.committee,
  };
}
