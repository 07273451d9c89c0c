/**
 * The read model over random plans with random damage, as an Excel user makes it: rows copied
 * (a repeated id), rows deleted, rows deleted and added again at the end, ids cleared, text typed
 * into an amount, amounts in a year outside the plan period. For every such sheet:
 * - every non-empty data row is either in the plan (measures) or shown read-only (problemRows),
 *   never both and never neither, and every row shown read-only is named by a problem of its row;
 * - the committee table built from the read model lists exactly the included measures the
 *   balance counts, once each, and its "Frigjorda medel" line is the balance's freed amounts.
 * Prints how many rows it checked and how many were lost (none).
 */
import fc from "fast-check";
import { dec } from "../../src/budget/money";
import type { Decimal } from "../../src/budget/money";
import { balanceOf } from "../../src/plan/balance";
import { buildCommitteeTable } from "../../src/plan/committeeTable";
import type { CommitteeTable } from "../../src/plan/committeeTable";
import { COMMITTEE_TEXT } from "../../src/plan/committeeTexts";
import { DEFAULT_SETTINGS, planYears } from "../../src/plan/model";
import type { Measure, MeasureKind } from "../../src/plan/model";
import type { CellValue } from "../../src/store/cellValue";
import { measureToRow } from "../../src/store/measureCells";
import { MEASURE_COLUMNS } from "../../src/store/measureColumns";
import { readMeasures } from "../../src/store/readModel";
import { named } from "../support/scenarios";

const settings = DEFAULT_SETTINGS;
const years = planYears(settings);
const OFF_PERIOD = "Effekt 2031 (tkr)";
const HEADER = [...MEASURE_COLUMNS(settings), OFF_PERIOD];
const ID = HEADER.indexOf("Id");
const FIRST_AMOUNT = HEADER.indexOf(`Effekt ${years[0]} (tkr)`);
const TITLE = HEADER.indexOf("Åtgärd");

type Damage =
  | { readonly kind: "copy" | "delete" | "readd" | "clearId" | "textAmount"; readonly at: number }
  | { readonly kind: "offPeriod"; readonly at: number; readonly amount: number };

const damageArb: fc.Arbitrary<Damage> = fc.oneof(
  fc.record({
    kind: fc.constantFrom("copy", "delete", "readd", "clearId", "textAmount") as fc.Arbitrary<
      "copy" | "delete" | "readd" | "clearId" | "textAmount"
    >,
    at: fc.nat(),
  }),
  fc.record({
    kind: fc.constant("offPeriod" as const),
    at: fc.nat(),
    amount: fc.integer({ min: 1, max: 9_000 }),
  })
);

const planArb = fc.record({
  measures: fc.array(
    fc.record({
      kind: fc.constantFrom<MeasureKind>("measure", "proposal"),
      nr: fc.integer({ min: 1, max: 6 }),
      amounts: fc.array(fc.option(fc.integer({ min: -20_000, max: 20_000 })), {
        minLength: years.length,
        maxLength: years.length,
      }),
    }),
    { minLength: 1, maxLength: 12 }
  ),
  damage: fc.array(damageArb, { maxLength: 10 }),
  included: fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
  needs: fc.array(fc.integer({ min: 0, max: 30_000 }), {
    minLength: years.length,
    maxLength: years.length,
  }),
});

/** A scenario including `ids`, with needs per plan year and no frame increase. */
function scenarioOf(ids: readonly string[], needs: readonly number[]) {
  return {
    ...named("s", [...ids]),
    years: years.map((year, i) => ({
      year,
      frame: dec(0),
      needs: dec(needs[i] ?? 0),
      requestedIncrease: dec(0),
      increaseCost: dec(0),
    })),
  };
}

function measureOf(
  i: number,
  spec: { kind: MeasureKind; nr: number; amounts: (number | null)[] }
): Measure {
  const effects: Record<number, Decimal | null> = {};
  years.forEach((y, k) => (effects[y] = spec.amounts[k] === null ? null : dec(spec.amounts[k]!)));
  return {
    id: `m-${i}`,
    nr: spec.nr,
    kind: spec.kind,
    area: settings.areas[0]!,
    title: `Åtgärd ${i}`,
    effects,
    ambition: null,
    goals: null,
    consequence: "",
  };
}

