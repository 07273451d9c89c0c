/**
 * A scenario as the plan document (version 2) stores it: its frame lines, need lines and requests,
 * each with amounts per year, and the ids it includes and requests. Line ids are unique within
 * the scenario, so a three-way merge can match them.
 */
import type { Scenario } from "../plan/model";
import {
  decimalSchema,
  effectsSchema,
  nonEmptyText,
  serializeEffects,
  uniqueBy,
} from "./schemaParts";
import { z } from "./zod";

const frameLineSchema = z.object({ id: nonEmptyText, text: z.string(), amounts: effectsSchema });

const needSourceSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("typed"), amounts: effectsSchema }),
  z.object({ kind: z.literal("derived"), cost: effectsSchema, frameShare: decimalSchema }),
]);

const needLineSchema = z.object({
  id: nonEmptyText,
  area: z.string(),
  cause: z.string(),
  source: needSourceSchema,
});

const requestLineSchema = z.object({
  id: nonEmptyText,
  purpose: z.string(),
  covers: z.enum(["needs", "ownCost"]),
  amounts: effectsSchema,
});

const decisionEditSchema = z.object({ key: nonEmptyText, text: z.string(), generated: z.string() });

export const scenarioSchema = z
  .object({
    id: nonEmptyText,
    name: z.string(),
    frameLines: z.array(frameLineSchema),
    needLines: z.array(needLineSchema),
    requests: z.array(requestLineSchema),
    included: z.array(z.string().min(1)),
    requestedProposals: z.array(z.string().min(1)),
    // Absent in documents written before the decisions could be edited: none.
    decisionEdits: z.array(decisionEditSchema).optional(),
    fallbackScenarioId: nonEmptyText.optional(),
  })
  .superRefine((s, ctx) => {
    const ids = [...s.frameLines, ...s.needLines, ...s.requests].map((l) => l.id);
    const dup = uniqueBy(ids, (id) => id);
    if (dup >= 0)
      ctx.addIssue({ code: "custom", message: "the same line id twice", path: ["lines", dup] });
    const edit = uniqueBy(s.decisionEdits ?? [], (e) => e.key);
    if (edit >= 0)
      ctx.addIssue({
        code: "custom",
        message: "one decision edited twice",
        path: ["decisionEdits", edit],
      });
  });

// The schema's output must be a Scenario; this line stops the build if the two drift apart.
const _outputIsScenario = (x: z.output<typeof scenarioSchema>): Scenario => x;
void _outputIsScenario;

/** A scenario as stored: amounts as exact decimal strings. */
export function serializeScenario(sc: Scenario): Record<string, unknown> {
  return {
    id: sc.id,
    name: sc.name,
    frameLines: sc.frameLines.map((l) => ({
      id: l.id,
      text: l.text,
      amounts: serializeEffects(l.amounts),
    })),
    needLines: sc.needLines.map((l) => ({
      id: l.id,
      area: l.area,
      cause: l.cause,
      source:
        l.source.kind === "typed"
          ? { kind: "typed", amounts: serializeEffects(l.source.amounts) }
          : {
              kind: "derived",
              cost: serializeEffects(l.source.cost),
              frameShare: l.source.frameShare.toString(),
            },
    })),
    requests: sc.requests.map((l) => ({
      id: l.id,
      purpose: l.purpose,
      covers: l.covers,
      amounts: serializeEffects(l.amounts),
    })),
    included: [...sc.included],
    requestedProposals: [...sc.requestedProposals],
    ...(sc.decisionEdits && sc.decisionEdits.length > 0
      ? {
          decisionEdits: sc.decisionEdits.map((e) => ({
            key: e.key,
            text: e.text,
            generated: e.generated,
          })),
        }
      : {}),
    ...(sc.fallbackScenarioId ? { fallbackScenarioId: sc.fallbackScenarioId } : {}),
  };
}
