import { buildCommitteeTable, type CommitteeTable } from "../../../src/plan/committeeTable";
import { named } from "../../support/scenarios";
import { dec } from "../../../src/budget/money";
import { DEFAULT_SETTINGS, type Measure, type Scenario } from "../../../src/plan/model";
import { createMeasure } from "../../../src/plan/measureEdits";
import { referencePlan } from "../../../src/plan/referenceCase";
import { formulaOf, writeCommitteeTable } from "../../../src/adapters/office/committeeTableWriter";
import { FakeContext, a1, installExcelEnums, installOffice } from "../../support/excel";
import type { CellModel } from "../../support/excel";
import { COMMITTEE_TEXT } from "../../../src/plan/committeeTexts";
import { longCommitteeTable } from "../../support/committeeRows";
import { itemRows, measureWith, scenarioWith, summa } from "../../support/committeeRows";
import { evaluate } from "../../support/evaluateFormulas";

const plan = referencePlan();
const table = buildCommitteeTable(plan.scenarios[0]!, plan.measures, plan.settings, [
  "Åtgärder",
  "Ramkoll",
]);
const write = (context: FakeContext, t: CommitteeTable) =>
  writeCommitteeTable(context as unknown as Excel.RequestContext, t);
/** The cell at a 0-based row and column of the sheet the table was written to. */
const cellOf = (context: FakeContext, r: number, c: number): CellModel =>
  context.book.cell(table.sheetName, a1(r, c));

function tableWith(count: number): CommitteeTable {
  const measures: Measure[] = Array.from({ length: count }, (_, i) => ({
    ...createMeasure("measure", [], DEFAULT_SETTINGS),
    id: `m-${i}`,
    nr: i + 1,
    title: `Åtgärd ${i + 1}`,
    effects: { 2026: dec(i + 1) },
    ambition: "lowers",
    goals: "none",
  }));
  const scenario: Scenario = named(
    "s",
    measures.map((m) => m.id),
    `Scenario ${count}`
  );
  return buildCommitteeTable(scenario, measures, DEFAULT_SETTINGS);
}

beforeEach(() => {
  installExcelEnums();
  installOffice("1.9");
});

