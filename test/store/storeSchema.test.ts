import fc from "fast-check";
import { Decimal, dec } from "../../src/budget/money";
import { DEFAULT_SETTINGS, planYears } from "../../src/plan/model";
import type { Ambition, GoalEffect, Measure, MeasureKind, PlanSettings, Scenario } from "../../src/plan/model";
import { problemText } from "../../src/i18n/problems";
import type { MeasureProblem, Problem, ProblemCode, ProblemParams } from "../../src/store/problems";
import {
  MEASURE_COLUMNS,
  PLAN_DOCUMENT_VERSION,
  measureToRow,
  parseMeasureRows,
  parsePlanDocument,
  serializePlanDocument,
} from "../../src/store/storeSchema";
import type { CellValue } from "../../src/store/storeSchema";

const settings = DEFAULT_SETTINGS;
const HEADER = [
  "Id",
  "Nr",
  "Typ",
  "Verksamhetsområde",
  "Åtgärd",
  "Effekt 2026 (tkr)",
  "Effekt 2027 (tkr)",
  "Effekt 2028 (tkr)",
  "Ändrad ambitionsnivå",
  "Påverkan mål/målvärden",
  "Konsekvensbeskrivning",
];
const COL = Object.fromEntries(HEADER.map((h, i) => [h, i])) as Record<string, number>;

/** A well-formed data row in the default layout, with overrides by header title. */
function row(overrides: Record<string, CellValue> = {}): CellValue[] {
  const base: Record<string, CellValue> = {
    Id: "m-1",
    Nr: 1,
    Typ: "Åtgärd",
    Verksamhetsområde: "Äldreomsorg",
    Åtgärd: "Vakanshålla 24 platser",
    "Effekt 2026 (tkr)": 14_000,
    "Effekt 2027 (tkr)": 14_000,
    "Effekt 2028 (tkr)": "",
    "Ändrad ambitionsnivå": "RÖD",
    "Påverkan mål/målvärden": "RÖD",
    Konsekvensbeskrivning: "Kön kan växa.",
  };
  const merged = { ...base, ...overrides };
  return HEADER.map((h) => merged[h] ?? null);
}

function codes(problems: readonly MeasureProblem[]): string[] {
  return problems.map((p) => p.code);
}

function only<C extends ProblemCode>(problems: readonly Problem[], code: C): ProblemParams[C][] {
  return problems.filter((p) => p.code === code).map((p) => p.params as ProblemParams[C]);
}

describe("MEASURE_COLUMNS", () => {
  it("lists the Swedish titles with the unit in each amount header, one per plan year", () => {
    expect(MEASURE_COLUMNS(settings)).toEqual(HEADER);
  });

  it("follows the plan period and unit of the settings", () => {
    const s: PlanSettings = { ...settings, firstYear: 2024, yearCount: 2, unit: "mnkr" };
    expect(MEASURE_COLUMNS(s).filter((t) => t.startsWith("Effekt"))).toEqual(["Effekt 2024 (mnkr)", "Effekt 2025 (mnkr)"]);
  });
});

