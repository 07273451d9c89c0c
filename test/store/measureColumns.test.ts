import { DEFAULT_SETTINGS } from "../../src/plan/model";
import type { PlanSettings } from "../../src/plan/model";
import { MEASURE_COLUMNS, canonicalLayout } from "../../src/store/measureColumns";
import { parseMeasureRows } from "../../src/store/measuresSheet";
import { HEADER } from "../support/measureRows";

const settings = DEFAULT_SETTINGS;

describe("MEASURE_COLUMNS", () => {
  it("lists the Swedish titles with the unit in each amount header, one per plan year", () => {
    expect(MEASURE_COLUMNS(settings)).toEqual(HEADER);
  });

  it("follows the plan period and unit of the settings", () => {
    const s: PlanSettings = { ...settings, firstYear: 2024, yearCount: 2, unit: "mnkr" };
    expect(MEASURE_COLUMNS(s).filter((t) => t.startsWith("Effekt"))).toEqual([
      "Effekt 2024 (mnkr)",
      "Effekt 2025 (mnkr)",
    ]);
  });
});

describe("canonicalLayout", () => {
  it("is the layout the parser finds in a header of MEASURE_COLUMNS", () => {
    const others: PlanSettings = { ...settings, firstYear: 2024, yearCount: 5, unit: "mnkr" };
    for (const s of [settings, others]) {
      expect(canonicalLayout(s)).toEqual(parseMeasureRows(MEASURE_COLUMNS(s), [], s).layout);
    }
  });
});
