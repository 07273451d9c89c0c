/**
 * Table proxies: header, body and whole ranges, rows (add at the end or at an index, getItemAt, delete) and
 * columns (add with a name), name and style; and tables.add over a range. Structural changes act
 * at once; a wrong argument fails the next sync as in Excel.
 */
import { OfficeMockObject } from "office-addin-mock";
import { a1, parseAddress } from "./address";
import { writeCell } from "./cells";
import { officeError } from "./context";
import type { FakeContext, Proxy } from "./context";
import { TableModel } from "./model";
import type { Rect, SheetModel } from "./model";
import { RECT, TABLE_METHODS, nullProxy, rangeProxy } from "./rangeProxy";

/** The rectangle `tables.add` was given: a range proxy, or an address on `onSheet` or named. */
function rectOf(context: FakeContext, address: unknown, onSheet?: SheetModel): Rect | undefined {
  if (typeof address === "object" && address !== null && RECT in address) {
    return (address as { [RECT]: Rect })[RECT];
  }
  if (typeof address !== "string") return undefined;
  const sheetName = address.includes("!")
    ? address.slice(0, address.lastIndexOf("!")).replace(/^'|'$/g, "")
    : onSheet?.name;
  const sheet = sheetName ? context.book.findSheet(sheetName) : undefined;
  return sheet ? { sheet, ...parseAddress(address) } : undefined;
}

export function addTableFrom(
  context: FakeContext,
  address: unknown,
  hasHeaders: boolean,
  onSheet?: SheetModel
): Proxy {
  const book = context.book;
  const r = rectOf(context, address, onSheet);
  const refuse = (message: string) => {
    context.fail(officeError("InvalidArgument", `fake Excel: ${message}`));
    return nullProxy(context, { name: "" }, TABLE_METHODS);
  };
  if (!r || !hasHeaders || (onSheet && r.sheet !== onSheet))
    return refuse("tables.add with this address is not modelled");
  const overlaps = book.tables.some(
    (t) =>
      t.sheet === r.sheet &&
      t.top <= r.r0 + r.rows - 1 &&
      r.r0 <= t.top + t.bodyHeight &&
      t.left <= r.c0 + r.cols - 1 &&
      r.c0 <= t.left + t.width - 1
  );
  if (overlaps) return refuse("the table would overlap another table");
  const id = book.newId();
  const table = new TableModel(
    `Tabell${id}`,
    `{table-${id}}`,
    r.sheet,
    r.r0,
    r.c0,
    r.cols,
    r.rows - 1
  );
  book.tables.push(table);
  book.log.push(`add table ${table.name} ${r.sheet.name}!${a1(r.r0, r.c0)}`);
  return tableProxy(context, table);
}

/** The table's body as Office.js reports it (the insert row of an empty table included). */
function bodyOf(table: TableModel): Rect {
  return {
    sheet: table.sheet,
    r0: table.top + 1,
    c0: table.left,
    rows: table.bodyHeight,
    cols: table.width,
  };
}

function rowProxy(context: FakeContext, table: TableModel, index: number): Proxy {
  const log = context.book.log;
  return context.register(
    new OfficeMockObject({
      index,
      getRange: () => rangeProxy(context, { ...bodyOf(table), r0: table.top + 1 + index, rows: 1 }),
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
        log.push(`delete row ${table.sheet.name}!${sheetRow + 1}`);
      },
    }) as Proxy
  );
}

/**
 * TableRowCollection.add(index, [[…]]): one row as wide as the table, at the end (index undefined
 * or null) or before the data row `index` (0 … rows; rows is the end), pushing down what is below.
 */
