/**
 * Workbooks for the port tests: a measures table as a user (or an earlier run of the add-in) left
 * it, and the plan document on its hidden sheet.
 */
import { DEFAULT_SETTINGS } from "../../src/plan/model";
import type { PlanSettings, Scenario } from "../../src/plan/model";
import { MEASURE_COLUMNS } from "../../src/store/measureColumns";
import { serializePlanDocument } from "../../src/store/planDocument";
import { MEASURES_SHEET, MEASURES_TABLE } from "../../src/adapters/office/measuresTable";
import { STORE_EXPLANATION, STORE_SHEET, splitIntoChunks } from "../../src/adapters/office/planDocumentSheet";
import { WorkbookError } from "../../src/port/workbookPort";
import { FakeWorkbook, columnName } from "./fakeExcel";
import type { CellInput } from "./fakeExcel";

export const HEADER: string[] = MEASURE_COLUMNS(DEFAULT_SETTINGS);

/** A well-formed row in the default layout, with overrides by header title. */
export function row(overrides: Readonly<Record<string, CellInput>> = {}): CellInput[] {
  const base: Record<string, CellInput> = {
    Id: "m-1",
    Nr: 1,
    Typ: "Åtgärd",
    Verksamhetsområde: "Äldreomsorg",
    Åtgärd: "Vakanshålla 24 platser",
    "Effekt 2026 (tkr)": 14_000,
    "Effekt 2027 (tkr)": 14_000,
    "Effekt 2028 (tkr)": "",
    "Ändrad ambitionsnivå": "RÖD",
    "Påverkan mål/målvärden": "RÖD",
    Konsekvensbeskrivning: "Kön kan växa.",
  };
  const merged = { ...base, ...overrides };
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

/** The WorkbookError a port operation rejects with; fails the test if it resolves or throws anything else. */
export async function rejection(promise: Promise<unknown>): Promise<WorkbookError> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof WorkbookError) return e;
    throw e;
  }
  throw new Error("expected a rejection");
}
