/**
 * Properties of the one rounding rule, for random exact amounts (in thousandths of a tkr, one
 * krona, so that halves and ties come up often), and for random damaged plans: the committee
 * table's balance lines are the pane's balance, figure for figure.
 */
import fc from "fast-check";
import { byYears } from "../support/scenarios";
import { dec } from "../../src/budget/money";
import { balanceOf } from "../../src/plan/balance";
import { buildCommitteeTable } from "../../src/plan/committeeTable";
import { DEFAULT_SETTINGS, planYears, type Measure, type Scenario } from "../../src/plan/model";
import { shownParts, shownYear } from "../../src/plan/shownAmounts";
import { balanceLine, measureWith, summa } from "../support/committeeRows";

/** n thousandths rounded to whole units half away from zero, in integer arithmetic. */
const roundThousandths = (n: number) => Math.sign(n) * Math.floor((Math.abs(n) + 500) / 1000);
const tkr = (thousandths: number) => dec(thousandths).dividedBy(1000);

const thousandths = fc.oneof(
  fc.integer({ min: -3_000_000, max: 3_000_000 }),
  // Halves and tenths, where rounding each part on its own goes wrong most often.
  fc.integer({ min: -3_000, max: 3_000 }).map((n) => n * 100),
  fc.integer({ min: -3_000, max: 3_000 }).map((n) => n * 500)
);

describe("parts shown with their total", () => {
  it("add up to the total shown, which is the exact sum rounded once", () => {
    fc.assert(
      fc.property(fc.array(fc.option(thousandths), { maxLength: 30 }), (amounts) => {
        const shown = shownParts(amounts.map((a) => (a === null ? null : tkr(a))));
        const exactSum = amounts.reduce<number>((s, a) => s + (a ?? 0), 0);
        const partsSum = shown.parts.reduce((s, p) => s + (p?.toNumber() ?? 0), 0);
        expect(shown.total.toNumber()).toBe(roundThousandths(exactSum) || 0);
        expect(partsSum).toBe(shown.total.toNumber());
        shown.parts.forEach((part, i) => {
          const exact = amounts[i];
          if (exact === null || exact === undefined) expect(part).toBeNull();
          // Every part moves by less than one tkr from its exact amount.
          else expect(Math.abs((part?.toNumber() ?? NaN) * 1000 - exact)).toBeLessThan(1000);
        });
      })
    );
  });
});

const YEARS = planYears(DEFAULT_SETTINGS);
/** Years of the period and around it: effects in off-period years must count nowhere. */
const anyYear = fc.integer({ min: YEARS[0]! - 1, max: YEARS[YEARS.length - 1]! + 1 });

/** A damaged plan: ids drawn from a small pool (so copies share an id), random numbers and kinds. */
const damagedPlan = fc
  .record({
    rows: fc.array(
      fc.record({
        id: fc.constantFrom("a", "b", "c", "d", "e", "f"),
        nr: fc.integer({ min: 1, max: 6 }),
        proposal: fc.boolean(),
        effects: fc.dictionary(anyYear.map(String), thousandths, { maxKeys: 4 }),
      }),
      { maxLength: 12 }
    ),
    included: fc.array(fc.constantFrom("a", "b", "c", "d", "e", "f", "gone"), { maxLength: 10 }),
    years: fc.array(
      fc.record({
        year: anyYear,
        frame: thousandths,
        needs: thousandths,
        requestedIncrease: thousandths,
        increaseCost: thousandths,
      }),
      { maxLength: 5 }
    ),
  })
  .map(({ rows, included, years }) => {
    const measures: Measure[] = rows.map((r) =>
      measureWith(
        r.id,
        r.nr,
        Object.fromEntries(Object.entries(r.effects).map(([y, n]) => [y, tkr(n).toString()])),
        r.proposal ? "proposal" : "measure"
      )
    );
    const scenario: Scenario = byYears(
      "s",
      years.map((y) => ({
        year: y.year,
        frame: tkr(y.frame),
        needs: tkr(y.needs),
        requestedIncrease: tkr(y.requestedIncrease),
        increaseCost: tkr(y.increaseCost),
      })),
      included,
      "Slump"
    );
    return { measures, scenario };
  });

describe("the committee table and the pane", () => {
  it("show the same balance, line for line, for random damaged plans", () => {
    fc.assert(
      fc.property(damagedPlan, ({ measures, scenario }) => {
        const pane = balanceOf(scenario, measures, DEFAULT_SETTINGS).years.map(shownYear);
        const table = buildCommitteeTable(scenario, measures, DEFAULT_SETTINGS);
        const n = YEARS.length;
        const figures = (pick: (y: (typeof pane)[number]) => { toNumber(): number }) =>
          pane.map((y) => pick(y).toNumber());
        expect(balanceLine(table, "needs", n)).toEqual(figures((y) => y.needs));
        expect(balanceLine(table, "proposals", n)).toEqual(figures((y) => y.proposals));
        expect(balanceLine(table, "toCover", n)).toEqual(figures((y) => y.toCover));
        expect(balanceLine(table, "freedTotal", n)).toEqual(figures((y) => y.freed));
        expect(balanceLine(table, "remains", n)).toEqual(figures((y) => y.balance));
        // The Summa rows, as the sheet sums the parts written above them.
        expect(summa(table)).toEqual(figures((y) => y.freed));
        // A funding group is left out when no proposal has it: then its figures must be 0.
        const orZero = (sums: number[]) => (sums.length > 0 ? sums : pane.map(() => 0));
        expect(orZero(summa(table, "withinFrame"))).toEqual(figures((y) => y.proposals));
        expect(orZero(summa(table, "requested"))).toEqual(figures((y) => y.proposalsRequested));
        pane.forEach((y) => expect(y.status === "balanced").toBe(y.balance.isZero()));
      }),
      { numRuns: 300 }
    );
  });
});
