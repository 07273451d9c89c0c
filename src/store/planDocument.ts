/**
 * The plan document: { version: 2, revision, settings, scenarios } as JSON, stored beside the
 * measures table. Amounts are written as decimal strings so nothing passes through a double. A
 * document of version 1 (an earlier Ramkoll) is read and upgraded without loss
 * (planDocumentV1.ts); one of any other version is reported (unknownVersion), never guessed at.
 * Nothing here throws, whatever it is given.
 */
import type { PlanSettings, Scenario } from "../plan/model";
import { planDocumentV1Schema, upgradeScenarioV1 } from "./planDocumentV1";
import type { DocumentProblem } from "./problems";
import { scenarioSchema, serializeScenario } from "./scenarioSchema";
import { serializeSettings, settingsSchema, uniqueBy } from "./schemaParts";
import { z } from "./zod";

export { decimalSchema, settingsSchema } from "./schemaParts";

export const PLAN_DOCUMENT_VERSION = 2;

export interface PlanDocument {
  readonly version: 2;
  /** Counts the saves: each save writes the revision it was based on plus one (0 before any). */
  readonly revision: number;
  readonly settings: PlanSettings;
  readonly scenarios: readonly Scenario[];
}

function uniqueScenarioIds(d: { scenarios: readonly { id: string }[] }, ctx: z.RefinementCtx) {
  const dup = uniqueBy(d.scenarios, (s) => s.id);
  if (dup >= 0)
    ctx.addIssue({
      code: "custom",
      message: "the same scenario id twice",
      path: ["scenarios", dup, "id"],
    });
}

export const planDocumentV2Schema = z
  .object({
    version: z.literal(2),
    revision: z.int().min(0).default(0),
    settings: settingsSchema,
    scenarios: z.array(scenarioSchema),
  })
  .superRefine(uniqueScenarioIds);

/** Each version this release reads, and how it becomes today's document. */
const SCHEMAS: Readonly<Record<number, z.ZodType<PlanDocument>>> = {
  1: planDocumentV1Schema.superRefine(uniqueScenarioIds).transform((d): PlanDocument => ({
    version: 2,
    revision: d.revision,
    settings: d.settings,
    scenarios: d.scenarios.map(upgradeScenarioV1),
  })),
  2: planDocumentV2Schema,
};

export type PlanDocumentResult =
  | { readonly ok: true; readonly document: PlanDocument }
  | { readonly ok: false; readonly problem: DocumentProblem };

/**
 * Reads a stored plan document: the JSON text (or an already parsed value). A document of
 * version 1 is upgraded; one whose version is neither is reported as unknownVersion with the version it states and nothing is read
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
  const schema = typeof version === "number" ? SCHEMAS[version] : undefined;
  if (schema === undefined) {
    let shown: string;
    try {
      shown = typeof version === "string" ? version : String(JSON.stringify(version));
    } catch {
      shown = "?";
    }
    return { ok: false, problem: { code: "unknownVersion", params: { version: shown } } };
  }
  const parsed = schema.safeParse(value);
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
  const plain = {
    version: PLAN_DOCUMENT_VERSION,
    revision: document.revision ?? 0,
    settings: serializeSettings(document.settings),
    scenarios: document.scenarios.map(serializeScenario),
  };
  return JSON.stringify(plain);
}
