/**
 * A workbook in memory for the port tests, reached through Office.js-shaped proxy objects built
 * with office-addin-mock's OfficeMockObject. From OfficeMockObject come the proxies' load/sync
 * semantics: a property reads as an error string until it is loaded and synced, and loading a
 * property the object does not have throws.
 *
 * What OfficeMockObject cannot model is added here as a small typed fake:
 * - the workbook behind the proxies (sheets, cells with value, formula and number format, tables),
 *   so that what one Excel.run writes the next one reads, and tests can compare cells;
 * - writes: OfficeMockObject keeps an assigned property on the proxy only, so at each sync this
 *   fake finds the properties the code assigned (values, formulas, numberFormat, format.*, name,
 *   style, visibility) and applies them to the workbook with Excel's rules for typed input;
 * - methods (getRange, getCell, rows.add, tables.add, …), null objects (isNullObject), collection
 *   items, events (onChanged, onDeleted), the count of context.sync calls and injected failures.
 *
 * Simplifications, each harmless for the code under test: methods that change the structure
 * (tables.add, rows.add, row.delete, columns.add, worksheets.add) act at once rather than at the
 * next sync; a proxy's loadable properties are taken from the workbook when the proxy is created,
 * not when the sync runs (the add-in never reads what it wrote in the same batch).
 */
import { OfficeMockObject } from "office-addin-mock";

export type Scalar = string | number | boolean;
/** How a test writes a cell: a value, or a formula with the value Excel computed for it. */
export type CellInput = Scalar | null | { readonly formula: string; readonly value: Scalar };

export interface CellModel {
  value: Scalar;
  formula: string | null;
  format: string;
  wrap: boolean;
  verticalAlignment: string;
}

const MAX_ROWS = 1_048_576;
const NOT_LOADED = "Error, property was not loaded";
const NOT_SYNCED = "Error, context.sync() was not called";
// OfficeMockObject declares an index signature, so its properties are `any`.
type Proxy = OfficeMockObject & Record<string, any>;

