/**
 * The pricing inputs of measures where the store keeps them beside the measures table (the
 * browser's storage: Excel keeps them in the amount cells' formulas instead), keyed by measure
 * id, and the one rule for reading them back: a stored pricing holds for a measure only while its
 * amounts are still the ones the pricing gives. An amount typed since (in the table, a file, an
 * older version), another kind or another period makes the measure one of typed amounts again,
 * so the editor never offers inputs that no longer explain the amounts.
 */
import { Decimal } from "../budget/money";
import type { Measure, PlanSettings } from "../plan/model";
import { planYears } from "../plan/model";
import { pricedEffects } from "../plan/pricing";
import type { MeasurePricing } from "../plan/pricing";
import { STORED_CELLS, amountCellValue } from "./measureCells";
import type { ReadRow } from "./readModel";
import { z } from "./zod";

const decimalText = z.string().refine((text) => {
  try {
    return new Decimal(text).isFinite();
  } catch {
    return false;
  }
});

const pricingSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("phased"),
    annualEffect: decimalText,
    start: z.string(),
    phaseIn: z.array(decimalText),
  }),
  z.object({
    kind: z.literal("volume"),
    volumeChange: decimalText,
    unitCost: decimalText,
    fromYear: z.number().int(),
  }),
]);

type StoredPricing = z.infer<typeof pricingSchema>;

function toStored(p: MeasurePricing): StoredPricing {
  if (p.kind === "volume")
    return {
      kind: "volume",
      volumeChange: p.volumeChange.toString(),
      unitCost: p.unitCost.toString(),
      fromYear: p.fromYear,
    };
  return {
    kind: "phased",
    annualEffect: p.annualEffect.toString(),
    start: p.start,
    phaseIn: p.phaseIn.map((f) => f.toString()),
  };
}

function fromStored(p: StoredPricing): MeasurePricing {
  if (p.kind === "volume")
    return {
      kind: "volume",
      volumeChange: new Decimal(p.volumeChange),
      unitCost: new Decimal(p.unitCost),
      fromYear: p.fromYear,
    };
  return {
    kind: "phased",
    annualEffect: new Decimal(p.annualEffect),
    start: p.start,
    phaseIn: p.phaseIn.map((f) => new Decimal(f)),
  };
}

/** The stored pricings by measure id; text that cannot be read, or an entry that cannot, is none. */
export function parseStoredPricings(text: string | null): Map<string, MeasurePricing> {
  const result = new Map<string, MeasurePricing>();
  if (text === null) return result;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return result;
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return result;
  for (const [id, entry] of Object.entries(value)) {
    const parsed = pricingSchema.safeParse(entry);
    if (parsed.success) result.set(id, fromStored(parsed.data));
  }
  return result;
}

/** The pricings as stored text, or null when there are none (the key is then removed). */
export function serializeStoredPricings(
  pricings: ReadonlyMap<string, MeasurePricing>
): string | null {
  if (pricings.size === 0) return null;
  const entries = [...pricings].map(([id, p]) => [id, toStored(p)] as const);
  return JSON.stringify(Object.fromEntries(entries));
}

/**
 * True while every plan year's amount is the one the pricing gives, as the store holds it: the
 * computed amount encoded as a stored cell must equal the read amount encoded the same way, which
 * is exact for what was written (an amount with more digits than a number holds is stored rounded).
 */
export function pricingHolds(
  measure: Measure,
  pricing: MeasurePricing,
  settings: PlanSettings
): boolean {
  let priced;
  try {
    priced = pricedEffects(pricing, settings, measure.kind);
  } catch {
    return false;
  }
  const cell = (amount: Decimal | null | undefined) =>
    amountCellValue(amount, measure.kind, settings.unit, settings.signConvention, STORED_CELLS);
  return planYears(settings).every((y) => cell(priced[y]) === cell(measure.effects[y]));
}

/** The rows with the pricing stored for each, where it still holds (see pricingHolds). */
export function withStoredPricing(
  rows: readonly ReadRow[],
  pricings: ReadonlyMap<string, MeasurePricing>,
  settings: PlanSettings
): ReadRow[] {
  return rows.map((row) => {
    const pricing = pricings.get(row.measure.id);
    if (!pricing || !pricingHolds(row.measure, pricing, settings)) return row;
    return { ...row, measure: { ...row.measure, pricing } };
  });
}
