import fc from "fast-check";
import { Decimal, dec, sum } from "../../src/budget/money";
import { DEFAULT_SETTINGS } from "../../src/plan/model";
import type {
  Ambition,
  GoalEffect,
  Measure,
  MeasureKind,
  PlanSettings,
  Scenario,
} from "../../src/plan/model";
import { balanceOf, compareScenarios, statusOf } from "../../src/plan/balance";
import { byYears, type YearAmounts } from "../support/scenarios";

const settings = DEFAULT_SETTINGS; // 2026–2028
const YEARS = [2026, 2027, 2028];

function measure(
  id: string,
  amounts: readonly (number | null)[],
  kind: MeasureKind = "measure",
  ambition: Ambition | null = null,
  goals: GoalEffect | null = null
): Measure {
  const effects: Record<number, Decimal | null> = {};
  YEARS.forEach((y, i) => {
    const a = amounts[i];
    effects[y] = a === null || a === undefined ? null : dec(a);
  });
  return {
    id,
    nr: 1,
    kind,
    area: "Äldreomsorg",
    title: id,
    effects,
    ambition,
    goals,
    consequence: "",
  };
}

function year(
  y: number,
  needs: number,
  requestedIncrease = 0,
  increaseCost = 0,
  frame = 1_000_000
): YearAmounts {
  return { year: y, frame, needs, requestedIncrease, increaseCost };
}

/** A scenario with the amounts per year a version-1 scenario had (through the v1 upgrade). */
function scenario(included: string[], years: YearAmounts[], id = "s1"): Scenario {
  return byYears(id, years, included);
}

// The reference figures, from BRIEF §6: needs are the four parts, the 2026 measures the three amounts.
const NEEDS_2026 = 23_500 + 12_900 + 9_200 + 3_300;
const PLACES = 14_000;
const HOME_CARE = 35_000;
const POST = 1_000;
const CHILDREN = 5_600 + 1_400 + 4 * 700;