export class SheetModel {
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  frozenRows = 0;
  readonly cells = new Map<string, CellModel>();
  readonly widths = new Map<number, number>();
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
      cell = {
        value: "",
        formula: null,
        format: "General",
        wrap: false,
        verticalAlignment: "Bottom",
      };
      this.cells.set(key, cell);
    }
    return cell;
  }
  /** Moves the cells of columns [c0, c1) at or below `fromRow` by `by` rows (up when negative). */
  shiftRows(fromRow: number, by: number, c0: number, c1: number): void {
    const moved: [number, number, CellModel][] = [];
    for (const [key, cell] of [...this.cells]) {
      const [r, c] = key.split(",").map(Number) as [number, number];
      if (r >= fromRow && c >= c0 && c < c1) {
        this.cells.delete(key);
        moved.push([r + by, c, cell]);
      }
    }
    for (const [r, c, cell] of moved) this.cells.set(`${r},${c}`, cell);
  }
  /** Moves the cells of rows [r0, r1) at or right of `fromCol` by `by` columns. */
  shiftCols(fromCol: number, by: number, r0: number, r1: number): void {
    const moved: [number, number, CellModel][] = [];
    for (const [key, cell] of [...this.cells]) {
      const [r, c] = key.split(",").map(Number) as [number, number];
      if (c >= fromCol && r >= r0 && r < r1) {
        this.cells.delete(key);
        moved.push([r, c + by, cell]);
      }
    }
    for (const [r, c, cell] of moved) this.cells.set(`${r},${c}`, cell);
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

interface Watcher {
  readonly target: Proxy;
  readonly props: readonly string[];
  readonly last: Map<string, unknown>;
  readonly apply: (prop: string, value: unknown) => void;
}

interface Rect {
  readonly sheet: SheetModel;
  readonly r0: number;
  readonly c0: number;
  readonly rows: number;
  readonly cols: number;
}

const RECT = Symbol("rect");

/** "A" → 0, "AA" → 26. */
function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function columnName(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function a1(row: number, col: number): string {
  return `${columnName(col)}${row + 1}`;
}

/** "B2" → {row: 1, col: 1}; "A1:K3", "A:A" → rectangles (0-based). */
export function parseAddress(address: string): {
  r0: number;
  c0: number;
  rows: number;
  cols: number;
} {
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
  const c1 = b.col < 0 ? 16383 : b.col;
  return { r0, c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
}

function officeError(code: string, message: string): Error {
  const e = new Error(message) as Error & { code: string };
  e.name = "OfficeExtension.Error";
  e.code = code;
  return e;
}

class FakeContext {
  readonly proxies: Proxy[] = [];
  readonly watchers: Watcher[] = [];
  readonly beforeSync: (() => void)[] = [];
  readonly afterSync: (() => void)[] = [];
  pendingError: Error | null = null;
  readonly workbook: Proxy;
  readonly sync: () => Promise<void>;

  constructor(readonly book: FakeWorkbook) {
    this.workbook = book.workbookProxy(this);
    this.sync = () => book.sync(this);
  }

  register(proxy: Proxy): Proxy {
    this.proxies.push(proxy);
    return proxy;
  }

  watch(
    target: Proxy,
    props: readonly string[],
    apply: (prop: string, value: unknown) => void
  ): void {
    const last = new Map<string, unknown>();
    for (const p of props) last.set(p, target[p]);
    this.watchers.push({ target, props, last, apply });
  }

  fail(error: Error): void {
    this.pendingError ??= error;
  }

  /** True when a proxy holds an assigned property that no sync has applied yet. */
  unsyncedWrites(): boolean {
    return this.watchers.some((w) =>
      w.props.some((p) => w.target[p] !== w.last.get(p) && !isMockError(w.target[p]))
    );
  }
}

function isMockError(v: unknown): boolean {
  return v === NOT_LOADED || v === NOT_SYNCED;
}

export class FakeWorkbook {
  readonly sheets: SheetModel[] = [];
  readonly tables: TableModel[] = [];
  /** context.sync calls so far, over all runs. */
  syncs = 0;
  runs = 0;
  /** Make the sync with this number (counted as `syncs` will be after it) throw an Office error. */
  failAtSync: number | null = null;
  /** Every write applied, as "Sheet!A1 values=…", in order. */
  readonly log: string[] = [];
  readonly tableChanged = new Set<(args: unknown) => Promise<unknown>>();
  readonly sheetDeleted = new Set<(args: unknown) => Promise<unknown>>();
  private current: FakeContext | null = null;
  private nextId = 1;

  /** The stand-in for the global `Excel`, an OfficeMockObject as office-addin-mock's README shows. */
  readonly excel: Proxy;

  constructor() {
    const run = async (first: unknown, second?: unknown): Promise<unknown> => {
      const batch = (typeof first === "function" ? first : second) as (
        ctx: unknown
      ) => Promise<unknown>;
      const context = first instanceof FakeContext ? first : new FakeContext(this);
      this.runs++;
      const outer = this.current;
      this.current = context;
      try {
        const result = await batch(context);
        if (context.unsyncedWrites())
          throw new Error("fake Excel: the batch assigned properties it never synced");
        return result;
      } finally {
        this.current = outer;
      }
    };
    this.excel = new OfficeMockObject({ run }) as Proxy;
  }

  // -----------------------------------------------------------------------------------------
  // Setting up
  // -----------------------------------------------------------------------------------------

  addSheet(name: string): SheetModel {
    const sheet = new SheetModel(name, `{sheet-${this.nextId++}}`);
    this.sheets.push(sheet);
    return sheet;
  }

  /** Writes cells as a user would have: a formula keeps the value given as its result. */
  setCells(sheetName: string, topLeft: string, rows: readonly (readonly CellInput[])[]): void {
    const sheet = this.sheet(sheetName);
    const { r0, c0 } = parseAddress(topLeft);
    rows.forEach((row, i) =>
      row.forEach((input, j) => {
        if (input === null) return;
        const cell = sheet.ensure(r0 + i, c0 + j);
        if (typeof input === "object") {
          cell.formula = input.formula;
          cell.value = input.value;
        } else {
          cell.formula = null;
          cell.value = input;
        }
      })
    );
  }

  addTable(name: string, sheetName: string, address: string): TableModel {
    const sheet = this.sheet(sheetName);
    const { r0, c0, rows, cols } = parseAddress(address);
    const table = new TableModel(name, `{table-${this.nextId++}}`, sheet, r0, c0, cols, rows - 1);
    this.tables.push(table);
    return table;
  }

  // -----------------------------------------------------------------------------------------
  // Inspecting
  // -----------------------------------------------------------------------------------------

  sheet(name: string): SheetModel {
    const sheet = this.findSheet(name);
    if (!sheet) throw new Error(`fake Excel: no sheet ${name}`);
    return sheet;
  }

  findSheet(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  findTable(name: string): TableModel | undefined {
    return this.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
  }

  cell(sheetName: string, address: string): CellModel {
    const { r0, c0 } = parseAddress(address);
    return (
      this.sheet(sheetName).get(r0, c0) ?? {
        value: "",
        formula: null,
        format: "General",
        wrap: false,
        verticalAlignment: "Bottom",
      }
    );
  }

  /** Every non-default cell of a sheet as "value|formula|format|wrap", keyed by A1 address. */
  snapshot(sheetName: string): Map<string, string> {
    const out = new Map<string, string>();
    for (const [key, cell] of this.sheet(sheetName).cells) {
      const [r, c] = key.split(",").map(Number) as [number, number];
      if (cell.value === "" && cell.formula === null && cell.format === "General" && !cell.wrap)
        continue;
      out.set(a1(r, c), JSON.stringify([cell.value, cell.formula, cell.format, cell.wrap]));
    }
    return out;
  }

  /** The addresses whose content differs between two snapshots, sorted. */
  static changed(before: Map<string, string>, after: Map<string, string>): string[] {
    const keys = new Set([...before.keys(), ...after.keys()]);
    return [...keys].filter((k) => before.get(k) !== after.get(k)).sort();
  }

  /** A table's header and body values as Office.js would report them. */
  tableValues(name: string): Scalar[][] {
    const t = this.findTable(name);
    if (!t) throw new Error(`fake Excel: no table ${name}`);
    return this.readRect(
      { sheet: t.sheet, r0: t.top, c0: t.left, rows: 1 + t.rows, cols: t.width },
      "values"
    );
  }

  // -----------------------------------------------------------------------------------------
  // Events
  // -----------------------------------------------------------------------------------------

  async fireTableChanged(tableName = "RamkollAtgarder"): Promise<void> {
    const t = this.findTable(tableName);
    for (const h of [...this.tableChanged]) {
      await h({
        type: "TableChanged",
        changeType: "RangeEdited",
        source: "Local",
        tableId: t?.id ?? "",
        worksheetId: t?.sheet.id ?? "",
        address: "",
      });
    }
  }

  async fireSheetDeleted(): Promise<void> {
    for (const h of [...this.sheetDeleted])
      await h({ type: "WorksheetDeleted", source: "Local", worksheetId: "{gone}" });
  }

  // -----------------------------------------------------------------------------------------
  // The sync
  // -----------------------------------------------------------------------------------------

  async sync(context: FakeContext): Promise<void> {
    this.syncs++;
    if (this.failAtSync === this.syncs) {
      context.pendingError = null;
      for (const w of context.watchers) for (const p of w.props) w.last.set(p, w.target[p]);
      throw officeError(
        "GeneralException",
        "Det gick inte att slutföra åtgärden (fel injicerat i testet)."
      );
    }
    if (context.pendingError) {
      const e = context.pendingError;
      context.pendingError = null;
      throw e;
    }
    for (const w of context.watchers) {
      for (const p of w.props) {
        const value = w.target[p];
        if (value !== w.last.get(p) && !isMockError(value)) w.apply(p, value);
      }
    }
    if (context.pendingError) {
      const e = context.pendingError;
      context.pendingError = null;
      throw e;
    }
    for (const hook of context.beforeSync.splice(0)) hook();
    await Promise.all(context.proxies.map((p) => p.sync()));
    for (let i = 0; i < 20; i++) await Promise.resolve();
    for (const w of context.watchers) for (const p of w.props) w.last.set(p, w.target[p]);
    for (const hook of context.afterSync.splice(0)) hook();
  }

  // -----------------------------------------------------------------------------------------
  // Cells
  // -----------------------------------------------------------------------------------------

  /** A write of one cell with Office.js `values`, by Excel's rules for typed input. */
  private writeCell(
    sheet: SheetModel,
    row: number,
    col: number,
    input: unknown,
    what: string
  ): void {
    if (input === null || input === undefined)
      throw new Error(`fake Excel: ${what} holds null for ${a1(row, col)}`);
    const cell = sheet.ensure(row, col);
    if (typeof input === "string" && input.startsWith("'")) {
      cell.value = input.slice(1);
      cell.formula = null;
    } else if (typeof input === "string" && input.startsWith("=") && input.length > 1) {
      cell.formula = input;
      cell.value = `#FORMEL(${input})`;
    } else if (typeof input === "string" && /^-?\d+([.,]\d+)?$/.test(input.trim())) {
      cell.value = Number(input.trim().replace(",", "."));
      cell.formula = null;
    } else if (
      typeof input === "string" ||
      typeof input === "number" ||
      typeof input === "boolean"
    ) {
      cell.value = input;
      cell.formula = null;
    } else {
      throw new Error(`fake Excel: cannot write ${String(input)}`);
    }
    this.log.push(`${sheet.name}!${a1(row, col)} ${what}=${JSON.stringify(input)}`);
  }

  private readRect(rect: Rect, what: "values" | "formulas" | "numberFormat"): Scalar[][] {
    const out: Scalar[][] = [];
    for (let i = 0; i < rect.rows; i++) {
      const row: Scalar[] = [];
      for (let j = 0; j < rect.cols; j++) {
        const cell = rect.sheet.get(rect.r0 + i, rect.c0 + j);
        if (what === "numberFormat") row.push(cell?.format ?? "General");
        else if (what === "formulas") row.push(cell ? (cell.formula ?? cell.value) : "");
        else row.push(cell ? cell.value : "");
      }
      out.push(row);
    }
    return out;
  }

  private writeRect(context: FakeContext, rect: Rect, prop: string, value: unknown): void {
    if (
      !Array.isArray(value) ||
      value.length !== rect.rows ||
      value.some((r) => !Array.isArray(r) || r.length !== rect.cols)
    ) {
      context.fail(
        officeError(
          "InvalidArgument",
          `fake Excel: ${prop} must be ${rect.rows}×${rect.cols} for this range`
        )
      );
      return;
    }
    value.forEach((row: unknown[], i) =>
      row.forEach((v, j) => {
        if (prop === "numberFormat") {
          rect.sheet.ensure(rect.r0 + i, rect.c0 + j).format = String(v);
          this.log.push(
            `${rect.sheet.name}!${a1(rect.r0 + i, rect.c0 + j)} numberFormat=${JSON.stringify(v)}`
          );
        } else {
          this.writeCell(rect.sheet, rect.r0 + i, rect.c0 + j, v, prop);
        }
      })
    );
  }

  // -----------------------------------------------------------------------------------------
  // Proxies
  // -----------------------------------------------------------------------------------------

  /** A proxy that is a null object: loading works, methods fail at the next sync. */
  private nullProxy(
    context: FakeContext,
    data: Record<string, unknown>,
    methods: readonly string[]
  ): Proxy {
    const stub: Record<string, unknown> = { ...data };
    for (const m of methods) {
      stub[m] = () => {
        context.fail(officeError("ItemNotFound", `fake Excel: ${m} called on a null object`));
        return this.nullProxy(context, {}, []);
      };
    }
    const proxy = context.register(new OfficeMockObject(stub) as Proxy);
    this.defineNullFlag(context, proxy, true);
    return proxy;
  }

  private defineNullFlag(context: FakeContext, proxy: Proxy, isNull: boolean): void {
    let synced = false;
    context.afterSync.push(() => {
      synced = true;
    });
    Object.defineProperty(proxy, "isNullObject", {
      get: () => {
        if (!synced) throw new Error("fake Excel: isNullObject read before context.sync()");
        return isNull;
      },
    });
  }

  workbookProxy(context: FakeContext): Proxy {
    const tables = {
      getItemOrNullObject: (name: string) => {
        const t = this.findTable(name);
        const proxy = t
          ? this.tableProxy(context, t)
          : this.nullProxy(context, { name: "" }, TABLE_METHODS);
        if (t) this.defineNullFlag(context, proxy, false);
        return proxy;
      },
      getItem: (name: string) => {
        const t = this.findTable(name);
        if (!t) {
          context.fail(officeError("ItemNotFound", `fake Excel: no table ${name}`));
          return this.nullProxy(context, { name: "" }, TABLE_METHODS);
        }
        return this.tableProxy(context, t);
      },
      add: (address: unknown, hasHeaders: boolean) =>
        this.addTableFrom(context, address, hasHeaders),
      onChanged: {
        add: (h: (a: unknown) => Promise<unknown>) =>
          this.eventResult(context, this.tableChanged, h),
      },
    };
    const worksheets = {
      getItemOrNullObject: (name: string) => {
        const s = this.findSheet(name);
        const proxy = s
          ? this.sheetProxy(context, s)
          : this.nullProxy(context, { name: "" }, SHEET_METHODS);
        if (s) this.defineNullFlag(context, proxy, false);
        return proxy;
      },
      add: (name: string) => {
        if (this.findSheet(name)) {
          context.fail(officeError("ItemAlreadyExists", `fake Excel: a sheet ${name} exists`));
          return this.nullProxy(context, { name: "" }, SHEET_METHODS);
        }
        this.log.push(`add sheet ${name}`);
        return this.sheetProxy(context, this.addSheet(name));
      },
      onDeleted: {
        add: (h: (a: unknown) => Promise<unknown>) =>
          this.eventResult(context, this.sheetDeleted, h),
      },
    };
    const proxy = context.register(new OfficeMockObject({ tables, worksheets }) as Proxy);
    // WorksheetCollection.load("items/name"): OfficeMockObject cannot load into an array of
    // objects, so the collection gets its own load that fills `items` at the next sync.
    const collection = proxy.worksheets as Proxy;
    collection.load = (what: string) => {
      if (what.replace(/\s/g, "") !== "items/name")
        throw new Error(`fake Excel: worksheets.load(${what}) not modelled`);
      context.beforeSync.push(() => {
        collection.items = this.sheets.map((s) => {
          const p = this.sheetProxy(context, s);
          p.load("name");
          return p;
        });
      });
      return collection;
    };
    return proxy;
  }

  private eventResult(
    context: FakeContext,
    set: Set<(a: unknown) => Promise<unknown>>,
    handler: (a: unknown) => Promise<unknown>
  ) {
    context.afterSync.push(() => set.add(handler));
    return {
      context,
      remove: () => {
        if (this.current !== context)
          throw new Error("fake Excel: a handler must be removed in the context that added it");
        context.afterSync.push(() => set.delete(handler));
      },
    };
  }

  private sheetProxy(context: FakeContext, sheet: SheetModel): Proxy {
    const proxy = context.register(
      new OfficeMockObject({
        name: sheet.name,
        id: sheet.id,
        visibility: sheet.visibility,
        getRange: (address: string) => {
          const r = parseAddress(address);
          return this.rangeProxy(context, { sheet, ...r });
        },
        getUsedRangeOrNullObject: () =>
          this.usedRange(context, { sheet, r0: 0, c0: 0, rows: MAX_ROWS, cols: 16384 }),
        tables: {
          add: (address: unknown, hasHeaders: boolean) =>
            this.addTableFrom(context, address, hasHeaders, sheet),
        },
        freezePanes: {
          freezeRows: (n: number) => {
            sheet.frozenRows = n;
          },
        },
        activate: () => {
          this.log.push(`activate ${sheet.name}`);
        },
      }) as Proxy
    );
    context.watch(proxy, ["name", "visibility"], (prop, value) => {
      if (prop === "name") sheet.name = String(value);
      if (prop === "visibility") sheet.visibility = value as SheetModel["visibility"];
      this.log.push(`${sheet.name} ${prop}=${String(value)}`);
    });
    return proxy;
  }

  private usedRange(context: FakeContext, rect: Rect): Proxy {
    let r0 = Infinity;
    let r1 = -1;
    let c0 = Infinity;
    let c1 = -1;
    for (const [key, cell] of rect.sheet.cells) {
      if (cell.value === "" && cell.formula === null) continue;
      const [r, c] = key.split(",").map(Number) as [number, number];
      if (r < rect.r0 || r >= rect.r0 + rect.rows || c < rect.c0 || c >= rect.c0 + rect.cols)
        continue;
      r0 = Math.min(r0, r);
      r1 = Math.max(r1, r);
      c0 = Math.min(c0, c);
      c1 = Math.max(c1, c);
    }
    if (r1 < 0) {
      return this.nullProxy(
        context,
        { values: [[""]], formulas: [[""]], rowIndex: 0, address: "" },
        RANGE_METHODS
      );
    }
    const proxy = this.rangeProxy(context, {
      sheet: rect.sheet,
      r0,
      c0,
      rows: r1 - r0 + 1,
      cols: c1 - c0 + 1,
    });
    this.defineNullFlag(context, proxy, false);
    return proxy;
  }

  private rangeProxy(context: FakeContext, rect: Rect): Proxy {
    const big = rect.rows * rect.cols > 200_000;
    const data: Record<string, unknown> = {
      address: `${rect.sheet.name}!${a1(rect.r0, rect.c0)}:${a1(rect.r0 + rect.rows - 1, rect.c0 + rect.cols - 1)}`,
      rowIndex: rect.r0,
      columnIndex: rect.c0,
      rowCount: rect.rows,
      columnCount: rect.cols,
      format: { wrapText: false, columnWidth: 48, verticalAlignment: "Bottom" },
      getCell: (r: number, c: number) =>
        this.rangeProxy(context, { ...rect, r0: rect.r0 + r, c0: rect.c0 + c, rows: 1, cols: 1 }),
      getRow: (r: number) => this.rangeProxy(context, { ...rect, r0: rect.r0 + r, rows: 1 }),
      getColumn: (c: number) => this.rangeProxy(context, { ...rect, c0: rect.c0 + c, cols: 1 }),
      getUsedRangeOrNullObject: () => this.usedRange(context, rect),
    };
    if (!big) {
      data.values = this.readRect(rect, "values");
      data.formulas = this.readRect(rect, "formulas");
      data.numberFormat = this.readRect(rect, "numberFormat");
    }
    const proxy = context.register(new OfficeMockObject(data) as Proxy);
    Object.defineProperty(proxy, RECT, { value: rect });
    if (!big)
      context.watch(proxy, ["values", "formulas", "numberFormat"], (prop, value) =>
        this.writeRect(context, rect, prop, value)
      );
    context.watch(
      proxy.format as Proxy,
      ["wrapText", "columnWidth", "verticalAlignment"],
      (prop, value) => {
        if (prop === "columnWidth") {
          for (let j = 0; j < rect.cols; j++) rect.sheet.widths.set(rect.c0 + j, Number(value));
          this.log.push(
            `${rect.sheet.name} columns ${columnName(rect.c0)}:${columnName(rect.c0 + rect.cols - 1)} width=${String(value)}`
          );
          return;
        }
        if (big) throw new Error(`fake Excel: ${prop} on a whole column is not modelled`);
        for (let i = 0; i < rect.rows; i++) {
          for (let j = 0; j < rect.cols; j++) {
            const cell = rect.sheet.ensure(rect.r0 + i, rect.c0 + j);
            if (prop === "wrapText") cell.wrap = Boolean(value);
            else cell.verticalAlignment = String(value);
          }
        }
      }
    );
    return proxy;
  }

  private addTableFrom(
    context: FakeContext,
    address: unknown,
    hasHeaders: boolean,
    onSheet?: SheetModel
  ): Proxy {
    let rect: Rect | undefined;
    if (typeof address === "object" && address !== null && RECT in address) {
      rect = (address as { [RECT]: Rect })[RECT];
    } else if (typeof address === "string") {
      const sheetName = address.includes("!")
        ? address.slice(0, address.lastIndexOf("!")).replace(/^'|'$/g, "")
        : onSheet?.name;
      const sheet = sheetName ? this.findSheet(sheetName) : undefined;
      if (sheet) rect = { sheet, ...parseAddress(address) };
    }
    if (!rect || !hasHeaders || (onSheet && rect.sheet !== onSheet)) {
      context.fail(
        officeError("InvalidArgument", "fake Excel: tables.add with this address is not modelled")
      );
      return this.nullProxy(context, { name: "" }, TABLE_METHODS);
    }
    const r = rect;
    const overlaps = this.tables.some(
      (t) =>
        t.sheet === r.sheet &&
        t.top <= r.r0 + r.rows - 1 &&
        r.r0 <= t.top + t.bodyHeight &&
        t.left <= r.c0 + r.cols - 1 &&
        r.c0 <= t.left + t.width - 1
    );
    if (overlaps) {
      context.fail(
        officeError("InvalidArgument", "fake Excel: the table would overlap another table")
      );
      return this.nullProxy(context, { name: "" }, TABLE_METHODS);
    }
    const table = new TableModel(
      `Tabell${this.nextId}`,
      `{table-${this.nextId++}}`,
      r.sheet,
      r.r0,
      r.c0,
      r.cols,
      r.rows - 1
    );
    this.tables.push(table);
    this.log.push(`add table ${table.name} ${r.sheet.name}!${a1(r.r0, r.c0)}`);
    return this.tableProxy(context, table);
  }

  private tableProxy(context: FakeContext, table: TableModel): Proxy {
    const body = (): Rect => ({
      sheet: table.sheet,
      r0: table.top + 1,
      c0: table.left,
      rows: table.bodyHeight,
      cols: table.width,
    });
    const rowProxy = (index: number) =>
      context.register(
        new OfficeMockObject({
          index,
          getRange: () =>
            this.rangeProxy(context, { ...body(), r0: table.top + 1 + index, rows: 1 }),
          delete: () => {
            if (index < 0 || index >= table.rows) {
              context.fail(officeError("InvalidArgument", `fake Excel: no table row ${index}`));
              return;
            }
            const sheetRow = table.top + 1 + index;
            for (let c = table.left; c < table.left + table.width; c++)
              table.sheet.cells.delete(`${sheetRow},${c}`);
            table.sheet.shiftRows(sheetRow + 1, -1, table.left, table.left + table.width);
            table.rows--;
            this.log.push(`delete row ${table.sheet.name}!${sheetRow + 1}`);
          },
        }) as Proxy
      );
    const proxy = context.register(
      new OfficeMockObject({
        name: table.name,
        id: table.id,
        style: table.style,
        getHeaderRowRange: () =>
          this.rangeProxy(context, {
            sheet: table.sheet,
            r0: table.top,
            c0: table.left,
            rows: 1,
            cols: table.width,
          }),
        getDataBodyRange: () => this.rangeProxy(context, body()),
        getRange: () =>
          this.rangeProxy(context, {
            sheet: table.sheet,
            r0: table.top,
            c0: table.left,
            rows: 1 + table.bodyHeight,
            cols: table.width,
          }),
        rows: {
          getItemAt: (index: number) => rowProxy(index),
          add: (index: number | undefined | null, values: unknown) => {
            if (index !== undefined && index !== null)
              throw new Error("fake Excel: rows.add at an index is not modelled");
            if (
              !Array.isArray(values) ||
              values.length !== 1 ||
              !Array.isArray(values[0]) ||
              values[0].length !== table.width
            ) {
              context.fail(
                officeError(
                  "InvalidArgument",
                  "fake Excel: rows.add needs one row as wide as the table"
                )
              );
              return rowProxy(-1);
            }
            const sheetRow = table.top + 1 + table.rows;
            // The first row of a header-only table fills its insert row; later rows push down what is below.
            if (table.rows > 0)
              table.sheet.shiftRows(sheetRow, 1, table.left, table.left + table.width);
            (values[0] as unknown[]).forEach((v, j) =>
              this.writeCell(table.sheet, sheetRow, table.left + j, v, "rows.add")
            );
            table.rows++;
            return rowProxy(table.rows - 1);
          },
        },
        columns: {
          add: (index: number, values: unknown, name: string) => {
            if (values !== undefined && values !== null)
              throw new Error("fake Excel: columns.add with values is not modelled");
            if (!(index >= 0 && index <= table.width)) {
              context.fail(
                officeError("InvalidArgument", `fake Excel: no column position ${index}`)
              );
              return this.nullProxy(context, {}, ["getDataBodyRange", "getRange"]);
            }
            const col = table.left + index;
            table.sheet.shiftCols(col, 1, table.top, table.top + 1 + table.bodyHeight);
            table.width++;
            this.writeCell(table.sheet, table.top, col, name, "columns.add");
            const colRect = (): Rect => ({
              sheet: table.sheet,
              r0: table.top,
              c0: col,
              rows: 1 + table.bodyHeight,
              cols: 1,
            });
            return context.register(
              new OfficeMockObject({
                name,
                getRange: () => this.rangeProxy(context, colRect()),
                getDataBodyRange: () =>
                  this.rangeProxy(context, {
                    ...colRect(),
                    r0: table.top + 1,
                    rows: table.bodyHeight,
                  }),
              }) as Proxy
            );
          },
        },
      }) as Proxy
    );
    context.watch(proxy, ["name", "style"], (prop, value) => {
      if (prop === "name") {
        const taken = this.tables.some(
          (t) => t !== table && t.name.toLowerCase() === String(value).toLowerCase()
        );
        if (taken) {
          context.fail(
            officeError("InvalidArgument", `fake Excel: a table ${String(value)} exists`)
          );
          return;
        }
        table.name = String(value);
      } else {
        table.style = String(value);
      }
      this.log.push(`table ${table.name} ${prop}=${String(value)}`);
    });
    return proxy;
  }
}

const TABLE_METHODS = ["getHeaderRowRange", "getDataBodyRange", "getRange"];
const SHEET_METHODS = ["getRange", "getUsedRangeOrNullObject", "activate"];
const RANGE_METHODS = ["getCell", "getRow", "getColumn"];

/** Installs the fake as the global `Excel` and returns it. */
export function installFakeExcel(book: FakeWorkbook): void {
  (globalThis as unknown as { Excel: unknown }).Excel = book.excel;
}
