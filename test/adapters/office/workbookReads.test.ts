/**
 * Reading the plan (workbookReads.ts) through the Office.js port over the fake workbook: formulas
 * and their values, a workbook without a table or plan document, 1 000 measures read back.
 */
import { dec } from "../../../src/budget/money";
import { problemText } from "../../../src/i18n/problems";
import { balanceOf } from "../../../src/plan/balance";
import { buildCommitteeTable } from "../../../src/plan/committeeTable";
import { COMMITTEE_TEXT } from "../../../src/plan/committeeTexts";
import { named } from "../../support/scenarios";
import { MEASURES_TABLE } from "../../../src/adapters/office/measuresTable";
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

describe("load through the read model", () => {
  it("Counted twice: a row copied in Excel counts once, in the balance and in the committee table", async () => {
    const plan = documentJson(DEFAULT_SETTINGS, [named("s", ["m-1"], "Budget")]);
    const { port } = setup({ rows: [row(), row()], document: plan });
    const snapshot = await port.load();
    expect(snapshot.measures.map((m) => [m.row, m.writable])).toEqual([[2, true]]);
    expect(snapshot.problemRows.map((m) => [m.row, m.writable])).toEqual([[3, false]]);
    expect(snapshot.problems).toEqual([
      { code: "duplicateId", params: { row: 3, id: "m-1", firstRow: 2 } },
    ]);
    // What the pane's balance and "Skapa nämndtabell" take: the snapshot's measures.
    const measures = snapshot.measures.map((m) => m.measure);
    const scenario = snapshot.scenarios[0]!;
    const pane = balanceOf(scenario, measures, snapshot.settings);
    const table = buildCommitteeTable(scenario, measures, snapshot.settings);
    const listed = table.rows.flat().filter((c) => c?.value === "Vakanshålla 24 platser");
    const freed = table.rows.find((r) => r[0]?.value === COMMITTEE_TEXT.freedTotal)!;
    expect(listed).toHaveLength(1);
    expect(freed.filter((c) => c?.formula).map((c) => c!.value)).toEqual([14_000, 14_000, 0]);
    expect(pane.years.map((y) => y.freed.toNumber())).toEqual([14_000, 14_000, 0]);
  });

  it("a date or a percentage in an amount cell is a problem, not tkr; its row does not count", async () => {
    const { port } = setup({
      rows: [
        row({ "Effekt 2027 (tkr)": { value: 46037, format: "yyyy-mm-dd" } }), // 2026-01-15
        row({ Id: "m-2", Nr: 2, "Effekt 2027 (tkr)": { value: 0.05, format: "0%" } }), // "5 %"
        row({ Id: "m-3", Nr: 3, "Effekt 2027 (tkr)": { value: 14_000, format: '# ##0 "tkr"' } }),
      ],
    });
    const snapshot = await port.load();
    expect(snapshot.problems).toEqual([
      {
        code: "amountFormat",
        params: { row: 2, column: "Effekt 2027 (tkr)", year: 2027, format: "date" },
      },
      {
        code: "amountFormat",
        params: { row: 3, column: "Effekt 2027 (tkr)", year: 2027, format: "percent" },
      },
    ]);
    expect(snapshot.measures.map((m) => m.measure.id)).toEqual(["m-3"]);
    expect(snapshot.problemRows.map((m) => [m.measure.id, m.measure.effects[2027]])).toEqual([
      ["m-1", null],
      ["m-2", null],
    ]);
    expect(problemText(snapshot.problems[0]!, "sv")).toMatch(
      /^Rad 2: beloppet för 2027 .* är formaterat som datum/
    );
  });

  it("writes obey the read model: a row shown read-only for a date in an amount is never written", async () => {
    const dated = row({ "Effekt 2027 (tkr)": { value: 46037, format: "yyyy-mm-dd" } });
    const { book, port } = setup({ rows: [dated] });
    const before = JSON.stringify(book.tableValues(MEASURES_TABLE));
    await expect(port.updateMeasure("m-1", { title: "Ny" })).rejects.toMatchObject({
      reason: "notWritable",
    });
    await expect(port.deleteMeasure("m-1")).rejects.toMatchObject({ reason: "notWritable" });
    expect(JSON.stringify(book.tableValues(MEASURES_TABLE))).toBe(before);
  });
});