function addRow(context: FakeContext, table: TableModel, index: unknown, values: unknown): Proxy {
  const at = index === undefined || index === null ? table.rows : index;
  if (typeof at !== "number" || !Number.isInteger(at) || at < 0 || at > table.rows) {
    context.fail(officeError("InvalidArgument", `fake Excel: no table row position ${String(at)}`));
    return rowProxy(context, table, -1);
  }
  if (
    !Array.isArray(values) ||
    values.length !== 1 ||
    !Array.isArray(values[0]) ||
    values[0].length !== table.width
  ) {
    context.fail(
      officeError("InvalidArgument", "fake Excel: rows.add needs one row as wide as the table")
    );
    return rowProxy(context, table, -1);
  }
  const sheetRow = table.top + 1 + at;
  // The first row of a header-only table fills its insert row; later rows push down what is below.
  if (table.rows > 0) table.sheet.shiftRows(sheetRow, 1, table.left, table.left + table.width);
  (values[0] as unknown[]).forEach((v, j) =>
    writeCell(context.book.log, table.sheet, { row: sheetRow, col: table.left + j }, v, "rows.add")
  );
  table.rows++;
  return rowProxy(context, table, at);
}

/** TableColumnCollection.add(index, undefined, name): a column of that name at `index`. */
function addColumn(
  context: FakeContext,
  table: TableModel,
  index: number,
  values: unknown,
  name: string
): Proxy {
  if (values !== undefined && values !== null)
    throw new Error("fake Excel: columns.add with values is not modelled");
  if (!(index >= 0 && index <= table.width)) {
    context.fail(officeError("InvalidArgument", `fake Excel: no column position ${index}`));
    return nullProxy(context, {}, ["getDataBodyRange", "getRange"]);
  }
  const col = table.left + index;
  table.sheet.shiftCols(col, 1, table.top, table.top + 1 + table.bodyHeight);
  table.width++;
  writeCell(context.book.log, table.sheet, { row: table.top, col }, name, "columns.add");
  const column = (): Rect => ({
    sheet: table.sheet,
    r0: table.top,
    c0: col,
    rows: 1 + table.bodyHeight,
    cols: 1,
  });
  return context.register(
    new OfficeMockObject({
      name,
      getRange: () => rangeProxy(context, column()),
      getDataBodyRange: () =>
        rangeProxy(context, { ...column(), r0: table.top + 1, rows: table.bodyHeight }),
    }) as Proxy
  );
}

export function tableProxy(context: FakeContext, table: TableModel): Proxy {
  const whole = (): Rect => ({ ...bodyOf(table), r0: table.top, rows: 1 + table.bodyHeight });
  const proxy = context.register(
    new OfficeMockObject({
      name: table.name,
      id: table.id,
      style: table.style,
      // Table.worksheet, for loads of its name ("items/worksheet/name").
      worksheet: { name: table.sheet.name },
      getHeaderRowRange: () => rangeProxy(context, { ...whole(), rows: 1 }),
      getDataBodyRange: () => rangeProxy(context, bodyOf(table)),
      getRange: () => rangeProxy(context, whole()),
      rows: {
        getItemAt: (index: number) => rowProxy(context, table, index),
        add: (index: number | undefined | null, values: unknown) =>
          addRow(context, table, index, values),
      },
      columns: {
        add: (index: number, values: unknown, name: string) =>
          addColumn(context, table, index, values, name),
      },
    }) as Proxy
  );
  context.watch(proxy, ["name", "style"], (prop, value) =>
    renameOrRestyle(context, table, prop, value)
  );
  return proxy;
}

function renameOrRestyle(
  context: FakeContext,
  table: TableModel,
  prop: string,
  value: unknown
): void {
  if (prop === "name") {
    const taken = context.book.tables.some(
      (t) => t !== table && t.name.toLowerCase() === String(value).toLowerCase()
    );
    if (taken) {
      context.fail(officeError("InvalidArgument", `fake Excel: a table ${String(value)} exists`));
      return;
    }
    table.name = String(value);
  } else {
    table.style = String(value);
  }
  context.book.log.push(`table ${table.name} ${prop}=${String(value)}`);
}
