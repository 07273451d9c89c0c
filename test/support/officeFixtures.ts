/**
 * Workbooks for the port tests: a measures table as a user (or an earlier run of the add-in) left
 * it, and the plan document on its hidden sheet; the port over them, and what the tests of its
 * parts share (rows with formulas, scenarios, the operations of the port).
 */
import { dec } from "../../src/budget/money";
import { DEFAULT_SETTINGS } from "../../src/plan/model";
import type { Measure, PlanSettings, Scenario } from "../../src/plan/model";
import type { ProblemCode } from "../../src/store/problems";
import { OfficeWorkbook } from "../../src/adapters/office/officeWorkbook";
import type { OfficeWorkbookOptions } from "../../src/adapters/office/officeWorkbook";
import type { DeletedRow, PlanSnapshot, StoredMeasure } from "../../src/port/workbookPort";
import { MEASURE_COLUMNS } from "../../src/store/measureColumns";
import { serializePlanDocument } from "../../src/store/planDocument";
import { MEASURES_SHEET, MEASURES_TABLE } from "../../src/adapters/office/measuresTable";
import {
  STORE_EXPLANATION,
  STORE_SHEET,
  splitIntoChunks,
} from "../../src/adapters/office/planDocumentSheet";
import { listedRows } from "../../src/port/workbookPort";
import { FakeWorkbook, columnName, installFakeExcel } from "./excel";
import type { CellInput } from "./excel";
import { WELL_FORMED } from "./measureRows";
import { byYears } from "./scenarios";

export { rejection } from "./portFixtures";

export const HEADER: string[] = MEASURE_COLUMNS(DEFAULT_SETTINGS);

/** A well-formed row in the default layout, with overrides by header title; blanks are "". */
export function row(overrides: Readonly<Record<string, CellInput>> = {}): CellInput[] {
  const merged: Record<string, CellInput> = { ...WELL_FORMED, ...overrides };
  return HEADER.map((h) => merged[h] ?? "");
}

/** `n` distinct well-formed rows m-1 … m-n. */
export function rows(n: number): CellInput[][] {
  return Array.from({ length: n }, (_, i) =>
    row({
      Id: `m-${i + 1}`,
      Nr: i + 1,
      Åtgärd: `Åtgärd ${i + 1}`,
      "Effekt 2026 (tkr)": (i + 1) * 10,
    })
  );
}

export interface WorkbookSpec {
  readonly header?: readonly CellInput[];
  readonly rows?: readonly (readonly CellInput[])[];
  /** false: no measures table at all. */
  readonly table?: boolean;
  /** The stored plan document's cells A2, A3, …; a string is split as the add-in would. null: no store sheet. */
  readonly document?: string | readonly string[] | null;
}

export function documentJson(
  settings: PlanSettings = DEFAULT_SETTINGS,
  scenarios: readonly Scenario[] = []
): string {
  return serializePlanDocument({ settings, scenarios });
}

/** A workbook with a sheet "Blad1", the measures table (unless table: false) and the store sheet. */
export function workbook(spec: WorkbookSpec = {}): FakeWorkbook {
  const book = new FakeWorkbook();
  book.addSheet("Blad1");
  if (spec.table !== false) {
    const header = spec.header ?? HEADER;
    const body = spec.rows ?? [];
    book.addSheet(MEASURES_SHEET);
    book.setCells(MEASURES_SHEET, "A1", [header, ...body]);
    const width = Math.max(header.length, ...body.map((r) => r.length));
    book.addTable(
      MEASURES_TABLE,
      MEASURES_SHEET,
      `A1:${columnName(width - 1)}${1 + Math.max(body.length, 1)}`
    );
    if (body.length === 0) book.findTable(MEASURES_TABLE)!.rows = 0;
  }
  const document = spec.document === undefined ? documentJson() : spec.document;
  if (document !== null) {
    const sheet = book.addSheet(STORE_SHEET);
    sheet.visibility = "Hidden";
    const chunks = typeof document === "string" ? splitIntoChunks(document) : document;
    book.setCells(STORE_SHEET, "A1", [[STORE_EXPLANATION], ...chunks.map((c) => [c])]);
  }
  return book;
}

