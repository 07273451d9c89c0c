/**
 * Committee sheets known by identity (committeeTableWriter.ts, workbookMarks.ts): each scenario's
 * table goes into the sheet marked with its id, whatever that sheet is called now; no other sheet
 * is ever the target, not the measures sheet, the store sheet, another scenario's or the user's.
 */
import { buildCommitteeTable } from "../../../src/plan/committeeTable";
import type { CommitteeTable } from "../../../src/plan/committeeTable";
import { DEFAULT_SETTINGS } from "../../../src/plan/model";
import type { Scenario } from "../../../src/plan/model";
import { referencePlan } from "../../../src/plan/referenceCase";
import { writeCommitteeTable } from "../../../src/adapters/office/committeeTableWriter";
import { MEASURES_SHEET, MEASURES_TABLE } from "../../../src/adapters/office/measuresTable";
import { STORE_SHEET } from "../../../src/adapters/office/planDocumentSheet";
import {
  MEASURES_MARK,
  STORE_MARK,
  committeeMarkName,
} from "../../../src/adapters/office/workbookMarks";
import { STORAGE_SHEET_NAMES } from "../../../src/port/workbookPort";
import { FakeContext, FakeWorkbook, installExcelEnums, installOffice } from "../../support/excel";
import { portOver, rows } from "../../support/officeFixtures";

const plan = referencePlan();
const scenario = (id: string, name: string): Scenario => ({ ...plan.scenarios[0]!, id, name });
const tableOf = (s: Scenario): CommitteeTable =>
  buildCommitteeTable(s, plan.measures, plan.settings, STORAGE_SHEET_NAMES);
const write = (context: FakeContext, t: CommitteeTable) =>
  writeCommitteeTable(context as unknown as Excel.RequestContext, t);
/** The title cell of the table on a sheet: which scenario's table it holds. */
const titleOn = (book: FakeWorkbook, sheet: string) => book.cell(sheet, "A1").value;

beforeEach(() => {
  installExcelEnums();
  installOffice("1.9");
});

describe("two scenarios never share a committee sheet", () => {
  it("not when their names have the same first 31 characters", async () => {
    const context = new FakeContext();
    const a = tableOf(scenario("s-a", "Budget 2027 — alternativ med lägre kostnader A"));
    const b = tableOf(scenario("s-b", "Budget 2027 — alternativ med lägre kostnader B"));
    expect(a.sheetName).toBe(b.sheetName); // the same sheet name, as the issue says
    const first = await write(context, a);
    const second = await write(context, b);
    expect(first.sheetName).toBe("Budget 2027 — alternativ med lä");
    expect(second.sheetName).toBe("Budget 2027 — alternativ me (2)"); // 27 + 4 = 31 characters
    expect(titleOn(context.book, first.sheetName)).toMatch(/kostnader A$/);
    expect(titleOn(context.book, second.sheetName)).toMatch(/kostnader B$/);
    // Regenerating A goes to A's sheet; B's stays as it was.
    const before = context.book.snapshot(second.sheetName);
    expect((await write(context, a)).sheetName).toBe(first.sheetName);
    expect(FakeWorkbook.changed(before, context.book.snapshot(second.sheetName))).toEqual([]);
    expect(context.book.sheets).toHaveLength(2);
  });

  it("not when their names differ only in case or in characters a sheet name cannot hold", async () => {
    const context = new FakeContext();
    const results = [];
    for (const [id, name] of [
      ["s-1", "Plan"],
      ["s-2", "PLAN"],
      ["s-3", "Plan: 2027"],
      ["s-4", "Plan/ 2027"],
    ] as const) {
      results.push((await write(context, tableOf(scenario(id, name)))).sheetName);
    }
    expect(results).toEqual(["Plan", "PLAN (2)", "Plan- 2027", "Plan- 2027 (2)"]);
    expect(titleOn(context.book, "PLAN (2)")).toMatch(/– PLAN$/);
    expect(titleOn(context.book, "Plan")).toMatch(/– Plan$/);
  });
});

