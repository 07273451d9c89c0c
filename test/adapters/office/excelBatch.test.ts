/**
 * Excel's failures (excelBatch.ts) through the Office.js port over the fake workbook, which can
 * make any sync fail: a WorkbookError("storage") that says what was and was not done.
 */
import { MEASURES_SHEET } from "../../../src/adapters/office/measuresTable";
import { WorkbookError } from "../../../src/port/workbookPort";
import { FakeWorkbook } from "../../support/excel";
import {
  OPERATIONS as operations,
  portOver as setup,
  rejection,
  row,
  rows,
} from "../../support/officeFixtures";

describe("failures in Excel", () => {
  it("a failure while reading becomes WorkbookError storage that says nothing was changed", async () => {
    const { book, port } = setup({ rows: [row()] });
    book.failAtSync = 1;
    const error = await rejection(port.load());
    expect(error.reason).toBe("storage");
    expect(error.message).toMatch(
      /^Excel kunde inte läsa planen \(Det gick inte att slutföra åtgärden.*GeneralException/
    );
    expect(error.message).toMatch(/Inget har ändrats/);
  });

  it("a failure in the write of an edit names the row and what may have been written", async () => {
    const { book, port } = setup({ rows: [row()] });
    const before = book.snapshot(MEASURES_SHEET);
    book.failAtSync = 3;
    const error = await rejection(port.updateMeasure("m-1", { title: "x", consequence: "y" }));
    expect(error.reason).toBe("storage");
    expect(error.message).toMatch(/Excel kunde inte spara ändringen/);
    expect(error.message).toMatch(/cellerna på rad 2 kan ha skrivits/);
    expect(FakeWorkbook.changed(before, book.snapshot(MEASURES_SHEET))).toEqual([]);
  });

  it.each(operations.filter(([name]) => name !== "load"))(
    "%s: a failure in any sync is a WorkbookError, never another error",
    async (_name, operation) => {
      for (let at = 1; at <= 3; at++) {
        const { book, port } = setup({ rows: rows(3) });
        book.failAtSync = at;
        const result = await operation(port).then(
          () => "done",
          (e: unknown) => e
        );
        if (result === "done") {
          expect(book.syncs).toBeLessThan(at); // the operation finished before that sync
        } else {
          expect(result).toBeInstanceOf(WorkbookError);
          expect((result as WorkbookError).reason).toBe("storage");
        }
      }
    }
  );
});

describe("one operation at a time", () => {
  it("runs the operations of one workbook in the order asked, a failed one not holding up the next", async () => {
    const { book, port } = setup({ rows: rows(2) });
    book.syncDelay = () => new Promise((resolve) => setTimeout(resolve, 2));
    book.failAtSync = 2; // the first operation fails while reading
    const done: string[] = [];
    const first = port.load().then(
      () => done.push("first"),
      () => done.push("first failed")
    );
    const second = port.updateMeasure("m-1", { title: "Ändrad" }).then(() => done.push("second"));
    const third = port.load().then((s) => done.push(`third: ${s.measures[0]!.measure.title}`));
    await Promise.all([first, second, third]);
    expect(done).toEqual(["first failed", "second", "third: Ändrad"]);
    expect(book.mostRunning).toBe(1);
  });
});
