/** Helpers for tests of any workbook port (the Office and the browser adapter alike). */
import { WorkbookError } from "../../src/port/workbookPort";

/** The WorkbookError `promise` rejects with; fails the test when it resolves or rejects otherwise. */
export async function rejection(promise: Promise<unknown>): Promise<WorkbookError> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof WorkbookError) return e;
    throw e;
  }
  throw new Error("expected a rejection");
}

/** Everything a Storage holds, key by key (to show that a refused write changed nothing). */
export function storageContents(storage: Storage): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i)!;
    out[key] = storage.getItem(key);
  }
  return out;
}
