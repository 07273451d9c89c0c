/** A1 addresses of the fake workbook; column letters are the add-in's own (plan/sheetAddress). */
import { cellAddress, columnLetter } from "../../../src/plan/sheetAddress";

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** A 0-based rectangle of cells. */
export interface Area {
  readonly r0: number;
  readonly c0: number;
  readonly rows: number;
  readonly cols: number;
}

/** "A" → 0, "AA" → 26. */
function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "B2" → one cell at row 1, column 1; "A1:K3", "A:A", "Blad1!$A$1" → rectangles (0-based). */
export function parseAddress(address: string): Area {
  const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [from, to = from] = local.replace(/\$/g, "").split(":") as [string, string?];
  const part = (p: string) => {
    const m = /^([A-Z]*)(\d*)$/i.exec(p);
    if (!m) throw new Error(`fake Excel: cannot parse address ${address}`);
    return { col: m[1] ? columnIndex(m[1]) : -1, row: m[2] ? Number(m[2]) - 1 : -1 };
  };
  const a = part(from);
  const b = part(to ?? from);
  const r0 = a.row < 0 ? 0 : a.row;
  const r1 = b.row < 0 ? MAX_ROWS - 1 : b.row;
  const c0 = a.col < 0 ? 0 : a.col;
  const c1 = b.col < 0 ? MAX_COLUMNS - 1 : b.col;
  return { r0, c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
}

export { cellAddress as a1, columnLetter as columnName };
