import fc from "fast-check";
import { dec } from "../../src/budget/money";
import { DEFAULT_SETTINGS, type Measure, type MeasureKind } from "../../src/plan/model";
import {
  COPY_SUFFIX,
  createMeasure,
  duplicateMeasure,
  nextNr,
  ofKindInOrder,
  referableMeasures,
} from "../../src/plan/measureEdits";

const settings = DEFAULT_SETTINGS; // 2026–2028
const YEARS = [2026, 2027, 2028];

function item(id: string, nr: number, kind: MeasureKind = "measure"): Measure {
  return { ...createMeasure(kind, [], settings, { nr, title: id }), id };
}

describe("createMeasure", () => {
  it("creates a new measure numbered after the last of its kind, blank for every plan year", () => {
    const existing = [item("a", 4), item("p", 9, "proposal")];
    const m = createMeasure("measure", existing, settings);
    expect(m.nr).toBe(5);
    expect(m.kind).toBe("measure");
    expect(["a", "p"]).not.toContain(m.id);
    expect(YEARS.map((y) => m.effects[y])).toEqual([null, null, null]);
    expect([m.ambition, m.goals]).toEqual([null, null]);
    expect(createMeasure("proposal", existing, settings).nr).toBe(10);
  });

  it("takes what `init` states and the first area otherwise", () => {
    const m = createMeasure("proposal", [], settings, { title: "Ny", effects: { 2027: dec(5) } });
    expect(m.title).toBe("Ny");
    expect(m.area).toBe(settings.areas[0]);
    expect(YEARS.map((y) => m.effects[y]?.toNumber() ?? null)).toEqual([null, 5, null]);
  });
});

describe("duplicateMeasure", () => {
  it("duplicates a measure with a new id and (kopia) in the title, copying the rest", () => {
    const source: Measure = {
      ...item("a", 2),
      effects: { 2026: dec(14_000), 2027: null, 2028: dec(5) },
      ambition: "lowers",
      goals: "negative",
      title: "Vakanshålla platser",
    };
    const copy = duplicateMeasure(source, [source]);
    expect(copy.id).not.toBe(source.id);
    expect(copy.title).toBe("Vakanshålla platser (kopia)");
    expect(COPY_SUFFIX).toBe(" (kopia)");
    expect(copy.nr).toBe(3);
    expect(copy.effects).toEqual(source.effects);
    expect(copy.effects).not.toBe(source.effects);
    expect([copy.kind, copy.area, copy.ambition, copy.goals, copy.consequence]).toEqual([
      source.kind,
      source.area,
      source.ambition,
      source.goals,
      source.consequence,
    ]);
  });
});

describe("nextNr", () => {
  it("is one more than the largest number of its kind, whatever the other kind holds", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            nr: fc.integer({ min: 1, max: 50 }),
            kind: fc.constantFrom<MeasureKind>("measure", "proposal"),
          })
        ),
        fc.constantFrom<MeasureKind>("measure", "proposal"),
        (rows, kind) => {
          const ms = rows.map((r, i) => item(`m${i}`, r.nr, r.kind));
          const mine = ms.filter((m) => m.kind === kind).map((m) => m.nr);
          const next = nextNr(ms, kind);
          return next === Math.max(0, ...mine) + 1 && !mine.includes(next);
        }
      )
    );
  });
});

describe("referableMeasures and ofKindInOrder", () => {
  it("leave out rows without an id and order each kind by its number", () => {
    const all = [
      item("c", 3),
      item("p2", 2, "proposal"),
      item("", 1),
      item("a", 1),
      item("p1", 1, "proposal"),
    ];
    const referable = referableMeasures(all);
    expect(referable.map((m) => m.id)).toEqual(["c", "p2", "a", "p1"]);
    expect(ofKindInOrder(referable, "measure").map((m) => m.id)).toEqual(["a", "c"]);
    expect(ofKindInOrder(referable, "proposal").map((m) => m.id)).toEqual(["p1", "p2"]);
  });
});
