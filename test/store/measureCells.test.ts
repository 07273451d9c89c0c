import fc from "fast-check";
import {
  amountCellValue,
  formulaFields,
  isFormulaCell,
  measureCellValues,
  patchCellValues,
  STORED_CELLS,
} from "../../src/store/measureCells";
import { Decimal, dec } from "../../src/budget/money";
import { DEFAULT_SETTINGS } from "../../src/plan/model";
import type { AmountUnit, Measure, PlanSettings, SignConvention } from "../../src/plan/model";
import { MEASURE_COLUMNS } from "../../src/store/measureColumns";
import { measureToRow } from "../../src/store/measureCells";
import { parseMeasureRows } from "../../src/store/measuresSheet";
import type { CellValue } from "../../src/store/cellValue";

const settings = DEFAULT_SETTINGS;

function layoutOf(header: readonly string[], s: PlanSettings = settings) {
  return parseMeasureRows(header, [], s).layout;
}

const measure: Measure = {
  id: "m-1",
  nr: 2,
  kind: "measure",
  area: "Äldreomsorg",
  title: "Vakanshålla 24 platser",
  effects: { 2026: dec(14_000), 2027: dec(583.5), 2028: null },
  ambition: "lowers",
  goals: "none",
  consequence: "Kön kan växa.",
};

describe("amountCellValue", () => {
  it("converts tkr to the column's unit", () => {
    expect(amountCellValue(dec(14_000), "measure", "tkr", "positive")).toBe(14_000);
    expect(amountCellValue(dec(14_000), "measure", "mnkr", "positive")).toBe(14);
    expect(amountCellValue(dec(1.5), "measure", "kr", "positive")).toBe(1_500);
  });

  it("writes a proposal's need negative only under the result-effect convention", () => {
    expect(amountCellValue(dec(9_800), "proposal", "tkr", "positive")).toBe(9_800);
    expect(amountCellValue(dec(9_800), "proposal", "tkr", "resultEffect")).toBe(-9_800);
    expect(amountCellValue(dec(9_800), "measure", "tkr", "resultEffect")).toBe(9_800);
  });

  it("writes a blank amount as an empty cell and refuses an amount no cell can hold", () => {
    expect(amountCellValue(null, "measure", "tkr", "positive")).toBe("");
    expect(() => amountCellValue(new Decimal("1e400"), "measure", "tkr", "positive")).toThrow(
      RangeError
    );
  });

  it("reads back as the same amount through parseMeasureRows, in every unit and convention", () => {
    const amount = fc.integer({ min: -10_000_000, max: 10_000_000 }).map((n) => dec(n).div(100));
    fc.assert(
      fc.property(
        amount,
        fc.constantFrom<AmountUnit>("kr", "tkr", "mnkr"),
        fc.constantFrom<SignConvention>("positive", "resultEffect"),
        fc.constantFrom<Measure["kind"]>("measure", "proposal"),
        (tkr, unit, signConvention, kind) => {
          const s: PlanSettings = { ...settings, unit, signConvention };
          const m: Measure = { ...measure, kind, effects: { 2026: tkr, 2027: null, 2028: null } };
          const header = MEASURE_COLUMNS(s);
          const cells = measureCellValues(m, s, layoutOf(header, s), header.length).cells;
          const back = parseMeasureRows(header, [cells], s);
          expect(back.problems).toEqual([]);
          expect(back.rows[0]!.measure.effects[2026]!.toString()).toBe(tkr.toString());
        }
      )
    );
  });
});

describe("measureCellValues", () => {
  it("gives the same row as measureToRow in the table's own layout", () => {
    const header = MEASURE_COLUMNS(settings);
    const { cells, missing } = measureCellValues(
      measure,
      settings,
      layoutOf(header),
      header.length
    );
    expect(missing).toEqual([]);
    expect(cells).toEqual(measureToRow(measure, settings));
  });

  it("guards text so that Excel keeps it as text", () => {
    const header = MEASURE_COLUMNS(settings);
    const m = { ...measure, title: "=1+1", consequence: "-3 platser", area: "2026" };
    const { cells } = measureCellValues(m, settings, layoutOf(header), header.length);
    expect(cells[4]).toBe("'=1+1");
    expect(cells[10]).toBe("'-3 platser");
    expect(cells[3]).toBe("'2026");
  });

  it("places fields where a reordered header has them and leaves extra columns empty", () => {
    const header = [
      "Åtgärd",
      "Anteckning",
      "Id",
      "Effekt 2028 (tkr)",
      "Effekt 2026 (mnkr)",
      "Effekt 2027 (tkr)",
      "Nr",
      "Typ",
      "Verksamhetsområde",
      "Ändrad ambitionsnivå",
      "Påverkan mål/målvärden",
      "Konsekvensbeskrivning",
    ];
    const { cells, missing } = measureCellValues(
      measure,
      settings,
      layoutOf(header),
      header.length
    );
    expect(missing).toEqual([]);
    expect(cells.slice(0, 7)).toEqual(["Vakanshålla 24 platser", "", "m-1", "", 14, 583.5, 2]);
  });

  it("lists the missing columns it would need, and only those", () => {
    const header = MEASURE_COLUMNS(settings).filter(
      (t) => t !== "Konsekvensbeskrivning" && t !== "Effekt 2028 (tkr)"
    );
    expect(measureCellValues(measure, settings, layoutOf(header), header.length).missing).toEqual([
      "Konsekvensbeskrivning",
    ]);
    const withAmount = { ...measure, effects: { ...measure.effects, 2028: dec(1) } };
    expect(
      measureCellValues(withAmount, settings, layoutOf(header), header.length).missing
    ).toEqual(["Effekt 2028 (tkr)", "Konsekvensbeskrivning"]);
    const noId = MEASURE_COLUMNS(settings).slice(1);
    expect(measureCellValues(measure, settings, layoutOf(noId), noId.length).missing).toEqual([
      "Id",
    ]);
  });

  it("reports an effect for a year outside the plan as a missing column", () => {
    const header = MEASURE_COLUMNS(settings);
    const m = { ...measure, effects: { ...measure.effects, 2031: dec(5) } };
    expect(measureCellValues(m, settings, layoutOf(header), header.length).missing).toEqual([
      "Effekt 2031 (tkr)",
    ]);
  });
});

