import { DEFAULT_SETTINGS } from "../../src/plan/model";
import { problemText } from "../../src/i18n/problems";
import type { Problem } from "../../src/store/problems";
import { parseMeasureRows } from "../../src/store/measuresSheet";
import { HEADER, row } from "../support/measureRows";

const settings = DEFAULT_SETTINGS;

describe("problem texts", () => {
  const samples: Problem[] = [
    { code: "noHeader", params: { row: 1 } },
    { code: "missingColumn", params: { row: 1, column: "Nr" } },
    { code: "extraColumn", params: { row: 1, column: "Ansvarig", columnNumber: 6 } },
    { code: "duplicateColumn", params: { row: 1, column: "Åtgärd", columnNumber: 12 } },
    {
      code: "columnUnit",
      params: { row: 1, column: "Effekt 2026 (mnkr)", unit: "mnkr", expected: "tkr" },
    },
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
    {
      code: "unknownColour",
      params: {
        row: 7,
        column: "Påverkan mål/målvärden",
        text: "LILA",
        accepted: "RÖD, GUL, GRÖN",
      },
    },
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
