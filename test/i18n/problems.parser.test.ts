import { DEFAULT_SETTINGS } from "../../src/plan/model";
import { problemText } from "../../src/i18n/problems";
import { parseMeasureRows } from "../../src/store/measuresSheet";
import { HEADER, row } from "../support/measureRows";

const settings = DEFAULT_SETTINGS;

describe("problem texts", () => {
  it("has a text for every problem the parser produces", () => {
    const r = parseMeasureRows(
      [...HEADER, "X"],
      [row({ Nr: "x", Typ: "y", "Effekt 2026 (tkr)": "z" }), row()],
      settings
    );
    expect(r.problems.length).toBeGreaterThan(3);
    for (const p of r.problems) {
      expect(problemText(p, "sv")).toMatch(/^Rad \d+/);
      expect(problemText(p, "en")).toMatch(/^Row \d+/);
    }
  });
});
