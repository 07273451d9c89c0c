/** The workbook behind the fake's Office.js proxies: sheets of cells, and tables on them. */
import type { Area } from "./address";

export type Scalar = string | number | boolean;
/**
 * How a test writes a cell: a value, a formula with the value Excel computed for it, or a value
 * with the number format the user gave its cell (a date typed into an amount cell).
 */
export type CellInput =
  | Scalar
  | null
  | { readonly formula: string; readonly value: Scalar }
  | { readonly value: Scalar; readonly format: string };

export interface CellModel {
  value: Scalar;
  formula: string | null;
  /** The number format. */
  format: string;
  wrap: boolean;
  verticalAlignment: string;
  /** What Office.js was last asked to write (values, formulas, rows.add), before Excel's rules. */
  input?: unknown;
  /** Other formats set, by path: "font.bold", "fill.color", "horizontalAlignment", "border.EdgeTop.style". */
  readonly style: Record<string, unknown>;
}

export function emptyCell(): CellModel {
  return {
    value: "",
    formula: null,
    format: "General",
    wrap: false,
    verticalAlignment: "Bottom",
    style: {},
  };
}

/** What a sheet's page layout was set to; empty until the code sets something. */
export type PageLayoutModel = Record<string, unknown>;

export class SheetModel {
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  frozenRows = 0;
  readonly cells = new Map<string, CellModel>();
  readonly widths = new Map<number, number>();
  readonly heights = new Map<number, number>();
  /** Merged areas as "row,col,rows,cols" (0-based). */
  readonly merges: string[] = [];
  readonly pageLayout: PageLayoutModel = {};
  constructor(
    public name: string,
    readonly id: string
  ) {}
  get(row: number, col: number): CellModel | undefined {
    return this.cells.get(`${row},${col}`);
  }
  ensure(row: number, col: number): CellModel {
    const key = `${row},${col}`;
    let cell = this.cells.get(key);
    if (!cell) {
      cell = emptyCell();
      this.cells.set(key, cell);
    }
    return cell;
  }
  /** Moves the cells of columns [c0, c1) at or below `fromRow` by `by` rows (up when negative). */
  shiftRows(fromRow: number, by: number, c0: number, c1: number): void {
    this.move((r, c) => (r >= fromRow && c >= c0 && c < c1 ? [r + by, c] : null));
  }
  /** Moves the cells of rows [r0, r1) at or right of `fromCol` by `by` columns. */
  shiftCols(fromCol: number, by: number, r0: number, r1: number): void {
    this.move((r, c) => (c >= fromCol && r >= r0 && r < r1 ? [r, c + by] : null));
  }
  private move(to: (r: number, c: number) => [number, number] | null): void {
    const moved: [number, number, CellModel][] = [];
    for (const [key, cell] of [...this.cells]) {
      const [r, c] = key.split(",").map(Number) as [number, number];
      const target = to(r, c);
      if (target) {
        this.cells.delete(key);
        moved.push([...target, cell]);
      }
    }
    for (const [r, c, cell] of moved) this.cells.set(`${r},${c}`, cell);
  }
  /** Forgets the merges that overlap `area`. */
  unmerge(area: Area): void {
    const kept = this.merges.filter((m) => {
      const [r, c, rows, cols] = m.split(",").map(Number) as [number, number, number, number];
      const apart =
        r + rows <= area.r0 ||
        area.r0 + area.rows <= r ||
        c + cols <= area.c0 ||
        area.c0 + area.cols <= c;
      return apart;
    });
    this.merges.splice(0, this.merges.length, ...kept);
  }
  /** Excel's Range.clear(All) of `area`: values, formats, and the sizes of whole rows or columns. */
  clear(area: Area): void {
    for (const key of [...this.cells.keys()]) {
      const [r, c] = key.split(",").map(Number) as [number, number];
      if (r >= area.r0 && r < area.r0 + area.rows && c >= area.c0 && c < area.c0 + area.cols)
        this.cells.delete(key);
    }
    this.widths.clear();
    this.heights.clear();
  }
}

export class TableModel {
  style = "TableStyleMedium2";
  constructor(
    public name: string,
    readonly id: string,
    readonly sheet: SheetModel,
    public top: number,
    public left: number,
    public width: number,
    /** Data rows; 0 = a table of a header alone, which Excel shows with one empty "insert" row. */
    public rows: number
  ) {}
  /** The body's height as Office.js reports it: the insert row when there are no rows. */
  get bodyHeight(): number {
    return Math.max(1, this.rows);
  }
}

/** An area on a sheet. */
export interface Rect extends Area {
  readonly sheet: SheetModel;
}

/** A named item of the workbook (Workbook.names): name and formula. */
export interface NameModel {
  readonly name: string;
  readonly formula: string;
}
