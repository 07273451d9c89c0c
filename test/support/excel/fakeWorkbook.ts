/**
 * A workbook in memory for the port and writer tests, reached through Office.js-shaped proxy
 * objects built with office-addin-mock's OfficeMockObject. From OfficeMockObject come the proxies'
 * load/sync semantics: a property reads as an error string until it is loaded and synced, and
 * loading a property the object does not have throws.
 *
 * What OfficeMockObject cannot model is added here as a small typed fake:
 * - the workbook behind the proxies (sheets, cells with value, formula, number format and other
 *   formats, tables, names), so that what one Excel.run writes the next one reads, and tests can
 *   compare cells;
 * - writes: OfficeMockObject keeps an assigned property on the proxy only, so at each sync the
 *   fake finds the properties the code assigned (values, formulas, numberFormat, format.*, name,
 *   style, visibility, pageLayout.*) and applies them to the workbook with Excel's rules for typed
 *   input (cells.ts);
 * - names that refer to cells or tables, not to text, so they follow renames (names.ts), and the
 *   user's renames, deletions and conversions to a range (renameSheet, deleteSheet, …);
 * - methods (getRange, getCell, rows.add, tables.add, …), null objects (isNullObject), collection
 *   items, events (onChanged, onDeleted), the count of context.sync calls and injected failures.
 *
 * Simplifications, each harmless for the code under test: methods that change the structure
 * (tables.add, rows.add, row.delete, columns.add, worksheets.add, names.add, merge, clear) act at
 * once rather than at the next sync; a proxy's loadable properties are taken from the workbook
 * when the proxy is created, not when the sync runs (the add-in never reads what it wrote in the
 * same batch).
 */
import { OfficeMockObject } from "office-addin-mock";
import { a1, parseAddress } from "./address";
import { readRect } from "./cells";
import { FakeContext, officeError } from "./context";
import type { Proxy } from "./context";
import { EXCEL_ENUMS } from "./host";
import { SheetModel, TableModel, emptyCell } from "./model";
import type { CellInput, CellModel, NameModel, Scalar } from "./model";
import { nameModel } from "./names";
import { workbookProxy } from "./workbookProxy";

type Handler = (args: unknown) => Promise<unknown>;

export class FakeWorkbook {
  readonly sheets: SheetModel[] = [];
  readonly tables: TableModel[] = [];
  readonly names: NameModel[] = [];
  /** context.sync calls so far, over all runs. */
  syncs = 0;
  runs = 0;
  /** Make the sync with this number (counted as `syncs` will be after it) throw an Office error. */
  failAtSync: number | null = null;
  /** Awaited at the start of every sync, to make Excel answer slowly (concurrency tests). */
  syncDelay: (() => Promise<void>) | null = null;
  /** Called at the end of every sync: what another runtime does between two syncs of this one. */
  afterEachSync: (() => void) | null = null;
  /** Excel.run batches running now, and the most that ever ran at once. */
  running = 0;
  mostRunning = 0;
  /** Every write applied, as "Sheet!A1 values=…", in order. */
  readonly log: string[] = [];
  readonly tableChanged = new Set<Handler>();
  readonly sheetDeleted = new Set<Handler>();
  private current: FakeContext | null = null;
  private nextId = 1;

  /** The stand-in for the global `Excel`: run (an OfficeMockObject, as office-addin-mock's README shows) and the enums. */
  readonly excel: Proxy;

  constructor() {
    const run = async (first: unknown, second?: unknown): Promise<unknown> => {
      const batch = (typeof first === "function" ? first : second) as (
        ctx: unknown
      ) => Promise<unknown>;
      const context = first instanceof FakeContext ? first : new FakeContext(this);
      this.runs++;
      this.running++;
      this.mostRunning = Math.max(this.mostRunning, this.running);
      const outer = this.current;
      this.current = context;
      try {
        const result = await batch(context);
        if (context.unsyncedWrites())
          throw new Error("fake Excel: the batch assigned properties it never synced");
        return result;
      } finally {
        this.current = outer;
        this.running--;
      }
    };
    this.excel = Object.assign(new OfficeMockObject({ run }) as Proxy, EXCEL_ENUMS);
  }

  // -----------------------------------------------------------------------------------------
  // Setting up
  // -----------------------------------------------------------------------------------------

  addSheet(name: string): SheetModel {
    const sheet = new SheetModel(name, `{sheet-${this.newId()}}`);
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
        if (typeof input === "object" && "format" in input) {
          cell.formula = null;
          cell.value = input.value;
          cell.format = input.format;
        } else if (typeof input === "object") {
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
    const table = new TableModel(name, `{table-${this.newId()}}`, sheet, r0, c0, cols, rows - 1);
    this.tables.push(table);
    return table;
  }

  /** A workbook-scoped name, as the add-in or the user may have added it earlier. */
  addName(name: string, formula: string): NameModel {
    const item = nameModel(this, name, formula);
    this.names.push(item);
    return item;
  }

  // -----------------------------------------------------------------------------------------
  // What the user does in Excel (names follow renames, as in Excel)
  // -----------------------------------------------------------------------------------------

  renameSheet(from: string, to: string): void {
    this.sheet(from).name = to;
  }

  renameTable(from: string, to: string): void {
    const table = this.findTable(from);
    if (!table) throw new Error(`fake Excel: no table ${from}`);
    table.name = to;
  }

  /** Deletes a sheet with its tables; names that referred to them become #REF!. */
  deleteSheet(name: string): void {
    const sheet = this.sheet(name);
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    for (const t of this.tables.filter((t) => t.sheet === sheet))
      this.tables.splice(this.tables.indexOf(t), 1);
  }

  /** "Convert to Range": the table is gone, its cells stay. */
  convertTableToRange(name: string): void {
    const table = this.findTable(name);
    if (!table) throw new Error(`fake Excel: no table ${name}`);
    this.tables.splice(this.tables.indexOf(table), 1);
  }

  /** The name's formula as Excel reports it now, or undefined. */
  nameFormula(name: string): string | undefined {
    return this.names.find((n) => n.name.toLowerCase() === name.toLowerCase())?.formula;
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
    return this.sheet(sheetName).get(r0, c0) ?? emptyCell();
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
    return readRect(
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
  // For the proxies
  // -----------------------------------------------------------------------------------------

  /** A number for the next sheet's or table's id. */
  newId(): number {
    return this.nextId++;
  }

  /** True while `context`'s Excel.run is running. */
  isRunning(context: FakeContext): boolean {
    return this.current === context;
  }

  workbookProxy(context: FakeContext): Proxy {
    return workbookProxy(context);
  }

  /** context.sync: injected failure, queued failures, the assigned properties, then the loads. */
  async sync(context: FakeContext): Promise<void> {
    if (this.syncDelay) await this.syncDelay();
    this.syncs++;
    if (this.failAtSync === this.syncs) {
      context.pendingError = null;
      context.markApplied();
      throw officeError(
        "GeneralException",
        "Det gick inte att slutföra åtgärden (fel injicerat i testet)."
      );
    }
    context.throwPending();
    context.applyWrites();
    context.throwPending();
    for (const hook of context.beforeSync.splice(0)) hook();
    await context.syncLoaded();
    for (let i = 0; i < 20; i++) await Promise.resolve();
    context.markApplied();
    for (const hook of context.afterSync.splice(0)) hook();
    this.afterEachSync?.();
  }
}
