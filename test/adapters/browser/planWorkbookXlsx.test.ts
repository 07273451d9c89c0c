/**
 * "Spara planen som Excel-fil": the whole plan from the browser as an .xlsx laid out as Ramkoll
 * lays out a workbook in Excel (issue 9, item 7: what the user can do when the storage is full or
 * refused). Read back with exceljs, and opened "in Excel" (the typed fake) with the Office.js port.
 */
import type ExcelJS from "exceljs";
import {
  BrowserWorkbook,
  FallbackStorage,
  MemoryStorage,
} from "../../../src/adapters/browser/browserWorkbook";
import { OfficeWorkbook } from "../../../src/adapters/office/officeWorkbook";
import { canExport } from "../../../src/port/workbookPort";
import type { PlanSnapshot } from "../../../src/port/workbookPort";
import { installFakeExcel } from "../../support/excel";
import { manyScenarios } from "../../support/officeFixtures";
import { fakeOfXlsx, namesInXlsx, readXlsx, tablesOf } from "../../support/xlsxInFake";

const TODAY = new Date(2026, 11, 2, 15, 30); // 2 December 2026, local time

function browserPort(storage: Storage = new MemoryStorage()) {
  const saved: { name: string; bytes: Uint8Array }[] = [];
  const port = new BrowserWorkbook(storage, {
    events: null,
    today: () => TODAY,
    saveFile: (name, bytes) => saved.push({ name, bytes }),
  });
  return { storage, port, saved };
}

/** The reference case, its first measure titled "=1+1" and an own column "Kommentar" added. */
async function editedReferenceCase(storage: Storage = new MemoryStorage()) {
  const made = browserPort(storage);
  const first = (await made.port.load()).measures[0]!.measure.id;
  await made.port.updateMeasure(first, { title: "=1+1" });
  const table = JSON.parse(storage.getItem("ramkoll.measures")!) as unknown[][];
  table[0]!.push("Kommentar");
  table[1]!.push("Kolla med förvaltningen");
  storage.setItem("ramkoll.measures", JSON.stringify(table));
  return made;
}

async function exported(made: ReturnType<typeof browserPort>) {
  const outcome = await made.port.exportPlan();
  expect(made.saved).toHaveLength(1);
  expect(made.saved[0]!.name).toBe(outcome.fileName);
  return { outcome, bytes: made.saved[0]!.bytes };
}

