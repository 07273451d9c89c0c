/** The list's rows without React: sums, problems of read-only rows, areas, filter and order. */
import { dec } from "../../../../src/budget/money";
import { DEFAULT_SETTINGS, planYears } from "../../../../src/plan/model";
import { createMeasure } from "../../../../src/plan/measureEdits";
import type { Measure } from "../../../../src/plan/model";
import type { StoredMeasure } from "../../../../src/port/workbookPort";
import {
  areasOf,
  listRows,
  matchingRows,
} from "../../../../src/taskpane/components/MeasureList/measureRows";
import type { ListView } from "../../../../src/taskpane/components/MeasureList/measureRows";

const years = planYears(DEFAULT_SETTINGS);
const [first = 0, second = 0] = years;
const stored = (measure: Measure, row: number, writable = true): StoredMeasure => ({
  measure,
  formulas: [],
  writable,
  row,
});
const a = createMeasure("measure", [], DEFAULT_SETTINGS, {
  nr: 2,
  title: "Bemanning",
  area: "Eget område",
  effects: { [first]: dec(100), [second]: dec(50) },
  ambition: "lowers",
});
const b = createMeasure("proposal", [], DEFAULT_SETTINGS, { nr: 1, title: "Avtal" });
const c = createMeasure("measure", [], DEFAULT_SETTINGS, { nr: 1, title: "Chefer" });
const problem = { code: "missingArea", params: { row: 7 } } as const;
const rows = listRows([stored(a, 5), stored(b, 6), stored(c, 7, false)], [problem], years);
const view: ListView = {
  areaFilter: null,
  kindFilter: "all",
  colourFilter: "all",
  sortKey: "nr",
  descending: false,
};
const titles = (list: ReturnType<typeof listRows>) => list.map((r) => r.stored.measure.title);

describe("listRows", () => {
  it("sums each measure over the plan years and gives a read-only row its problems", () => {
    expect(rows[0]?.total.toString()).toBe("150");
    expect(rows[0]?.problems).toEqual([]);
    expect(rows[2]?.problems).toEqual([problem]);
  });
});

describe("areasOf", () => {
  it("lists the settings' areas, then any other area found", () => {
    expect(areasOf(DEFAULT_SETTINGS.areas, rows)).toEqual([
      ...DEFAULT_SETTINGS.areas,
      "Eget område",
    ]);
  });
});

describe("matchingRows", () => {
  it("puts measures before proposals, each by number", () => {
    expect(titles(matchingRows(rows, view, "sv"))).toEqual(["Chefer", "Bemanning", "Avtal"]);
  });

  it("filters by kind and colour, and sorts by title or amount either way", () => {
    expect(titles(matchingRows(rows, { ...view, kindFilter: "proposal" }, "sv"))).toEqual([
      "Avtal",
    ]);
    expect(titles(matchingRows(rows, { ...view, colourFilter: "ambition:red" }, "sv"))).toEqual([
      "Bemanning",
    ]);
    expect(titles(matchingRows(rows, { ...view, sortKey: "title" }, "sv"))).toEqual([
      "Avtal",
      "Bemanning",
      "Chefer",
    ]);
    expect(
      titles(matchingRows(rows, { ...view, sortKey: "amount", descending: true }, "sv"))[0]
    ).toBe("Bemanning");
  });
});
