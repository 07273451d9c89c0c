import { dec } from "../../src/budget/money";
import { DEFAULT_SETTINGS } from "../../src/plan/model";
import {
  pricedEffects,
  samePricing,
  startSerial,
  type MeasurePricing,
} from "../../src/plan/pricing";

const settings = DEFAULT_SETTINGS; // 2026–2028
const numbers = (effects: Readonly<Record<number, { toNumber(): number } | null>>) =>
  [2026, 2027, 2028].map((y) => effects[y]?.toNumber());

describe("pricedEffects", () => {
  it("gives the README's example: 1 000 tkr from 1 July 2026 is 500, 1 000, 1 000", () => {
    const pricing: MeasurePricing = {
      kind: "phased",
      annualEffect: dec(1000),
      start: "2026-07-01",
      phaseIn: [],
    };
    expect(numbers(pricedEffects(pricing, settings, "measure"))).toEqual([500, 1000, 1000]);
  });

  it("gives 0 before the start year and applies the phase-in factors from the start year", () => {
    const pricing: MeasurePricing = {
      kind: "phased",
      annualEffect: dec(1000),
      start: "2027-01-01",
      phaseIn: [dec("0.5")],
    };
    expect(numbers(pricedEffects(pricing, settings, "measure"))).toEqual([0, 500, 1000]);
  });

  it("gives the README's VOLUMEEFFECT(-2, 4000) = 8000 from the first year on, 0 before", () => {
    const pricing: MeasurePricing = {
      kind: "volume",
      volumeChange: dec(-2),
      unitCost: dec(4000),
      fromYear: 2027,
    };
    expect(numbers(pricedEffects(pricing, settings, "measure"))).toEqual([0, 8000, 8000]);
    // A proposal's need is the cost of the change: two more placements cost 8 000.
    const more = { ...pricing, volumeChange: dec(2) };
    expect(numbers(pricedEffects(more, settings, "proposal"))).toEqual([0, 8000, 8000]);
  });

  it("refuses a start that is no real date", () => {
    const pricing: MeasurePricing = {
      kind: "phased",
      annualEffect: dec(1),
      start: "2026-02-30",
      phaseIn: [],
    };
    expect(() => pricedEffects(pricing, settings, "measure")).toThrow();
  });
});

describe("startSerial", () => {
  it("reads ISO dates as Excel serials and refuses anything else", () => {
    expect(startSerial("2026-07-01")).toBe(46204);
    expect(startSerial("2026-7-1")).toBeUndefined();
    expect(startSerial("2025-02-29")).toBeUndefined();
    expect(startSerial("1900-02-29")).toBeUndefined();
    expect(startSerial("")).toBeUndefined();
  });
});

describe("samePricing", () => {
  it("compares the inputs, not the objects", () => {
    const a: MeasurePricing = {
      kind: "phased",
      annualEffect: dec(1),
      start: "2026-01-01",
      phaseIn: [dec(1)],
    };
    expect(samePricing(a, { ...a, annualEffect: dec("1.0"), phaseIn: [dec("1")] })).toBe(true);
    expect(samePricing(a, { ...a, phaseIn: [] })).toBe(false);
    expect(samePricing(a, null)).toBe(false);
    expect(samePricing(null, undefined)).toBe(true);
  });
});
