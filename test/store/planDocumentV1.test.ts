/**
 * A plan document of version 1 (one frame, needs, requested increase and increase cost per year)
 * opens as lines: the frame and needs as typed, the requested increase split into a request for
 * the scenario's own cost and one for the needs, a cost not granted as a need; the balance of
 * every year is the one version 1 gave (the rule of balance.ts: toCover = needs + proposals +
 * increaseCost − requestedIncrease, balance = freed − toCover).
 */
import fc from "fast-check";
import { dec, Decimal } from "../../src/budget/money";
import { balanceOf } from "../../src/plan/balance";
import { DEFAULT_SETTINGS, type Measure } from "../../src/plan/model";
import { createMeasure } from "../../src/plan/measureEdits";
import { parsePlanDocument, serializePlanDocument } from "../../src/store/planDocument";
import { V1_LINE_TEXTS } from "../../src/store/planDocumentV1";

const settings = DEFAULT_SETTINGS;

function v1(years: object[], included: string[] = []) {
  return { version: 1, settings: {}, scenarios: [{ id: "s", name: "Gammal", years, included }] };
}

function read(doc: unknown) {
  const r = parsePlanDocument(JSON.stringify(doc));
  if (!r.ok) throw new Error(JSON.stringify(r.problem));
  return r.document;
}

const y2026 = (frame: number, needs: number, requestedIncrease: number, increaseCost: number) => ({
  year: 2026,
  frame: String(frame),
  needs: String(needs),
  requestedIncrease: String(requestedIncrease),
  increaseCost: String(increaseCost),
});

describe("a version-1 plan document", () => {
  it("opens as lines: the frame, the needs, and an increase for its own cost", () => {
    const s = read(v1([y2026(1_215_046, 48_900, 1_210, 1_210)], ["m-1"])).scenarios[0]!;
    expect(s.frameLines).toEqual([
      { id: "v1-ram", text: V1_LINE_TEXTS.frame, amounts: { 2026: dec(1_215_046) } },
    ]);
    expect(s.needLines.map((l) => [l.cause, l.source])).toEqual([
      [V1_LINE_TEXTS.needs, { kind: "typed", amounts: { 2026: dec(48_900) } }],
    ]);
    expect(s.requests.map((r) => [r.covers, r.amounts[2026]!.toNumber()])).toEqual([
      ["ownCost", 1_210],
    ]);
    expect(s.included).toEqual(["m-1"]);
    expect(s.requestedProposals).toEqual([]);
  });

  it("splits an increase larger than its cost into one for the cost and one for the needs", () => {
    const s = read(v1([y2026(1_000, 48_900, 50_000, 1_210)])).scenarios[0]!;
    expect(s.requests.map((r) => [r.covers, r.amounts[2026]!.toNumber()])).toEqual([
      ["needs", 48_790],
      ["ownCost", 1_210],
    ]);
  });

  it("keeps a cost larger than its increase as a need not granted", () => {
    const s = read(v1([y2026(1_000, 0, 200, 500)])).scenarios[0]!;
    expect(s.needLines.map((l) => [l.cause, l.source])).toEqual([
      [V1_LINE_TEXTS.notGranted, { kind: "typed", amounts: { 2026: dec(300) } }],
    ]);
    expect(s.requests.map((r) => [r.covers, r.amounts[2026]!.toNumber()])).toEqual([
      ["ownCost", 200],
    ]);
  });

  it("reads increases left out as zero, and says where it breaks its schema", () => {
    const s = read(v1([{ year: 2027, frame: 1, needs: "2" }])).scenarios[0]!;
    expect(s.requests).toEqual([]);
    expect(s.needLines[0]!.source).toEqual({ kind: "typed", amounts: { 2027: dec(2) } });
    const bad = v1([{ ...y2026(1, 2, 0, 0), needs: "48 900 tkr" }]);
    const r = parsePlanDocument(bad);
    expect(r.ok || r.problem.params).toMatchObject({ path: "scenarios.0.years.0.needs" });
    expect(parsePlanDocument(v1([y2026(1, 2, 0, 0), y2026(3, 4, 0, 0)])).ok).toBe(false);
  });

  it("is saved as the current version and reads back the same", () => {
    const doc = read(v1([y2026(1_215_046, 48_900, 50_000, 1_210)], ["m-1"]));
    const again = read(JSON.parse(serializePlanDocument(doc)));
    expect(again.scenarios).toEqual(doc.scenarios);
  });
});

describe("the upgrade keeps every year's balance (property)", () => {
  const tenths = fc.integer({ min: -10_000_000, max: 10_000_000 }).map((n) => dec(n).div(10));
  const measures: Measure[] = [
    { ...createMeasure("measure", [], settings), id: "m-1", effects: { 2026: dec(700) } },
    { ...createMeasure("proposal", [], settings), id: "p-1", effects: { 2026: dec(250) } },
  ];

  it("frame, requested increase, to cover and balance are those version 1 gave", () => {
    fc.assert(
      fc.property(
        tenths,
        tenths,
        tenths,
        tenths,
        fc.subarray(["m-1", "p-1"]),
        (frame, needs, requested, cost, included) => {
          const years = [
            { year: 2026, frame, needs, requestedIncrease: requested, increaseCost: cost },
          ];
          const doc = read(
            v1(
              years.map((y) => ({
                ...y,
                frame: String(y.frame),
                needs: String(y.needs),
                requestedIncrease: String(y.requestedIncrease),
                increaseCost: String(y.increaseCost),
              })),
              included
            )
          );
          const year = balanceOf(doc.scenarios[0]!, measures, settings).years[0]!;
          // A proposal funded within the frame is a cost to cover (typed as a positive amount).
          const proposals = included.includes("p-1") ? new Decimal(250) : new Decimal(0);
          const freed = included.includes("m-1") ? new Decimal(700) : new Decimal(0);
          const toCover = needs.plus(proposals).plus(cost).minus(requested);
          return (
            year.frame.eq(frame) &&
            year.requestedIncrease.eq(requested) &&
            year.toCover.eq(toCover) &&
            year.balance.eq(freed.minus(toCover))
          );
        }
      ),
      { numRuns: 300 }
    );
  });
});