describe("balanceOf: the balance formula", () => {
  const measures = [
    measure("places", [PLACES, PLACES, PLACES], "measure", "lowers", "negative"),
    measure("homecare", [HOME_CARE, HOME_CARE, HOME_CARE]),
    measure("post", [POST, POST, POST], "measure", "keeps", "none"),
    measure("children", [CHILDREN, CHILDREN, CHILDREN], "proposal", "raises", "positive"),
  ];
  const years = YEARS.map((y) => year(y, NEEDS_2026));

  it("frees 14 000 + 35 000 + 1 000 against needs of 48 900: a surplus of 1 100", () => {
    const b = balanceOf(scenario(["places", "homecare", "post"], years), measures, settings);
    const y2026 = b.years[0]!;
    expect(y2026.year).toBe(2026);
    expect(y2026.needs.eq(48_900)).toBe(true);
    expect(y2026.freed.eq(50_000)).toBe(true);
    expect(y2026.toCover.eq(48_900)).toBe(true);
    expect(y2026.balance.eq(1_100)).toBe(true);
    expect(y2026.status).toBe("surplus");
    expect(y2026.size.eq(1_100)).toBe(true);
    expect(b.years.map((y) => y.year)).toEqual(YEARS);
  });

  it("an increase requested for a cost of its own leaves the balance unchanged", () => {
    const withGrant = YEARS.map((y) => year(y, NEEDS_2026, 1_210, 1_210));
    const y2026 = balanceOf(scenario(["places", "homecare", "post"], withGrant), measures, settings)
      .years[0]!;
    expect(y2026.requestedIncrease.eq(1_210)).toBe(true);
    expect(y2026.increaseCost.eq(1_210)).toBe(true);
    expect(y2026.toCover.eq(NEEDS_2026)).toBe(true);
    expect(y2026.balance.eq(50_000 - NEEDS_2026)).toBe(true);
  });

  it("a granted increase reduces what must be covered; a cost without the increase adds to it", () => {
    const granted = balanceOf(
      scenario(["places", "homecare", "post"], [year(2026, NEEDS_2026, 1_210, 0)]),
      measures,
      settings
    );
    expect(granted.years[0]!.toCover.eq(NEEDS_2026 - 1_210)).toBe(true);
    expect(granted.years[0]!.balance.eq(50_000 - NEEDS_2026 + 1_210)).toBe(true);
    const refused = balanceOf(
      scenario(["places", "homecare", "post"], [year(2026, NEEDS_2026, 0, 1_210)]),
      measures,
      settings
    );
    expect(refused.years[0]!.toCover.eq(NEEDS_2026 + 1_210)).toBe(true);
    expect(refused.years[0]!.balance.eq(50_000 - NEEDS_2026 - 1_210)).toBe(true);
    expect(refused.years[0]!.status).toBe("deficit");
  });

  it("an included development proposal adds to what must be covered", () => {
    const b = balanceOf(
      scenario(["places", "homecare", "post", "children"], years),
      measures,
      settings
    );
    const y = b.years[0]!;
    expect(y.proposals.eq(9_800)).toBe(true);
    expect(y.toCover.eq(NEEDS_2026 + 9_800)).toBe(true);
    expect(y.balance.eq(50_000 - NEEDS_2026 - 9_800)).toBe(true);
    expect(y.status).toBe("deficit");
    expect(y.size.eq(9_800 - 1_100)).toBe(true);
  });

  it("a proposal funded by an equal granted increase is neutral", () => {
    const ys = YEARS.map((y) => year(y, NEEDS_2026, CHILDREN, 0));
    const b = balanceOf(
      scenario(["places", "homecare", "post", "children"], ys),
      measures,
      settings
    );
    expect(b.years[0]!.balance.eq(1_100)).toBe(true);
  });

  it("carries the frame along without counting it again", () => {
    const a = balanceOf(scenario(["post"], [year(2026, 500, 0, 0, 1)]), measures, settings)
      .years[0]!;
    const b = balanceOf(scenario(["post"], [year(2026, 500, 0, 0, 1_215_046)]), measures, settings)
      .years[0]!;
    expect(b.frame.eq(1_215_046)).toBe(true);
    expect(a.balance.eq(b.balance)).toBe(true);
    expect(a.balance.eq(POST - 500)).toBe(true);
  });

  it("counts a plan year missing from the scenario as zeros, and ignores years outside the plan", () => {
    const b = balanceOf(scenario(["post"], [year(2030, 99_999)]), measures, settings);
    expect(b.years).toHaveLength(3);
    for (const y of b.years) {
      expect(y.needs.isZero()).toBe(true);
      expect(y.balance.eq(POST)).toBe(true);
    }
  });

  it("counts blank effects as zero", () => {
    const ms = [measure("a", [null, 300, null]), measure("b", [200, null, null])];
    const b = balanceOf(scenario(["a", "b"], []), ms, settings);
    expect(b.years.map((y) => y.freed.toNumber())).toEqual([200, 300, 0]);
  });

  it("counts an id included twice once, and reports ids that name no measure", () => {
    const b = balanceOf(
      scenario(["post", "post", "gone", "gone", "other"], [year(2026, 0)]),
      measures,
      settings
    );
    expect(b.years[0]!.freed.eq(POST)).toBe(true);
    expect(b.includedMeasures).toBe(1);
    expect(b.missingIds).toEqual(["gone", "other"]);
  });

  it("counts included items that lower the ambition, hurt the goals or are unjudged", () => {
    const b = balanceOf(
      scenario(["places", "homecare", "post", "children"], years),
      measures,
      settings
    );
    expect(b.includedMeasures).toBe(3);
    expect(b.includedProposals).toBe(1);
    expect(b.lowersAmbition).toBe(1);
    expect(b.hurtsGoals).toBe(1);
    expect(b.unjudged).toBe(1); // homecare
  });

  it("keeps amounts exact (no binary rounding)", () => {
    const ms = [measure("a", [0.1, 0, 0]), measure("b", [0.2, 0, 0])];
    const b = balanceOf(scenario(["a", "b"], [year(2026, 0.3)]), ms, settings);
    expect(b.years[0]!.balance.isZero()).toBe(true);
    expect(b.years[0]!.status).toBe("balanced");
  });
});

