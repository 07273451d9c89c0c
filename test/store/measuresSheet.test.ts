import { DEFAULT_SETTINGS } from "../../src/plan/model";
import type { Ambition, GoalEffect, PlanSettings } from "../../src/plan/model";
import type { CellValue } from "../../src/store/cellValue";
import { measureToRow } from "../../src/store/measureCells";
import { parseMeasureRows } from "../../src/store/measuresSheet";
import { COL, HEADER, codes, only, row } from "../support/measureRows";

const settings = DEFAULT_SETTINGS;

describe("parseMeasureRows: well-formed rows", () => {
  it("reads a row into a measure, with no problems", () => {
    const r = parseMeasureRows(HEADER, [row()], settings);
    expect(r.problems).toEqual([]);
    expect(r.layout.matches).toBe(true);
    expect(r.rows).toHaveLength(1);
    const m = r.rows[0]!.measure;
    expect(m).toMatchObject({
      id: "m-1",
      nr: 1,
      kind: "measure",
      area: "Äldreomsorg",
      title: "Vakanshålla 24 platser",
    });
    expect(m.effects[2026]!.eq(14_000)).toBe(true);
    expect(m.effects[2027]!.eq(14_000)).toBe(true);
    expect(m.effects[2028]).toBeNull();
    expect([m.ambition, m.goals]).toEqual(["lowers", "negative"]);
    expect(r.rows[0]).toMatchObject({ row: 2, writable: true, extra: [] });
  });

  it("reads Utvecklingsförslag as a proposal", () => {
    const r = parseMeasureRows(HEADER, [row({ Typ: "utvecklingsförslag" })], settings);
    expect(r.rows[0]!.measure.kind).toBe("proposal");
    expect(r.problems).toEqual([]);
  });

  it("skips empty rows without a report but keeps the row numbers as in the sheet", () => {
    const r = parseMeasureRows(
      HEADER,
      [row({ Id: "a" }), HEADER.map(() => null), HEADER.map(() => ""), row({ Id: "" })],
      settings
    );
    expect(r.rows.map((x) => x.row)).toEqual([2, 5]);
    expect(only(r.problems, "missingId")).toEqual([{ row: 5 }]);
  });

  it("numbers rows from the header row the caller gives", () => {
    const r = parseMeasureRows(HEADER, [row({ Id: "a" }), row({ Id: "" })], settings, {
      headerRow: 10,
    });
    expect(only(r.problems, "missingId")).toEqual([{ row: 12 }]);
  });

  it("reads numbers typed as Swedish text", () => {
    const r = parseMeasureRows(
      HEADER,
      [
        row({
          "Effekt 2026 (tkr)": "14 000",
          "Effekt 2027 (tkr)": "−1 234,5",
          "Effekt 2028 (tkr)": "14\u00a0000",
        }),
      ],
      settings
    );
    expect(r.problems).toEqual([]);
    const e = r.rows[0]!.measure.effects;
    expect([e[2026]!.toString(), e[2027]!.toString(), e[2028]!.toString()]).toEqual([
      "14000",
      "-1234.5",
      "14000",
    ]);
  });

  it("keeps text cells as they are, even when they look like formulas", () => {
    const r = parseMeasureRows(
      HEADER,
      [row({ Åtgärd: "=SUMMA(A1:A3)", Konsekvensbeskrivning: "  +2 platser\nrad två " })],
      settings
    );
    expect(r.rows[0]!.measure.title).toBe("=SUMMA(A1:A3)");
    expect(r.rows[0]!.measure.consequence).toBe("  +2 platser\nrad två ");
  });

  it("gives a configured area its configured spelling", () => {
    const r = parseMeasureRows(HEADER, [row({ Verksamhetsområde: "  äldreomsorg " })], settings);
    expect(r.rows[0]!.measure.area).toBe("Äldreomsorg");
    expect(r.problems).toEqual([]);
  });
});

