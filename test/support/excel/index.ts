/**
 * The one Excel fake of the tests: a workbook in memory behind Office.js-shaped proxies
 * (fakeWorkbook.ts explains what is modelled), used by the port's and the writers' tests.
 */
export { FakeWorkbook } from "./fakeWorkbook";
export { FakeContext } from "./context";
export { a1, columnName, parseAddress } from "./address";
export { installExcelEnums, installFakeExcel, installOffice } from "./host";
export type { CellInput, CellModel, NameModel, Scalar, SheetModel, TableModel } from "./model";
