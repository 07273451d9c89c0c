/**
 * The header scan (measuresHeader.ts) with amount columns of years outside the plan period: such a
 * column is read as that year's amounts (kept from an earlier period), placed after the plan
 * years, never reported as a column the model does not know.
 */
import { DEFAULT_SETTINGS } from "../../src/plan/model";
import { effectHeaderYear, layoutOf } from "../../src/store/measuresHeader";
import { parseMeasureRows } from "../../src/store/measuresSheet";
import type { MeasureProblem } from "../../src/store/problems";
import { HEADER, codes, only, row } from "../support/measureRows";

const settings = DEFAULT_SETTINGS; // 2026–2028, tkr

function scan(header: readonly unknown[]) {
  const problems: MeasureProblem[] = [];
  return { layout: layoutOf(header, settings, 1, problems), problems };
}

describe("layoutOf: amount columns of years outside the plan period", () => {
  it("reads them after the plan years, by year, each in the unit it states", () => {
    const header = [...HEADER, "Effekt 2030 (tkr)", "Kommentar", "Effekt 2025 (kr)"];
    const { layout, problems } = scan(header);
    expect(layout.effects).toEqual([
      { year: 2026, index: 5, unit: "tkr" },
      { year: 2027, index: 6, unit: "tkr" },
      { year: 2028, index: 7, unit: "tkr" },
      { year: 2025, index: 13, unit: "kr" },
      { year: 2030, index: 11, unit: "tkr" },
    ]);
    expect(layout.extras).toEqual([{ index: 12, title: "Kommentar" }]);
    // Kommentar, and the kr column named as any amount column in another unit is.
    expect(codes(problems)).toEqual(["extraColumn", "columnUnit"]);
    expect(layout.matches).toBe(true); // the plan's columns first, the others after them
  });

  it("a column of an earlier year in front of the plan years: read, but not the plan's layout", () => {
    const header = [...HEADER.slice(0, 5), "Effekt 2025 (tkr)", ...HEADER.slice(5)];
    const { layout, problems } = scan(header);
    expect(problems).toEqual([]);
    expect(layout.effects.map((e) => [e.year, e.index])).toEqual([
      [2026, 6],
      [2027, 7],
      [2028, 8],
      [2025, 5],
    ]);
    expect(layout.matches).toBe(false);
  });

  it("a repeated or unreadable outside column is kept unread and named, as a plan year's is", () => {
    const header = [...HEADER, "Effekt 2025 (tkr)", "effekt 2025 (TKR)", "Effekt 2024 (EUR)"];
    const { layout, problems } = scan(header);
    expect(layout.effects.filter((e) => e.year < 2026)).toEqual([
      { year: 2025, index: 11, unit: "tkr" },
    ]);
    expect(layout.extras.map((e) => e.index)).toEqual([12, 13]);
    expect(codes(problems)).toEqual(["duplicateColumn", "unknownUnit"]);
  });

  it("an outside column without a unit is read in the configured unit and named", () => {
    const { layout, problems } = scan([...HEADER, "Effekt 2029"]);
    expect(layout.effects.at(-1)).toEqual({ year: 2029, index: 11, unit: "tkr" });
    expect(only(problems, "missingUnit")).toEqual([
      { row: 1, column: "Effekt 2029", expected: "tkr" },
    ]);
  });
});

describe("parseMeasureRows: amounts outside the plan period", () => {
  const header = [...HEADER, "Effekt 2025 (mnkr)", "Effekt 2029 (tkr)"];

  it("are read into the measure's effects in tkr, blanks as blank", () => {
    const r = parseMeasureRows(header, [[...row(), 1.2, ""]], settings);
    expect(codes(r.problems)).toEqual(["columnUnit"]);
    const effects = r.rows[0]!.measure.effects;
    expect(effects[2025]!.eq(1_200)).toBe(true);
    expect(effects[2029]).toBeNull();
    expect(effects[2026]!.eq(14_000)).toBe(true);
    expect(r.rows[0]!.extra).toEqual([]);
    expect(r.rows[0]!.writable).toBe(true);
  });

  it("text in an outside amount cell is named like any amount and the row is not written over", () => {
    const r = parseMeasureRows(header, [[...row(), "ungefär en miljon", ""]], settings);
    expect(only(r.problems, "notANumber")).toEqual([
      { row: 2, column: "Effekt 2025 (mnkr)", text: "ungefär en miljon" },
    ]);
    expect(r.rows[0]!.writable).toBe(false);
  });
});

describe("effectHeaderYear", () => {
  it("is the year of a title the scan reads as an amount column, whatever the unit", () => {
    expect(effectHeaderYear("Effekt 2025 (tkr)")).toBe(2025);
    expect(effectHeaderYear("  effekt 2031 ( EUR )")).toBe(2031);
    expect(effectHeaderYear("Effekt 2030")).toBe(2030);
    expect(effectHeaderYear("Effekt 2031 prognos")).toBeUndefined();
    expect(effectHeaderYear("Kommentar")).toBeUndefined();
  });
});
