/**
 * The workbook's names (Workbook.names) as Excel keeps them: a name refers to cells of a sheet
 * or to a whole table, not to the text of its formula, so its formula follows when the user
 * renames the sheet or the table, and becomes "=#REF!…" when the sheet or table is gone. Names
 * are unique without case; a name Excel would refuse (not a letter, "_" or "\" first, or other
 * characters than letters, digits, "_" and ".") fails the sync.
 */
import { OfficeMockObject } from "office-addin-mock";
import { parseAddress } from "./address";
import { officeError } from "./context";
import type { FakeContext, Proxy } from "./context";
import type { NameModel, SheetModel, TableModel } from "./model";
import { defineNullFlag, nullProxy, rangeProxy } from "./rangeProxy";

type Target =
  | { readonly kind: "cells"; readonly sheet: SheetModel; readonly address: string }
  | { readonly kind: "table"; readonly table: TableModel }
  | { readonly kind: "other"; readonly formula: string };

const SHEET_REFERENCE = /^=(?:'((?:[^']|'')+)'|([^'!]+))!(\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)$/i;
const TABLE_REFERENCE = /^=([A-Za-z_\\][\w.]*)\[#All\]$/;
const VALID_NAME = /^[A-Za-z_\\][\w.]*$/;

/** A sheet's name as Excel writes it in a formula: bare when it can be, else quoted. */
export function sheetInFormula(name: string): string {
  const bare =
    /^[A-Za-z_\u00C0-\u024F][\w\u00C0-\u024F.]*$/.test(name) && !/^[A-Z]+\d+$/i.test(name);
  return bare ? name : `'${name.replace(/'/g, "''")}'`;
}

function targetOf(
  sheets: readonly SheetModel[],
  tables: readonly TableModel[],
  formula: string
): Target {
  const cells = SHEET_REFERENCE.exec(formula);
  if (cells) {
    const sheetName = (cells[1]?.replace(/''/g, "'") ?? cells[2] ?? "").toLowerCase();
    const sheet = sheets.find((s) => s.name.toLowerCase() === sheetName);
    if (sheet) return { kind: "cells", sheet, address: cells[3]! };
  }
  const table = TABLE_REFERENCE.exec(formula);
  if (table) {
    const found = tables.find((t) => t.name.toLowerCase() === table[1]!.toLowerCase());
    if (found) return { kind: "table", table: found };
  }
  return { kind: "other", formula };
}

/** A name of `book` whose formula is worked out from what it refers to, whenever it is read. */
export function nameModel(
  book: { readonly sheets: readonly SheetModel[]; readonly tables: readonly TableModel[] },
  name: string,
  formula: string
): NameModel {
  const target = targetOf(book.sheets, book.tables, formula);
  return {
    name,
    get formula(): string {
      if (target.kind === "cells") {
        const alive = book.sheets.includes(target.sheet);
        return `=${alive ? sheetInFormula(target.sheet.name) : "#REF"}!${target.address}`;
      }
      if (target.kind === "table") {
        return book.tables.includes(target.table) ? `=${target.table.name}[#All]` : "=#REF!";
      }
      return target.formula;
    },
  };
}

function findName(context: FakeContext, name: string): NameModel | undefined {
  return context.book.names.find((n) => n.name.toLowerCase() === name.toLowerCase());
}

/** A NamedItem: name and formula (as they are when it is made), delete, getRange. */
function namedItemProxy(context: FakeContext, item: NameModel): Proxy {
  const book = context.book;
  return context.register(
    new OfficeMockObject({
      name: item.name,
      formula: item.formula,
      type: "Range",
      delete: () => {
        const at = book.names.indexOf(item);
        if (at >= 0) book.names.splice(at, 1);
        book.log.push(`delete name ${item.name}`);
      },
      getRange: () => {
        const m = SHEET_REFERENCE.exec(item.formula);
        const sheetName = m ? (m[1]?.replace(/''/g, "'") ?? m[2] ?? "") : "";
        const sheet = book.findSheet(sheetName);
        if (!m || !sheet) {
          context.fail(officeError("InvalidReference", `fake Excel: ${item.name} is no range`));
          return nullProxy(context, {}, []);
        }
        return rangeProxy(context, { sheet, ...parseAddress(m[3]!) });
      },
    }) as Proxy
  );
}

/** Workbook.names: add, getItem, getItemOrNullObject (load of items is set up by the caller). */
export function namesOf(context: FakeContext): Record<string, unknown> {
  const book = context.book;
  return {
    add: (name: string, formula: string) => {
      if (!VALID_NAME.test(name) || findName(context, name)) {
        const code = VALID_NAME.test(name) ? "ItemAlreadyExists" : "InvalidArgument";
        context.fail(officeError(code, `fake Excel: cannot add the name ${name}`));
        return nullProxy(context, { name: "" }, ["delete", "getRange"]);
      }
      const item = nameModel(book, name, formula);
      book.names.push(item);
      book.log.push(`add name ${name}=${formula}`);
      return namedItemProxy(context, item);
    },
    getItem: (name: string) => {
      const item = findName(context, name);
      if (item) return namedItemProxy(context, item);
      context.fail(officeError("ItemNotFound", `fake Excel: no name ${name}`));
      return nullProxy(context, { name: "", formula: "" }, ["delete", "getRange"]);
    },
    getItemOrNullObject: (name: string) => {
      const item = findName(context, name);
      if (!item) return nullProxy(context, { name: "", formula: "" }, ["delete", "getRange"]);
      const proxy = namedItemProxy(context, item);
      defineNullFlag(context, proxy, false);
      return proxy;
    },
  };
}
