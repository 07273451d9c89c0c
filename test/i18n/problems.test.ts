import { problemText } from "../../src/i18n/problems";
import type { Language } from "../../src/i18n/language";
import type { Problem, ProblemCode, ProblemParams } from "../../src/store/problems";

/** One problem of every code; a Record so that a new code cannot be left out. */
const PARAMS: { [K in ProblemCode]: ProblemParams[K] } = {
  noHeader: { row: 1 },
  missingColumn: { row: 1, column: "Nr" },
  extraColumn: { row: 1, column: "Ansvarig", columnNumber: 6 },
  duplicateColumn: { row: 1, column: "Åtgärd", columnNumber: 12 },
  columnUnit: { row: 1, column: "Effekt 2026 (mnkr)", unit: "mnkr", expected: "tkr" },
  unknownUnit: { row: 1, column: "Effekt 2026 (EUR)", unit: "EUR" },
  missingUnit: { row: 1, column: "Effekt 2026", expected: "tkr" },
  notARow: { row: 7 },
  badCell: { row: 7, column: "Nr" },
  missingId: { row: 7 },
  duplicateId: { row: 7, id: "m-1", firstRow: 3 },
  repeatedNr: { row: 7, nr: 4, firstRow: 3, kind: "measure" },
  missingNr: { row: 7 },
  badNr: { row: 7, text: "tre" },
  missingKind: { row: 7 },
  unknownKind: { row: 7, text: "Besparing" },
  missingArea: { row: 7 },
  unknownArea: { row: 7, text: "Kultur" },
  notANumber: { row: 7, column: "Effekt 2026 (tkr)", text: "14 mnkr" },
  amountFormat: { row: 5, column: "Effekt 2027 (tkr)", year: 2027, format: "date" },
  offPeriodAmount: { row: 7, column: "Effekt 2031 (tkr)", year: 2031, first: 2026, last: 2028 },
  unknownColour: {
    row: 7,
    column: "Påverkan mål/målvärden",
    text: "LILA",
    accepted: "RÖD, GUL, GRÖN",
  },
  invalidJson: {},
  notAPlanDocument: {},
  unknownVersion: { version: "2" },
  invalidDocument: { path: "scenarios.0", detail: "x" },
};

const problems = Object.entries(PARAMS).map(([code, params]) => ({ code, params }) as Problem);

describe("problemText", () => {
  it("has a Swedish and a different English text for every problem, naming the row", () => {
    for (const p of problems) {
      const sv = problemText(p, "sv");
      const en = problemText(p, "en");
      expect(sv.length).toBeGreaterThan(10);
      expect(en.length).toBeGreaterThan(10);
      expect(sv).not.toBe(en);
      if ("row" in p.params) {
        expect(sv).toMatch(new RegExp(`^Rad ${p.params.row}\\b`));
        expect(en).toMatch(new RegExp(`^Row ${p.params.row}\\b`));
      }
    }
    expect(problemText({ code: "notANumber", params: PARAMS.notANumber }, "sv")).toContain(
      "14 mnkr"
    );
    expect(problemText({ code: "unknownVersion", params: PARAMS.unknownVersion }, "en")).toContain(
      "version 2"
    );
  });

  it("quotes what the sheet holds, in each language's quotation marks", () => {
    const p: Problem = { code: "badNr", params: { row: 7, text: "tre" } };
    expect(problemText(p, "sv")).toBe("Rad 7: Nr ”tre” är inte ett positivt heltal.");
    expect(problemText(p, "en")).toBe('Row 7: Nr "tre" is not a positive whole number.');
  });

  it("names a column without a title and the document's root", () => {
    const extra: Problem = { code: "extraColumn", params: { row: 1, column: "", columnNumber: 6 } };
    expect(problemText(extra, "sv")).toContain("kolumnen ”(utan rubrik)” är okänd");
    expect(problemText(extra, "en")).toContain('the column "(no title)" is unknown');
    const root: Problem = { code: "invalidDocument", params: { path: "", detail: "saknas" } };
    expect(problemText(root, "sv")).toBe("Den sparade planen är felaktig vid ”(roten)”: saknas");
    expect(problemText(root, "en")).toBe('The stored plan is invalid at "(root)": saknas');
  });

  it("says what was done and what was not", () => {
    const version: Problem = { code: "unknownVersion", params: { version: "2" } };
    expect(problemText(version, "sv")).toBe(
      "Planen är sparad i version 2, som den här versionen av Ramkoll inte kan läsa. Uppdatera tillägget; planen har inte ändrats."
    );
    expect(problemText(version, "en")).toContain("the plan has not been changed");
    const duplicate: Problem = { code: "duplicateId", params: { row: 7, id: "m-1", firstRow: 3 } };
    expect(problemText(duplicate, "sv")).toBe(
      "Rad 7: id ”m-1” används redan på rad 3. Raden 3 gäller; denna rad (en kopia?) visas men räknas inte och skrivs inte över."
    );
  });

  it("is English for a language it does not know", () => {
    const p: Problem = { code: "missingArea", params: { row: 7 } };
    expect(problemText(p, "de" as Language)).toBe(problemText(p, "en"));
  });
});
