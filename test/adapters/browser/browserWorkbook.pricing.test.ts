/**
 * A priced measure in the browser: the pricing inputs are stored with the computed amounts and
 * read back with the measure while its amounts are still the ones they give.
 */
import { dec } from "../../../src/budget/money";
import { DEFAULT_SETTINGS } from "../../../src/plan/model";
import { createMeasure } from "../../../src/plan/measureEdits";
import type { Measure } from "../../../src/plan/model";
import type { MeasurePricing } from "../../../src/plan/pricing";
import { samePricing } from "../../../src/plan/pricing";
import { BrowserWorkbook, MemoryStorage } from "../../../src/adapters/browser/browserWorkbook";

const JULY: MeasurePricing = {
  kind: "phased",
  annualEffect: dec(1000),
  start: "2026-07-01",
  phaseIn: [dec("0.5"), dec(1)],
};

async function emptyPlan() {
  const storage = new MemoryStorage();
  const port = new BrowserWorkbook(storage, { events: null });
  await port.resetToEmpty();
  await port.createMeasuresTable(DEFAULT_SETTINGS);
  return { storage, port };
}

function priced(pricing: MeasurePricing, effects: Measure["effects"]): Measure {
  return {
    ...createMeasure("measure", [], DEFAULT_SETTINGS, { title: "Prissatt" }),
    effects,
    pricing,
  };
}

async function loaded(port: BrowserWorkbook, id: string): Promise<Measure> {
  const row = (await port.load()).measures.find((m) => m.measure.id === id);
  if (!row) throw new Error(`no measure ${id}`);
  return row.measure;
}

describe("BrowserWorkbook: a priced measure", () => {
  it("keeps the inputs and the amounts of a new priced measure (1 000 from July, phased in by half)", async () => {
    const { port } = await emptyPlan();
    const m = priced(JULY, { 2026: dec(250), 2027: dec(1000), 2028: dec(1000) });
    await port.addMeasure(m);
    const back = await loaded(port, m.id);
    expect(samePricing(back.pricing, JULY)).toBe(true);
    expect([2026, 2027, 2028].map((y) => back.effects[y]?.toNumber())).toEqual([250, 1000, 1000]);
  });

  it("sets, replaces and removes the pricing of an edited measure", async () => {
    const { port } = await emptyPlan();
    const m = { ...priced(JULY, {}), pricing: null };
    await port.addMeasure(m);
    expect((await loaded(port, m.id)).pricing).toBeUndefined();
    const volume: MeasurePricing = {
      kind: "volume",
      volumeChange: dec(-2),
      unitCost: dec(4000),
      fromYear: 2026,
    };
    const eight = { 2026: dec(8000), 2027: dec(8000), 2028: dec(8000) };
    await port.updateMeasure(m.id, { effects: eight, pricing: volume });
    expect(samePricing((await loaded(port, m.id)).pricing, volume)).toBe(true);
    await port.updateMeasure(m.id, { effects: { 2026: dec(1) }, pricing: null });
    expect((await loaded(port, m.id)).pricing).toBeUndefined();
  });

  it("drops the pricing once an amount no longer is the one it gives", async () => {
    const { port } = await emptyPlan();
    const m = priced(JULY, { 2026: dec(250), 2027: dec(1000), 2028: dec(1000) });
    await port.addMeasure(m);
    // An edit that does not name the pricing (the amount of one year typed).
    await port.updateMeasure(m.id, { effects: { 2027: dec(900) } });
    expect((await loaded(port, m.id)).pricing).toBeUndefined();
  });

  it("ignores stored pricing text it cannot read", async () => {
    const { storage, port } = await emptyPlan();
    const m = priced(JULY, { 2026: dec(250), 2027: dec(1000), 2028: dec(1000) });
    await port.addMeasure(m);
    storage.setItem("ramkoll.pricing", "{not json");
    expect((await loaded(port, m.id)).pricing).toBeUndefined();
    storage.setItem(
      "ramkoll.pricing",
      JSON.stringify({ [m.id]: { kind: "phased", annualEffect: "x" } })
    );
    expect((await loaded(port, m.id)).pricing).toBeUndefined();
  });
});
