/** The globals the code under test reaches for: Excel (run and the enums) and Office. */
import type { FakeWorkbook } from "./fakeWorkbook";

/** The Excel enums the writers read, with the string values Office.js gives them. */
export const EXCEL_ENUMS = {
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

/** Installs the fake as the global `Excel` (Excel.run and the enums). */
export function installFakeExcel(book: FakeWorkbook): void {
  (globalThis as unknown as { Excel: unknown }).Excel = book.excel;
}

/** Only the enums as the global `Excel`, for code that is handed a context (new FakeContext()). */
export function installExcelEnums(): void {
  (globalThis as unknown as { Excel: unknown }).Excel = { ...EXCEL_ENUMS };
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
