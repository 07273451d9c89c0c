/**
 * The plan document of version 1, read so that a workbook saved by an earlier Ramkoll opens
 * without loss: each scenario had one frame, needs, requested increase and increase cost per year.
 * The upgrade turns them into lines with the same balance in every year (balance.ts):
 *
 *   v1: toCover = needs + proposals + increaseCost − requestedIncrease
 *   v2: own = max(0, min(requestedIncrease, increaseCost))   → a request for its own cost
 *       requestedIncrease − own                              → a request covering the needs
 *       increaseCost − own (a cost not granted)              → a need line
 *
 * so toCover is unchanged; a test proves it for random documents.
 */
import { Decimal, ZERO } from "../budget/money";
import type { Effects, FrameLine, NeedLine, RequestLine, Scenario } from "../plan/model";
import { decimalSchema, nonEmptyText, settingsSchema, uniqueBy } from "./schemaParts";
import { z } from "./zod";

const scenarioYearV1Schema = z.object({
  year: z.int().min(1900).max(9999),
  frame: decimalSchema,
  needs: decimalSchema,
  requestedIncrease: decimalSchema.default(ZERO),
  increaseCost: decimalSchema.default(ZERO),
});
type ScenarioYearV1 = z.output<typeof scenarioYearV1Schema>;

const scenarioV1Schema = z
  .object({
    id: nonEmptyText,
    name: z.string(),
    years: z.array(scenarioYearV1Schema),
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
export type ScenarioV1 = z.output<typeof scenarioV1Schema>;

export const planDocumentV1Schema = z.object({
  version: z.literal(1),
  revision: z.int().min(0).default(0),
  settings: settingsSchema,
  scenarios: z.array(scenarioV1Schema),
});

/** The texts the upgraded lines get (the plan's language is Swedish). */
export const V1_LINE_TEXTS = Object.freeze({
  frame: "Anvisad ram",
  needs: "Behov utöver ram",
  notGranted: "Kostnad utan beviljad ramökning",
  requestForNeeds: "Begärd ramökning för behoven",
  requestForOwnCost: "Begärd ramökning för egen kostnad",
});

function perYear(years: readonly ScenarioYearV1[], pick: (y: ScenarioYearV1) => Decimal): Effects {
  return Object.fromEntries(years.map((y) => [y.year, pick(y)]));
}

const anyNonZero = (e: Effects) => Object.values(e).some((d) => d !== null && !d.isZero());
const ownCostOf = (y: ScenarioYearV1) =>
  Decimal.max(ZERO, Decimal.min(y.requestedIncrease, y.increaseCost));

/** A scenario of version 1 as lines, with the same balance in every year. */
export function upgradeScenarioV1(s: ScenarioV1): Scenario {
  const t = V1_LINE_TEXTS;
  const own = perYear(s.years, ownCostOf);
  const forNeeds = perYear(s.years, (y) => y.requestedIncrease.minus(ownCostOf(y)));
  const notGranted = perYear(s.years, (y) => y.increaseCost.minus(ownCostOf(y)));
  const needs = perYear(s.years, (y) => y.needs);
  const frameLines: FrameLine[] =
    s.years.length > 0
      ? [{ id: "v1-ram", text: t.frame, amounts: perYear(s.years, (y) => y.frame) }]
      : [];
  const needLines: NeedLine[] = [
    {
      id: "v1-behov",
      area: "",
      cause: t.needs,
      source: { kind: "typed" as const, amounts: needs },
    },
    {
      id: "v1-kostnad",
      area: "",
      cause: t.notGranted,
      source: { kind: "typed" as const, amounts: notGranted },
    },
  ].filter((l) => anyNonZero(l.source.amounts));
  const requests: RequestLine[] = [
    {
      id: "v1-begaran-behov",
      purpose: t.requestForNeeds,
      covers: "needs" as const,
      amounts: forNeeds,
    },
    {
      id: "v1-begaran-egen",
      purpose: t.requestForOwnCost,
      covers: "ownCost" as const,
      amounts: own,
    },
  ].filter((l) => anyNonZero(l.amounts));
  return {
    id: s.id,
    name: s.name,
    frameLines,
    needLines,
    requests,
    included: s.included,
    requestedProposals: [],
  };
}
