/**
 * Properties of the plan document's merge: an unchanged side gives the other side's content,
 * and changes of disjoint fields both survive.
 */
import fc from "fast-check";
import { dec } from "../../src/budget/money";
import { DEFAULT_SETTINGS } from "../../src/plan/model";
import type {
  Effects,
  FrameLine,
  NeedLine,
  NeedSource,
  PlanSettings,
  RequestLine,
  Scenario,
} from "../../src/plan/model";
import { named } from "../support/scenarios";
import { mergePlanContent, sameValue } from "../../src/plan/documentMerge";
import type { PlanContent } from "../../src/plan/documentMerge";

const amount = fc.integer({ min: -5_000, max: 5_000 }).map((n) => dec(n).div(10));
const ids = fc.uniqueArray(fc.constantFrom("m-1", "m-2", "m-3", "m-4", "m-5", "m-6"));

const amountsArb: fc.Arbitrary<Effects> = fc
  .uniqueArray(fc.integer({ min: 2026, max: 2029 }))
  .chain((years) => fc.tuple(...years.map((y) => fc.option(amount).map((a) => [y, a] as const))))
  .map((entries) => Object.fromEntries(entries));

const lineId = fc.constantFrom("l-1", "l-2", "l-3", "l-4");
const text = fc.string({ maxLength: 6 });

const frameLineArb: fc.Arbitrary<FrameLine> = fc.record({ id: lineId, text, amounts: amountsArb });

const needSourceArb: fc.Arbitrary<NeedSource> = fc.oneof(
  fc.record({ kind: fc.constant("typed" as const), amounts: amountsArb }),
  fc.record({ kind: fc.constant("derived" as const), cost: amountsArb, frameShare: amount })
);

const needLineArb: fc.Arbitrary<NeedLine> = fc.record({
  id: lineId,
  area: fc.constantFrom("", "Barn och unga", "Vuxna"),
  cause: text,
  source: needSourceArb,
});

const requestArb: fc.Arbitrary<RequestLine> = fc.record({
  id: lineId,
  purpose: text,
  covers: fc.constantFrom("needs" as const, "ownCost" as const),
  amounts: amountsArb,
});

const lines = <L extends { id: string }>(arb: fc.Arbitrary<L>) =>
  fc.uniqueArray(arb, { selector: (l) => l.id, maxLength: 3 });

const scenarioArb = (id: string): fc.Arbitrary<Scenario> =>
  fc.record({
    id: fc.constant(id),
    name: fc.string({ maxLength: 8 }),
    frameLines: lines(frameLineArb),
    needLines: lines(needLineArb),
    requests: lines(requestArb),
    included: ids,
    requestedProposals: ids,
  });

const settingsArb: fc.Arbitrary<PlanSettings> = fc.record({
  firstYear: fc.integer({ min: 2024, max: 2030 }),
  yearCount: fc.integer({ min: 1, max: 5 }),
  areas: fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  colourLabels: fc.record({ red: fc.string(), yellow: fc.string(), green: fc.string() }),
  legend: fc.record({ ambition: fc.string(), goals: fc.string() }),
  signConvention: fc.constantFrom("positive" as const, "resultEffect" as const),
  unit: fc.constantFrom("kr" as const, "tkr" as const, "mnkr" as const),
  municipality: fc.constantFrom("", "Vänersborgs kommun", "Askersunds kommun"),
  committee: fc.constantFrom("", "Socialnämnden"),
});

const contentArb: fc.Arbitrary<PlanContent> = fc.record({
  settings: settingsArb,
  scenarios: fc
    .uniqueArray(fc.constantFrom("s-1", "s-2", "s-3", "s-4", "s-5"), { maxLength: 4 })
    .chain((list) => fc.tuple(...list.map(scenarioArb))),
});

describe("mergePlanContent, properties", () => {
  it("gives mine when theirs is unchanged, and theirs when mine is unchanged", () => {
    fc.assert(
      fc.property(contentArb, contentArb, (base, other) => {
        const a = mergePlanContent(base, base, other);
        const b = mergePlanContent(base, other, base);
        expect(a.ok && sameValue(a.merged, other)).toBe(true);
        expect(b.ok && sameValue(b.merged, other)).toBe(true);
      }),
      { numRuns: 300 }
    );
  });

  it("keeps both of two changes to disjoint fields", () => {
    // Theirs changes the settings and the frame lines of the first scenario; mine the names and
    // the inclusions of every scenario, adds a frame line to each and adds a scenario: no field
    // is changed on both sides.
    const arb = contentArb.chain((base) =>
      fc.record({
        base: fc.constant(base),
        settings: settingsArb,
        frame: amount,
        names: fc.array(fc.string({ maxLength: 6 }), { minLength: 5, maxLength: 5 }),
        added: ids,
      })
    );
    fc.assert(
      fc.property(arb, ({ base, settings, frame, names, added }) => {
        const [first, ...others] = base.scenarios;
        const theirsFirst = first && {
          ...first,
          frameLines: first.frameLines.map((l) => ({
            ...l,
            amounts: Object.fromEntries(Object.keys(l.amounts).map((y) => [y, frame])),
          })),
        };
        const theirs: PlanContent = {
          settings,
          scenarios: theirsFirst ? [theirsFirst, ...others] : [],
        };
        const extra = named("s-new", [], "Ny");
        const mineLine: FrameLine = { id: "l-mine", text: "Ny rad", amounts: { 2026: frame } };
        const mine: PlanContent = {
          settings: base.settings,
          scenarios: [
            ...base.scenarios.map((s, i) => ({
              ...s,
              name: names[i] ?? s.name,
              included: [...new Set([...s.included, ...added])],
              frameLines: [...s.frameLines, mineLine],
            })),
            extra,
          ],
        };
        const result = mergePlanContent(base, theirs, mine);
        if (!result.ok) throw new Error(JSON.stringify(result.conflicts));
        const out = result.merged;
        expect(sameValue(out.settings, settings)).toBe(true);
        expect(out.scenarios.map((s) => s.name)).toEqual(mine.scenarios.map((s) => s.name));
        expect(out.scenarios.map((s) => s.included)).toEqual(mine.scenarios.map((s) => s.included));
        if (theirsFirst) {
          const expected = [...theirsFirst.frameLines, mineLine];
          expect(sameValue(out.scenarios[0]!.frameLines, expected)).toBe(true);
        }
      }),
      { numRuns: 300 }
    );
  });

  it("never merges when both changed one field to different values", () => {
    fc.assert(
      fc.property(settingsArb, fc.constantFrom(2024, 2025), (settings, year) => {
        const base = { settings: DEFAULT_SETTINGS, scenarios: [] };
        const theirs = { settings: { ...settings, firstYear: year }, scenarios: [] };
        const mine = { settings: { ...settings, firstYear: year + 10 }, scenarios: [] };
        expect(mergePlanContent(base, theirs, mine).ok).toBe(false);
      })
    );
  });
});
