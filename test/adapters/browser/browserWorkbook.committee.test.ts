import ExcelJS from "exceljs";
import { buildCommitteeTable } from "../../../src/plan/committeeTable";
import { referencePlan } from "../../../src/plan/referenceCase";
import { BrowserWorkbook, MemoryStorage } from "../../../src/adapters/browser/browserWorkbook";
import { balanceOf } from "../../../src/plan/balance";
import { COMMITTEE_TEXT } from "../../../src/plan/committeeTexts";
import { DEFAULT_SETTINGS } from "../../../src/plan/model";
import { serializePlanDocument } from "../../../src/store/planDocument";
import { HEADER, row } from "../../support/measureRows";
import { evaluate } from "../../support/evaluateFormulas";
import type { Grid } from "../../support/evaluateFormulas";
import { named } from "../../support/scenarios";

describe("the committee table outside Excel", () => {
  it("is handed to the user as an .xlsx file named after its sheet", async () => {
    const saved: { name: string; bytes: Uint8Array }[] = [];
    const port = new BrowserWorkbook(new MemoryStorage(), {
      events: null,
      saveFile: (name, bytes) => saved.push({ name, bytes }),
    });
    const plan = referencePlan();
    const table = buildCommitteeTable(plan.scenarios[0]!, plan.measures, plan.settings);
    expect(await port.createCommitteeTable(table)).toEqual({
      status: "downloaded",
      fileName: "Budget i balans 2026.xlsx",
    });
    expect(saved).toHaveLength(1);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(saved[0]!.bytes) as unknown as ExcelJS.Buffer);
    expect(workbook.getWorksheet("Budget i balans 2026")?.getCell("A1").value).toBe(
      "Åtgärder och konsekvenser – Budget i balans 2026"
    );
  });
});

/** The sheet's cells as the formula evaluator reads them: values, and formulas with their "=". */
function gridOf(sheet: ExcelJS.Worksheet): Grid {
  const grid: { value: string | number; formula?: string }[][] = [];
  sheet.eachRow((r, n) => {
    const cells: { value: string | number; formula?: string }[] = [];
    r.eachCell((cell, c) => {
      const v = cell.value as unknown;
      if (v !== null && typeof v === "object" && "formula" in v)
        cells[c - 1] = { value: 0, formula: `=${String((v as { formula: string }).formula)}` };
      else cells[c - 1] = { value: typeof v === "number" ? v : String(v) };
    });
    grid[n - 1] = Array.from(cells, (c) => c ?? { value: "" });
  });
  return Array.from(grid, (r) => r ?? []);
}

describe("Counted twice: a measure row copied, in the browser", () => {
  it("the pane counts it once and the downloaded committee table lists one row and sums 14 000", async () => {
    const storage = new MemoryStorage();
    const settings = DEFAULT_SETTINGS;
    storage.setItem(
      "ramkoll.plan",
      serializePlanDocument({ settings, scenarios: [named("s", ["m-1"], "Budget")] })
    );
    const copied = [...row()];
    storage.setItem("ramkoll.measures", JSON.stringify([HEADER, row(), copied]));
    const saved: Uint8Array[] = [];
    const port = new BrowserWorkbook(storage, {
      events: null,
      saveFile: (_, bytes) => saved.push(bytes),
    });
    const snapshot = await port.load();
    expect(snapshot.measures.map((m) => m.row)).toEqual([2]);
    expect(snapshot.problemRows.map((m) => m.row)).toEqual([3]);
    const scenario = snapshot.scenarios[0]!;
    const pane = balanceOf(
      scenario,
      snapshot.measures.map((m) => m.measure),
      settings
    );
    expect(pane.years[0]!.freed.toNumber()).toBe(14_000);

    // What "Skapa nämndtabell" does: the table of the snapshot's measures.
    const measures = snapshot.measures.map((m) => m.measure);
    await port.createCommitteeTable(buildCommitteeTable(scenario, measures, settings));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(saved[0]!) as unknown as ExcelJS.Buffer);
    const grid = gridOf(workbook.getWorksheet("Budget")!);
    const listed = grid.flat().filter((c) => c?.value === "Vakanshålla 24 platser").length;
    const line = grid.find((r) => r[0]?.value === COMMITTEE_TEXT.freedTotal)!;
    // The label spans the first columns; each plan year's amount is a formula.
    const freed = line.filter((c) => c?.formula).map((c) => evaluate(grid, c!.formula!));
    expect(listed).toBe(1);
    expect(freed).toEqual([14_000, 14_000, 0]);
  });
});
