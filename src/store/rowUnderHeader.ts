/**
 * A deleted row put back under the header the table has now. Between a delete and its undo the
 * user may have moved, added or removed columns (or the plan years may have changed), so a cell
 * goes back under the column of its own title, not to its old position. A non-empty cell whose
 * column is gone cannot be put back; the caller refuses the undo rather than lose it silently.
 */
import { isEmptyCell } from "./cellValue";

/** A row as it was: the header of its table then, and its cells and number formats in that order. */
export interface RowAsItWas {
  readonly header: readonly unknown[];
  readonly cells: readonly unknown[];
  /** [] where the store keeps no number formats. */
  readonly numberFormats: readonly string[];
}

/** The row laid out under today's header. */
export interface RowUnderHeader {
  /** One cell per column of today's header; "" under a column the row did not have. */
  readonly cells: unknown[];
  /** One format per column ("General" where none was kept); [] when the row kept none. */
  readonly numberFormats: string[];
  /** The titles of the old columns, gone now, whose cells were not empty. */
  readonly lost: string[];
}

/** A header cell as a key: titles match whatever their case and surrounding blanks. */
function titleKey(title: unknown): string {
  return String(title ?? "")
    .trim()
    .toLowerCase();
}

export function rowUnderHeader(row: RowAsItWas, header: readonly unknown[]): RowUnderHeader {
  const oldIndex = new Map<string, number>();
  row.header.forEach((title, i) => {
    const key = titleKey(title);
    if (key !== "" && !oldIndex.has(key)) oldIndex.set(key, i);
  });
  const keptFormats = row.numberFormats.length > 0;
  const used = new Set<number>();
  const cells: unknown[] = [];
  const numberFormats: string[] = [];
  for (const title of header) {
    const i = oldIndex.get(titleKey(title));
    if (i !== undefined) used.add(i);
    cells.push(i === undefined ? "" : (row.cells[i] ?? ""));
    if (keptFormats)
      numberFormats.push(i === undefined ? "General" : (row.numberFormats[i] ?? "General"));
  }
  const lost = row.cells
    .map((cell, i) => ({ cell, i }))
    .filter(({ cell, i }) => !used.has(i) && !isEmptyCell(cell))
    .map(({ i }) => String(row.header[i] ?? "").trim() || `#${i + 1}`);
  return { cells, numberFormats, lost };
}