/** The sheet's rows after the user's damage; every row's title is unique, so it can be found. */
function damaged(measures: readonly Measure[], damage: readonly Damage[]): CellValue[][] {
  const rows: CellValue[][] = measures.map((m) => [...measureToRow(m, settings), ""]);
  let copies = 0;
  for (const d of damage) {
    if (rows.length === 0) break;
    const i = d.at % rows.length;
    const r = rows[i]!;
    if (d.kind === "copy") rows.push(r.map((c, j) => (j === TITLE ? `Kopia ${++copies}` : c)));
    if (d.kind === "delete") rows.splice(i, 1);
    if (d.kind === "readd") rows.push(...rows.splice(i, 1));
    if (d.kind === "clearId") r[ID] = "";
    if (d.kind === "textAmount") r[FIRST_AMOUNT] = "ca 14 mnkr";
    if (d.kind === "offPeriod") r[HEADER.length - 1] = d.amount;
  }
  return rows;
}

/** A line of the committee table's balance ("Frigjorda medel", "Kvar"): one number per plan year. */
function balanceLine(t: CommitteeTable, label: string): number[] {
  const line = t.rows.find((r) => r[0]?.value === label);
  if (!line) throw new Error(`no line ${label}`);
  return line
    .slice(1)
    .filter((c) => c !== null && typeof c.value === "number")
    .map((c) => c!.value as number);
}

let cases = 0;
let checkedRows = 0;
let lost = 0;
afterAll(() =>
  process.stdout.write(`nothing lost: ${cases} cases, ${checkedRows} rows, ${lost} lost\n`)
);

describe("read model: random plans with random damage", () => {
  it("puts every sheet row in the plan or names it, never both, never neither", () => {
    fc.assert(
      fc.property(planArb, ({ measures, damage }) => {
        const rows = damaged(
          measures.map((m, i) => measureOf(i, m)),
          damage
        );
        const read = readMeasures({ header: HEADER, rows, headerRow: 1 }, settings);
        const counted = new Set(read.measures.map((m) => m.row));
        const shown = new Set(read.problemRows.map((m) => m.row));
        const named = new Set(read.problems.map((p) => p.params.row));
        cases++;
        rows.forEach((_, i) => {
          const sheetRow = i + 2;
          checkedRows++;
          const inPlan = counted.has(sheetRow);
          const readOnly = shown.has(sheetRow);
          if (inPlan === readOnly || (readOnly && !named.has(sheetRow))) lost++;
          expect([sheetRow, inPlan !== readOnly]).toEqual([sheetRow, true]);
          if (readOnly) expect([sheetRow, named.has(sheetRow)]).toEqual([sheetRow, true]);
        });
        // A counted id appears once; a copied row never counts beside its first row.
        const ids = read.measures.map((m) => m.measure.id);
        expect(new Set(ids).size).toBe(ids.length);
      }),
      { numRuns: 300 }
    );
  });

  it("the committee table lists the measures the balance counts and every proposal; its freed and Kvar lines are the pane's", () => {
    fc.assert(
      fc.property(planArb, ({ measures, damage, included, needs }) => {
        const rows = damaged(
          measures.map((m, i) => measureOf(i, m)),
          damage
        );
        const read = readMeasures({ header: HEADER, rows, headerRow: 1 }, settings);
        const plan = read.measures.map((m) => m.measure);
        const ids = measures.map((_, i) => `m-${i}`).filter((_, i) => included[i]);
        const scenario = scenarioOf(ids, needs);
        const committee = buildCommitteeTable(scenario, plan, settings);
        const pane = balanceOf(scenario, plan, settings);
        const titles = committee.rows.flat().map((c) => c?.value);
        const listed = [...rows.map((r) => r[TITLE])].filter((t) => titles.includes(t as string));
        const countedIncluded = plan.filter((m) => ids.includes(m.id)).map((m) => m.title);
        // The included measures, and every proposal the plan counts (by its funding, unfunded too).
        const shownItems = plan
          .filter((m) => (m.kind === "proposal" ? true : ids.includes(m.id)))
          .map((m) => m.title);
        expect(listed.sort()).toEqual([...shownItems].sort());
        expect(pane.includedMeasures + pane.includedProposals).toBe(countedIncluded.length);
        const freed = balanceLine(committee, COMMITTEE_TEXT.freedTotal);
        expect(freed).toEqual(pane.years.map((y) => y.freed.toNumber()));
        const remains = balanceLine(committee, COMMITTEE_TEXT.remains);
        expect(remains).toEqual(pane.years.map((y) => y.balance.toNumber()));
      }),
      { numRuns: 300 }
    );
  });
});
