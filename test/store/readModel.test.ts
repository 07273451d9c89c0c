/**
 * The read model (readModel.ts): which rows of the measures table count, which are only shown,
 * and the problems, decided once for every consumer. The figures are the issue's: a measure row
 * of 14 000 tkr copied in Excel must count once, in the balance and in the committee table.
 */
import { DEFAULT_SETTINGS } from "../../src/plan/model";
import { balanceOf } from "../../src/plan/balance";
import { buildCommitteeTable } from "../../src/plan/committeeTable";
import type { CommitteeTable } from "../../src/plan/committeeTable";
import { COMMITTEE_TEXT } from "../../src/plan/committeeTexts";
import { readMeasures, readPlan } from "../../src/store/readModel";
import type { StoredTable } from "../../src/store/readModel";
import type { CellValue } from "../../src/store/cellValue";
import { serializePlanDocument, parsePlanDocument } from "../../src/store/planDocument";
import { HEADER, only, row } from "../support/measureRows";
import { named } from "../support/scenarios";

const settings = DEFAULT_SETTINGS;

function table(rows: CellValue[][], extra: Partial<StoredTable> = {}): StoredTable {
  return { header: HEADER, rows, headerRow: 1, ...extra };
}

/** The committee table's "Frigjorda medel" line: one number per plan year. */
function freedLine(t: CommitteeTable): number[] {
  const line = t.rows.find((r) => r[0]?.value === COMMITTEE_TEXT.freedTotal);
  if (!line) throw new Error("no freed line");
  return line
    .filter((c, i) => i > 0 && c !== null && typeof c.value === "number")
    .map((c) => c!.value as number);
}

/** How many cells of the committee table hold this text. */
function cellsWith(t: CommitteeTable, text: string): number {
  return t.rows.flat().filter((c) => c?.value === text).length;
}

describe("Counted twice: a measure row copied in Excel", () => {
  const rows = [row(), row({ Åtgärd: "Vakanshålla 24 platser" })]; // the same Id m-1, 14 000 each

  it("counts the first row, shows the copy read-only, and names both rows", () => {
    const read = readMeasures(table(rows), settings);
    expect(read.measures.map((m) => [m.row, m.measure.id, m.writable])).toEqual([[2, "m-1", true]]);
    expect(read.problemRows.map((m) => [m.row, m.measure.id, m.writable])).toEqual([
      [3, "m-1", false],
    ]);
    expect(only(read.problems, "duplicateId")).toEqual([{ row: 3, id: "m-1", firstRow: 2 }]);
  });

  it("the committee table lists one row and sums 14 000, as the pane's balance does", () => {
    const read = readMeasures(table(rows), settings);
    const measures = read.measures.map((m) => m.measure);
    const scenario = named("s", ["m-1"]);
    const committee = buildCommitteeTable(scenario, measures, settings);
    expect(cellsWith(committee, "Vakanshålla 24 platser")).toBe(1);
    expect(freedLine(committee).slice(0, 2)).toEqual([14_000, 14_000]);
    const pane = balanceOf(scenario, measures, settings);
    expect(pane.years.map((y) => y.freed.toNumber())).toEqual([14_000, 14_000, 0]);
  });
});

describe("rows that do not count are shown read-only, each named", () => {
  it("a row without id", () => {
    const read = readMeasures(table([row({ Id: "" }), row({ Id: "m-2", Nr: 2 })]), settings);
    expect(read.measures.map((m) => m.measure.id)).toEqual(["m-2"]);
    expect(read.problemRows.map((m) => [m.row, m.writable])).toEqual([[2, false]]);
    expect(only(read.problems, "missingId")).toEqual([{ row: 2 }]);
  });

  it("an unreadable amount, an unknown kind", () => {
    const read = readMeasures(
      table([
        row({ "Effekt 2027 (tkr)": "fjorton" }),
        row({ Id: "m-2", Nr: 2, Typ: "Besparing" }),
        row({ Id: "m-3", Nr: 3 }),
      ]),
      settings
    );
    expect(read.measures.map((m) => m.row)).toEqual([4]);
    expect(read.problemRows.map((m) => m.row)).toEqual([2, 3]);
    expect(read.problems.map((p) => p.code)).toEqual(["notANumber", "unknownKind"]);
  });

  it("a deleted and re-added row keeps its id's first row; the later row is the copy", () => {
    const read = readMeasures(
      table([row({ Id: "m-2", Nr: 2 }), row(), row({ Id: "m-2", Nr: 2, Åtgärd: "igen" })]),
      settings
    );
    expect(read.measures.map((m) => [m.row, m.measure.id])).toEqual([
      [2, "m-2"],
      [3, "m-1"],
    ]);
    expect(only(read.problems, "duplicateId")).toEqual([{ row: 4, id: "m-2", firstRow: 2 }]);
    // The copy's Nr repeats that of its first row, but the copy does not count: no Nr problem.
    expect(only(read.problems, "repeatedNr")).toEqual([]);
  });
});

describe("a repeated Nr within a kind", () => {
  it("is named in the pane; both rows count", () => {
    const read = readMeasures(
      table([
        row({ Id: "a", Nr: 4 }),
        row({ Id: "b", Nr: 4, Typ: "Utvecklingsförslag" }),
        row({ Id: "c", Nr: 4 }),
      ]),
      settings
    );
    expect(read.measures.map((m) => [m.measure.id, m.measure.nr, m.writable])).toEqual([
      ["a", 4, true],
      ["b", 4, true],
      ["c", 4, true],
    ]);
    // Nr 4 of the proposal is another numbering; only the second measure repeats it.
    expect(only(read.problems, "repeatedNr")).toEqual([
      { row: 4, nr: 4, firstRow: 2, kind: "measure" },
    ]);
  });
});

