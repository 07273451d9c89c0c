import fc from "fast-check";
import { Decimal, dec } from "../../src/budget/money";
import { DEFAULT_SETTINGS, planYears } from "../../src/plan/model";
import type {
  Ambition,
  GoalEffect,
  Measure,
  MeasureKind,
  PlanSettings,
} from "../../src/plan/model";
import { MEASURE_COLUMNS } from "../../src/store/measureColumns";
import { measureToRow } from "../../src/store/measureCells";
import { parseMeasureRows } from "../../src/store/measuresSheet";

const settings = DEFAULT_SETTINGS;

// ---------------------------------------------------------------------------------------------
// Round trip measure → row → measure
// ---------------------------------------------------------------------------------------------

const idArb = fc
  .string({ minLength: 1, maxLength: 20 })
  .map((s) => s.trim())
  .filter((s) => s.length > 0);
const textArb = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom("=", "+", "-", "@").chain((c) => fc.string({ maxLength: 20 }).map((s) => c + s)),
  fc.constantFrom(
    "=SUMMA(A1:A3)",
    "+46 70",
    "-5 platser",
    "@chef",
    "  mellanslag  ",
    "rad 1\nrad 2"
  )
);
const amountArb = fc.oneof(
  fc.constant(null),
  fc.integer({ min: -10_000_000, max: 10_000_000 }).map((n) => dec(n)),
  fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }).map((n) => dec(n).div(1000))
);

function measureArb(s: PlanSettings): fc.Arbitrary<Measure> {
  const years = planYears(s);
  return fc
    .record({
      id: idArb,
      nr: fc.integer({ min: 1, max: 100_000 }),
      kind: fc.constantFrom<MeasureKind>("measure", "proposal"),
      area: fc.constantFrom(...s.areas),
      title: textArb,
      amounts: fc.array(amountArb, { minLength: years.length, maxLength: years.length }),
      ambition: fc.constantFrom<Ambition | null>("lowers", "keeps", "raises", null),
      goals: fc.constantFrom<GoalEffect | null>("negative", "none", "positive", null),
      consequence: textArb,
    })
    .map(({ amounts, ...rest }) => {
      const effects: Record<number, Decimal | null> = {};
      years.forEach((y, i) => (effects[y] = amounts[i] ?? null));
      return { ...rest, effects };
    });
}

function sameMeasure(a: Measure, b: Measure, years: number[]): boolean {
  const same = (x: Decimal | null | undefined, y: Decimal | null | undefined) =>
    x === null || x === undefined
      ? y === null || y === undefined
      : y !== null && y !== undefined && x.eq(y);
  return (
    a.id === b.id &&
    a.nr === b.nr &&
    a.kind === b.kind &&
    a.area === b.area &&
    a.title === b.title &&
    a.ambition === b.ambition &&
    a.goals === b.goals &&
    a.consequence === b.consequence &&
    years.every((y) => same(a.effects[y], b.effects[y]))
  );
}

describe("measureToRow and back", () => {
  const settingsArb = fc.record({
    firstYear: fc.integer({ min: 2000, max: 2100 }),
    yearCount: fc.integer({ min: 1, max: 5 }),
    unit: fc.constantFrom<PlanSettings["unit"]>("kr", "tkr", "mnkr"),
    signConvention: fc.constantFrom<PlanSettings["signConvention"]>("positive", "resultEffect"),
  });

  it("loses nothing, whatever the settings (titles starting with = + - @ included)", () => {
    fc.assert(
      fc.property(
        settingsArb.chain((partial) => {
          const s: PlanSettings = { ...settings, ...partial };
          return fc.tuple(
            fc.constant(s),
            fc.uniqueArray(measureArb(s), { selector: (m) => m.id, maxLength: 8 })
          );
        }),
        ([s, measures]) => {
          const rows = measures.map((m) => measureToRow(m, s));
          const r = parseMeasureRows(MEASURE_COLUMNS(s), rows, s);
          const years = planYears(s);
          return (
            r.problems.length === 0 &&
            r.rows.length === measures.length &&
            r.rows.every((x) => x.writable) &&
            measures.every((m, i) => sameMeasure(m, r.rows[i]!.measure, years))
          );
        }
      ),
      { numRuns: 300 }
    );
  });

  it("writes the row in the order of the header, words for kind and colours, blank for a blank amount", () => {
    const m: Measure = {
      id: "m-7",
      nr: 7,
      kind: "proposal",
      area: "Individ- och familjeomsorg",
      title: "=satsa oss ur",
      effects: { 2026: dec(9_800), 2027: null, 2028: dec("0.5") },
      ambition: "raises",
      goals: null,
      consequence: "text",
    };
    expect(measureToRow(m, settings)).toEqual([
      "m-7",
      7,
      "Utvecklingsförslag",
      "Individ- och familjeomsorg",
      "=satsa oss ur",
      9_800,
      "",
      0.5,
      "GRÖN",
      "",
      "text",
    ]);
    expect(
      measureToRow(m, { ...settings, unit: "mnkr", signConvention: "resultEffect" }).slice(5, 8)
    ).toEqual([-9.8, "", -0.0005]);
    expect(
      measureToRow(
        { ...m, kind: "measure" },
        { ...settings, unit: "kr", signConvention: "resultEffect" }
      ).slice(5, 8)
    ).toEqual([9_800_000, "", 500]);
  });
});
