/**
 * Range proxies: values, formulas and number formats read from the workbook when the proxy is
 * made and written at the next sync; formats (wrap, alignment, widths, heights, font, fill,
 * borders) recorded per cell; merge, unmerge and clear act at once. Also null objects.
 */
import { OfficeMockObject } from "office-addin-mock";
import { MAX_COLUMNS, MAX_ROWS, a1, columnName } from "./address";
import { readRect, writeRect } from "./cells";
import { officeError } from "./context";
import type { FakeContext, Proxy } from "./context";
import type { Rect } from "./model";

/** The key under which a range proxy keeps its rectangle (tables.add reads it). */
export const RECT = Symbol("rect");

/** Above this many cells a range's values are not modelled (a whole column or sheet). */
const BIG = 200_000;

export function rangeProxy(context: FakeContext, rect: Rect): Proxy {
  const big = rect.rows * rect.cols > BIG;
  const sheet = rect.sheet;
  const data: Record<string, unknown> = {
    address: `${sheet.name}!${a1(rect.r0, rect.c0)}:${a1(rect.r0 + rect.rows - 1, rect.c0 + rect.cols - 1)}`,
    rowIndex: rect.r0,
    columnIndex: rect.c0,
    rowCount: rect.rows,
    columnCount: rect.cols,
    format: {
      wrapText: false,
      columnWidth: 48,
      rowHeight: 15,
      verticalAlignment: "Bottom",
      horizontalAlignment: "General",
      indentLevel: 0,
    },
    getCell: (r: number, c: number) =>
      rangeProxy(context, { ...rect, r0: rect.r0 + r, c0: rect.c0 + c, rows: 1, cols: 1 }),
    getRow: (r: number) => rangeProxy(context, { ...rect, r0: rect.r0 + r, rows: 1 }),
    getColumn: (c: number) => rangeProxy(context, { ...rect, c0: rect.c0 + c, cols: 1 }),
    getUsedRangeOrNullObject: () => usedRange(context, rect),
    merge: () => {
      sheet.merges.push(`${rect.r0},${rect.c0},${rect.rows},${rect.cols}`);
    },
    unmerge: () => sheet.unmerge(rect),
    clear: () => sheet.clear(rect),
  };
  if (!big) {
    data.values = readRect(rect, "values");
    data.formulas = readRect(rect, "formulas");
    data.numberFormat = readRect(rect, "numberFormat");
  }
  const proxy = context.register(new OfficeMockObject(data) as Proxy);
  Object.defineProperty(proxy, RECT, { value: rect });
  if (!big)
    context.watch(proxy, ["values", "formulas", "numberFormat"], (prop, value) =>
      writeRect(context.book.log, context, rect, prop, value)
    );
  watchFormat(context, proxy.format as Proxy, rect, big);
  return proxy;
}

function watchFormat(context: FakeContext, format: Proxy, rect: Rect, big: boolean): void {
  const sheet = rect.sheet;
  const log = context.book.log;
  const eachCell = (set: (cell: ReturnType<typeof sheet.ensure>) => void) => {
    for (let i = 0; i < rect.rows; i++)
      for (let j = 0; j < rect.cols; j++) set(sheet.ensure(rect.r0 + i, rect.c0 + j));
  };
  const props = [
    "wrapText",
    "columnWidth",
    "rowHeight",
    "verticalAlignment",
    "horizontalAlignment",
    "indentLevel",
  ];
  context.watch(format, props, (prop, value) => {
    if (prop === "columnWidth") {
      for (let j = 0; j < rect.cols; j++) sheet.widths.set(rect.c0 + j, Number(value));
      log.push(
        `${sheet.name} columns ${columnName(rect.c0)}:${columnName(rect.c0 + rect.cols - 1)} width=${String(value)}`
      );
      return;
    }
    if (prop === "rowHeight") {
      for (let i = 0; i < rect.rows; i++) sheet.heights.set(rect.r0 + i, Number(value));
      return;
    }
    if (big) throw new Error(`fake Excel: ${prop} on a whole column is not modelled`);
    if (prop === "wrapText") eachCell((cell) => (cell.wrap = Boolean(value)));
    else if (prop === "verticalAlignment")
      eachCell((cell) => (cell.verticalAlignment = String(value)));
    else eachCell((cell) => (cell.style[prop] = value));
  });
  // Font, fill and borders are made when first used (most ranges never touch them), as plain
  // objects: the code only writes them, and a range styles thousands of cells one by one.
  const styled = (path: string, names: readonly string[]) => {
    const part = {} as Proxy;
    context.watch(part, names, (prop, value) => {
      if (big) throw new Error(`fake Excel: ${path}.${prop} on a whole column is not modelled`);
      eachCell((cell) => (cell.style[`${path}.${prop}`] = value));
    });
    return part;
  };
  let font: Proxy | undefined;
  let fill: Proxy | undefined;
  const borders = { getItem: (edge: string) => styled(`border.${edge}`, ["style", "color"]) };
  Object.defineProperty(format, "font", {
    get: () => (font ??= styled("font", ["bold", "italic", "size", "color"])),
  });
  Object.defineProperty(format, "fill", { get: () => (fill ??= styled("fill", ["color"])) });
  Object.defineProperty(format, "borders", { get: () => borders });
}

/** The used part of `rect`: the smallest rectangle of its non-empty cells, else a null object. */
export function usedRange(context: FakeContext, rect: Rect): Proxy {
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
    return nullProxy(
      context,
      { values: [[""]], formulas: [[""]], rowIndex: 0, address: "" },
      RANGE_METHODS
    );
  }
  const used = { sheet: rect.sheet, r0, c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
  const proxy = rangeProxy(context, used);
  defineNullFlag(context, proxy, false);
  return proxy;
}

/** The whole sheet of `rect`. */
export function wholeSheet(sheet: Rect["sheet"]): Rect {
  return { sheet, r0: 0, c0: 0, rows: MAX_ROWS, cols: MAX_COLUMNS };
}

export const TABLE_METHODS = ["getHeaderRowRange", "getDataBodyRange", "getRange"];
export const SHEET_METHODS = ["getRange", "getUsedRangeOrNullObject", "activate"];
const RANGE_METHODS = ["getCell", "getRow", "getColumn"];

/** A proxy that is a null object: loading works, methods fail at the next sync. */
export function nullProxy(
  context: FakeContext,
  data: Record<string, unknown>,
  methods: readonly string[]
): Proxy {
  const stub: Record<string, unknown> = { ...data };
  for (const m of methods) {
    stub[m] = () => {
      context.fail(officeError("ItemNotFound", `fake Excel: ${m} called on a null object`));
      return nullProxy(context, {}, []);
    };
  }
  const proxy = context.register(new OfficeMockObject(stub) as Proxy);
  defineNullFlag(context, proxy, true);
  return proxy;
}

/** isNullObject, readable (as in Office.js) only after the next sync. */
export function defineNullFlag(context: FakeContext, proxy: Proxy, isNull: boolean): void {
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