describe("effects in years outside the plan period", () => {
  const header = [...HEADER, "Effekt 2031 (tkr)"];

  it("are kept in the measure, counted nowhere, and the row counts with its plan years", () => {
    const read = readMeasures(
      {
        header,
        rows: [
          [...row(), 900],
          [...row({ Id: "m-2", Nr: 2 }), ""],
        ],
        headerRow: 1,
      },
      settings
    );
    expect(read.measures.map((m) => m.measure.id)).toEqual(["m-1", "m-2"]);
    expect(read.problems).toEqual([]);
    expect(read.measures[0]!.measure.effects[2031]!.toNumber()).toBe(900);
    expect(read.measures[0]!.writable).toBe(true);
    const balance = balanceOf(named("s", ["m-1"]), [read.measures[0]!.measure], settings);
    expect(balance.years.map((y) => y.year)).toEqual([2026, 2027, 2028]);
    expect(balance.years.map((y) => y.freed.toNumber())).toEqual([14_000, 14_000, 0]);
  });

  it("an amount under a title that only looks like such a column is named, not counted", () => {
    const read = readMeasures(
      { header: [...HEADER, "Effekt 2031 prognos"], rows: [[...row(), 900]], headerRow: 1 },
      settings
    );
    expect(only(read.problems, "offPeriodAmount")).toEqual([
      { row: 2, column: "Effekt 2031 prognos", year: 2031, first: 2026, last: 2028 },
    ]);
    expect(read.measures[0]!.measure.effects[2031]).toBeUndefined();
  });
});

describe("number formats of amount cells", () => {
  const formats = (format: string) => [
    HEADER.map((h) => (h === "Effekt 2027 (tkr)" ? format : "#,##0")),
  ];

  it("a date typed into an amount cell (2026-01-15, serial 46037, yyyy-mm-dd) is a problem, not 46 037 tkr", () => {
    const read = readMeasures(
      table([row({ "Effekt 2027 (tkr)": 46037 })], { numberFormats: formats("yyyy-mm-dd") }),
      settings
    );
    expect(read.measures).toEqual([]);
    expect(read.problemRows[0]!.measure.effects[2027]).toBeNull();
    expect(read.problems).toEqual([
      {
        code: "amountFormat",
        params: { row: 2, column: "Effekt 2027 (tkr)", year: 2027, format: "date" },
      },
    ]);
  });

  it('"5 %" (0.05 formatted 0%) is a problem, not 0,05 tkr', () => {
    const read = readMeasures(
      table([row({ "Effekt 2027 (tkr)": 0.05 })], { numberFormats: formats("0%") }),
      settings
    );
    expect(read.measures).toEqual([]);
    expect(only(read.problems, "amountFormat")).toEqual([
      { row: 2, column: "Effekt 2027 (tkr)", year: 2027, format: "percent" },
    ]);
  });

  it('a time is a problem; amounts in General, 0, #,##0 and # ##0 "tkr" are read', () => {
    const time = readMeasures(
      table([row({ "Effekt 2027 (tkr)": 0.5 })], { numberFormats: formats("h:mm") }),
      settings
    );
    expect(only(time.problems, "amountFormat")[0]!.format).toBe("time");
    for (const format of ["General", "0", "#,##0", '# ##0 "tkr"']) {
      const read = readMeasures(table([row()], { numberFormats: formats(format) }), settings);
      expect(read.problems).toEqual([]);
      expect(read.measures[0]!.measure.effects[2027]!.toNumber()).toBe(14_000);
    }
  });

  it("an empty amount cell with a date format is no problem", () => {
    const read = readMeasures(
      table([row({ "Effekt 2027 (tkr)": "" })], { numberFormats: formats("yyyy-mm-dd") }),
      settings
    );
    expect(read.problems).toEqual([]);
    expect(read.measures).toHaveLength(1);
  });
});

describe("readPlan", () => {
  it("takes settings, scenarios and revision from a readable document, formulas from the table", () => {
    const parsed = parsePlanDocument(
      serializePlanDocument({ settings, scenarios: [named("s", ["m-1"])] })
    );
    if (!parsed.ok) throw new Error(parsed.problem.code);
    const formulas = [HEADER.map((h, i) => (h === "Effekt 2026 (tkr)" ? "=1000*14" : row()[i]))];
    const plan = readPlan(
      { state: "readable", document: parsed.document },
      { state: "readable", table: table([row()], { formulas }) }
    );
    expect(plan).toMatchObject({
      scenarios: [{ id: "s" }],
      hasMeasuresTable: true,
      document: "readable",
      problemRows: [],
      problems: [],
    });
    expect(plan.measures[0]!.formulas).toEqual(["effect:2026"]);
  });

  it("without a table: nothing counted, the document's problem named; read-only tables write nothing", () => {
    const plan = readPlan(
      { state: "unreadable", problem: { code: "invalidJson", params: {} } },
      { state: "absent" }
    );
    expect(plan).toMatchObject({ measures: [], problemRows: [], hasMeasuresTable: false });
    expect(plan.problems).toEqual([{ code: "invalidJson", params: {} }]);
    const readOnly = readPlan(
      { state: "absent" },
      { state: "readable", table: table([row()]) },
      { readOnly: true }
    );
    expect(readOnly.measures.map((m) => m.writable)).toEqual([false]);
  });
});
