/**
 * Change events, debounced (changeSubscription.ts), through the Office.js port over the fake
 * workbook. office-addin-mock has no events, so the fake's onChanged/onDeleted collections are its
 * own (see test/support/excel/workbookProxy.ts).
 */
import { OfficeWorkbook } from "../../../src/adapters/office/officeWorkbook";
import { WorkbookError } from "../../../src/port/workbookPort";
import { portOver as setup, row } from "../../support/officeFixtures";

describe("subscribe", () => {
  beforeEach(() => {
    jest.useFakeTimers({ doNotFake: ["setImmediate", "queueMicrotask", "nextTick"] });
  });
  afterEach(() => {
    jest.useRealTimers();
  });
  const settle = async () => {
    for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
  };

  it("calls the listener once, 200 ms after a burst of changes", async () => {
    const { book, port } = setup({ rows: [row()] });
    const listener = jest.fn();
    port.subscribe(listener);
    await settle();
    expect(book.tableChanged.size).toBe(1);
    expect(book.sheetDeleted.size).toBe(1);
    await book.fireTableChanged();
    jest.advanceTimersByTime(150);
    await book.fireTableChanged();
    await book.fireTableChanged();
    jest.advanceTimersByTime(199);
    expect(listener).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1);
    expect(listener).toHaveBeenCalledTimes(1);
    await book.fireSheetDeleted();
    jest.advanceTimersByTime(200);
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it("unsubscribing removes the handlers and cancels a pending call", async () => {
    const { book, port } = setup({ rows: [row()] });
    const listener = jest.fn();
    const unsubscribe = port.subscribe(listener);
    await settle();
    await book.fireTableChanged();
    unsubscribe();
    jest.advanceTimersByTime(1_000);
    await settle();
    expect(book.tableChanged.size).toBe(0);
    expect(book.sheetDeleted.size).toBe(0);
    expect(listener).not.toHaveBeenCalled();
    unsubscribe(); // twice is harmless
  });

  it("reports a failed registration as WorkbookError storage", async () => {
    const errors: WorkbookError[] = [];
    const { book, port } = setup(
      { rows: [row()] },
      { onSubscribeError: (e: WorkbookError) => errors.push(e) }
    );
    book.failAtSync = book.syncs + 1;
    const unsubscribe = port.subscribe(jest.fn());
    await settle();
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(WorkbookError);
    expect(errors[0]!.reason).toBe("storage");
    expect(errors[0]!.message).toMatch(/bevaka ändringar/);
    unsubscribe();
    await settle();
    expect(errors).toHaveLength(1);
  });

  it("uses the debounce it is given", async () => {
    const { book } = setup({ rows: [row()] });
    const port = new OfficeWorkbook({ debounceMs: 50 });
    const listener = jest.fn();
    port.subscribe(listener);
    await settle();
    await book.fireTableChanged();
    jest.advanceTimersByTime(50);
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