describe("a scenario's own sheet is found by its mark", () => {
  it("after the user renamed it: the table regenerates there, and no new sheet is made", async () => {
    const context = new FakeContext();
    const t = tableOf(scenario("s-1", "Plan"));
    await write(context, t);
    context.book.renameSheet("Plan", "Till nämnden 12 maj");
    const again = await write(context, t);
    expect(again).toMatchObject({ sheetName: "Till nämnden 12 maj", leftAlone: null });
    expect(context.book.sheets.map((s) => s.name)).toEqual(["Till nämnden 12 maj"]);
    expect(context.book.nameFormula(committeeMarkName("s-1"))).toBe("='Till nämnden 12 maj'!$A$1");
  });

  it("after the user deleted it: a new sheet, and the mark points to it", async () => {
    const context = new FakeContext();
    const t = tableOf(scenario("s-1", "Plan"));
    await write(context, t);
    context.book.deleteSheet("Plan");
    expect((await write(context, t)).sheetName).toBe("Plan");
    expect(context.book.nameFormula(committeeMarkName("s-1"))).toBe("=Plan!$A$1");
  });

  it("a sheet of the old scheme (Ramkoll_Namnd_…) with the wanted name is adopted, not duplicated", async () => {
    const context = new FakeContext();
    const t = tableOf(scenario("s-1", "Plan"));
    context.book.addSheet("Plan");
    context.book.setCells("Plan", "A1", [["gammal nämndtabell"]]);
    context.book.addName("Ramkoll_Namnd_abc", "=Plan!$A$1");
    expect((await write(context, t)).sheetName).toBe("Plan");
    expect(titleOn(context.book, "Plan")).toMatch(/– Plan$/);
    expect(context.book.names.map((n) => n.name)).toEqual([committeeMarkName("s-1")]);
  });
});

describe("the add-in's own sheets are never the committee table's target", () => {
  it("a measures sheet the user renamed to a scenario's name is left whole", async () => {
    const { book, port } = portOver({ rows: rows(3) });
    book.addName(MEASURES_MARK, `=${MEASURES_TABLE}[#All]`);
    book.renameSheet(MEASURES_SHEET, "Plan");
    const before = book.snapshot("Plan");
    const outcome = await port.createCommitteeTable(tableOf(scenario("s-1", "Plan")));
    expect(outcome).toMatchObject({ status: "written", sheetName: "Plan (2)" });
    expect(FakeWorkbook.changed(before, book.snapshot("Plan"))).toEqual([]);
    expect((await port.load()).measures).toHaveLength(3);
  });

  it("nor is the store sheet renamed to a scenario's name", async () => {
    const { book, port } = portOver({ rows: rows(1) });
    book.addName(STORE_MARK, `=${STORE_SHEET}!$A$1`);
    book.renameSheet(STORE_SHEET, "Lagring");
    const before = book.snapshot("Lagring");
    const outcome = await port.createCommitteeTable(tableOf(scenario("s-1", "Lagring")));
    expect(outcome).toMatchObject({ sheetName: "Lagring (2)" });
    expect(FakeWorkbook.changed(before, book.snapshot("Lagring"))).toEqual([]);
  });

  it("nor is the measures sheet when a damaged mark of the scenario points at it", async () => {
    const { book, port } = portOver({ rows: rows(2) });
    book.addName(committeeMarkName("s-1"), `=${MEASURES_SHEET}!$A$1`);
    const before = book.snapshot(MEASURES_SHEET);
    const outcome = await port.createCommitteeTable(tableOf(scenario("s-1", "Plan")));
    expect(outcome).toMatchObject({ sheetName: "Plan" });
    expect(FakeWorkbook.changed(before, book.snapshot(MEASURES_SHEET))).toEqual([]);
    expect(book.nameFormula(committeeMarkName("s-1"))).toBe("=Plan!$A$1");
  });

  it("nor is another scenario's sheet, even when its mark was copied to this scenario's name", async () => {
    const context = new FakeContext();
    await write(context, tableOf(scenario("s-1", "Plan")));
    // A damaged workbook: s-2's mark points at s-1's sheet.
    context.book.addName(committeeMarkName("s-2"), "=Plan!$A$1");
    const before = context.book.snapshot("Plan");
    const second = await write(context, tableOf(scenario("s-2", "Plan")));
    expect(second.sheetName).toBe("Plan (2)");
    expect(FakeWorkbook.changed(before, context.book.snapshot("Plan"))).toEqual([]);
  });
});

describe("the reserved names still keep the add-in's default sheet names free", () => {
  it("a scenario called Ramkoll gets 'Ramkoll (nämnd)'", () => {
    expect(tableOf(scenario("s-1", "Ramkoll")).sheetName).toBe("Ramkoll (nämnd)");
    expect(DEFAULT_SETTINGS.unit).toBe("tkr");
  });
});