describe("parseMeasureRows: damaged rows", () => {
  it("text in an amount cell: reported with row and column, amount blank, row not written over", () => {
    const r = parseMeasureRows(
      HEADER,
      [row({ Id: "a" }), row({ Id: "b", "Effekt 2027 (tkr)": "14 mnkr" })],
      settings
    );
    expect(only(r.problems, "notANumber")).toEqual([
      { row: 3, column: "Effekt 2027 (tkr)", text: "14 mnkr" },
    ]);
    expect(r.problems).toHaveLength(1);
    const b = r.rows[1]!;
    expect(b.writable).toBe(false);
    expect(b.measure.effects[2027]).toBeNull();
    expect(b.measure.effects[2026]!.eq(14_000)).toBe(true);
    expect(r.rows[0]!.writable).toBe(true);
  });

  it("a truth value or a non-finite number in an amount cell is not a number either", () => {
    const r = parseMeasureRows(
      HEADER,
      [row({ "Effekt 2026 (tkr)": true }), row({ Id: "b", "Effekt 2026 (tkr)": Number.NaN })],
      settings
    );
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
      const r = parseMeasureRows(
        HEADER,
        [row({ "Ändrad ambitionsnivå": word, "Påverkan mål/målvärden": word })],
        settings
      );
      expect(r.problems).toEqual([]);
      expect([r.rows[0]!.measure.ambition, r.rows[0]!.measure.goals]).toEqual([ambition, goals]);
    }
  });

  it("accepts the configured colour labels", () => {
    const s: PlanSettings = {
      ...settings,
      colourLabels: { red: "Sämre", yellow: "Oförändrad", green: "Bättre" },
    };
    const r = parseMeasureRows(
      HEADER,
      [row({ "Ändrad ambitionsnivå": "BÄTTRE", "Påverkan mål/målvärden": "oförändrad" })],
      s
    );
    expect(r.problems).toEqual([]);
    expect([r.rows[0]!.measure.ambition, r.rows[0]!.measure.goals]).toEqual(["raises", "none"]);
    expect(measureToRow(r.rows[0]!.measure, s).slice(8, 10)).toEqual(["Bättre", "Oförändrad"]);
  });

  it("an unknown colour word: reported, colour unset, row not written over", () => {
    const r = parseMeasureRows(HEADER, [row({ "Påverkan mål/målvärden": "LILA" })], settings);
    expect(only(r.problems, "unknownColour")).toEqual([
      { row: 2, column: "Påverkan mål/målvärden", text: "LILA", accepted: "RÖD, GUL, GRÖN" },
    ]);
    expect(r.rows[0]!.measure.goals).toBeNull();
    expect(r.rows[0]!.measure.ambition).toBe("lowers");
    expect(r.rows[0]!.writable).toBe(false);
  });

  it("a blank colour is 'not yet judged', not a problem", () => {
    const r = parseMeasureRows(
      HEADER,
      [row({ "Ändrad ambitionsnivå": "", "Påverkan mål/målvärden": null })],
      settings
    );
    expect(r.problems).toEqual([]);
    expect([r.rows[0]!.measure.ambition, r.rows[0]!.measure.goals]).toEqual([null, null]);
    expect(r.rows[0]!.writable).toBe(true);
  });

  it("a repeated id: both rows are read as they are; which counts is the read model's decision", () => {
    const r = parseMeasureRows(
      HEADER,
      [row({ Id: "x", Åtgärd: "först" }), row({ Id: "y" }), row({ Id: " x ", Åtgärd: "sedan" })],
      settings
    );
    expect(r.problems).toEqual([]);
    expect(r.rows.map((x) => [x.row, x.measure.id, x.measure.title])).toEqual([
      [2, "x", "först"],
      [3, "y", "Vakanshålla 24 platser"],
      [4, "x", "sedan"],
    ]);
  });

  it("a missing id: reported, the row still read but flagged", () => {
    const r = parseMeasureRows(
      HEADER,
      [row({ Id: null, Åtgärd: "utan id" }), row({ Id: "  " })],
      settings
    );
    expect(only(r.problems, "missingId")).toEqual([{ row: 2 }, { row: 3 }]);
    expect(r.rows.map((x) => x.writable)).toEqual([false, false]);
    expect(r.rows[0]!.measure.title).toBe("utan id");
    expect(r.rows[0]!.measure.id).toBe("");
  });

  it("a missing column: reported once, the rest read", () => {
    const header = HEADER.filter((h) => h !== "Konsekvensbeskrivning" && h !== "Effekt 2027 (tkr)");
    const drop = (cells: CellValue[]) =>
      cells.filter((_, i) => i !== COL["Konsekvensbeskrivning"] && i !== COL["Effekt 2027 (tkr)"]);
    const rows = [row({ Id: "a" }), row({ Id: "b" }), row({ Id: "c" })].map(drop);
    const r = parseMeasureRows(header, rows, settings);
    expect(r.problems).toEqual([
      { code: "missingColumn", params: { row: 1, column: "Effekt 2027 (tkr)" } },
      { code: "missingColumn", params: { row: 1, column: "Konsekvensbeskrivning" } },
    ]);
    expect(r.rows).toHaveLength(3);
    expect(r.rows[2]!.measure.effects[2026]!.eq(14_000)).toBe(true);
    expect(r.rows[2]!.measure.effects[2027]).toBeNull();
    expect(r.rows[2]!.measure.ambition).toBe("lowers");
    expect(r.rows[2]!.measure.consequence).toBe("");
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
    const withNote = (cells: CellValue[], note: CellValue) => [
      ...cells.slice(0, 5),
      note,
      ...cells.slice(5),
    ];
    const r = parseMeasureRows(
      header,
      [withNote(row({ Id: "a" }), "Anna"), withNote(row({ Id: "b" }), 42)],
      settings
    );
    expect(r.problems).toEqual([
      { code: "extraColumn", params: { row: 1, column: "Ansvarig", columnNumber: 6 } },
    ]);
    expect(r.rows.map((x) => x.measure).map((m) => m.effects[2026]!.toNumber())).toEqual([
      14_000, 14_000,
    ]);
    expect(r.rows.map((x) => x.extra)).toEqual([["Anna"], [42]]);
    expect(r.layout.extras).toEqual([{ index: 5, title: "Ansvarig" }]);
    expect(r.layout.matches).toBe(false); // not at the end: the table must be rewritten as a whole
    expect(measureToRow(r.rows[1]!.measure, settings, r.rows[1]!.extra).at(-1)).toBe(42);
  });

  it("an extra column at the end keeps the layout writable in place; cells beyond the header are kept too", () => {
    const header = [...HEADER, "Kommentar"];
    const r = parseMeasureRows(
      header,
      [
        [...row({ Id: "a" }), "se bilaga"],
        [...row({ Id: "b" }), null, "utan rubrik"],
      ],
      settings
    );
    expect(r.layout.matches).toBe(true);
    expect(codes(r.problems)).toEqual(["extraColumn", "extraColumn"]);
    expect(only(r.problems, "extraColumn").map((p) => p.columnNumber)).toEqual([12, 13]);
    expect(r.rows.map((x) => x.extra)).toEqual([
      ["se bilaga", null],
      [null, "utan rubrik"],
    ]);
    const written = measureToRow(r.rows[0]!.measure, settings, r.rows[0]!.extra);
    expect(written.slice(0, HEADER.length)).toEqual(row({ Id: "a" }));
    expect(written.slice(HEADER.length)).toEqual(["se bilaga", null]);
  });

  it("header text with extra spaces or another case is the same column", () => {
    const messy = HEADER.map((h) => `  ${h.toUpperCase().replace(/ /g, "   ")} `).map((h) =>
      h.replace("/", " / ")
    );
    messy[5] = "effekt 2026 ( TKR )";
    const r = parseMeasureRows(messy, [row()], settings);
    expect(r.problems).toEqual([]);
    expect(r.layout.matches).toBe(true);
    expect(r.rows[0]!.measure.effects[2026]!.eq(14_000)).toBe(true);
    expect(r.rows[0]!.measure.goals).toBe("negative");
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
    expect(r.rows[0]!.measure.title).toBe("Vakanshålla 24 platser");
  });

  it("an amount column in another unit is read in the unit it states", () => {
    const header = [...HEADER];
    header[COL["Effekt 2026 (tkr)"]!] = "Effekt 2026 (mnkr)";
    const r = parseMeasureRows(header, [row({ "Effekt 2026 (tkr)": 14 })], settings);
    expect(r.problems).toEqual([
      {
        code: "columnUnit",
        params: { row: 1, column: "Effekt 2026 (mnkr)", unit: "mnkr", expected: "tkr" },
      },
    ]);
    expect(r.rows[0]!.measure.effects[2026]!.eq(14_000)).toBe(true);
  });

  it("an amount column without a unit is reported and read in the configured unit", () => {
    const header = [...HEADER];
    header[COL["Effekt 2028 (tkr)"]!] = "Effekt 2028";
    const r = parseMeasureRows(header, [row({ "Effekt 2028 (tkr)": 5 })], settings);
    expect(codes(r.problems)).toEqual(["missingUnit"]);
    expect(r.rows[0]!.measure.effects[2028]!.eq(5)).toBe(true);
  });

  it("an amount column in an unknown unit is kept but not read", () => {
    const header = [...HEADER];
    header[COL["Effekt 2026 (tkr)"]!] = "Effekt 2026 (EUR)";
    const r = parseMeasureRows(header, [row()], settings);
    expect(codes(r.problems)).toEqual(["unknownUnit"]);
    expect(r.rows[0]!.measure.effects[2026]).toBeNull();
    expect(r.rows[0]!.extra).toEqual([14_000]);
  });

  it("a column twice: the first is read, the second kept", () => {
    const r = parseMeasureRows([...HEADER, "åtgärd"], [[...row(), "annan titel"]], settings);
    expect(only(r.problems, "duplicateColumn")).toEqual([
      { row: 1, column: "åtgärd", columnNumber: 12 },
    ]);
    expect(r.rows[0]!.measure.title).toBe("Vakanshålla 24 platser");
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
    expect(
      r.rows
        .map((x) => x.measure)
        .map((m) => m.nr)
        .every((n) => Number.isInteger(n) && n > 0)
    ).toBe(true);
    expect(r.rows[5]!.measure.area).toBe("Kultur");
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
      rows.push(
        row({
          Id: `m-${i}`,
          Nr: i + 1,
          "Effekt 2026 (tkr)": damaged ? "okänt" : i,
          "Effekt 2027 (tkr)": 2 * i,
        })
      );
    }
    const r = parseMeasureRows(HEADER, rows, settings);
    expect(r.rows).toHaveLength(1_000);
    expect(only(r.problems, "notANumber").map((p) => p.row)).toEqual([
      101, 201, 301, 401, 501, 601, 701, 801, 901, 1001,
    ]);
    expect(r.rows.filter((x) => !x.writable)).toHaveLength(10);
    expect(r.rows[500]!.measure.effects[2027]!.eq(1_000)).toBe(true);
  });
});
