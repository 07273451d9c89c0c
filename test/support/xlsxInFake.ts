/**
 * An .xlsx file opened "in Excel": its sheets (and whether they are hidden), cells (values and
 * number formats), tables and workbook names put into the typed Excel fake, so the Office.js
 * port can load what a file made outside Excel holds. The names are read from the file's
 * workbook.xml, since exceljs reads back only names of cell ranges.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { FakeWorkbook } from "./excel";
import type { CellInput } from "./excel";

/** The workbook names in the file, each as Excel reports its formula ("=…"). */
export async function namesInXlsx(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const names = new Map<string, string>();
  for (const m of xml.matchAll(/<definedName name="([^"]+)"[^>]*>([^<]*)<\/definedName>/g))
    names.set(m[1]!, `=${m[2]!.replace(/&apos;/g, "'").replace(/&amp;/g, "&")}`);
  return names;
}

export async function readXlsx(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbook;
}

/** The tables of a sheet read back (exceljs's types do not describe what getTables gives). */
export function tablesOf(sheet: ExcelJS.Worksheet): { name: string; tableRef: string }[] {
  const tables = sheet.getTables() as unknown as { table: { name: string; tableRef: string } }[];
  return tables.map((t) => t.table);
}

function cellInput(cell: ExcelJS.Cell): CellInput {
  const value = cell.value;
  if (typeof value !== "string" && typeof value !== "number" && typeof value !== "boolean")
    throw new Error(`unexpected cell ${cell.address}: ${JSON.stringify(value)}`);
  return cell.numFmt ? { value, format: cell.numFmt } : value;
}

/** The fake workbook that Excel would show for the file. */
export async function fakeOfXlsx(bytes: Uint8Array): Promise<FakeWorkbook> {
  const file = await readXlsx(bytes);
  const book = new FakeWorkbook();
  file.eachSheet((sheet) => {
    const model = book.addSheet(sheet.name);
    if (sheet.state !== "visible") model.visibility = "Hidden";
    sheet.eachRow((row) =>
      row.eachCell((cell) => book.setCells(sheet.name, cell.address, [[cellInput(cell)]]))
    );
    for (const { name, tableRef } of tablesOf(sheet)) book.addTable(name, sheet.name, tableRef);
  });
  for (const [name, formula] of await namesInXlsx(bytes)) book.addName(name, formula);
  return book;
}
