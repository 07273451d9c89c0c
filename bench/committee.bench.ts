/**
 * The committee table: how many times the Office.js writer synchronises with Excel (counted with
 * the recording fake) and how long building the model, the .xlsx and the HTML for Word takes,
 * for 10, 100 and 1 000 measures.
 */
import ExcelJS from "exceljs";
import { buildCommitteeTable } from "../src/plan/committeeTable";
import { dec } from "../src/budget/money";
import { DEFAULT_SETTINGS, type Measure, type Scenario } from "../src/plan/model";
import { createMeasure } from "../src/plan/measureEdits";
import { writeCommitteeTable } from "../src/adapters/office/committeeTableWriter";
import { committeeXlsx } from "../src/adapters/browser/committeeXlsx";
import { committeeHtml, committeePlainText } from "../src/plan/committeeHtml";
import { named } from "../test/support/scenarios";
import { FakeContext, installExcelEnums, installOffice } from "../test/support/excel";
import { medianMs, round3 } from "./measure";
import { performance } from "perf_hooks";

function planOf(count: number): { scenario: Scenario; measures: Measure[] } {
  const measures: Measure[] = Array.from({ length: count }, (_, i) => ({
    ...createMeasure("measure", [], DEFAULT_SETTINGS),
    id: `m-${i}`,
    nr: i + 1,
    title: `Åtgärd ${i + 1}`,
    consequence: "Konsekvensen beskrivs här i några meningar. ".repeat(3),
    effects: { 2026: dec(i * 13.7), 2027: dec(i * 20.1), 2028: dec(i * 20.1) },
    ambition: "lowers",
    goals: "negative",
  }));
  return {
    scenario: named("s", measures.map((m) => m.id), "Bench"),
    measures,
  };
}

export async function runCommitteeBench(): Promise<Record<string, unknown>[]> {
  installExcelEnums();
  installOffice("1.9");
  const records: Record<string, unknown>[] = [];
  for (const count of [10, 100, 1000]) {
    const { scenario, measures } = planOf(count);
    const table = buildCommitteeTable(scenario, measures, DEFAULT_SETTINGS);
    const context = new FakeContext();
    await writeCommitteeTable(context as unknown as Excel.RequestContext, table);
    const start = performance.now();
    const bytes = await committeeXlsx(ExcelJS, table);
    const xlsxMs = performance.now() - start;
    records.push({
      bench: "committeeTable",
      measures: count,
      contextSyncs: context.syncs,
      modelMs: round3(
        medianMs(() => buildCommitteeTable(scenario, measures, DEFAULT_SETTINGS), 7, 1)
      ),
      xlsxMs: round3(xlsxMs),
      xlsxBytes: bytes.length,
      htmlMs: round3(medianMs(() => committeeHtml(table) + committeePlainText(table), 5, 1)),
      htmlBytes: committeeHtml(table).length,
    });
  }
  return records;
}