describe("parseMeasureRows: well-formed rows", () => {
  it("reads a row into a measure, with no problems", () => {
    const r = parseMeasureRows(HEADER, [row()], settings);
    expect(r.problems).toEqual([]);
    expect(r.layout.matches).toBe(true);
    expect(r.measures).toHaveLength(1);
    const m = r.measures[0]!;
    expect(m).toMatchObject({ id: "m-1", nr: 1, kind: "measure", area: "Äldreomsorg", title: "Vakanshålla 24 platser" });
    expect(m.effects[2026]!.eq(14_000)).toBe(true);
    expect(m.effects[2027]!.eq(14_000)).toBe(true);
    expect(m.effects[2028]).toBeNull();
    expect([m.ambition, m.goals]).toEqual(["lowers", "negative"]);
    expect(r.rows[0]).toMatchObject({ row: 2, writable: true, extra: [] });
  });

  it("reads Utvecklingsförslag as a proposal", () => {
    const r = parseMeasureRows(HEADER, [row({ Typ: "utvecklingsförslag" })], settings);
    expect(r.measures[0]!.kind).toBe("proposal");
    expect(r.problems).toEqual([]);
  });

  it("skips empty rows without a report but keeps the row numbers as in the sheet", () => {
    const r = parseMeasureRows(HEADER, [row({ Id: "a" }), HEADER.map(() => null), HEADER.map(() => ""), row({ Id: "" })], settings);
    expect(r.rows.map((x) => x.row)).toEqual([2, 5]);
    expect(only(r.problems, "missingId")).toEqual([{ row: 5 }]);
  });

  it("numbers rows from the header row the caller gives", () => {
    const r = parseMeasureRows(HEADER, [row({ Id: "a" }), row({ Id: "a" })], settings, { headerRow: 10 });
    expect(only(r.problems, "duplicateId")).toEqual([{ row: 12, id: "a", firstRow: 11 }]);
  });

  it("reads numbers typed as Swedish text", () => {
    const r = parseMeasureRows(
      HEADER,
      [row({ "Effekt 2026 (tkr)": "14 000", "Effekt 2027 (tkr)": "−1 234,5", "Effekt 2028 (tkr)": "14\u00a0000" })],
      settings
    );
    expect(r.problems).toEqual([]);
    const e = r.measures[0]!.effects;
    expect([e[2026]!.toString(), e[2027]!.toString(), e[2028]!.toString()]).toEqual(["14000", "-1234.5", "14000"]);
  });

  it("keeps text cells as they are, even when they look like formulas", () => {
    const r = parseMeasureRows(HEADER, [row({ Åtgärd: "=SUMMA(A1:A3)", Konsekvensbeskrivning: "  +2 platser\nrad två " })], settings);
    expect(r.measures[0]!.title).toBe("=SUMMA(A1:A3)");
    expect(r.measures[0]!.consequence).toBe("  +2 platser\nrad två ");
  });

  it("gives a configured area its configured spelling", () => {
    const r = parseMeasureRows(HEADER, [row({ Verksamhetsområde: "  äldreomsorg " })], settings);
    expect(r.measures[0]!.area).toBe("Äldreomsorg");
    expect(r.problems).toEqual([]);
  });
});