describe("patchCellValues", () => {
  const header = MEASURE_COLUMNS(settings);
  const layout = layoutOf(header);

  it("gives exactly the cells of the patched fields", () => {
    const { cells, missing } = patchCellValues(
      { title: "Ny titel", effects: { 2027: dec(2_000) } },
      measure,
      settings,
      layout
    );
    expect(missing).toEqual([]);
    expect(cells).toEqual([
      { field: "title", index: 4, value: "Ny titel" },
      { field: "effect:2027", index: 6, value: 2_000 },
    ]);
  });

  it("writes a cleared amount or colour as an empty cell", () => {
    const { cells } = patchCellValues(
      { effects: { 2026: null }, ambition: null, goals: "positive" },
      measure,
      settings,
      layout
    );
    expect(cells).toEqual([
      { field: "effect:2026", index: 5, value: "" },
      { field: "ambition", index: 8, value: "" },
      { field: "goals", index: 9, value: "GRÖN" },
    ]);
  });

  it("gives nothing for an empty patch", () => {
    expect(patchCellValues({}, measure, settings, layout)).toEqual({ cells: [], missing: [] });
  });

  it("re-signs the stated amounts when the kind changes under the result-effect convention", () => {
    const s: PlanSettings = { ...settings, signConvention: "resultEffect" };
    const { cells } = patchCellValues(
      { kind: "proposal", effects: { 2027: dec(100) } },
      measure,
      s,
      layout
    );
    expect(cells).toEqual([
      { field: "kind", index: 2, value: "Utvecklingsförslag" },
      { field: "effect:2027", index: 6, value: -100 },
      { field: "effect:2026", index: 5, value: -14_000, resigned: true },
    ]);
    // Under the positive convention a kind change leaves the amounts alone.
    expect(patchCellValues({ kind: "proposal" }, measure, settings, layout).cells).toHaveLength(1);
  });

  it("lists a missing column that the patch needs", () => {
    const noTitle = header.filter((t) => t !== "Åtgärd");
    const r = patchCellValues({ title: "x", nr: 3 }, measure, settings, layoutOf(noTitle));
    expect(r.missing).toEqual(["Åtgärd"]);
    expect(r.cells.map((c) => c.field)).toEqual(["nr"]);
  });
});

describe("isFormulaCell and formulaFields", () => {
  it("tells a formula from text that starts with =", () => {
    expect(isFormulaCell(500, "=BUDGET.ÅTGÄRDSEFFEKT(1000;DATUM(2026;7;1);2026)")).toBe(true);
    expect(isFormulaCell("=1+1", "=1+1")).toBe(false); // the text '=1+1: Office.js drops the apostrophe
    expect(isFormulaCell("x", '="x"')).toBe(true);
    expect(isFormulaCell(14_000, 14_000)).toBe(false);
    expect(isFormulaCell("", "")).toBe(false);
  });

  it("lists the fields of a row whose cells hold formulas, in table order", () => {
    const header = MEASURE_COLUMNS(settings);
    const values: CellValue[] = [
      "m-1",
      1,
      "Åtgärd",
      "Äldreomsorg",
      "=1+1",
      500,
      1_000,
      "",
      "RÖD",
      "RÖD",
      "Text",
    ];
    const formulas: CellValue[] = [
      "m-1",
      "=RAD()-1",
      "Åtgärd",
      "Äldreomsorg",
      "=1+1",
      "=A1",
      1_000,
      "",
      "RÖD",
      "RÖD",
      "Text",
    ];
    expect(formulaFields(layoutOf(header), values, formulas)).toEqual(["nr", "effect:2026"]);
  });
});

describe("cell encodings", () => {
  it("guards text and refuses a too large amount for Excel; keeps both as they are for storage", () => {
    const header = MEASURE_COLUMNS(settings);
    const patch = { title: "=1+1", effects: { 2026: new Decimal("1e400") } };
    expect(() => patchCellValues(patch, measure, settings, layoutOf(header))).toThrow(RangeError);
    const stored = patchCellValues(patch, measure, settings, layoutOf(header), STORED_CELLS);
    expect(stored.cells.map((c) => c.value)).toEqual(["=1+1", "1e+400"]);
    const guarded = patchCellValues({ title: "=1+1" }, measure, settings, layoutOf(header));
    expect(guarded.cells.map((c) => c.value)).toEqual(["'=1+1"]);
  });
});
