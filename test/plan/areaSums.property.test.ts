import fc from "fast-check";
import { Decimal, dec } from "../../src/budget/money";
import { areaSums } from "../../src/plan/areaSums";
import { balanceOf, indexMeasures } from "../../src/plan/balance";
import {
  DEFAULT_SETTINGS,
  planYears,
  type Effects,
  type Measure,
  type NeedLine,
  type Scenario,
} from "../../src/plan/model";

const settings = { ...DEFAULT_SETTINGS, areas: ["A", "B", "C"] };
const YEARS = planYears(settings);
// Areas of the settings, one the settings do not know, and no area.
const AREA = fc.constantFrom("A", "B", "C", "Okänt", "");

const amount = fc.oneof(
  fc.constant(null),
  fc.integer({ min: -1_000_000, max: 1_000_000 }).map((n) => dec(n)),
  fc.integer({ min: -10_000_000, max: 10_000_000 }).map((n) => dec(n).div(1000))
);
const effects: fc.Arbitrary<Effects> = fc
  .array(amount, { minLength: 3, maxLength: 3 })
  .map((a) => Object.fromEntries(YEARS.map((y, i) => [y, a[i] ?? null])));

const needLine = (id: string): fc.Arbitrary<NeedLine> =>
  fc.record({
    id: fc.constant(id),
    area: AREA,
    cause: fc.constant("orsak"),
    source: fc.oneof(
      effects.map((amounts) => ({ kind: "typed" as const, amounts })),
      fc
        .record({ cost: effects, share: fc.integer({ min: 0, max: 10_000 }) })
        .map(({ cost, share }) => ({
          kind: "derived" as const,
          cost,
          frameShare: dec(share).div(100),
        }))
    ),
  });

const measures: fc.Arbitrary<Measure[]> = fc
  .array(fc.record({ proposal: fc.boolean(), area: AREA, effects }), { maxLength: 12 })
  .map((items) =>
    items.map((m, i) => ({
      id: `m${i}`,
      nr: i + 1,
      kind: m.proposal ? ("proposal" as const) : ("measure" as const),
      area: m.area,
      title: `m${i}`,
      effects: m.effects,
      ambition: null,
      goals: null,
      consequence: "",
    }))
  );

// Listed ids include measures and proposals, repeats, and ids that name nothing.
const ids = fc.array(fc.constantFrom(...Array.from({ length: 14 }, (_, i) => `m${i}`)), {
  maxLength: 16,
});

const scenario: fc.Arbitrary<Scenario> = fc.record({
  id: fc.constant("s"),
  name: fc.constant("s"),
  frameLines: fc.array(
    effects.map((amounts) => ({ id: "", text: "ram", amounts })),
    { maxLength: 3 }
  ),
  needLines: fc
    .integer({ min: 0, max: 6 })
    .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => needLine(`n${i}`)))),
  requests: fc.array(
    fc.record({
      id: fc.constant(""),
      purpose: fc.constant("syfte"),
      covers: fc.constantFrom("needs" as const, "ownCost" as const),
      amounts: effects,
    }),
    { maxLength: 4 }
  ),
  included: ids,
  requestedProposals: ids,
});

describe("areaSums: properties", () => {
  it("Σ areas' remains + requestedForNeeds = the year's balance, exactly, for random scenarios", () => {
    fc.assert(
      fc.property(scenario, measures, (s, ms) => {
        const index = indexMeasures(ms);
        const balance = balanceOf(s, index, settings);
        return YEARS.every((year, i) => {
          const sums = areaSums(s, index, settings, year);
          const total = sums.areas.reduce(
            (acc: Decimal, a) => acc.plus(a.remains),
            sums.requestedForNeeds
          );
          return total.eq(balance.years[i]!.balance);
        });
      }),
      { numRuns: 300 }
    );
  });

  it("lists every settings area in order, then the others met, then the blank area last", () => {
    fc.assert(
      fc.property(scenario, measures, (s, ms) => {
        const areas = areaSums(s, indexMeasures(ms), settings, YEARS[0]!).areas.map((a) => a.area);
        const blankAt = areas.indexOf("");
        return (
          areas.slice(0, 3).join("|") === "A|B|C" &&
          new Set(areas).size === areas.length &&
          (blankAt < 0 || blankAt === areas.length - 1)
        );
      })
    );
  });

  it("each area's remains = freed − needs − proposals", () => {
    fc.assert(
      fc.property(scenario, measures, (s, ms) =>
        areaSums(s, indexMeasures(ms), settings, YEARS[1]!).areas.every((a) =>
          a.remains.eq(a.freed.minus(a.needs).minus(a.proposals))
        )
      )
    );
  });
});