/** The Office.js port over a fake workbook made of `spec`, installed as the global Excel. */
export function portOver(
  spec: WorkbookSpec = {},
  options: OfficeWorkbookOptions = {}
): { book: FakeWorkbook; port: OfficeWorkbook } {
  const book = workbook(spec);
  installFakeExcel(book);
  return { book, port: new OfficeWorkbook(options) };
}

export function codes(snapshot: PlanSnapshot): ProblemCode[] {
  return snapshot.problems.map((p) => p.code);
}

/** The stored measure of `id` in a snapshot; fails the test when there is none. */
export function stored(snapshot: PlanSnapshot, id: string): StoredMeasure {
  const m = snapshot.measures.find((s) => s.measure.id === id);
  if (!m) throw new Error(`no measure ${id}`);
  return m;
}

/** The row of `id` among all rows the pane lists (counted or read-only); fails when there is none. */
export function shown(snapshot: PlanSnapshot, id: string): StoredMeasure {
  const m = listedRows(snapshot).find((s) => s.measure.id === id);
  if (!m) throw new Error(`no row ${id}`);
  return m;
}

export const BUDGET_FORMULA = "=BUDGET.ÅTGÄRDSEFFEKT(1000;DATUM(2026;7;1);2026)";

/** Row m-1 with formulas in the 2026 and 2027 amounts, and a title typed as text "=1+1". */
export const formulaRow = (): CellInput[] =>
  row({
    "Effekt 2026 (tkr)": { formula: BUDGET_FORMULA, value: 500 },
    "Effekt 2027 (tkr)": { formula: "=F2*2", value: 1_000 },
    Åtgärd: "=1+1", // typed as text ('=1+1): the cell holds the text, not a formula
  });

/** A scenario over the default plan years with two reference measures. */
export function scenario(id: string, name: string): Scenario {
  const years = [2026, 2027, 2028].map((year) => ({
    year,
    frame: "1215046.5",
    needs: 48_900,
    requestedIncrease: 1_210,
    increaseCost: 1_210,
  }));
  return byYears(id, years, ["ref-atgard-1", "ref-atgard-3"], name);
}

/** Scenarios whose JSON is well over two chunks long. */
export function manyScenarios(): Scenario[] {
  return Array.from({ length: 120 }, (_, i) =>
    scenario(`s-${i}`, `Scenario ${i}: ${"lång beskrivning ".repeat(30)}`)
  );
}

/** A measure that no fixture row has. */
export const EXTRA_MEASURE: Measure = {
  id: "m-extra",
  nr: 99,
  kind: "measure",
  area: "Äldreomsorg",
  title: "Ny",
  effects: { 2026: dec(1), 2027: null, 2028: null },
  ambition: null,
  goals: null,
  consequence: "",
};

/** EXTRA_MEASURE as deleteMeasure would have returned it from the second row of a table. */
export const DELETED_EXTRA: DeletedRow = {
  measure: EXTRA_MEASURE,
  index: 1,
  header: HEADER,
  cells: row({ Id: "m-extra", Nr: 99, Åtgärd: "Ny", "Effekt 2026 (tkr)": 1 }),
  numberFormats: HEADER.map(() => "General"),
};

export type Operation = [string, (port: OfficeWorkbook) => Promise<unknown>];

/** Every operation of the port that reads the workbook, on a workbook of rows m-1 … */
export const OPERATIONS: Operation[] = [
  ["load", (p) => p.load()],
  ["updateMeasure", (p) => p.updateMeasure("m-1", { title: "Ändrad", effects: { 2027: dec(5) } })],
  ["addMeasure", (p) => p.addMeasure(EXTRA_MEASURE)],
  ["deleteMeasure", (p) => p.deleteMeasure("m-1")],
  ["restoreMeasure", (p) => p.restoreMeasure(DELETED_EXTRA)],
  ["saveScenarios", (p) => p.saveScenarios([])],
  ["saveSettings", (p) => p.saveSettings({ ...DEFAULT_SETTINGS, firstYear: 2027 })],
];

/** Every cell of the measures sheet as what was typed into it (formula or value) and its format. */
export function typedCells(book: FakeWorkbook): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, cell] of book.sheet(MEASURES_SHEET).cells) {
    if (cell.value === "" && cell.formula === null && cell.format === "General") continue;
    out.set(key, JSON.stringify([cell.formula ?? cell.value, cell.format]));
  }
  return out;
}
