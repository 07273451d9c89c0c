/**
 * The workbook proxy: tables and worksheets (getItemOrNullObject, add, the change events, the
 * load of their items' names), the workbook's names (names.ts), and sheet proxies (ranges, tables.add, freeze panes, page layout, name and
 * visibility). OfficeMockObject cannot load into an array of objects, so the collections that
 * are loaded as "items/…" get their own load that fills `items` at the next sync.
 */
import { OfficeMockObject } from "office-addin-mock";
import { parseAddress } from "./address";
import { officeError } from "./context";
import type { FakeContext, Proxy } from "./context";
import type { SheetModel } from "./model";
import {
  SHEET_METHODS,
  TABLE_METHODS,
  defineNullFlag,
  nullProxy,
  rangeProxy,
  usedRange,
  wholeSheet,
} from "./rangeProxy";
import { addTableFrom, tableProxy } from "./tableProxy";
import { namesOf } from "./names";

type Handler = (args: unknown) => Promise<unknown>;

export function workbookProxy(context: FakeContext): Proxy {
  const proxy = context.register(
    new OfficeMockObject({
      tables: tablesOf(context),
      worksheets: worksheetsOf(context),
      names: namesOf(context),
    }) as Proxy
  );
  loadItemsAtSync(context, proxy.worksheets as Proxy, "items/name", () =>
    context.book.sheets.map((s) => sheetProxy(context, s))
  );
  loadItemsAtSync(context, proxy.tables as Proxy, "items/name,items/worksheet/name", () =>
    context.book.tables.map((t) => tableProxy(context, t))
  );
  loadItemsAtSync(context, proxy.names as Proxy, "items/name,items/formula", () =>
    context.book.names.map((n) => context.register(new OfficeMockObject({ ...n }) as Proxy))
  );
  return proxy;
}

/** A collection's load(`what`), the only one modelled: its items, loaded, at the next sync. */
function loadItemsAtSync(
  context: FakeContext,
  collection: Proxy,
  what: string,
  items: () => Proxy[]
): void {
  const properties = what.split(",").map((p) => p.replace(/^items\//, ""));
  collection.load = (asked: string) => {
    if (asked.replace(/\s/g, "") !== what)
      throw new Error(`fake Excel: load(${asked}) of this collection is not modelled`);
    context.beforeSync.push(() => {
      collection.items = items().map((p) => {
        p.load(properties.join(","));
        return p;
      });
    });
    return collection;
  };
}

/** getItemOrNullObject: the item's proxy, or a null object with `methods` that fail. */
function itemOrNullObject<T>(
  context: FakeContext,
  item: T | undefined,
  proxyOf: (context: FakeContext, item: T) => Proxy,
  methods: readonly string[]
): Proxy {
  if (item === undefined) return nullProxy(context, { name: "" }, methods);
  const proxy = proxyOf(context, item);
  defineNullFlag(context, proxy, false);
  return proxy;
}

function tablesOf(context: FakeContext): Record<string, unknown> {
  const book = context.book;
  return {
    getItemOrNullObject: (name: string) =>
      itemOrNullObject(context, book.findTable(name), tableProxy, TABLE_METHODS),
    getItem: (name: string) => {
      const t = book.findTable(name);
      if (!t) {
        context.fail(officeError("ItemNotFound", `fake Excel: no table ${name}`));
        return nullProxy(context, { name: "" }, TABLE_METHODS);
      }
      return tableProxy(context, t);
    },
    add: (address: unknown, hasHeaders: boolean) => addTableFrom(context, address, hasHeaders),
    onChanged: { add: (h: Handler) => eventResult(context, book.tableChanged, h) },
  };
}

function worksheetsOf(context: FakeContext): Record<string, unknown> {
  const book = context.book;
  return {
    getItemOrNullObject: (name: string) =>
      itemOrNullObject(context, book.findSheet(name), sheetProxy, SHEET_METHODS),
    getItem: (name: string) => {
      const sheet = book.findSheet(name);
      if (sheet) return sheetProxy(context, sheet);
      context.fail(officeError("ItemNotFound", `fake Excel: no sheet ${name}`));
      return nullProxy(context, { name: "" }, SHEET_METHODS);
    },
    add: (name: string) => {
      if (book.findSheet(name)) {
        context.fail(officeError("ItemAlreadyExists", `fake Excel: a sheet ${name} exists`));
        return nullProxy(context, { name: "" }, SHEET_METHODS);
      }
      book.log.push(`add sheet ${name}`);
      return sheetProxy(context, book.addSheet(name));
    },
    onDeleted: { add: (h: Handler) => eventResult(context, book.sheetDeleted, h) },
  };
}

/** An EventHandlerResult: the handler is registered at the next sync, removed likewise. */
function eventResult(context: FakeContext, set: Set<Handler>, handler: Handler) {
  context.afterSync.push(() => set.add(handler));
  return {
    context,
    remove: () => {
      if (!context.book.isRunning(context))
        throw new Error("fake Excel: a handler must be removed in the context that added it");
      context.afterSync.push(() => set.delete(handler));
    },
  };
}

function sheetProxy(context: FakeContext, sheet: SheetModel): Proxy {
  const log = context.book.log;
  const proxy = context.register(
    new OfficeMockObject({
      name: sheet.name,
      id: sheet.id,
      visibility: sheet.visibility,
      getRange: (address?: string) =>
        rangeProxy(
          context,
          address === undefined ? wholeSheet(sheet) : { sheet, ...parseAddress(address) }
        ),
      getRangeByIndexes: (r0: number, c0: number, rows: number, cols: number) =>
        rangeProxy(context, { sheet, r0, c0, rows, cols }),
      getUsedRangeOrNullObject: () => usedRange(context, wholeSheet(sheet)),
      tables: {
        add: (address: unknown, hasHeaders: boolean) =>
          addTableFrom(context, address, hasHeaders, sheet),
      },
      freezePanes: {
        freezeRows: (n: number) => {
          sheet.frozenRows = n;
        },
      },
      activate: () => {
        log.push(`activate ${sheet.name}`);
      },
    }) as Proxy
  );
  context.watch(proxy, ["name", "visibility"], (prop, value) => {
    if (prop === "name") sheet.name = String(value);
    if (prop === "visibility") sheet.visibility = value as SheetModel["visibility"];
    log.push(`${sheet.name} ${prop}=${String(value)}`);
  });
  definePageLayout(context, proxy, sheet);
  return proxy;
}

/** Worksheet.pageLayout: orientation, paper size, zoom, print titles and footers, as far as set. */
function definePageLayout(context: FakeContext, proxy: Proxy, sheet: SheetModel): void {
  let layout: Proxy | undefined;
  Object.defineProperty(proxy, "pageLayout", {
    get: () => {
      if (layout) return layout;
      layout = new OfficeMockObject({
        orientation: "",
        paperSize: "",
        setPrintTitleRows: (rows: string) => {
          sheet.pageLayout.printTitleRows = rows;
        },
        headersFooters: { defaultForAllPages: { leftFooter: "", rightFooter: "" } },
      }) as Proxy;
      context.watch(layout, ["orientation", "paperSize", "zoom"], (prop, value) => {
        sheet.pageLayout[prop] = value;
      });
      const footers = layout.headersFooters.defaultForAllPages as Proxy;
      context.watch(footers, ["leftFooter", "rightFooter"], (prop, value) => {
        sheet.pageLayout[prop] = value;
      });
      return layout;
    },
  });
}
