/**
 * The storage entry of the measures' pricing inputs (store/storedPricing.ts) as BrowserStore
 * writes it together with the table, in the same all-or-nothing write.
 */
import type { MeasurePricing } from "../../plan/pricing";
import { parseStoredPricings, serializeStoredPricings } from "../../store/storedPricing";

/**
 * The entry to write with a measure's row: its pricing set (or removed, for null); no entry when
 * the edit does not name the pricing (undefined), so the stored one stays and is checked on read.
 */
export function pricingEntries(
  key: string,
  storedText: string | null,
  id: string,
  pricing: MeasurePricing | null | undefined
): [string, string | null][] {
  if (pricing === undefined) return [];
  const pricings = parseStoredPricings(storedText);
  if (pricing === null && !pricings.has(id)) return [];
  if (pricing === null) pricings.delete(id);
  else pricings.set(id, pricing);
  return [[key, serializeStoredPricings(pricings)]];
}
