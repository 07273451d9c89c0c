/**
 * The committee table's balance section shows the lines the balance comes from: each frame line,
 * each need line with the needs per area, and each request with its purpose (BRIEF §6, 000 lines
 * 8–16 and 161–170); every development proposal is listed by its funding.
 */
import fc from "fast-check";
import {
  buildCommitteeTable,
  type CommitteeTable,
  type TableCell,
} from "../../src/plan/committeeTable";
import { dec } from "../../src/budget/money";
import { balanceOf } from "../../src/plan/balance";
import { DEFAULT_SETTINGS, type Measure, type Scenario } from "../../src/plan/model";
import { createMeasure } from "../../src/plan/measureEdits";
import { referencePlan } from "../../src/plan/referenceCase";
import { shownAmount } from "../../src/plan/shownAmounts";
import { evaluate } from "../support/evaluateFormulas";
import { named } from "../support/scenarios";

const plan = referencePlan();
const [withinFrame, withIncreases] = plan.scenarios as [Scenario, Scenario];
const tableOf = (s: Scenario) => buildCommitteeTable(s, plan.measures, plan.settings);

const labelled = (t: CommitteeTable, text: string) =>
  t.rows.filter((row) => row.some((c) => c?.value === text));
/** The amounts of the first row labelled `text`, per year. */
const amounts = (t: CommitteeTable, text: string) =>
  (labelled(t, text)[0] ?? [])
    .filter((c): c is TableCell => typeof c?.value === "number" && c.style.startsWith("balance"))
    .map((c) => c.value);
const formulasOf = (t: CommitteeTable, text: string) =>
  (labelled(t, text)[0] ?? []).filter((c): c is TableCell => !!c?.formula);
const rowIndex = (t: CommitteeTable, text: string) =>
  t.rows.findIndex((row) => row.some((c) => c?.value === text));

