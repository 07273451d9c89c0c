/**
 * A WorkbookPort whose implementation is loaded on its first use (a dynamic import), so the port
 * and what it brings (the core's store schema and zod, about 30 KiB gzip) are not part of the
 * pane's first script. Every port method is asynchronous anyway; only subscribe answers at once
 * and attaches the listener when the implementation has arrived.
 *
 *   lazyPort("excel", () => import("../adapters/office/officeWorkbook").then((m) => new m.OfficeWorkbook()))
 */
import type { WorkbookPort } from "./workbookPort";

export function lazyPort(
  host: WorkbookPort["host"],
  load: () => Promise<WorkbookPort>
): WorkbookPort {
  let loading: Promise<WorkbookPort> | null = null;
  const port = (): Promise<WorkbookPort> => {
    if (loading === null) {
      const attempt = load();
      loading = attempt;
      // A failed download is tried again on the next call.
      attempt.catch(() => {
        if (loading === attempt) loading = null;
      });
    }
    return loading;
  };
  return {
    host,
    load: async () => (await port()).load(),
    createMeasuresTable: async (settings) => (await port()).createMeasuresTable(settings),
    loadReferenceCase: async () => (await port()).loadReferenceCase(),
    addMeasure: async (measure) => (await port()).addMeasure(measure),
    updateMeasure: async (id, patch) => (await port()).updateMeasure(id, patch),
    deleteMeasure: async (id) => (await port()).deleteMeasure(id),
    restoreMeasure: async (row) => (await port()).restoreMeasure(row),
    saveScenarios: async (scenarios, base) => (await port()).saveScenarios(scenarios, base),
    saveSettings: async (settings, base) => (await port()).saveSettings(settings, base),
    createCommitteeTable: async (table) => (await port()).createCommitteeTable(table),
    subscribe(listener) {
      let unsubscribe: (() => void) | null = null;
      let cancelled = false;
      port().then(
        (p) => {
          if (!cancelled) unsubscribe = p.subscribe(listener);
        },
        () => undefined // load() reports the failure
      );
      return () => {
        cancelled = true;
        unsubscribe?.();
      };
    },
  };
}