describe("statusOf", () => {
  it("names surplus, balance and deficit by the balance as shown in whole tkr", () => {
    expect(statusOf(dec(1_100))).toBe("surplus");
    expect(statusOf(dec(-8_700))).toBe("deficit");
    expect(statusOf(dec(0))).toBe("balanced");
    expect(statusOf(dec(-0))).toBe("balanced");
    expect(statusOf(dec("0.49"))).toBe("balanced");
    expect(statusOf(dec("-0.49"))).toBe("balanced");
    expect(statusOf(dec("0.5"))).toBe("surplus");
    expect(statusOf(dec("-0.5"))).toBe("deficit");
  });
});

describe("balanceOf: properties", () => {
  const amount = fc.oneof(
    fc.constant(null),
    fc.integer({ min: -1_000_000, max: 1_000_000 }),
    fc.integer({ min: -100_000_000, max: 100_000_000 }).map((n) => n / 1000)
  );
  const item = fc.record({
    kind: fc.constantFrom<MeasureKind>("measure", "proposal"),
    amounts: fc.array(amount, { minLength: 3, maxLength: 3 }),
    included: fc.boolean(),
  });
  const world = fc.record({
    items: fc.array(item, { minLength: 1, maxLength: 25 }),
    needs: fc.array(fc.integer({ min: 0, max: 10_000_000 }), { minLength: 3, maxLength: 3 }),
    requested: fc.array(fc.integer({ min: 0, max: 100_000 }), { minLength: 3, maxLength: 3 }),
    cost: fc.array(fc.integer({ min: 0, max: 100_000 }), { minLength: 3, maxLength: 3 }),
    pick: fc.nat(),
  });

  it("including a measure raises each year's balance by exactly its effect; a proposal lowers it by its amount", () => {
    fc.assert(
      fc.property(world, (w) => {
        const ms = w.items.map((it, i) => measure(`m${i}`, it.amounts, it.kind));
        const years = YEARS.map((y, i) => year(y, w.needs[i]!, w.requested[i]!, w.cost[i]!));
        const chosen = w.pick % ms.length;
        const others = ms.filter((_, i) => i !== chosen && w.items[i]!.included).map((m) => m.id);
        const without = balanceOf(scenario(others, years), ms, settings);
        const withIt = balanceOf(scenario([...others, ms[chosen]!.id], years), ms, settings);
        const target = ms[chosen]!;
        return YEARS.every((y, i) => {
          const effect = target.effects[y] ?? dec(0);
          const signed = target.kind === "measure" ? effect : effect.neg();
          return withIt.years[i]!.balance.minus(without.years[i]!.balance).eq(signed);
        });
      })
    );
  });

  it("balance = freed − (needs + proposals + increaseCost − requestedIncrease), and freed is the sum of the included measures", () => {
    fc.assert(
      fc.property(world, (w) => {
        const ms = w.items.map((it, i) => measure(`m${i}`, it.amounts, it.kind));
        const years = YEARS.map((y, i) => year(y, w.needs[i]!, w.requested[i]!, w.cost[i]!));
        const included = ms.filter((_, i) => w.items[i]!.included);
        const b = balanceOf(
          scenario(
            included.map((m) => m.id),
            years
          ),
          ms,
          settings
        );
        return YEARS.every((y, i) => {
          const r = b.years[i]!;
          const freed = sum(
            included.filter((m) => m.kind === "measure").map((m) => m.effects[y] ?? dec(0))
          );
          const props = sum(
            included.filter((m) => m.kind === "proposal").map((m) => m.effects[y] ?? dec(0))
          );
          const expected = freed.minus(
            dec(w.needs[i]!).plus(props).plus(w.cost[i]!).minus(w.requested[i]!)
          );
          return (
            r.freed.eq(freed) &&
            r.proposals.eq(props) &&
            r.balance.eq(expected) &&
            r.size.eq(expected.abs())
          );
        });
      })
    );
  });

  it("the status agrees with the sign of the rounded balance", () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000, max: 10_000_000 }), (n) => {
        const b = dec(n).div(100);
        const s = statusOf(b);
        const r = Math.round(Math.abs(n) / 100) * Math.sign(n); // half away from zero for these values
        return s === (r > 0 ? "surplus" : r < 0 ? "deficit" : "balanced");
      })
    );
  });
});

