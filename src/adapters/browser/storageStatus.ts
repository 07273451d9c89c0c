/* global DOMException, Storage, window */
/**
 * Whether the browser's storage takes the plan: a Storage in memory for browsers that refuse
 * localStorage, and the probe that tells a full storage (the stored plan is still read, and
 * shown, but nothing more fits) from a refused one (the plan lasts only as long as the page).
 */
import type { StorageStatus } from "../../port/workbookPort";

/** A Storage in memory, for tests and for browsers that refuse localStorage. */
export class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  get length(): number {
    return this.items.size;
  }
  clear(): void {
    this.items.clear();
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  setItem(key: string, value: string): void {
    this.items.set(key, String(value));
  }
}

/** The memory that stands in for a localStorage the browser refused: the plan lasts as the page. */
export class FallbackStorage extends MemoryStorage {}

/**
 * The probe's key: outside every plan's prefix ("ramkoll."), so that other tabs, which reload on
 * a change of their own keys only, do not reload for it (and probe, and make this one reload).
 */
const PROBE_KEY = "ramkoll-storage-probe";

/** True for the errors browsers raise when the storage quota is used up. */
export function isQuotaError(error: unknown): boolean {
  if (typeof DOMException === "undefined" || !(error instanceof DOMException)) return false;
  return (
    error.name === "QuotaExceededError" ||
    error.name === "NS_ERROR_DOM_QUOTA_REACHED" || // Firefox
    error.code === 22 ||
    error.code === 1014
  );
}

/** Whether `storage` takes a write now: "ok", "full" (quota used up) or "unavailable". */
export function probeStorage(storage: Storage): StorageStatus {
  if (storage instanceof FallbackStorage) return "unavailable";
  try {
    storage.getItem(PROBE_KEY);
  } catch {
    return "unavailable"; // reading refused: said to the user as this status
  }
  try {
    storage.setItem(PROBE_KEY, "1");
    storage.removeItem(PROBE_KEY);
    return "ok";
  } catch (error) {
    return isQuotaError(error) ? "full" : "unavailable";
  }
}

/** The worse of two statuses: unavailable over full over ok. */
export function worseStatus(a: StorageStatus, b: StorageStatus): StorageStatus {
  const rank: Readonly<Record<StorageStatus, number>> = { ok: 0, full: 1, unavailable: 2 };
  return rank[a] >= rank[b] ? a : b;
}

/**
 * The browser's localStorage whenever it can be read, even when it is full, so that the plan
 * stored there is always the one shown (never hidden behind the example in memory); memory only
 * where the browser refuses it altogether (private modes, blocked site data), which the pane
 * then says (probeStorage gives "unavailable").
 */
export function browserStorage(local: () => Storage | null = () => window.localStorage): Storage {
  try {
    const storage = local();
    if (storage) {
      storage.getItem(PROBE_KEY);
      return storage;
    }
  } catch {
    // Refused: the memory below stands in, and its status says so to the user.
  }
  return new FallbackStorage();
}
