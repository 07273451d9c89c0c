/** The words for a measure or a scenario that every view of the pane shares. */
import { textsFor } from "../../src/i18n/texts";
import { DEFAULT_SETTINGS } from "../../src/plan/model";
import { createMeasure } from "../../src/plan/measureEdits";
import { itemLabel, measureTitle, scenarioName } from "../../src/taskpane/names";

const t = textsFor("sv");
const measure = { ...createMeasure("measure", [], DEFAULT_SETTINGS), nr: 3, title: "Vakanshålla" };

describe("measureTitle", () => {
  it("gives the title as typed, and says so when there is none", () => {
    expect(measureTitle(measure, t)).toBe("Vakanshålla");
    expect(measureTitle({ ...measure, title: "  " }, t)).toBe("(utan rubrik)");
  });
});

describe("itemLabel", () => {
  it("names the kind and the number", () => {
    expect(itemLabel(measure, t)).toBe("Åtgärd 3");
    expect(itemLabel({ ...measure, kind: "proposal", nr: 2 }, t)).toBe("Utvecklingsförslag 2");
  });
});

describe("scenarioName", () => {
  it("shows a dash for a nameless scenario", () => {
    expect(scenarioName("Budget i balans 2026")).toBe("Budget i balans 2026");
    expect(scenarioName("")).toBe("–");
  });
});