describe("compareScenarios", () => {
  const ms = Array.from({ length: 1_000 }, (_, i) =>
    measure(
      `m${i}`,
      [i, 2 * i, null],
      i % 7 === 0 ? "proposal" : "measure",
      i % 3 === 0 ? "lowers" : "keeps",
      i % 5 === 0 ? "negative" : "none"
    )
  );
  const scenarios = Array.from({ length: 10 }, (_, s) =>
    scenario(
      ms.filter((_, i) => i % (s + 1) === 0).map((m) => m.id),
      YEARS.map((y) => year(y, 1_000 * s)),
      `s${s}`
    )
  );

  it("gives each scenario the same balance as balanceOf alone", () => {
    const cmp = compareScenarios(scenarios, ms, settings);
    expect(cmp.years).toEqual(YEARS);
    expect(cmp.scenarios).toHaveLength(10);
    cmp.scenarios.forEach((c, s) => {
      const alone = balanceOf(scenarios[s]!, ms, settings);
      expect(c.scenarioId).toBe(`s${s}`);
      expect(c.years.map((y) => y.balance.toString())).toEqual(
        alone.years.map((y) => y.balance.toString())
      );
      expect([c.lowersAmbition, c.hurtsGoals]).toEqual([alone.lowersAmbition, alone.hurtsGoals]);
    });
    // Scenario 0 includes all 1 000: the measures (i not divisible by 7) free Σ i in 2026.
    let freed = 0;
    let props = 0;
    for (let i = 0; i < 1_000; i++) i % 7 === 0 ? (props += i) : (freed += i);
    expect(cmp.scenarios[0]!.years[0]!.freed.eq(freed)).toBe(true);
    expect(cmp.scenarios[0]!.years[0]!.proposals.eq(props)).toBe(true);
    expect(cmp.scenarios[0]!.years[2]!.freed.isZero()).toBe(true);
  });

  it("reads the measure list once, not once per scenario or per included id", () => {
    let reads = 0;
    const counted = new Proxy(ms, {
      get(target, key, receiver) {
        if (typeof key === "string" && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key, receiver);
      },
    });
    compareScenarios(scenarios, counted, settings);
    expect(reads).toBeLessThanOrEqual(2 * ms.length);
    reads = 0;
    balanceOf(scenarios[0]!, counted, settings);
    expect(reads).toBeLessThanOrEqual(2 * ms.length);
  });
});

// Settings with another plan period work the same way.
describe("balanceOf with other settings", () => {
  it("follows the configured plan years", () => {
    const s: PlanSettings = { ...DEFAULT_SETTINGS, firstYear: 2027, yearCount: 2 };
    const m = measure("x", [100, 200, 300]); // 2026, 2027, 2028
    const b = balanceOf(scenario(["x"], [year(2027, 50), year(2028, 50)]), [m], s);
    expect(b.years.map((y) => [y.year, y.balance.toNumber()])).toEqual([
      [2027, 150],
      [2028, 250],
    ]);
  });
});

