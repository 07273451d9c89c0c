/**
 * Formula injection: text a user types (or pastes) must stay text in every cell the add-in writes.
 * Every payload goes into every free-text field (title, area, consequence, scenario name, colour
 * labels, legend) and through every writer: the measures table (Office.js), the committee table
 * (Office.js) and the committee table (.xlsx, read back). Prints how many payload cells it checked.
 */
import ExcelJS from "exceljs";
import { named } from "../support/scenarios";
import { needsTextGuard } from "../../src/store/cellText";
import { buildCommitteeTable } from "../../src/plan/committeeTable";
import { cellAddress } from "../../src/plan/sheetAddress";
import { measureCellValues } from "../../src/store/measureCells";
import { dec } from "../../src/budget/money";
import { DEFAULT_SETTINGS, type Measure, type PlanSettings } from "../../src/plan/model";
import { createMeasure } from "../../src/plan/measureEdits";
import { MEASURE_COLUMNS } from "../../src/store/measureColumns";
import { parseMeasureRows } from "../../src/store/measuresSheet";
import { formulaOf } from "../../src/adapters/office/committeeTableWriter";
import { committeeXlsx } from "../../src/adapters/browser/committeeXlsx";

const PAYLOADS = [
  "=1+1",
  '=HYPERLINK("http://example.invalid","klicka")',
  "+1+1",
  "-1+1",
  "−1",
  "@SUM(A1:A9)",
  "\t=1+1",
  "\r=1+1",
  "=cmd|' /C calc'!A0",
  '=DDE("cmd";"/C calc";"!A0")',
  "＝1+1",
  "=IMPORTXML(A1,B1)",
  "'=1+1",
  "1 234,5",
];

let checked = 0;
afterAll(() => {
  process.stdout.write(
    `injection: ${PAYLOADS.length} payloads, ${checked} payload cells written by 3 writers, all as text\n`
  );
});

/** What Office.js would store for a written value: text unless it starts like a formula unguarded. */
function staysText(written: unknown, payload: string): boolean {
  if (typeof written !== "string") return false;
  // Excel strips one leading apostrophe and keeps the rest as text.
  if (written.startsWith("'")) return written.slice(1) === payload;
  return written === payload && !needsTextGuard(payload);
}

function measureWith(payload: string): Measure {
  return {
    ...createMeasure("measure", [], DEFAULT_SETTINGS),
    id: "m-1",
    nr: 1,
    title: payload,
    area: payload,
    consequence: payload,
    effects: { 2026: dec(100) },
    ambition: "lowers",
    goals: "positive",
  };
}

function settingsWith(payload: string): PlanSettings {
  return {
    ...DEFAULT_SETTINGS,
    colourLabels: { red: payload, yellow: "GUL", green: `${payload} ` },
    legend: { ambition: payload, goals: payload },
  };
}

describe.each(PAYLOADS)("payload %j", (payload) => {
  it("stays text in the measures table", () => {
    const settings = DEFAULT_SETTINGS;
    const header = MEASURE_COLUMNS(settings);
    const { layout } = parseMeasureRows(header, [], settings);
    const { cells } = measureCellValues(measureWith(payload), settings, layout, header.length);
    for (const title of ["Åtgärd", "Verksamhetsområde", "Konsekvensbeskrivning"]) {
      expect(staysText(cells[header.indexOf(title)], payload)).toBe(true);
      checked++;
    }
  });

  it("stays text in the committee table written with Office.js and as .xlsx", async () => {
    const settings = settingsWith(payload);
    const table = buildCommitteeTable(
      named("s", ["m-1"], payload),
      [measureWith(payload)],
      settings
    );
    const bytes = await committeeXlsx(ExcelJS, table);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0]!;
    let found = 0;
    table.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (!cell || typeof cell.value !== "string" || !cell.value.includes(payload.trim())) return;
        found++;
        expect(cell.formula).toBeUndefined();
        expect(staysText(formulaOf(cell), cell.value)).toBe(true);
        const read = sheet.getCell(cellAddress(r, c));
        expect(read.type).toBe(ExcelJS.ValueType.String);
        // XML reads a carriage return back as a line feed (end-of-line normalisation); still text.
        expect(read.value).toBe(cell.value.replace(/\r\n?/g, "\n"));
        checked += 2;
      })
    );
    // Title, measure title, consequence, both colour words of the row, both legend lines at least.
    expect(found).toBeGreaterThanOrEqual(6);
  });
});