describe("the committee table written with Office.js", () => {
  it("writes every cell of the model: formulas live, numbers as numbers, text guarded as text", async () => {
    const context = new FakeContext();
    const result = await write(context, table);
    expect(result).toEqual({
      status: "written",
      sheetName: table.sheetName,
      printSetUp: true,
      leftAlone: null,
    });
    const sheet = context.book.sheets[0]!;
    expect(sheet.name).toBe(table.sheetName);
    table.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        expect(cellOf(context, r, c).input).toBe(formulaOf(cell));
      })
    );
    const summa = table.rows.flat().find((cell) => cell?.style === "sumAmount");
    expect(formulaOf(summa!)).toMatch(/^=SUM\(/);
  });

  it("colours the colour cells and formats amounts like the .xlsx", async () => {
    const context = new FakeContext();
    await write(context, table);
    const sheet = context.book.sheets[0]!;
    table.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell?.style === "colourRed") {
          expect(cellOf(context, r, c).style["fill.color"]).toBe("#FFC7CE");
          expect(cellOf(context, r, c).input).toBe("RÖD");
        }
        if (cell?.style === "amount") expect(cellOf(context, r, c).format).toBe("#,##0");
      })
    );
    expect(sheet.merges).toHaveLength(table.merges.length);
  });

  it("sets up the page for print where ExcelApi 1.9 is there, and says so where it is not", async () => {
    const context = new FakeContext();
    await write(context, table);
    expect(context.book.sheets[0]!.pageLayout).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      leftFooter: "Socialnämnden – Mål och resursplan 2026–2028 – Budget i balans 2026",
      rightFooter: "Sida &P av &N",
    });
    expect(context.book.sheets[0]!.pageLayout.printTitleRows).toBeUndefined();
    const long = longCommitteeTable();
    const forLong = new FakeContext();
    await write(forLong, long);
    expect(forLong.book.sheets[0]!.pageLayout.printTitleRows).toBe(
      `$${long.repeatRows!.first + 1}:$${long.repeatRows!.last + 1}`
    );
    // Amounts stand one character in from the border (ExcelApi 1.9's indentLevel), right-aligned.
    const summa = context.book.sheets[0]!;
    const amounts = [...summa.cells.values()].filter((c) => c.style["indentLevel"] === 1);
    expect(amounts.length).toBeGreaterThan(20);
    installOffice("1.7");
    const older = new FakeContext();
    expect(await write(older, table)).toMatchObject({ status: "written", printSetUp: false });
    expect(older.book.sheets[0]!.pageLayout.orientation).toBeUndefined();
    expect([...older.book.sheets[0]!.cells.values()].some((c) => c.style["indentLevel"])).toBe(
      false
    );
  });

  it("writes user text that looks like a formula as text", async () => {
    const measure: Measure = {
      ...createMeasure("measure", [], DEFAULT_SETTINGS),
      id: "x",
      title: '=HYPERLINK("http://evil")',
      consequence: "@SUM(1)",
    };
    const t = buildCommitteeTable(named("s", ["x"], "S"), [measure], DEFAULT_SETTINGS);
    const context = new FakeContext();
    await write(context, t);
    const written = [...context.book.sheets[0]!.cells.values()].map((cell) => cell.input);
    expect(written).toContain('\'=HYPERLINK("http://evil")');
    // In the numbered consequences: title and consequence, guarded as the title is.
    expect(written).toContain('\'=HYPERLINK("http://evil"): @SUM(1)');
    expect(written).not.toContain('=HYPERLINK("http://evil")');
  });

  it("regenerates its own sheet in place, the same twice, touching no other sheet", async () => {
    const context = new FakeContext();
    const other = context.book.addSheet("Åtgärder");
    context.book.setCells("Åtgärder", "A1", [[{ formula: "=BUDGET.DAILYCOST(1, 2)", value: 0 }]]);
    await write(context, table);
    const snapshot = JSON.stringify([...context.book.sheets[1]!.cells.entries()]);
    const second = await write(context, table);
    expect(second.status).toBe("written");
    expect(context.book.sheets).toHaveLength(2);
    expect(JSON.stringify([...context.book.sheets[1]!.cells.entries()])).toBe(snapshot);
    expect(context.book.names).toHaveLength(1);
    expect(other.cells.size).toBe(1);
    expect(other.get(0, 0)?.formula).toBe("=BUDGET.DAILYCOST(1, 2)");
  });

  it("never writes a sheet of the same name that the user made: the table goes on 'Name (2)'", async () => {
    const context = new FakeContext();
    const users = context.book.addSheet(table.sheetName);
    context.book.setCells(table.sheetName, "A1", [["Mina anteckningar"]]);
    const result = await write(context, table);
    expect(result).toMatchObject({
      status: "written",
      sheetName: `${table.sheetName} (2)`,
      leftAlone: table.sheetName,
    });
    expect(users.cells.size).toBe(1);
    expect(users.get(0, 0)?.value).toBe("Mina anteckningar");
    expect(context.book.sheet(`${table.sheetName} (2)`).get(0, 0)?.input).toBe(
      formulaOf(table.rows[0]![0]!)
    );
    // Regenerating goes to the same sheet again, not to a third one.
    expect((await write(context, table)).sheetName).toBe(`${table.sheetName} (2)`);
    expect(context.book.sheets).toHaveLength(2);
  });

  it.each([10, 100, 1000])("synchronises twice with Excel for %i measures", async (count) => {
    const context = new FakeContext();
    await write(context, tableWith(count));
    expect(context.syncs).toBe(2);
  });
});

describe("the sheet shows the pane's figures (issue 9: one rounding rule)", () => {
  it("with 100,4 freed and 100,6 to cover: parts 99/1/0/0, Summa 100, Att täcka 101, Kvar 0", async () => {
    const measures = [
      measureWith("big", 1, { 2026: "99.2" }),
      ...["a", "b", "c"].map((id, i) => measureWith(id, i + 2, { 2026: "0.4" })),
    ];
    const tenths = buildCommitteeTable(
      scenarioWith({ 2026: "100.6" }, ["big", "a", "b", "c"]),
      measures,
      DEFAULT_SETTINGS
    );
    const context = new FakeContext();
    await write(context, tenths);
    // The grid as Excel holds it: what was written to each cell (with the model's style, to find
    // the rows by), its formulas computed over the cells as written.
    const written = tenths.rows.map((row, r) =>
      row.map((cell, c) => {
        const input = context.book.cell(tenths.sheetName, a1(r, c)).input;
        if (cell === null) return null;
        if (typeof input === "string" && input.startsWith("="))
          return { style: cell.style, value: 0, formula: input };
        return { style: cell.style, value: input as string | number };
      })
    );
    const asWritten: CommitteeTable = { ...tenths, rows: written };
    expect(itemRows(asWritten).map((r) => r.amounts[0])).toEqual([99, 1, 0, 0]);
    expect(summa(asWritten)[0]).toBe(100);
    const computed = (line: "toCover" | "remains") => {
      const row = written.find((cells) => cells[0]?.value === COMMITTEE_TEXT[line]);
      const cell = row?.[2];
      return cell?.formula ? evaluate(written, cell.formula) : cell?.value;
    };
    expect(computed("toCover")).toBe(101);
    expect(computed("remains")).toBe(0);
  });
});