describe("the balance section of the reference case", () => {
  const t = tableOf(withinFrame);

  it("lists the frame lines and sums them live: 1 215 669 + 4 382 − 8 096 + 49 + 3 042 = 1 215 046", () => {
    const lines = withinFrame.frameLines.map((line) => amounts(t, line.text)[0]);
    expect(lines).toEqual([1_215_669, 4_382, -8_096, 49, 3_042]);
    const frame = formulasOf(t, "Anvisad budgetram");
    expect(frame).toHaveLength(3);
    for (const cell of frame) {
      expect(cell.formula).toMatch(/^=SUM\(/);
      expect(evaluate(t.rows, cell.formula!)).toBe(1_215_046);
    }
  });

  it("lists each need by area and cause, sums them to 48 900, and gives the needs per area", () => {
    const needRows = withinFrame.needLines.map(
      (line) => amounts(t, `${line.area}: ${line.cause}`)[0]
    );
    expect(needRows).toEqual([23_500, 12_900, 9_200, 3_300]);
    for (const cell of formulasOf(t, "Behov utöver ram"))
      expect(evaluate(t.rows, cell.formula!)).toBe(48_900);
    expect(amounts(t, "varav Individ- och familjeomsorg")[0]).toBe(36_400);
    expect(amounts(t, "varav Personligt stöd och omsorg")[0]).toBe(9_200);
    expect(amounts(t, "varav Nämnd och administration")[0]).toBe(3_300);
  });

  it("states the state-grant request with its purpose, for a cost of its own, and still balances +1 100", () => {
    const grant = withinFrame.requests[0]!;
    expect(amounts(t, `${grant.purpose} (egen kostnad)`)[0]).toBe(1_210);
    expect(amounts(t, "Begärd ramökning")[0]).toBe(1_210);
    expect(amounts(t, "Kostnad som begärd ramökning avser")[0]).toBe(1_210);
    expect(amounts(t, "Att täcka")[0]).toBe(48_900);
    expect(amounts(t, "Kvar (+ överskott, − underskott)")[0]).toBe(1_100);
  });

  it("lists the unfunded proposal under its own heading, outside the balance", () => {
    const heading = rowIndex(t, "Ofinansierade (räknas inte i balansen)");
    const proposal = plan.measures.find((m) => m.kind === "proposal" && m.effects[2026])!;
    expect(heading).toBeGreaterThan(0);
    expect(rowIndex(t, proposal.title)).toBeGreaterThan(heading);
    expect(rowIndex(t, "Finansieras inom ramen (räknas i Att täcka)")).toBe(-1);
    expect(amounts(t, "Utvecklingsförslag inom ramen enligt ovan")[0]).toBe(0);
  });
});

describe("the balance section with the requested increases", () => {
  const t = tableOf(withIncreases);

  it("lists every request with its purpose, the 9 800 proposal by number, and sums them live", () => {
    const proposal = plan.measures.find((m) => m.id === withIncreases.requestedProposals[0])!;
    expect(amounts(t, `Utvecklingsförslag ${proposal.nr}: ${proposal.title}`)[0]).toBe(9_800);
    for (const request of withIncreases.requests) {
      const covers = request.covers === "needs" ? "för behoven ovan" : "egen kostnad";
      expect(amounts(t, `${request.purpose} (${covers})`)[0]).toBe(
        request.amounts[2026]!.toNumber()
      );
    }
    // 48 900 for the needs + 1 210 for the grant + 9 800 for "satsa oss ur".
    for (const cell of formulasOf(t, "Begärd ramökning"))
      expect(evaluate(t.rows, cell.formula!)).toBe(59_910);
    expect(amounts(t, "Kostnad som begärd ramökning avser")[0]).toBe(11_010);
    expect(rowIndex(t, "Begärs som ramökning (ramökningen bär kostnaden)")).toBeLessThan(
      rowIndex(t, proposal.title)
    );
  });
});

describe("the balance section's sums", () => {
  const tenths = fc.integer({ min: -2_000_000, max: 2_000_000 }).map((n) => dec(n).dividedBy(10));
  const perYear = fc.tuple(tenths, tenths, tenths);
  const effects = ([a, b, c]: [unknown, unknown, unknown]) =>
    ({ 2026: a, 2027: b, 2028: c }) as Measure["effects"];

  it("give, over the cells as written, the pane's figures rounded once from the exact lines", () => {
    fc.assert(
      fc.property(
        fc.array(perYear, { minLength: 1, maxLength: 6 }),
        fc.array(perYear, { maxLength: 6 }),
        fc.array(perYear, { maxLength: 4 }),
        (frames, needs, requests) => {
          const proposal: Measure = {
            ...createMeasure("proposal", [], DEFAULT_SETTINGS),
            id: "p",
            effects: effects(requests[0] ?? [dec(0), dec(0), dec(0)]),
          };
          const scenario: Scenario = {
            ...named("s"),
            frameLines: frames.map((f, i) => ({
              id: `f${i}`,
              text: `Ram ${i}`,
              amounts: effects(f),
            })),
            needLines: needs.map((n, i) => ({
              id: `n${i}`,
              area: DEFAULT_SETTINGS.areas[i % 2]!,
              cause: `Orsak ${i}`,
              source: { kind: "typed", amounts: effects(n) },
            })),
            requests: requests.map((r, i) => ({
              id: `r${i}`,
              purpose: `Syfte ${i}`,
              covers: i % 2 ? "ownCost" : "needs",
              amounts: effects(r),
            })),
            requestedProposals: ["p"],
          };
          const t = buildCommitteeTable(scenario, [proposal], DEFAULT_SETTINGS);
          const exact = balanceOf(scenario, [proposal], DEFAULT_SETTINGS).years;
          const check = (
            label: string,
            pick: (y: (typeof exact)[number]) => ReturnType<typeof dec>
          ) => {
            const live = formulasOf(t, label);
            expect(live).toHaveLength(3);
            live.forEach((cell, y) =>
              expect(evaluate(t.rows, cell.formula!)).toBe(shownAmount(pick(exact[y]!)).toNumber())
            );
          };
          check("Anvisad budgetram", (y) => y.frame);
          if (needs.length > 0) check("Behov utöver ram", (y) => y.needs);
          check("Begärd ramökning", (y) => y.requestedIncrease);
        }
      ),
      { numRuns: 60 }
    );
  });
});
