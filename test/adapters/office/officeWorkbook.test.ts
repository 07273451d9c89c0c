/**
 * OfficeWorkbook as a whole over the fake workbook, which counts every sync: a fixed number of
 * context.sync calls per operation, whatever the number of rows. Its parts are tested beside
 * them: workbookReads, tableCreation, measureEdits, planDocumentSaves, excelBatch (failures),
 * changeSubscription (events), officeMessages (the language).
 */
import { DEFAULT_SETTINGS } from "../../../src/plan/model";
import { OfficeWorkbook } from "../../../src/adapters/office/officeWorkbook";
import { OPERATIONS as operations, portOver as setup, rows } from "../../support/officeFixtures";
import type { Operation } from "../../support/officeFixtures";

async function syncsOf(rowCount: number, operation: Operation[1]): Promise<number> {
  const { book, port } = setup({ rows: rows(rowCount) });
  await operation(port);
  return book.syncs;
}

describe("context.sync calls per operation", () => {
  it.each(operations)("%s syncs as often for 1 000 rows as for 1", async (_name, operation) => {
    const one = await syncsOf(1, operation);
    const many = await syncsOf(1_000, operation);
    expect(many).toBe(one);
    expect(one).toBeLessThanOrEqual(3);
  });

  it("load takes two syncs, an edit three", async () => {
    expect(await syncsOf(10, (p) => p.load())).toBe(2);
    expect(await syncsOf(10, (p) => p.updateMeasure("m-1", { title: "x" }))).toBe(3);
  });

  it("creating the table takes at most three, with or without the reference rows", async () => {
    for (const create of [
      (p: OfficeWorkbook) => p.createMeasuresTable(DEFAULT_SETTINGS),
      (p: OfficeWorkbook) => p.loadReferenceCase(),
    ]) {
      const { book, port } = setup({ table: false, document: null });
      await create(port);
      expect(book.syncs).toBeLessThanOrEqual(3);
    }
  });
});
