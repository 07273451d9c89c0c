/**
 * A recording fake of the part of Excel's object model the committee-table writer uses, typed
 * loosely but shaped as Office.js is: writes are queued on proxies and take effect in a grid per
 * sheet; `context.sync()` is counted. Enough to check cell for cell what the writer asks Excel for,
 * and how many round trips it needs.
 */

export interface FakeCell {
  formula?: string | number;
  numberFormat?: string;
  format: Record<string, unknown>;
}

export class FakeSheet {
  readonly cells = new Map<string, FakeCell>();
  readonly merges: string[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  readonly pageLayout: Record<string, unknown> & { setPrintTitleRows: (rows: string) => void } = {
    setPrintTitleRows: (rows: string) => {
      this.pageLayout.printTitleRows = rows;
    },
  };
  activated = false;
  isNullObject = false;
  constructor(public name: string) {}

  cell(r: number, c: number): FakeCell {
    const key = `${r},${c}`;
    let cell = this.cells.get(key);
    if (!cell) {
      cell = { format: {} };
      this.cells.set(key, cell);
    }
    return cell;
  }

  load(): void {}
  activate(): void {
    this.activated = true;
  }
  getRange(): FakeRange {
    return new FakeRange(this, 0, 0, 1_048_576, 16_384);
  }
  getRangeByIndexes(r: number, c: number, rows: number, cols: number): FakeRange {
    return new FakeRange(this, r, c, rows, cols);
  }
}

/** A range: property writes spread over its cells; format writes recorded per cell. */
export class FakeRange {
  constructor(
    readonly sheet: FakeSheet,
    readonly r: number,
    readonly c: number,
    readonly rows: number,
    readonly cols: number
  ) {}

  private each(write: (cell: FakeCell, dr: number, dc: number) => void): void {
    for (let dr = 0; dr < this.rows; dr++)
      for (let dc = 0; dc < this.cols; dc++)
        write(this.sheet.cell(this.r + dr, this.c + dc), dr, dc);
  }

  set formulas(matrix: (string | number)[][]) {
    this.each((cell, dr, dc) => (cell.formula = matrix[dr]?.[dc]));
  }
  set numberFormat(matrix: string[][]) {
    this.each((cell, dr, dc) => (cell.numberFormat = matrix[dr]?.[dc]));
  }

  merge(): void {
    this.sheet.merges.push(`${this.r},${this.c},${this.rows},${this.cols}`);
  }
  unmerge(): void {
    this.sheet.merges.length = 0;
  }
  clear(): void {
    this.sheet.cells.clear();
    this.sheet.columnWidths.clear();
    this.sheet.rowHeights.clear();
  }

  get format(): Record<string, unknown> {
    const range = this;
    const target = (path: string) =>
      new Proxy(
        {},
        {
          set(_, prop: string, value) {
            const key = path ? `${path}.${prop}` : prop;
            if (key === "columnWidth") range.sheet.columnWidths.set(range.c, value);
            else if (key === "rowHeight") range.sheet.rowHeights.set(range.r, value);
            else range.each((cell) => (cell.format[key] = value));
            return true;
          },
          get(_, prop: string) {
            if (prop === "font" || prop === "fill") return target(path ? `${path}.${prop}` : prop);
            if (prop === "borders") return { getItem: (edge: string) => target(`border.${edge}`) };
            return undefined;
          },
        }
      );
    return target("") as Record<string, unknown>;
  }
}

export interface FakeName {
  name: string;
  formula: string;
}

export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  readonly nameItems: FakeName[] = [];

  readonly worksheets = {
    getItemOrNullObject: (name: string) => {
      const found = this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
      if (found) return found;
      const none = new FakeSheet(name);
      none.isNullObject = true;
      return none;
    },
    add: (name: string) => {
      const sheet = new FakeSheet(name);
      this.sheets.push(sheet);
      return sheet;
    },
  };

  readonly names = {
    items: this.nameItems,
    load: () => undefined,
    add: (name: string, formula: string) => {
      this.nameItems.push({ name, formula });
    },
  };
}

export class FakeContext {
  syncs = 0;
  readonly workbook = new FakeWorkbook();
  async sync(): Promise<void> {
    this.syncs++;
  }
}

/** The Excel enums the writer reads, with the string values Office.js gives them. */
export function installExcelEnums(): void {
  (globalThis as Record<string, unknown>).Excel = {
    ClearApplyTo: { all: "All" },
    VerticalAlignment: { top: "Top" },
    HorizontalAlignment: { left: "Left", center: "Center", right: "Right" },
    BorderIndex: {
      edgeTop: "EdgeTop",
      edgeBottom: "EdgeBottom",
      edgeLeft: "EdgeLeft",
      edgeRight: "EdgeRight",
    },
    BorderLineStyle: { continuous: "Continuous" },
    PageOrientation: { landscape: "Landscape" },
    PaperType: { a4: "A4" },
  };
}

/** Office.context.requirements answering for the given ExcelApi version. */
export function installOffice(excelApi: string): void {
  (globalThis as Record<string, unknown>).Office = {
    context: {
      requirements: {
        isSetSupported: (set: string, version: string) =>
          set === "ExcelApi" && Number(version) <= Number(excelApi),
      },
    },
  };
}