describe("parseMeasureRows: damaged rows", () => {
  it("text in an amount cell: reported with row and column, amount blank, row not written over", () => {
    const r = parseMeasureRows(HEADER, [row({ Id: "a" }), row({ Id: "b", "Effekt 2027 (tkr)": "14 mnkr" })], settings);
    expect(only(r.problems, "notANumber")).toEqual([{ row: 3, column: "Effekt 2027 (tkr)", text: "14 mnkr" }]);
    expect(r.problems).toHaveLength(1);
    const b = r.rows[1]!;
    expect(b.writable).toBe(false);
    expect(b.measure.effects[2027]).toBeNull();
    expect(b.measure.effects[2026]!.eq(14_000)).toBe(true);
    expect(r.rows[0]!.writable).toBe(true);
  });

  it("a truth value or a non-finite number in an amount cell is not a number either", () => {
    const r = parseMeasureRows(HEADER, [row({ "Effekt 2026 (tkr)": true }), row({ Id: "b", "Effekt 2026 (tkr)": Number.NaN })], settings);
    expect(codes(r.problems)).toEqual(["notANumber", "badCell"]);
    expect(r.rows.map((x) => x.writable)).toEqual([false, false]);
  });

  it("accepts RÖD/GUL/GRÖN and red/yellow/green in any case", () => {
    const words: [string, Ambition, GoalEffect][] = [
      ["RÖD", "lowers", "negative"],
      ["röd", "lowers", "negative"],
      [" Gul ", "keeps", "none"],
      ["GRÖN", "raises", "positive"],
      ["grön", "raises", "positive"],
      ["Red", "lowers", "negative"],
      ["YELLOW", "keeps", "none"],
      ["green", "raises", "positive"],
      ["ROD", "lowers", "negative"],
    ];
    for (const [word, ambition, goals] of words) {
      const r = parseMeasureRows(HEADER, [row({ "Ändrad ambitionsnivå": word, "Påverkan mål/målvärden": word })], settings);
      expect(r.problems).toEqual([]);
      expect([r.measures[0]!.ambition, r.measures[0]!.goals]).toEqual([ambition, goals]);
    }
  });

  it("accepts the configured colour labels", () => {
    const s: PlanSettings = { ...settings, colourLabels: { red: "Sämre", yellow: "Oförändrad", green: "Bättre" } };
    const r = parseMeasureRows(HEADER, [row({ "Ändrad ambitionsnivå": "BÄTTRE", "Påverkan mål/målvärden": "oförändrad" })], s);
    expect(r.problems).toEqual([]);
    expect([r.measures[0]!.ambition, r.measures[0]!.goals]).toEqual(["raises", "none"]);
    expect(measureToRow(r.measures[0]!, s).slice(8, 10)).toEqual(["Bättre", "Oförändrad"]);
  });

  it("an unknown colour word: reported, colour unset, row not written over", () => {
    const r = parseMeasureRows(HEADER, [row({ "Påverkan mål/målvärden": "LILA" })], settings);
    expect(only(r.problems, "unknownColour")).toEqual([
      { row: 2, column: "Påverkan mål/målvärden", text: "LILA", accepted: "RÖD, GUL, GRÖN" },
    ]);
    expect(r.measures[0]!.goals).toBeNull();
    expect(r.measures[0]!.ambition).toBe("lowers");
    expect(r.rows[0]!.writable).toBe(false);
  });

  it("a blank colour is 'not yet judged', not a problem", () => {
    const r = parseMeasureRows(HEADER, [row({ "Ändrad ambitionsnivå": "", "Påverkan mål/målvärden": null })], settings);
    expect(r.problems).toEqual([]);
    expect([r.measures[0]!.ambition, r.measures[0]!.goals]).toEqual([null, null]);
    expect(r.rows[0]!.writable).toBe(true);
  });

  it("a duplicate id: the first row is kept, the later one reported and not written over", () => {
    const r = parseMeasureRows(
      HEADER,
      [row({ Id: "x", Åtgärd: "först" }), row({ Id: "y" }), row({ Id: " x ", Åtgärd: "sedan" })],
      settings
    );
    expect(only(r.problems, "duplicateId")).toEqual([{ row: 4, id: "x", firstRow: 2 }]);
    expect(r.measures.map((m) => m.title)).toEqual(["först", "Vakanshålla 24 platser"]);
    expect(r.rows.map((x) => [x.row, x.writable])).toEqual([
      [2, true],
      [3, true],
      [4, false],
    ]);
  });

  it("a missing id: reported, the row still read but flagged", () => {
    const r = parseMeasureRows(HEADER, [row({ Id: null, Åtgärd: "utan id" }), row({ Id: "  " })], settings);
    expect(only(r.problems, "missingId")).toEqual([{ row: 2 }, { row: 3 }]);
    expect(r.rows.map((x) => x.writable)).toEqual([false, false]);
    expect(r.rows[0]!.measure.title).toBe("utan id");
    expect(r.rows[0]!.measure.id).toBe("");
  });

  it("a missing column: reported once, the rest read", () => {
    const header = HEADER.filter((h) => h !== "Konsekvensbeskrivning" && h !== "Effekt 2027 (tkr)");
    const drop = (cells: CellValue[]) => cells.filter((_, i) => i !== COL["Konsekvensbeskrivning"] && i !== COL["Effekt 2027 (tkr)"]);
    const rows = [row({ Id: "a" }), row({ Id: "b" }), row({ Id: "c" })].map(drop);
    const r = parseMeasureRows(header, rows, settings);
    expect(r.problems).toEqual([
      { code: "missingColumn", params: { row: 1, column: "Effekt 2027 (tkr)" } },
      { code: "missingColumn", params: { row: 1, column: "Konsekvensbeskrivning" } },
    ]);
    expect(r.measures).toHaveLength(3);
    expect(r.measures[2]!.effects[2026]!.eq(14_000)).toBe(true);
    expect(r.measures[2]!.effects[2027]).toBeNull();
    expect(r.measures[2]!.ambition).toBe("lowers");
    expect(r.measures[2]!.consequence).toBe("");
    expect(r.layout.matches).toBe(false);
  });

  it("a missing Id column: reported once, rows read but none written over", () => {
    const header = HEADER.slice(1);
    const r = parseMeasureRows(header, [row().slice(1), row().slice(1)], settings);
    expect(r.problems).toEqual([{ code: "missingColumn", params: { row: 1, column: "Id" } }]);
    expect(r.rows.map((x) => x.writable)).toEqual([false, false]);
  });

  it("an extra column: ignored by the model, reported once, its values kept for writing back", () => {
    const header = [...HEADER.slice(0, 5), "Ansvarig", ...HEADER.slice(5)];
    const withNote = (cells: CellValue[], note: CellValue) => [...cells.slice(0, 5), note, ...cells.slice(5)];
    const r = parseMeasureRows(header, [withNote(row({ Id: "a" }), "Anna"), withNote(row({ Id: "b" }), 42)], settings);
    expect(r.problems).toEqual([{ code: "extraColumn", params: { row: 1, column: "Ansvarig", columnNumber: 6 } }]);
    expect(r.measures.map((m) => m.effects[2026]!.toNumber())).toEqual([14_000, 14_000]);
    expect(r.rows.map((x) => x.extra)).toEqual([["Anna"], [42]]);
    expect(r.layout.extras).toEqual([{ index: 5, title: "Ansvarig" }]);
    expect(r.layout.matches).toBe(false); // not at the end: the table must be rewritten as a whole
    expect(measureToRow(r.measures[1]!, settings, r.rows[1]!.extra).at(-1)).toBe(42);
  });

  it("an extra column at the end keeps the layout writable in place; cells beyond the header are kept too", () => {
    const header = [...HEADER, "Kommentar"];
    const r = parseMeasureRows(header, [[...row({ Id: "a" }), "se bilaga"], [...row({ Id: "b" }), null, "utan rubrik"]], settings);
    expect(r.layout.matches).toBe(true);
    expect(codes(r.problems)).toEqual(["extraColumn", "extraColumn"]);
    expect(only(r.problems, "extraColumn").map((p) => p.columnNumber)).toEqual([12, 13]);
    expect(r.rows.map((x) => x.extra)).toEqual([
      ["se bilaga", null],
      [null, "utan rubrik"],
    ]);
    const written = measureToRow(r.measures[0]!, settings, r.rows[0]!.extra);
    expect(written.slice(0, HEADER.length)).toEqual(row({ Id: "a" }));
    expect(written.slice(HEADER.length)).toEqual(["se bilaga", null]);
  });

  it("header text with extra spaces or another case is the same column", () => {
    const messy = HEADER.map((h) => `  ${h.toUpperCase().replace(/ /g, "   ")} `).map((h) => h.replace("/", " / "));
    messy[5] = "effekt 2026 ( TKR )";
    const r = parseMeasureRows(messy, [row()], settings);
    expect(r.problems).toEqual([]);
    expect(r.layout.matches).toBe(true);
    expect(r.measures[0]!.effects[2026]!.eq(14_000)).toBe(true);
    expect(r.measures[0]!.goals).toBe("negative");
  });

  it("columns in another order are found by their titles", () => {
    const order = [...HEADER.keys()].reverse();
    const r = parseMeasureRows(
      order.map((i) => HEADER[i]!),
      [order.map((i) => row()[i]!)],
      settings
    );
    expect(r.problems).toEqual([]);
    expect(r.layout.matches).toBe(false);
    expect(r.measures[0]!.title).toBe("Vakanshålla 24 platser");
  });

  it("an amount column in another unit is read in the unit it states", () => {
    const header = [...HEADER];
    header[COL["Effekt 2026 (tkr)"]!] = "Effekt 2026 (mnkr)";
    const r = parseMeasureRows(header, [row({ "Effekt 2026 (tkr)": 14 })], settings);
    expect(r.problems).toEqual([
      { code: "columnUnit", params: { row: 1, column: "Effekt 2026 (mnkr)", unit: "mnkr", expected: "tkr" } },
    ]);
    expect(r.measures[0]!.effects[2026]!.eq(14_000)).toBe(true);
  });

  it("an amount column without a unit is reported and read in the configured unit", () => {
    const header = [...HEADER];
    header[COL["Effekt 2028 (tkr)"]!] = "Effekt 2028";
    const r = parseMeasureRows(header, [row({ "Effekt 2028 (tkr)": 5 })], settings);
    expect(codes(r.problems)).toEqual(["missingUnit"]);
    expect(r.measures[0]!.effects[2028]!.eq(5)).toBe(true);
  });

  it("an amount column in an unknown unit is kept but not read", () => {
    const header = [...HEADER];
    header[COL["Effekt 2026 (tkr)"]!] = "Effekt 2026 (EUR)";
    const r = parseMeasureRows(header, [row()], settings);
    expect(codes(r.problems)).toEqual(["unknownUnit"]);
    expect(r.measures[0]!.effects[2026]).toBeNull();
    expect(r.rows[0]!.extra).toEqual([14_000]);
  });

  it("a column twice: the first is read, the second kept", () => {
    const r = parseMeasureRows([...HEADER, "åtgärd"], [[...row(), "annan titel"]], settings);
    expect(only(r.problems, "duplicateColumn")).toEqual([{ row: 1, column: "åtgärd", columnNumber: 12 }]);
    expect(r.measures[0]!.title).toBe("Vakanshålla 24 platser");
    expect(r.rows[0]!.extra).toEqual(["annan titel"]);
  });

  it("bad or missing Nr, Typ and area are reported", () => {
    const r = parseMeasureRows(
      HEADER,
      [
        row({ Id: "a", Nr: "tre" }),
        row({ Id: "b", Nr: null }),
        row({ Id: "c", Nr: 2.5 }),
        row({ Id: "d", Typ: "Besparing" }),
        row({ Id: "e", Typ: "" }),
        row({ Id: "f", Verksamhetsområde: "Kultur" }),
        row({ Id: "g", Verksamhetsområde: "" }),
      ],
      settings
    );
    expect(r.problems).toEqual([
      { code: "badNr", params: { row: 2, text: "tre" } },
      { code: "missingNr", params: { row: 3 } },
      { code: "badNr", params: { row: 4, text: "2.5" } },
      { code: "unknownKind", params: { row: 5, text: "Besparing" } },
      { code: "missingKind", params: { row: 6 } },
      { code: "unknownArea", params: { row: 7, text: "Kultur" } },
      { code: "missingArea", params: { row: 8 } },
    ]);
    expect(r.rows.map((x) => x.writable)).toEqual([false, true, false, false, true, true, true]);
    expect(r.measures.map((m) => m.nr).every((n) => Number.isInteger(n) && n > 0)).toBe(true);
    expect(r.measures[5]!.area).toBe("Kultur");
  });

  it("an empty or missing header is reported, and rows are still not lost", () => {
    const r = parseMeasureRows([], [row()], settings);
    expect(codes(r.problems)).toContain("noHeader");
    expect(r.rows).toHaveLength(1);
    expect(r.rows[0]!.writable).toBe(false);
    // Every cell that holds something is kept, with the column it came from.
    const kept = row()
      .map((v, index) => ({ index, v }))
      .filter((c) => c.v !== "" && c.v !== null);
    expect(r.layout.extras.map((e) => e.index)).toEqual(kept.map((c) => c.index));
    expect(r.rows[0]!.extra).toEqual(kept.map((c) => c.v));
  });

  it("reads 1 000 rows, with the damaged ones reported by row", () => {
    const rows: CellValue[][] = [];
    for (let i = 0; i < 1_000; i++) {
      const damaged = i % 100 === 99;
      rows.push(row({ Id: `m-${i}`, Nr: i + 1, "Effekt 2026 (tkr)": damaged ? "okänt" : i, "Effekt 2027 (tkr)": 2 * i }));
    }
    const r = parseMeasureRows(HEADER, rows, settings);
    expect(r.measures).toHaveLength(1_000);
    expect(only(r.problems, "notANumber").map((p) => p.row)).toEqual([101, 201, 301, 401, 501, 601, 701, 801, 901, 1001]);
    expect(r.rows.filter((x) => !x.writable)).toHaveLength(10);
    expect(r.measures[500]!.effects[2027]!.eq(1_000)).toBe(true);
  });
});

