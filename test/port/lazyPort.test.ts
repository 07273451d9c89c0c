import { DEFAULT_SETTINGS } from "../../src/plan/model";
import type { WorkbookPort } from "../../src/port/workbookPort";
import { BrowserWorkbook, MemoryStorage } from "../../src/adapters/browser/browserWorkbook";
import { lazyPort } from "../../src/port/lazyPort";

describe("lazyPort", () => {
  it("loads the implementation once, on first use, and delegates to it", async () => {
    const real = new BrowserWorkbook(new MemoryStorage(), { events: null });
    const load = jest.fn(async () => real as WorkbookPort);
    const port = lazyPort("excel", load);
    expect(port.host).toBe("excel");
    expect(load).not.toHaveBeenCalled();
    const snapshot = await port.load();
    expect(snapshot.measures).toHaveLength(9);
    await port.deleteMeasure("ref-atgard-1");
    await port.saveSettings(DEFAULT_SETTINGS, {
      revision: snapshot.revision,
      settings: snapshot.settings,
      scenarios: snapshot.scenarios,
    });
    expect((await port.load()).measures).toHaveLength(8);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("tries again after a failed download", async () => {
    const real = new BrowserWorkbook(new MemoryStorage(), { events: null });
    const load = jest
      .fn<Promise<WorkbookPort>, []>()
      .mockRejectedValueOnce(new Error("offline"))
      .mockResolvedValue(real);
    const port = lazyPort("browser", load);
    await expect(port.load()).rejects.toThrow("offline");
    await expect(port.load()).resolves.toMatchObject({ hasMeasuresTable: true });
    expect(load).toHaveBeenCalledTimes(2);
  });

  it("attaches a listener when the implementation arrives, and detaches it", async () => {
    const listeners = new Set<() => void>();
    const real = {
      subscribe: (l: () => void) => {
        listeners.add(l);
        return () => listeners.delete(l);
      },
    } as unknown as WorkbookPort;
    const port = lazyPort("excel", async () => real);
    const listener = jest.fn();
    const unsubscribe = port.subscribe(listener);
    await Promise.resolve();
    await Promise.resolve();
    expect(listeners.size).toBe(1);
    listeners.forEach((l) => l());
    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();
    expect(listeners.size).toBe(0);

    // Unsubscribed before the implementation arrived: never attached.
    const early = lazyPort("excel", async () => real);
    early.subscribe(listener)();
    await Promise.resolve();
    await Promise.resolve();
    expect(listeners.size).toBe(0);
  });
});
