/**
 * The proposed decisions (decisions.ts) of the reference case: the eight att-satser of 000 lines
 * 1–40 in substance, every number checked against the document (BRIEF §9), and against the
 * committee table below them: the decisions state the table's own figures.
 */
import fc from "fast-check";
import { dec } from "../../src/budget/money";
import { buildCommitteeTable } from "../../src/plan/committeeTable";
import { decisionsOf, fallbackOf, type Decisions } from "../../src/plan/decisions";
import { inSentence, measureDoing, tkr } from "../../src/plan/decisionTexts";
import type { Measure, Scenario } from "../../src/plan/model";
import { REFERENCE_CHILDREN_PROPOSAL_ID, referencePlan } from "../../src/plan/referenceCase";
import { withFunding } from "../../src/plan/scenarioLines";
import { named } from "../support/scenarios";

const plan = referencePlan();
const settings = { ...plan.settings, committee: "Socialnämnden" };
/** The amounts a text states, as numbers: "48 900 tkr" → 48900. */
const amountsIn = (text: string) =>
  [...text.matchAll(/(−?\d{1,3}(?:\u00a0\d{3})*)\u00a0tkr/g)].map((m) =>
    Number(m[1]!.replace(/\u00a0/g, "").replace("−", "-"))
  );
const texts = (d: Decisions) => d.groups.flatMap((g) => g.decisions.map((x) => x.text));

describe("the proposed decisions of the reference case", () => {
  // The committee's proposal within the frame, with the 9 800 tkr proposal requested (att-sats 8).
  const scenario = withFunding(plan.scenarios[0]!, REFERENCE_CHILDREN_PROPOSAL_ID, "requested");
  const decisions = decisionsOf(scenario, plan.measures, settings);
  const all = texts(decisions);

  it("are the document's eight att-satser, numbered 1 to 8 through the groups", () => {
    expect(all).toHaveLength(8);
    expect(decisions.groups.flatMap((g) => g.decisions.map((d) => d.nr))).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8,
    ]);
    expect(all.every((t) => t.startsWith("Att "))).toBe(true);
    expect(decisions.opening).toBe(
      "Socialnämnden överlämnar förslaget till mål och resursplan 2026–2028 med följande förslag:"
    );
  });

  it("1: the needs of 48 900 tkr by area and cause, 36 400 = 23 500 + 12 900, 9 200, 3 300", () => {
    expect(amountsIn(all[0]!)).toEqual([48_900, 36_400, 23_500, 12_900, 9_200, 3_300]);
    expect(all[0]).toMatch(/inför 2026/);
    expect(all[0]).toMatch(
      /inom individ- och familjeomsorg \(23\u00a0500\u00a0tkr placeringar barn/
    );
    expect(all[0]).toMatch(/12\u00a0900\u00a0tkr försörjningsstöd\)/);
    expect(all[0]).toMatch(
      /9\u00a0200\u00a0tkr inom personligt stöd och omsorg för externa placeringar/
    );
    expect(all[0]).toMatch(
      /3\u00a0300\u00a0tkr inom nämnd och administration för ökade IT-kostnader/
    );
  });

  it("2: the 1 210 tkr state grant requested with its purpose", () => {
    expect(amountsIn(all[1]!)).toEqual([1_210]);
    expect(all[1]).toMatch(
      /^Att begära ramökning om 1\u00a0210\u00a0tkr inför 2026 avseende statsbidrag/
    );
  });

  it("3–5: the measures within the frame in 2026: 14 000, 35 000 and 1 000 tkr", () => {
    const group = decisions.groups[1]!;
    expect(group.intro).toMatch(/inom ram 2026 utan ramökning föreslår socialnämnden/);
    expect(group.decisions.map((d) => amountsIn(d.text))).toEqual([[14_000], [35_000], [1_000]]);
    expect(group.decisions[0]!.text).toBe(
      "Att vakanshålla 24 platser i särskilt boende, 14\u00a0000\u00a0tkr."
    );
  });

  it("6: the measure for the later plan years, 5 000 tkr a year from 2027", () => {
    const group = decisions.groups[2]!;
    expect(group.intro).toMatch(/planperioden 2026–2028/);
    expect(group.decisions.map((d) => d.text)).toEqual([
      "Att avbryta planeringen av två boenden: sammansatta behov och serviceboende LSS, 5\u00a0000\u00a0tkr per år från 2027.",
    ]);
  });

  it("7: the measure without an amount; 8: the 9 800 tkr requested for the proposal", () => {
    expect(decisions.groups[3]!.decisions.map((d) => d.key)).toEqual(["measure:ref-atgard-5"]);
    expect(all[6]).toBe(
      "Att genomföra åtgärd 5, färre placeringar till förmån för insatser på hemmaplan."
    );
    expect(amountsIn(all[6]!)).toEqual([]);
    expect(amountsIn(all[7]!)).toEqual([9_800]);
    expect(all[7]).toMatch(
      /för utvecklingsförslag 1, utvecklingsplan ”satsa oss ur” barn och unga/
    );
  });

  it("with the needs requested (the second scenario): 48 900 tkr requested, the proposal last", () => {
    const d = decisionsOf(plan.scenarios[1]!, plan.measures, settings);
    const t = texts(d);
    expect(t[0]).toMatch(
      /^Att begära ramökning om 48\u00a0900\u00a0tkr inför 2026 för behov utöver ram/
    );
    expect(amountsIn(t[0]!)).toEqual([48_900, 48_900, 36_400, 23_500, 12_900, 9_200, 3_300]);
    expect(t.slice(1).map(amountsIn)).toEqual([[1_210], [9_800]]);
  });

  it("the document's eight: the increases requested, the first scenario's measures should they not be granted", () => {
    const [within, increase] = plan.scenarios as [Scenario, Scenario];
    const fallback = fallbackOf(increase, plan.scenarios);
    expect(fallback?.id).toBe(within.id);
    const d = decisionsOf(increase, plan.measures, settings, fallback);
    const t = texts(d);
    expect(t.map(amountsIn)).toEqual([
      [48_900, 48_900, 36_400, 23_500, 12_900, 9_200, 3_300],
      [1_210],
      [14_000],
      [35_000],
      [1_000],
      [5_000],
      [],
      [9_800],
    ]);
    expect(d.groups[1]!.intro).toBe(
      "Om ramökningen inte beviljas, och för att lägga en budget inom ram 2026, föreslår socialnämnden följande:"
    );
    // A scenario naming itself, or one not in the plan, has no fallback.
    expect(fallbackOf({ ...increase, fallbackScenarioId: increase.id }, plan.scenarios)).toBeNull();
    expect(fallbackOf({ ...increase, fallbackScenarioId: "gone" }, plan.scenarios)).toBeNull();
  });

  it("states the committee table's figures: each measure's amount is its cell in the table", () => {
    const table = buildCommitteeTable(scenario, plan.measures, settings);
    const cells = new Set(
      table.rows.flat().flatMap((c) => (typeof c?.value === "number" ? [c.value] : []))
    );
    for (const amount of all.flatMap(amountsIn)) expect(cells).toContain(amount);
  });
});