describe("parseMeasureRows never throws", () => {
  const cell = fc.oneof(
    fc.string(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.constantFrom("RÖD", "gul", "Åtgärd", "Utvecklingsförslag", "14 000", "=A1", "", "  "),
    fc.anything()
  );
  const headerCell = fc.oneof(fc.constantFrom(...HEADER, "Effekt 2029 (tkr)", "Effekt 2026 (kr)", "Effekt 2026", "X"), cell);

  it("on any header and rows", () => {
    fc.assert(
      fc.property(fc.array(headerCell, { maxLength: 14 }), fc.array(fc.oneof(fc.array(cell, { maxLength: 14 }), fc.anything()), { maxLength: 20 }), (h, rows) => {
        const r = parseMeasureRows(h, rows, settings);
        // Every row that is read has a positive whole Nr and one entry per plan year.
        return r.rows.every((x) => Number.isInteger(x.measure.nr) && x.measure.nr > 0 && Object.keys(x.measure.effects).length === 3);
      }),
      { numRuns: 300 }
    );
  });

  it("on input that is not rows at all", () => {
    for (const bad of [undefined, null, 42, "text", {}, [[[]]]]) {
      expect(() => parseMeasureRows(bad as never, bad as never, settings)).not.toThrow();
    }
    const hostile = new Proxy([], {
      get() {
        throw new Error("hostile");
      },
    });
    expect(() => parseMeasureRows(hostile, [hostile, row()], settings)).not.toThrow();
    expect(() => parseMeasureRows(HEADER, hostile, settings)).not.toThrow();
  });
});

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
  fc.constantFrom("=SUMMA(A1:A3)", "+46 70", "-5 platser", "@chef", "  mellanslag  ", "rad 1\nrad 2")
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
    x === null || x === undefined ? y === null || y === undefined : y !== null && y !== undefined && x.eq(y);
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
          return fc.tuple(fc.constant(s), fc.uniqueArray(measureArb(s), { selector: (m) => m.id, maxLength: 8 }));
        }),
        ([s, measures]) => {
          const rows = measures.map((m) => measureToRow(m, s));
          const r = parseMeasureRows(MEASURE_COLUMNS(s), rows, s);
          const years = planYears(s);
          return (
            r.problems.length === 0 &&
            r.measures.length === measures.length &&
            r.rows.every((x) => x.writable) &&
            measures.every((m, i) => sameMeasure(m, r.measures[i]!, years))
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
    expect(measureToRow(m, { ...settings, unit: "mnkr", signConvention: "resultEffect" }).slice(5, 8)).toEqual([-9.8, "", -0.0005]);
    expect(measureToRow({ ...m, kind: "measure" }, { ...settings, unit: "kr", signConvention: "resultEffect" }).slice(5, 8)).toEqual([
      9_800_000,
      "",
      500,
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// The plan document
// ---------------------------------------------------------------------------------------------

const scenario: Scenario = {
  id: "s1",
  name: "Budget i balans",
  years: [
    { year: 2026, frame: dec(1_215_046), needs: dec(48_900), requestedIncrease: dec(1_210), increaseCost: dec(1_210) },
    { year: 2027, frame: dec("1215046.25"), needs: dec("0.1"), requestedIncrease: dec(0), increaseCost: dec(0) },
  ],
  included: ["a", "b"],
};

describe("plan document", () => {
  it("round-trips settings and scenarios exactly, amounts as decimal strings", () => {
    const json = serializePlanDocument({ settings, scenarios: [scenario] });
    const raw = JSON.parse(json);
    expect(raw.version).toBe(PLAN_DOCUMENT_VERSION);
    expect(raw.scenarios[0].years[1].frame).toBe("1215046.25");
    const back = parsePlanDocument(json);
    if (!back.ok) throw new Error(JSON.stringify(back.problem));
    expect(back.document.settings).toEqual({ ...settings, areas: [...settings.areas] });
    const s = back.document.scenarios[0]!;
    expect(s.years[1]!.frame.toString()).toBe("1215046.25");
    expect(s.years[1]!.needs.eq(dec("0.1"))).toBe(true);
    expect(s.years[0]!.increaseCost.eq(1_210)).toBe(true);
    expect(s.included).toEqual(["a", "b"]);
  });

  it("round-trips any scenario amounts (property)", () => {
    const amount = fc.oneof(fc.integer(), fc.integer().map((n) => n / 1000), fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }).map(String));
    fc.assert(
      fc.property(fc.array(fc.tuple(amount, amount, amount, amount), { maxLength: 5 }), (amounts) => {
        const sc: Scenario = {
          id: "x",
          name: "x",
          included: [],
          years: amounts.map(([a, b, c, d], i) => ({
            year: 2026 + i,
            frame: dec(a),
            needs: dec(b),
            requestedIncrease: dec(c),
            increaseCost: dec(d),
          })),
        };
        const back = parsePlanDocument(serializePlanDocument({ settings, scenarios: [sc] }));
        return (
          back.ok &&
          back.document.scenarios[0]!.years.every((y, i) => {
            const o = sc.years[i]!;
            return y.frame.eq(o.frame) && y.needs.eq(o.needs) && y.requestedIncrease.eq(o.requestedIncrease) && y.increaseCost.eq(o.increaseCost);
          })
        );
      })
    );
  });

  it("reports a later version and reads nothing of it", () => {
    const later = JSON.stringify({ version: 2, settings: {}, scenarios: [], somethingNew: true });
    expect(parsePlanDocument(later)).toEqual({ ok: false, problem: { code: "unknownVersion", params: { version: "2" } } });
  });

  it("does not guess at versions that are almost 1", () => {
    for (const v of ["1", 1.5, 0, -1, null, true]) {
      const r = parsePlanDocument(JSON.stringify({ version: v, settings: {}, scenarios: [] }));
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.problem.code).toBe("unknownVersion");
    }
  });

  it("reports text that is not JSON, and JSON that is not a plan", () => {
    expect(parsePlanDocument("{not json")).toEqual({ ok: false, problem: { code: "invalidJson", params: {} } });
    for (const v of ["[]", "null", "42", JSON.stringify({ settings: {} })]) {
      expect(parsePlanDocument(v)).toEqual({ ok: false, problem: { code: "notAPlanDocument", params: {} } });
    }
  });

  it("reports where a version-1 document breaks the schema", () => {
    const bad = JSON.parse(serializePlanDocument({ settings, scenarios: [scenario] }));
    bad.scenarios[0].years[0].needs = "48 900 tkr";
    const r = parsePlanDocument(JSON.stringify(bad));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problem.code).toBe("invalidDocument");
      expect(r.problem.params).toMatchObject({ path: "scenarios.0.years.0.needs" });
    }
  });

  it("rejects repeated scenario ids, repeated years and impossible settings", () => {
    const twice = JSON.parse(serializePlanDocument({ settings, scenarios: [scenario, scenario] }));
    expect(parsePlanDocument(twice).ok).toBe(false);
    const years = JSON.parse(serializePlanDocument({ settings, scenarios: [{ ...scenario, years: [scenario.years[0]!, scenario.years[0]!] }] }));
    expect(parsePlanDocument(years).ok).toBe(false);
    for (const change of [{ yearCount: 0 }, { yearCount: 51 }, { firstYear: 2026.5 }, { unit: "euro" }, { areas: ["A", " a "] }]) {
      const doc = { version: 1, settings: { ...settings, ...change }, scenarios: [] };
      expect(parsePlanDocument(doc).ok).toBe(false);
    }
    const labels = { version: 1, settings: { colourLabels: { red: "X", yellow: "x", green: "Y" } }, scenarios: [] };
    expect(parsePlanDocument(labels).ok).toBe(false);
  });

  it("fills settings left out with the defaults, and increases left out with zero", () => {
    const r = parsePlanDocument({
      version: 1,
      settings: { firstYear: 2027 },
      scenarios: [{ id: "s", name: "", years: [{ year: 2027, frame: 1, needs: "2" }], included: [] }],
    });
    if (!r.ok) throw new Error(JSON.stringify(r.problem));
    expect(r.document.settings).toEqual({ ...settings, areas: [...settings.areas], firstYear: 2027 });
    expect(r.document.scenarios[0]!.years[0]!.requestedIncrease.isZero()).toBe(true);
    expect(r.document.scenarios[0]!.years[0]!.needs.eq(2)).toBe(true);
  });

  it("never throws", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.anything(), fc.jsonValue().map((v) => JSON.stringify({ version: 1, ...(typeof v === "object" && v !== null ? v : {}) }))), (input) => {
        const r = parsePlanDocument(input);
        return typeof r.ok === "boolean";
      })
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Problem texts
// ---------------------------------------------------------------------------------------------

