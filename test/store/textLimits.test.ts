import { MAX_CELL_TEXT } from "../../src/budget/limits";
import { buildCommitteeTable } from "../../src/plan/committeeTable";
import { DEFAULT_SETTINGS } from "../../src/plan/model";
import { referencePlan } from "../../src/plan/referenceCase";
import {
  overlongCommitteeText,
  overlongMeasureText,
  overlongScenarioText,
  overlongSettingsText,
} from "../../src/store/textLimits";

const LONG = "a".repeat(40_000);
const FULL = "a".repeat(MAX_CELL_TEXT);

describe("texts over Excel's 32 767 characters per cell", () => {
  it("names a measure's title, area or consequence over the limit, with its length", () => {
    expect(overlongMeasureText({ consequence: LONG })).toEqual({
      field: "consequence",
      length: 40_000,
    });
    expect(overlongMeasureText({ title: LONG })?.field).toBe("title");
    expect(overlongMeasureText({ area: LONG })?.field).toBe("area");
    expect(overlongMeasureText({ title: FULL, consequence: FULL })).toBeNull();
    expect(overlongMeasureText({})).toBeNull();
  });

  it("counts as Excel counts, in UTF-16 units: 16 384 emoji are 32 768", () => {
    expect(overlongMeasureText({ title: "😀".repeat(16_384) })).toEqual({
      field: "title",
      length: 32_768,
    });
  });

  it("names the settings' areas, colour words and legend", () => {
    expect(overlongSettingsText(DEFAULT_SETTINGS)).toBeNull();
    expect(overlongSettingsText({ ...DEFAULT_SETTINGS, areas: ["Äldreomsorg", LONG] })?.field).toBe(
      "areaSetting"
    );
    const labels = { ...DEFAULT_SETTINGS.colourLabels, green: LONG };
    expect(overlongSettingsText({ ...DEFAULT_SETTINGS, colourLabels: labels })?.field).toBe(
      "colourLabel"
    );
    const legend = { ...DEFAULT_SETTINGS.legend, goals: LONG };
    expect(overlongSettingsText({ ...DEFAULT_SETTINGS, legend })?.field).toBe("legend");
    expect(overlongSettingsText({ ...DEFAULT_SETTINGS, municipality: LONG })?.field).toBe(
      "municipality"
    );
    expect(overlongSettingsText({ ...DEFAULT_SETTINGS, committee: LONG })?.field).toBe(
      "committee"
    );
    expect(overlongSettingsText({ ...DEFAULT_SETTINGS, committee: FULL })).toBeNull();
  });

  it("names a scenario's name", () => {
    const plan = referencePlan();
    const s = plan.scenarios[0]!;
    expect(overlongScenarioText(plan.scenarios)).toBeNull();
    expect(overlongScenarioText([s, { ...s, name: LONG }])).toEqual({
      field: "scenarioName",
      length: 40_000,
    });
  });

  it("finds a committee-table cell over the limit, such as a title holding a full-length name", () => {
    const plan = referencePlan();
    const s = plan.scenarios[0]!;
    expect(overlongCommitteeText(buildCommitteeTable(s, plan.measures, plan.settings))).toBeNull();
    // The name fits a cell, but the table's title adds words to it.
    const table = buildCommitteeTable({ ...s, name: FULL }, plan.measures, plan.settings);
    expect(overlongCommitteeText(table)?.field).toBe("committeeCell");
  });
});