describe("decisions of any plan", () => {
  const measure = (id: string, nr: number, kind: Measure["kind"], amounts: number[]): Measure => ({
    id,
    nr,
    kind,
    area: "Äldreomsorg",
    title: `Förslag ${id}`,
    effects: Object.fromEntries(amounts.map((a, i) => [2026 + i, dec(a).div(10)])),
    ambition: null,
    goals: null,
    consequence: "",
  });
  const amounts = fc.array(fc.integer({ min: -100_000, max: 100_000 }), { maxLength: 3 });

  it("number every att-sats once, from 1, name each included item once, and state whole tkr", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.boolean(), amounts, fc.boolean()), { maxLength: 8 }),
        (rows) => {
          const measures = rows.map(([proposal, a], i) =>
            measure(`x${i}`, i + 1, proposal ? "proposal" : "measure", a)
          );
          const included = rows.flatMap(([, , inc], i) => (inc ? [`x${i}`] : []));
          const d = decisionsOf(named("s", included), measures, settings);
          const nrs = d.groups.flatMap((g) => g.decisions.map((x) => x.nr));
          expect(nrs).toEqual(nrs.map((_, i) => i + 1));
          const keys = d.groups.flatMap((g) => g.decisions.map((x) => x.key));
          expect(new Set(keys).size).toBe(keys.length);
          const includedMeasures = measures.filter(
            (m) => m.kind === "measure" && included.includes(m.id)
          );
          expect(keys.filter((k) => k.startsWith("measure:")).sort()).toEqual(
            includedMeasures.map((m) => `measure:${m.id}`).sort()
          );
          for (const text of texts(d)) expect(text).not.toMatch(/NaN|undefined|Infinity|\d\.\d/);
        }
      )
    );
  });
});

describe("the words of a decision", () => {
  it("writes amounts as whole tkr with no-break spaces and a real minus", () => {
    expect(tkr(dec(48_900))).toBe("48\u00a0900\u00a0tkr");
    expect(tkr(dec(-1_215_046))).toBe("\u22121\u00a0215\u00a0046\u00a0tkr");
    expect(tkr(dec(0))).toBe("0\u00a0tkr");
  });

  it("follows Att with the title where it starts with a verb, else names the measure", () => {
    expect(measureDoing(3, "Sänka kostnaderna i ordinärt boende")).toBe(
      "sänka kostnaderna i ordinärt boende"
    );
    expect(measureDoing(5, "Färre placeringar")).toBe("genomföra åtgärd 5, färre placeringar");
    expect(measureDoing(6, "Nya rutiner för inköp")).toBe(
      "genomföra åtgärd 6, nya rutiner för inköp"
    );
  });

  it("lowers a title's first letter inside a sentence, but not an abbreviation or a code", () => {
    expect(inSentence("Vakanshålla 24 platser")).toBe("vakanshålla 24 platser");
    expect(inSentence("IFO placeringar")).toBe("IFO placeringar");
    expect(inSentence("51 Äldreomsorg/LSS")).toBe("51 Äldreomsorg/LSS");
    expect(inSentence("Ökade IT-kostnader")).toBe("ökade IT-kostnader");
  });
});
