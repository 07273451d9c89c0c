/**
 * Reads the measures table: one row per measure or proposal under a header of Swedish column
 * titles with the unit in each amount header ("Effekt 2026 (tkr)"). The sheet is the user's, so
 * every damaged cell is reported by row and column (measuresHeader.ts for the header,
 * measureRow.ts for a row), and a row the model could not read completely is flagged so that the
 * add-in never writes the model's idea of it over what the user typed. Nothing here throws,
 * whatever it is given.
 */
import type { PlanSettings } from "../plan/model";
import { isEmptyCell } from "./cellValue";
import type { ColumnLayout } from "./measureColumns";
import { parseRow, rowContext } from "./measureRow";
import type { ParsedRow } from "./measureRow";
import { layoutOf } from "./measuresHeader";
import type { MeasureProblem } from "./problems";

export type { ParsedRow } from "./measureRow";

export interface MeasureParseResult {
  /**
   * Every non-empty data row, in sheet order, with its row number and flags. Which of them count
   * (a repeated id, a row without id) is decided once, by the read model (readModel.ts).
   */
  readonly rows: ParsedRow[];
  readonly problems: MeasureProblem[];
  readonly layout: ColumnLayout;
}

export interface ParseOptions {
  /** The sheet row of the header (1-based); data starts on the next row. Default 1. */
  readonly headerRow?: number;
}

/** The header's layout; a hostile header (a getter that throws) is read as no header at all. */
function readHeader(
  header: readonly unknown[],
  settings: PlanSettings,
  headerRow: number,
  problems: MeasureProblem[]
): { headerCells: readonly unknown[]; layout: ColumnLayout } {
  try {
    if (header.every(isEmptyCell)) problems.push({ code: "noHeader", params: { row: headerRow } });
    return { headerCells: header, layout: layoutOf(header, settings, headerRow, problems) };
  } catch {
    problems.push({ code: "noHeader", params: { row: headerRow } });
    return { headerCells: [], layout: layoutOf([], settings, headerRow, problems) };
  }
}

/**
 * Cells to the right of the header are kept as extra columns without a title, reported once
 * each. Undefined when the rows cannot even be looked at (hostile input): then none is read.
 */
function extrasBeyondHeader(
  dataRows: readonly unknown[],
  headerCells: readonly unknown[],
  headerRow: number,
  problems: MeasureProblem[]
): { index: number; title: string }[] | undefined {
  try {
    const beyond = new Set<number>();
    for (const rawRow of dataRows) {
      if (!Array.isArray(rawRow)) continue;
      for (let i = headerCells.length; i < rawRow.length; i++)
        if (!isEmptyCell(rawRow[i])) beyond.add(i);
    }
    const extras = [...beyond].sort((a, b) => a - b);
    for (const i of extras) {
      problems.push({
        code: "extraColumn",
        params: { row: headerRow, column: "", columnNumber: i + 1 },
      });
    }
    return extras.map((index) => ({ index, title: "" }));
  } catch {
    return undefined;
  }
}

/**
 * Reads the measures table: the header row and the data rows as Office.js reports them
 * (range.values). Problems name the sheet row (headerRow + 1 for the first data row) and say
 * what is wrong; see problems.ts. Entirely empty rows are skipped without a report. Linear in
 * the number of cells; never throws.
 */
export function parseMeasureRows(
  header: readonly unknown[],
  rows: readonly unknown[],
  settings: PlanSettings,
  options: ParseOptions = {}
): MeasureParseResult {
  const problems: MeasureProblem[] = [];
  const parsedRows: ParsedRow[] = [];
  const headerRow =
    Number.isInteger(options.headerRow) && (options.headerRow as number) > 0
      ? (options.headerRow as number)
      : 1;
  const read = readHeader(Array.isArray(header) ? header : [], settings, headerRow, problems);
  const { headerCells } = read;
  let dataRows: readonly unknown[] = Array.isArray(rows) ? rows : [];
  const beyond = extrasBeyondHeader(dataRows, headerCells, headerRow, problems);
  if (beyond === undefined) dataRows = [];
  const layout = { ...read.layout, extras: [...read.layout.extras, ...(beyond ?? [])] };
  const ctx = rowContext(settings, layout, headerCells, problems);

  for (let r = 0; r < dataRows.length; r++) {
    const rowNumber = headerRow + 1 + r;
    try {
      const rawRow = dataRows[r];
      if (!Array.isArray(rawRow)) {
        if (rawRow === null || rawRow === undefined) continue;
        problems.push({ code: "notARow", params: { row: rowNumber } });
        continue;
      }
      if (rawRow.every(isEmptyCell)) continue;
      parsedRows.push(parseRow(ctx, rawRow, rowNumber));
    } catch {
      problems.push({ code: "notARow", params: { row: rowNumber } });
    }
  }

  return { rows: parsedRows, problems, layout };
}