describe("problem texts", () => {
  const samples: Problem[] = [
    { code: "noHeader", params: { row: 1 } },
    { code: "missingColumn", params: { row: 1, column: "Nr" } },
    { code: "extraColumn", params: { row: 1, column: "Ansvarig", columnNumber: 6 } },
    { code: "duplicateColumn", params: { row: 1, column: "Åtgärd", columnNumber: 12 } },
    { code: "columnUnit", params: { row: 1, column: "Effekt 2026 (mnkr)", unit: "mnkr", expected: "tkr" } },
    { code: "unknownUnit", params: { row: 1, column: "Effekt 2026 (EUR)", unit: "EUR" } },
    { code: "missingUnit", params: { row: 1, column: "Effekt 2026", expected: "tkr" } },
    { code: "notARow", params: { row: 7 } },
    { code: "badCell", params: { row: 7, column: "Nr" } },
    { code: "missingId", params: { row: 7 } },
    { code: "duplicateId", params: { row: 7, id: "m-1", firstRow: 3 } },
    { code: "missingNr", params: { row: 7 } },
    { code: "badNr", params: { row: 7, text: "tre" } },
    { code: "missingKind", params: { row: 7 } },
    { code: "unknownKind", params: { row: 7, text: "Besparing" } },
    { code: "missingArea", params: { row: 7 } },
    { code: "unknownArea", params: { row: 7, text: "Kultur" } },
    { code: "notANumber", params: { row: 7, column: "Effekt 2026 (tkr)", text: "14 mnkr" } },
    { code: "unknownColour", params: { row: 7, column: "Påverkan mål/målvärden", text: "LILA", accepted: "RÖD, GUL, GRÖN" } },
    { code: "invalidJson", params: {} },
    { code: "notAPlanDocument", params: {} },
    { code: "unknownVersion", params: { version: "2" } },
    { code: "invalidDocument", params: { path: "scenarios.0", detail: "x" } },
  ];

  it("has a Swedish and an English text for every problem, naming the row", () => {
    for (const p of samples) {
      const sv = problemText(p, "sv");
      const en = problemText(p, "en");
      expect(sv.length).toBeGreaterThan(10);
      expect(en.length).toBeGreaterThan(10);
      expect(sv).not.toBe(en);
      if ("row" in p.params) {
        expect(sv).toContain(`Rad ${p.params.row}`);
        expect(en).toContain(`Row ${p.params.row}`);
      }
    }
    expect(problemText(samples[17]!, "sv")).toContain("14 mnkr");
    expect(problemText(samples[21]!, "en")).toContain("version 2");
  });

  it("has a text for every problem the parser produces", () => {
    const r = parseMeasureRows([...HEADER, "X"], [row({ Nr: "x", Typ: "y", "Effekt 2026 (tkr)": "z" }), row()], settings);
    expect(r.problems.length).toBeGreaterThan(3);
    for (const p of r.problems) {
      expect(problemText(p, "sv")).toMatch(/^Rad \d+/);
      expect(problemText(p, "en")).toMatch(/^Row \d+/);
    }
  });
});

describe("plan document from hostile input", () => {
  it("reports instead of throwing when reading the input throws", () => {
    const hostile = new Proxy(
      {},
      {
        has() {
          throw new Error("hostile");
        },
      }
    );
    const r = parsePlanDocument(hostile);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem.code).toBe("invalidDocument");
  });
});
