/**
 * How OfficeWorkbook talks to Excel: a fixed number of context.sync calls per operation, whatever
 * the number of rows (counted by the fake workbook, which records every sync); Excel's failures as
 * WorkbookError("storage"); change events, debounced. office-addin-mock has no events, so the
 * fake's onChanged/onDeleted collections are its own (see fakeExcel.ts).
 */
import { dec } from "../../../src/budget/money";
import { DEFAULT_SETTINGS } from "../../../src/plan/model";
import type { Measure } from "../../../src/plan/model";
import { MEASURES_SHEET } from "../../../src/adapters/office/measuresTable";
import { OfficeWorkbook } from "../../../src/adapters/office/officeWorkbook";
import { WorkbookError } from "../../../src/port/workbookPort";
import { FakeWorkbook, installFakeExcel } from "../../support/fakeExcel";
import { row, rows, workbook, rejection } from "../../support/officeFixtures";
import type { WorkbookSpec } from "../../support/officeFixtures";

function setup(
  spec: WorkbookSpec = {},
  options = {}
): { book: FakeWorkbook; port: OfficeWorkbook } {
  const book = workbook(spec);
  installFakeExcel(book);
  return { book, port: new OfficeWorkbook(options) };
}

const extra: Measure = {
  id: "m-extra",
  nr: 99,
  kind: "measure",
  area: "Äldreomsorg",
  title: "Ny",
  effects: { 2026: dec(1), 2027: null, 2028: null },
  ambition: null,
  goals: null,
  consequence: "",
};

type Operation = [string, (port: OfficeWorkbook) => Promise<unknown>];
const operations: Operation[] = [
  ["load", (p) => p.load()],
  ["updateMeasure", (p) => p.updateMeasure("m-1", { title: "Ändrad", effects: { 2027: dec(5) } })],
  ["addMeasure", (p) => p.addMeasure(extra)],
  ["deleteMeasure", (p) => p.deleteMeasure("m-1")],
  ["saveScenarios", (p) => p.saveScenarios([])],
  ["saveSettings", (p) => p.saveSettings({ ...DEFAULT_SETTINGS, firstYear: 2027 })],
];

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
      const { book, port } = setup({ table: false });
      await create(port);
      expect(book.syncs).toBeLessThanOrEqual(3);
    }
  });
});

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
