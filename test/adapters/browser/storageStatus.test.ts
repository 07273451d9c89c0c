/**
 * A full or refused localStorage (issue 9, "Hidden plan"): the stored plan is still read and
 * shown, never hidden behind the example in memory, and every load says what the storage takes.
 */
import { createMeasure } from "../../../src/plan/measureEdits";
import { DEFAULT_SETTINGS } from "../../../src/plan/model";
import { referencePlan } from "../../../src/plan/referenceCase";
import { MEASURE_COLUMNS } from "../../../src/store/measureColumns";
import { measureToRow } from "../../../src/store/measureCells";
import { serializePlanDocument } from "../../../src/store/planDocument";
import { WorkbookError } from "../../../src/port/workbookPort";
import { BrowserWorkbook } from "../../../src/adapters/browser/browserWorkbook";
import {
  FallbackStorage,
  MemoryStorage,
  browserStorage,
  isQuotaError,
  probeStorage,
} from "../../../src/adapters/browser/storageStatus";

const quota = () => new DOMException("The quota has been exceeded.", "QuotaExceededError");
const denied = () => new DOMException("The operation is insecure.", "SecurityError");

/** A localStorage holding the user's own plan: one measure, one scenario renamed. */
function storedPlan(refuse: (() => Error) | null): MemoryStorage {
  const storage = new MemoryStorage();
  const ref = referencePlan();
  const own = ref.measures[1]!;
  storage.setItem(
    "ramkoll.plan",
    serializePlanDocument({
      settings: ref.settings,
      scenarios: [{ ...ref.scenarios[0]!, name: "Vårt scenario" }],
    })
  );
  storage.setItem(
    "ramkoll.measures",
    JSON.stringify([MEASURE_COLUMNS(ref.settings), measureToRow(own, ref.settings)])
  );
  storage.setItem("ramkoll.visited", "1");
  if (refuse)
    storage.setItem = () => {
      throw refuse();
    };
  return storage;
}

describe("browserStorage", () => {
  it("keeps a full localStorage, so the plan stored there is the one shown", async () => {
    const local = storedPlan(quota);
    const storage = browserStorage(() => local);
    expect(storage).toBe(local);
    const snapshot = await new BrowserWorkbook(storage, { events: null }).load();
    expect(snapshot.storage).toBe("full");
    expect(snapshot.scenarios.map((s) => s.name)).toEqual(["Vårt scenario"]);
    expect(snapshot.measures.map((m) => m.measure.id)).toEqual([referencePlan().measures[1]!.id]);
  });

  it("keeps a localStorage that can be read but not written, and says it is unavailable", async () => {
    const storage = browserStorage(() => storedPlan(denied));
    const snapshot = await new BrowserWorkbook(storage, { events: null }).load();
    expect(snapshot.storage).toBe("unavailable");
    expect(snapshot.scenarios.map((s) => s.name)).toEqual(["Vårt scenario"]);
  });

  it("falls back to memory only where localStorage is refused altogether, and says so", async () => {
    const storage = browserStorage(() => {
      throw denied();
    });
    expect(storage).toBeInstanceOf(FallbackStorage);
    const snapshot = await new BrowserWorkbook(storage, { events: null }).load();
    expect(snapshot.storage).toBe("unavailable");
    expect(browserStorage(() => null)).toBeInstanceOf(FallbackStorage);
  });
});

describe("the storage status of every load", () => {
  it("is ok for a storage that takes writes", async () => {
    const snapshot = await new BrowserWorkbook(new MemoryStorage(), { events: null }).load();
    expect(snapshot.storage).toBe("ok");
  });

  it("says full after a write refused for lack of room, and ok again after one that fits", async () => {
    const storage = storedPlan(null);
    const port = new BrowserWorkbook(storage, { events: null });
    const setItem = storage.setItem.bind(storage);
    storage.setItem = (key, value) => {
      if (value.length > 5_000) throw quota(); // the probe fits; a long text does not
      setItem(key, value);
    };
    const long = createMeasure("measure", [], DEFAULT_SETTINGS, {
      title: "Lång",
      consequence: "x".repeat(10_000),
    });
    await expect(port.addMeasure(long)).rejects.toBeInstanceOf(WorkbookError);
    expect((await port.load()).storage).toBe("full");
    await port.addMeasure(createMeasure("measure", [], DEFAULT_SETTINGS, { title: "Kort" }));
    expect((await port.load()).storage).toBe("ok");
  });

  it("probes outside the plan's keys and leaves nothing behind", () => {
    const storage = new MemoryStorage();
    expect(probeStorage(storage)).toBe("ok");
    expect(storage.length).toBe(0);
    const events: string[] = [];
    storage.setItem = (key) => void events.push(key);
    probeStorage(storage);
    expect(events.every((k) => !k.startsWith("ramkoll."))).toBe(true);
  });

  it("knows the quota errors of the browsers", () => {
    expect(isQuotaError(quota())).toBe(true);
    expect(isQuotaError(new DOMException("full", "NS_ERROR_DOM_QUOTA_REACHED"))).toBe(true);
    expect(isQuotaError(denied())).toBe(false);
    expect(isQuotaError(new Error("QuotaExceededError"))).toBe(false);
  });
});