describe("balanceOf over the scenario's lines", () => {
  const measures = [
    measure("post", [POST, POST, POST], "measure", "keeps", "none"),
    measure("children", [CHILDREN, CHILDREN, CHILDREN], "proposal", "lowers", "negative"),
  ];
  const every = (n: number) => ({ 2026: dec(n), 2027: dec(n), 2028: dec(n) });
  const lines: Scenario = {
    id: "s",
    name: "s",
    frameLines: [
      { id: "f1", text: "Anvisad ram", amounts: every(1_000_000) },
      { id: "f2", text: "Justering", amounts: { 2026: dec(-500) } },
    ],
    needLines: [
      { id: "n1", area: "Äldreomsorg", cause: "A", source: { kind: "typed", amounts: every(700) } },
    ],
    requests: [
      { id: "r1", purpose: "Behov", covers: "needs", amounts: { 2026: dec(200) } },
      { id: "r2", purpose: "Statsbidrag", covers: "ownCost", amounts: every(50) },
    ],
    included: ["post"],
    requestedProposals: [],
  };

  it("sums the frame lines, needs the need lines and lets a request for the needs reduce toCover", () => {
    const [y2026, y2027] = balanceOf(lines, measures, settings).years;
    expect(y2026!.frame.eq(999_500)).toBe(true);
    expect(y2027!.frame.eq(1_000_000)).toBe(true);
    expect(y2026!.needs.eq(700)).toBe(true);
    expect(y2026!.increaseCost.eq(50)).toBe(true);
    expect(y2026!.requestedIncrease.eq(250)).toBe(true);
    // toCover = 700 + 0 + 50 − 250; the own-cost request is net zero.
    expect(y2026!.toCover.eq(500)).toBe(true);
    expect(y2026!.balance.eq(POST - 500)).toBe(true);
    expect(y2027!.toCover.eq(700)).toBe(true);
  });

  it("a proposal requested as a frame increase is listed, net zero, and counted as requested even when also included", () => {
    const requested = {
      ...lines,
      included: ["post", "children"],
      requestedProposals: ["children"],
    };
    const b = balanceOf(requested, measures, settings);
    const plain = balanceOf(lines, measures, settings);
    const y = b.years[0]!;
    expect(y.proposals.isZero()).toBe(true);
    expect(y.proposalsRequested.eq(CHILDREN)).toBe(true);
    expect(y.increaseCost.eq(50 + CHILDREN)).toBe(true);
    expect(y.requestedIncrease.eq(250 + CHILDREN)).toBe(true);
    expect(y.balance.eq(plain.years[0]!.balance)).toBe(true);
    expect([b.includedProposals, b.requestedProposals]).toEqual([0, 1]);
    // Its colours still count: the committee asks for it.
    expect(b.lowersAmbition).toBe(1);
  });

  it("a measure listed among the requested proposals counts only when it is included", () => {
    const listed = { ...lines, included: [], requestedProposals: ["post"] };
    const b = balanceOf(listed, measures, settings);
    expect(b.years[0]!.freed.isZero()).toBe(true);
    expect(b.years[0]!.proposalsRequested.isZero()).toBe(true);
    expect([b.includedMeasures, b.requestedProposals, b.missingIds]).toEqual([0, 0, []]);
    const both = balanceOf({ ...listed, included: ["post"] }, measures, settings);
    expect(both.years[0]!.freed.eq(POST)).toBe(true);
  });

  it("a proposal funded within the frame lowers the balance by its amount", () => {
    const within = { ...lines, included: ["post", "children"] };
    const b = balanceOf(within, measures, settings).years[0]!;
    const plain = balanceOf(lines, measures, settings).years[0]!;
    expect(plain.balance.minus(b.balance).eq(CHILDREN)).toBe(true);
  });

  it("a derived need line moves with the frame: cost − frame × share / 100", () => {
    const derived: Scenario = {
      ...lines,
      needLines: [
        {
          id: "n1",
          area: "Äldreomsorg",
          cause: "A",
          source: { kind: "derived", cost: every(101_000), frameShare: dec(10) },
        },
      ],
      requests: [],
    };
    const y = balanceOf(derived, measures, settings).years;
    expect(y[0]!.needs.eq(dec(101_000).minus(99_950))).toBe(true);
    expect(y[1]!.needs.eq(1_000)).toBe(true);
    expect(y[0]!.balance.eq(dec(POST).minus(1_050))).toBe(true);
  });
});
