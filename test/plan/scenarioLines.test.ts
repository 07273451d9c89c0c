import { dec } from "../../src/budget/money";
import { DEFAULT_SETTINGS, type Measure, type NeedLine, type Scenario } from "../../src/plan/model";
import { balanceOf } from "../../src/plan/balance";
import { withLineAmount } from "../../src/plan/lineEdits";
import {
  amountIn,
  frameIn,
  fundingOf,
  needAmount,
  needsByArea,
  needsIn,
  requestsIn,
  withFunding,
} from "../../src/plan/scenarioLines";
import { named } from "../support/scenarios";

const derived: NeedLine = {
  id: "n-derived",
  area: "Äldreomsorg",
  cause: "Hemtjänst",
  // An estimated cost of 420 000 of which the area's share of the frame (35 %) is paid.
  source: { kind: "derived", cost: { 2026: dec(420_000), 2027: null }, frameShare: dec(35) },
};

const scenario: Scenario = {
  ...named("s", ["m"]),
  frameLines: [
    { id: "f1", text: "Anvisad ram", amounts: { 2026: dec(1_000_000), 2027: dec(1_000_000) } },
    { id: "f2", text: "Inflationskompensation", amounts: { 2026: dec(20_000) } },
  ],
  needLines: [
    derived,
    { id: "n2", area: "", cause: "IT", source: { kind: "typed", amounts: { 2026: dec(300) } } },
    {
      id: "n3",
      area: "Äldreomsorg",
      cause: "Bemanning",
      source: { kind: "typed", amounts: { 2026: dec(100) } },
    },
  ],
  requests: [
    { id: "r1", purpose: "Behov", covers: "needs", amounts: { 2026: dec(1_000) } },
    { id: "r2", purpose: "Statsbidrag", covers: "ownCost", amounts: { 2026: dec(50), 2027: null } },
    { id: "r3", purpose: "Mer", covers: "needs", amounts: { 2026: dec(5) } },
  ],
};

const measure: Measure = {
  id: "m",
  nr: 1,
  kind: "measure",
  area: "Äldreomsorg",
  title: "Åtgärd",
  effects: { 2026: dec(10_000), 2027: dec(10_000) },
  ambition: null,
  goals: null,
  consequence: "",
};

describe("the sums of a scenario's lines", () => {
  it("counts a blank (absent or null) as 0", () => {
    expect(amountIn({ 2026: null }, 2026).isZero()).toBe(true);
    expect(amountIn({}, 2026).isZero()).toBe(true);
  });

  it("frame = Σ frame lines", () => {
    expect(frameIn(scenario, 2026).eq(1_020_000)).toBe(true);
    expect(frameIn(scenario, 2027).eq(1_000_000)).toBe(true);
    expect(frameIn(scenario, 2030).isZero()).toBe(true);
  });

  it("a derived need = cost − frame × share / 100", () => {
    // 420 000 − 1 020 000 × 35 / 100 = 420 000 − 357 000
    expect(needAmount(derived, frameIn(scenario, 2026), 2026).eq(63_000)).toBe(true);
    // A blank cost counts as 0: the share of the frame is then money to spare.
    expect(needAmount(derived, dec(1_000_000), 2027).eq(-350_000)).toBe(true);
    expect(needAmount(derived, dec(0), 2026).eq(420_000)).toBe(true);
  });

  it("keeps a fractional share exact", () => {
    const line = { ...derived, source: { ...derived.source, frameShare: dec("0.1") } } as NeedLine;
    expect(needAmount(line, dec("0.3"), 2026).eq(dec(420_000).minus("0.0003"))).toBe(true);
  });

  it("needs = Σ need lines, and needs by area sum them per area in the order first met", () => {
    expect(needsIn(scenario, 2026).eq(63_000 + 300 + 100)).toBe(true);
    const byArea = needsByArea(scenario, 2026);
    expect([...byArea.keys()]).toEqual(["Äldreomsorg", ""]);
    expect(byArea.get("Äldreomsorg")!.eq(63_100)).toBe(true);
    expect(byArea.get("")!.eq(300)).toBe(true);
  });

  it("sums the requests by what they cover", () => {
    expect(requestsIn(scenario, 2026, "needs").eq(1_005)).toBe(true);
    expect(requestsIn(scenario, 2026, "ownCost").eq(50)).toBe(true);
    expect(requestsIn(scenario, 2027, "ownCost").isZero()).toBe(true);
    expect(requestsIn(scenario, 2026).eq(1_055)).toBe(true);
  });
});

describe("a changed frame moves a derived need and the balance", () => {
  it("raising the frame by 10 000 lowers the derived need by 3 500 and raises the balance by as much", () => {
    const before = balanceOf(scenario, [measure], DEFAULT_SETTINGS).years[0]!;
    const raised = withLineAmount(scenario, "frameLines", "f2", 2026, dec(30_000));
    const after = balanceOf(raised, [measure], DEFAULT_SETTINGS).years[0]!;
    expect(after.frame.minus(before.frame).eq(10_000)).toBe(true);
    expect(before.needs.minus(after.needs).eq(3_500)).toBe(true);
    expect(after.balance.minus(before.balance).eq(3_500)).toBe(true);
  });

  it("a typed need does not move with the frame", () => {
    const typedOnly = { ...scenario, needLines: scenario.needLines.slice(1) };
    const raised = withLineAmount(typedOnly, "frameLines", "f2", 2026, dec(30_000));
    expect(needsIn(raised, 2026).eq(needsIn(typedOnly, 2026))).toBe(true);
  });
});

describe("a proposal's funding", () => {
  const s = { ...named("s", ["p1", "p2"]), requestedProposals: ["p2", "p3"] };

  it("is requested when listed as requested (that wins over included), within the frame when included, else unfunded", () => {
    expect(fundingOf(s, "p1")).toBe("withinFrame");
    expect(fundingOf(s, "p2")).toBe("requested");
    expect(fundingOf(s, "p3")).toBe("requested");
    expect(fundingOf(s, "p4")).toBe("unfunded");
  });

  it("is set so the proposal is in at most one of the two lists", () => {
    const requested = withFunding(s, "p1", "requested");
    expect(requested.included).toEqual(["p2"]);
    expect(requested.requestedProposals).toEqual(["p2", "p3", "p1"]);
    const within = withFunding(s, "p2", "withinFrame");
    expect(within.included).toEqual(["p1", "p2"]);
    expect(within.requestedProposals).toEqual(["p3"]);
    const none = withFunding(s, "p2", "unfunded");
    expect(none.included).toEqual(["p1"]);
    expect(none.requestedProposals).toEqual(["p3"]);
    for (const f of ["requested", "withinFrame", "unfunded"] as const) {
      expect(fundingOf(withFunding(s, "p1", f), "p1")).toBe(f);
    }
    expect(s.included).toEqual(["p1", "p2"]);
  });
});