function sheetOf(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** Column A of the store sheet from A2 down. */
function chunksOf(sheet: ExcelJS.Worksheet): unknown[] {
  const out: unknown[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) out.push(sheet.getCell(r, 1).value);
  return out;
}

describe("the whole plan as an Excel workbook, read back with exceljs", () => {
  it("is offered by the browser's port only", () => {
    expect(canExport(browserPort().port)).toBe(true);
    expect(canExport(new OfficeWorkbook())).toBe(false);
  });

  it("is named Ramkoll-plan <date>.xlsx and has the measures sheet and the hidden store sheet", async () => {
    const made = await editedReferenceCase();
    const { outcome, bytes } = await exported(made);
    expect(outcome).toEqual({ fileName: "Ramkoll-plan 2026-12-02.xlsx" });
    const file = await readXlsx(bytes);
    expect(file.worksheets.map((s) => [s.name, s.state])).toEqual([
      ["Åtgärder", "visible"],
      ["Ramkoll", "hidden"],
    ]);
  });

  it("holds every stored row under the stored header, own column and text '=1+1' included, in table RamkollAtgarder", async () => {
    const made = await editedReferenceCase();
    const stored = JSON.parse(made.storage.getItem("ramkoll.measures")!) as unknown[][];
    const sheet = sheetOf(await readXlsx((await exported(made)).bytes), "Åtgärder");
    const header = stored[0]!;
    // The reference case (brief, section 6) has 5 measures and 4 development proposals.
    expect(stored).toHaveLength(1 + 9);
    expect(header[header.length - 1]).toBe("Kommentar");
    stored.forEach((cells, i) =>
      header.forEach((_, j) => {
        const want = cells[j] === "" || cells[j] === undefined ? null : cells[j];
        expect([i, j, sheet.getCell(i + 1, j + 1).value ?? null]).toEqual([i, j, want]);
      })
    );
    const titleCell = { row: 2, col: header.indexOf("Åtgärd") + 1 };
    expect(sheet.getCell(titleCell.row, titleCell.col).value).toBe("=1+1");
    // text, not a formula
    expect(sheet.getCell(titleCell.row, titleCell.col).formula).toBeUndefined();
    const tables = tablesOf(sheet);
    const last = String.fromCharCode(64 + header.length); // fewer than 27 columns
    expect(tables.map((t) => [t.name, t.tableRef])).toEqual([["RamkollAtgarder", `A1:${last}10`]]);
  });

  it("keeps the plan document on the hidden sheet: the explanation in A1, the stored text in chunks from A2", async () => {
    const made = await editedReferenceCase();
    const sheet = sheetOf(await readXlsx((await exported(made)).bytes), "Ramkoll");
    expect(String(sheet.getCell("A1").value)).toMatch(/^Ramkoll sparar här planens inställningar/);
    expect(chunksOf(sheet).join("")).toBe(made.storage.getItem("ramkoll.plan"));
  });

  it("splits a long plan document into chunks of at most 30 000 characters", async () => {
    const made = browserPort();
    const base = await made.port.load();
    await made.port.saveScenarios(manyScenarios(), base);
    const stored = made.storage.getItem("ramkoll.plan")!;
    expect(stored.length).toBeGreaterThan(60_000);
    const chunks = chunksOf(sheetOf(await readXlsx((await exported(made)).bytes), "Ramkoll"));
    expect(chunks.length).toBe(Math.ceil(stored.length / 30_000));
    for (const chunk of chunks) expect(String(chunk).length).toBeLessThanOrEqual(30_000);
    expect(chunks.join("")).toBe(stored);
  });

  it("names the add-in's own things: Ramkoll_Store and Ramkoll_Measures", async () => {
    const names = await namesInXlsx((await exported(await editedReferenceCase())).bytes);
    expect([...names.keys()].sort()).toEqual(["Ramkoll_Measures", "Ramkoll_Store"]);
    expect(names.get("Ramkoll_Store")).toMatch(/^='?Ramkoll'?!\$A\$1$/);
    expect(names.get("Ramkoll_Measures")).toBe("=RamkollAtgarder[#All]");
  });
});

/** What both loads must agree on: the measures that count, the rows shown read-only, the plan. */
function planOf(snapshot: PlanSnapshot) {
  return {
    measures: snapshot.measures.map((m) => m.measure),
    problemRows: snapshot.problemRows.map((m) => m.measure.id),
    problems: snapshot.problems.map((p) => p.code),
    scenarios: snapshot.scenarios,
    settings: snapshot.settings,
  };
}

async function openedInExcel(bytes: Uint8Array): Promise<PlanSnapshot> {
  const book = await fakeOfXlsx(bytes);
  installFakeExcel(book);
  return new OfficeWorkbook().load();
}

describe("the exported workbook opened in Excel with Ramkoll", () => {
  it("shows the same measures, scenarios and settings as the browser", async () => {
    const made = await editedReferenceCase();
    const inBrowser = await made.port.load();
    const inExcel = await openedInExcel((await exported(made)).bytes);
    expect(inExcel.hasMeasuresTable).toBe(true);
    expect(inExcel.document).toBe("readable");
    expect(inBrowser.measures).toHaveLength(9);
    expect(planOf(inExcel)).toEqual(planOf(inBrowser));
    expect(inExcel.measures[0]!.measure.title).toBe("=1+1");
  });

  it("knows its sheets and table by the names in the file: renamed in Excel, they are still the plan", async () => {
    const made = await editedReferenceCase();
    const book = await fakeOfXlsx((await exported(made)).bytes);
    book.renameSheet("Ramkoll", "Planlager");
    book.renameTable("RamkollAtgarder", "Varianter");
    book.renameSheet("Åtgärder", "Variant B");
    installFakeExcel(book);
    const inExcel = await new OfficeWorkbook().load();
    expect(inExcel.document).toBe("readable");
    expect(planOf(inExcel)).toEqual(planOf(await made.port.load()));
  });

  it("shows an empty plan as an empty table with the plan's settings", async () => {
    const made = browserPort();
    await made.port.resetToEmpty();
    await made.port.createMeasuresTable({ ...(await made.port.load()).settings, firstYear: 2027 });
    const inBrowser = await made.port.load();
    const inExcel = await openedInExcel((await exported(made)).bytes);
    expect(inExcel.hasMeasuresTable).toBe(true);
    expect(inExcel.measures).toEqual([]);
    expect(inExcel.settings.firstYear).toBe(2027);
    expect(planOf(inExcel)).toEqual(planOf(inBrowser));
  });

  it("keeps the cells of a header Excel cannot take as a table, and opens as a plan without its table", async () => {
    const made = browserPort();
    await made.port.load();
    const table = JSON.parse(made.storage.getItem("ramkoll.measures")!) as unknown[][];
    table[0]!.push("id"); // a second "Id" column: Excel's table columns are unique without case
    made.storage.setItem("ramkoll.measures", JSON.stringify(table));
    const bytes = (await exported(made)).bytes;
    const sheet = sheetOf(await readXlsx(bytes), "Åtgärder");
    expect(tablesOf(sheet)).toEqual([]);
    expect(sheet.getCell(1, table[0]!.length).value).toBe("id");
    expect(sheet.getCell(10, 1).value).toBe(table[9]![0]);
    const inExcel = await openedInExcel(bytes);
    expect([inExcel.hasMeasuresTable, inExcel.document]).toEqual([false, "readable"]);
  });

  it("shows a copied row as the browser does: once counted, the copy named as a problem", async () => {
    const made = browserPort();
    await made.port.load();
    const table = JSON.parse(made.storage.getItem("ramkoll.measures")!) as unknown[][];
    table.push([...table[1]!]);
    made.storage.setItem("ramkoll.measures", JSON.stringify(table));
    const inBrowser = await made.port.load();
    expect(inBrowser.problemRows).toHaveLength(1);
    const inExcel = await openedInExcel((await exported(made)).bytes);
    expect(planOf(inExcel)).toEqual(planOf(inBrowser));
  });
});

/** A storage that is full: it reads, but refuses every write. */
class FullStorage extends MemoryStorage {
  full = false;
  override setItem(key: string, value: string): void {
    if (this.full) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    super.setItem(key, value);
  }
}

describe("saving the plan as a file when the storage does not take it", () => {
  it("works when the storage is full: the file holds the plan stored there", async () => {
    const storage = new FullStorage();
    const made = await editedReferenceCase(storage);
    storage.full = true;
    expect((await made.port.load()).storage).toBe("full");
    const inExcel = await openedInExcel((await exported(made)).bytes);
    expect(planOf(inExcel)).toEqual(planOf(await made.port.load()));
  });

  it("works when the storage is refused: the file holds the plan kept in the page", async () => {
    const made = await editedReferenceCase(new FallbackStorage());
    const inBrowser = await made.port.load();
    expect(inBrowser.storage).toBe("unavailable");
    const inExcel = await openedInExcel((await exported(made)).bytes);
    expect(planOf(inExcel)).toEqual(planOf(inBrowser));
  });
});
