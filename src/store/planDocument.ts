/**
 * The plan document: { version: 1, settings, scenarios } as JSON, stored beside the measures
 * table. Amounts are written as decimal strings so nothing passes through a double. A document of
 * another version is reported (unknownVersion), never guessed at. Nothing here throws, whatever
 * it is given.
 */
import { Decimal, ZERO } from "../budget/money";
import { MAX_PLAN_YEARS } from "../budget/limits";
import { DEFAULT_SETTINGS } from "../plan/model";
import type { PlanSettings, Scenario } from "../plan/model";
import type { DocumentProblem } from "./problems";
import { normaliseWord } from "./words";
import { z } from "./zod";

export const PLAN_DOCUMENT_VERSION = 1;

export interface PlanDocument {
  readonly version: 1;
  /** Counts the saves: each save writes the revision it was based on plus one (0 before any). */
  readonly revision: number;
  readonly settings: PlanSettings;
  readonly scenarios: readonly Scenario[];
}

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

const nonEmptyText = z.string().trim().min(1);

function uniqueBy<T>(items: readonly T[], key: (t: T) => string): number {
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

export const scenarioYearSchema = z.object({
  year: z.int().min(1900).max(9999),
  frame: decimalSchema,
  needs: decimalSchema,
  requestedIncrease: decimalSchema.default(ZERO),
  increaseCost: decimalSchema.default(ZERO),
});

export const scenarioSchema = z
  .object({
    id: nonEmptyText,
    name: z.string(),
    years: z.array(scenarioYearSchema),
    included: z.array(z.string().min(1)),
  })
  .superRefine((s, ctx) => {
    const dup = uniqueBy(s.years, (y) => String(y.year));
    if (dup >= 0)
      ctx.addIssue({
        code: "custom",
        message: "the same year twice",
        path: ["years", dup, "year"],
      });
  });

export const planDocumentV1Schema = z
  .object({
    version: z.literal(1),
    revision: z.int().min(0).default(0),
    settings: settingsSchema,
    scenarios: z.array(scenarioSchema),
  })
  .superRefine((d, ctx) => {
    const dup = uniqueBy(d.scenarios, (s) => s.id);
    if (dup >= 0)
      ctx.addIssue({
        code: "custom",
        message: "the same scenario id twice",
        path: ["scenarios", dup, "id"],
      });
  });

// The schema's output must be a PlanDocument; this line stops the build if the two drift apart.
const _outputIsPlanDocument = (x: z.output<typeof planDocumentV1Schema>): PlanDocument => x;
void _outputIsPlanDocument;

export type PlanDocumentResult =
  | { readonly ok: true; readonly document: PlanDocument }
  | { readonly ok: false; readonly problem: DocumentProblem };

/**
 * Reads a stored plan document: the JSON text (or an already parsed value). A document whose
 * version is not 1 is reported as unknownVersion with the version it states and nothing is read
 * from it, so a later release's plan is never half-understood and then saved over.
 */
export function parsePlanDocument(input: unknown): PlanDocumentResult {
  try {
    return readPlanDocument(input);
  } catch (e) {
    // Only hostile input (a proxy or getter that throws) gets here.
    return {
      ok: false,
      problem: { code: "invalidDocument", params: { path: "", detail: String(e) } },
    };
  }
}

function readPlanDocument(input: unknown): PlanDocumentResult {
  let value: unknown = input;
  if (typeof input === "string") {
    try {
      value = JSON.parse(input);
    } catch {
      return { ok: false, problem: { code: "invalidJson", params: {} } };
    }
  }
  if (
    typeof value !== "object" ||
    value === null ||
    Array.isArray(value) ||
    !("version" in value)
  ) {
    return { ok: false, problem: { code: "notAPlanDocument", params: {} } };
  }
  const version = (value as { version: unknown }).version;
  if (version !== PLAN_DOCUMENT_VERSION) {
    let shown: string;
    try {
      shown = typeof version === "string" ? version : String(JSON.stringify(version));
    } catch {
      shown = "?";
    }
    return { ok: false, problem: { code: "unknownVersion", params: { version: shown } } };
  }
  const parsed = planDocumentV1Schema.safeParse(value);
  if (parsed.success) return { ok: true, document: parsed.data };
  const issue = parsed.error.issues[0];
  return {
    ok: false,
    problem: {
      code: "invalidDocument",
      params: { path: (issue?.path ?? []).map(String).join("."), detail: issue?.message ?? "" },
    },
  };
}

/** The plan document as JSON text, amounts as exact decimal strings. */
export function serializePlanDocument(
  document: Omit<PlanDocument, "version" | "revision"> & { readonly revision?: number }
): string {
  const s = document.settings;
  const plain = {
    version: PLAN_DOCUMENT_VERSION,
    revision: document.revision ?? 0,
    settings: {
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
    },
    scenarios: document.scenarios.map((sc) => ({
      id: sc.id,
      name: sc.name,
      years: sc.years.map((y) => ({
        year: y.year,
        frame: y.frame.toString(),
        needs: y.needs.toString(),
        requestedIncrease: y.requestedIncrease.toString(),
        increaseCost: y.increaseCost.toString(),
      })),
      included: [...sc.included],
    })),
  };
  return JSON.stringify(plain);
}
