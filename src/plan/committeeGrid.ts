/**
 * The grid a committee table is built on: rows of cells appended one after another, merges and
 * row heights. The primitives the table's parts (committeeSections.ts, committeeBalance.ts) share.
 */
import type { CellStyle } from "./committeeStyles";
import type { Merge, TableCell } from "./committeeTable";

export interface Builder {
  rows: (TableCell | null)[][];
  merges: Merge[];
  rowHeights: Record<number, number>;
  width: number;
}

/** Appends a row of empty cells and returns it. */
export function emptyRow(builder: Builder): (TableCell | null)[] {
  const row = Array.from({ length: builder.width }, () => null);
  builder.rows.push(row);
  return row;
}

/** A row with one text spanning the whole width. */
export function spanningRow(builder: Builder, value: string, style: CellStyle): void {
  const row = emptyRow(builder);
  row[0] = { value, style };
  builder.merges.push({ row: builder.rows.length - 1, col: 0, rows: 1, cols: builder.width });
}

const LINE_HEIGHT = 15; // points per line of 11-point text
const WRAPPED: ReadonlySet<CellStyle> = new Set([
  "header",
  "text",
  "balanceItem",
  "listIntro",
  "listText",
  "legend",
]);

/** How many columns each merge's first cell spans, by "row,col": one lookup per cell. */
export function mergeSpans(merges: readonly Merge[]): ReadonlyMap<string, number> {
  return new Map(merges.map((m) => [`${m.row},${m.col}`, m.cols]));
}

/** The width in characters a cell's text has: its column's, or all the columns it is merged over. */
function widthAt(
  spans: ReadonlyMap<string, number>,
  columnWidths: readonly number[],
  r: number,
  c: number
): number {
  const cols = spans.get(`${r},${c}`) ?? 1;
  const span = cols > 1 ? columnWidths.slice(c, c + cols) : [columnWidths[c] ?? 10];
  return span.reduce((a, b) => a + b, 0);
}

/**
 * Row heights for wrapped text: the spreadsheet programs do not all grow a row to fit text written
 * by a program, so the model states how many lines each row needs at its column widths.
 */
export function fitRowHeights(builder: Builder, columnWidths: readonly number[]): void {
  const spans = mergeSpans(builder.merges);
  builder.rows.forEach((row, r) => {
    if (builder.rowHeights[r] !== undefined) return;
    const lines = row.reduce((most, cell, c) => {
      if (!cell || !WRAPPED.has(cell.style) || typeof cell.value !== "string") return most;
      // A unit of column width is one digit; running text fits about 1.15 characters per unit,
      // less some room for word breaks.
      const perUnit = cell.style === "header" ? 0.8 : 1.05; // bold headers run wider
      const perLine = Math.max(1, Math.floor(widthAt(spans, columnWidths, r, c) * perUnit));
      const needed = cell.value
        .split("\n")
        .reduce((n, part) => n + Math.max(1, Math.ceil(part.length / perLine)), 0);
      return Math.max(most, needed);
    }, 1);
    if (lines > 1) builder.rowHeights[r] = lines * LINE_HEIGHT;
  });
}
