/**
 * Reading the plan (workbookReads.ts) through the Office.js port over the fake workbook: formulas
 * and their values, a workbook without a table or plan document, 1 000 measures read back.
 */
import { dec } from "../../../src/budget/money";
import { DEFAULT_SETTINGS } from "../../../src/plan/model";
import type { Measure, PlanSettings } from "../../../src/plan/model";
import { MEASURE_COLUMNS } from "../../../src/store/measureColumns";
import { measureToRow } from "../../../src/store/measureCells";
import {
  documentJson,
  formulaRow,
  portOver as setup,
  row,
  stored,
} from "../../support/officeFixtures";

describe("load", () => {
  it("uses a formula's computed value and lists the field; text that starts with = is no formula", async () => {
    const { port } = setup({ rows: [formulaRow()] });
    const snapshot = await port.load();
    expect(snapshot.problems).toEqual([]);
    const m = stored(snapshot, "m-1");
    expect(m.measure.effects[2026]!.eq(500)).toBe(true);
    expect(m.measure.effects[2027]!.eq(1_000)).toBe(true);
    expect(m.measure.effects[2028]).toBeNull();
    expect(m.measure.title).toBe("=1+1");
    expect(m.formulas).toEqual(["effect:2026", "effect:2027"]);
    expect(m).toMatchObject({ writable: true, row: 2 });
  });

  it("reports no table in a workbook without one, with the stored settings", async () => {
    const settings: PlanSettings = { ...DEFAULT_SETTINGS, unit: "mnkr" };
    const { port } = setup({ table: false, document: documentJson(settings) });
    expect(await port.load()).toEqual({
      settings,
      scenarios: [],
      measures: [],
      problemRows: [],
      problems: [],
      hasMeasuresTable: false,
      document: "readable",
      revision: 0,
    });
  });

  it("uses the default settings in a workbook without a plan document", async () => {
    const { port } = setup({ rows: [row()], document: null });
    const snapshot = await port.load();
    expect(snapshot.settings).toEqual(DEFAULT_SETTINGS);
    expect(snapshot.problems).toEqual([]);
    expect(snapshot.measures).toHaveLength(1);
  });
});

describe("round trip of 1 000 measures", () => {
  it("reads back every field of every measure that the add-in's rows hold, and an edit keeps the others", async () => {
    const measures: Measure[] = Array.from({ length: 1_000 }, (_, i) => ({
      id: `m-${i}`,
      nr: i + 1,
      kind: i % 3 === 0 ? "proposal" : "measure",
      area: DEFAULT_SETTINGS.areas[i % 5]!,
      title: i % 7 === 0 ? `=titel ${i}` : `Åtgärd ${i}`,
      effects: {
        2026: dec(i * 1.5),
        2027: i % 2 ? null : dec(i === 0 ? 0 : -i),
        2028: dec(1_000_000 + i),
      },
      ambition: (["lowers", "keeps", "raises", null] as const)[i % 4]!,
      goals: (["negative", "none", "positive", null] as const)[i % 4]!,
      consequence: i % 11 === 0 ? "" : `Konsekvens ${i}\nrad två`,
    }));
    const settings: PlanSettings = {
      ...DEFAULT_SETTINGS,
      signConvention: "resultEffect",
      unit: "mnkr",
    };
    const header = MEASURE_COLUMNS(settings);
    const { port } = setup({
      header,
      rows: measures.map((m) => measureToRow(m, settings)),
      document: documentJson(settings),
    });
    const first = await port.load();
    expect(first.problems).toEqual([]);
    expect(first.measures.map((m) => m.measure)).toEqual(measures);

    await port.updateMeasure("m-500", { title: "Ändrad" });
    const second = await port.load();
    expect(second.measures.map((m) => m.measure)).toEqual(
      measures.map((m) => (m.id === "m-500" ? { ...m, title: "Ändrad" } : m))
    );
  });
});
