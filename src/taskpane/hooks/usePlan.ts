/**
 * The pane's one connection to the workbook: loads the plan through the port, runs every change
 * through it and reads the plan again afterwards, so what the pane shows is what is stored.
 * Failures become an error the pane shows (what was and was not done); a deletion can be undone.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { duplicateMeasure as copyOf } from "../../plan/model";
import type { Measure, PlanSettings, Scenario } from "../../plan/model";
import type {
  MeasurePatch,
  PlanSnapshot,
  StoredMeasure,
  WorkbookPort,
} from "../../port/workbookPort";
import { canReset } from "../../adapters/browser/browserWorkbook";
import type { PaneAction } from "../../i18n/texts";

export interface PaneError {
  /** What the pane was doing; the message says what was not done. */
  readonly action: PaneAction;
  /** A WorkbookError (its message says what was and was not done) or anything else thrown. */
  readonly error: unknown;
}

/** The last deleted measure, kept so the deletion can be undone. */
export interface DeletedMeasure {
  readonly measure: Measure;
  /** The scenarios that included it; undo includes it there again. */
  readonly scenarioIds: readonly string[];
}

export interface PlanState {
  /** Null until the first load has finished. */
  readonly snapshot: PlanSnapshot | null;
  /** True while a change is being written. */
  readonly busy: boolean;
  readonly error: PaneError | null;
  readonly deleted: DeletedMeasure | null;
}

export interface PlanActions {
  reload(): Promise<void>;
  createTable(settings: PlanSettings): Promise<PaneError | null>;
  loadExample(): Promise<PaneError | null>;
  /** Only where the port can empty the plan (the browser). */
  readonly resetToEmpty: (() => Promise<PaneError | null>) | undefined;
  /** Adds the measure and, when `includeIn` names a scenario, includes it there. */
  addMeasure(measure: Measure, includeIn?: string | null): Promise<PaneError | null>;
  updateMeasure(id: string, patch: MeasurePatch): Promise<PaneError | null>;
  duplicateMeasure(id: string): Promise<PaneError | null>;
  /** Deletes the measure and takes it out of the scenarios that included it; undoable. */
  deleteMeasure(id: string): Promise<PaneError | null>;
  undoDelete(): Promise<PaneError | null>;
  /** Shows the scenarios at once (before the write finishes), then saves them. */
  saveScenarios(scenarios: readonly Scenario[]): Promise<PaneError | null>;
  dismissError(): void;
  dismissUndo(): void;
}

export interface UsePlan {
  readonly state: PlanState;
  readonly actions: PlanActions;
}

type Work = (step: (action: PaneAction) => void) => Promise<void>;

export function usePlan(port: WorkbookPort): UsePlan {
  const [snapshot, setSnapshot] = useState<PlanSnapshot | null>(null);
  const [busyCount, setBusyCount] = useState(0);
  const [error, setError] = useState<PaneError | null>(null);
  const [deleted, setDeleted] = useState<DeletedMeasure | null>(null);
  // The newest snapshot for actions, and a counter that lets only the newest load win.
  const snapshotRef = useRef<PlanSnapshot | null>(null);
  const deletedRef = useRef<DeletedMeasure | null>(null);
  const loadSeq = useRef(0);

  const show = useCallback((next: PlanSnapshot) => {
    snapshotRef.current = next;
    setSnapshot(next);
  }, []);

  const reload = useCallback(async () => {
    const mine = ++loadSeq.current;
    try {
      const next = await port.load();
      if (mine === loadSeq.current) show(next);
    } catch (e) {
      if (mine === loadSeq.current) setError({ action: "load", error: e });
    }
  }, [port, show]);

  useEffect(() => {
    void reload();
    return port.subscribe(() => void reload());
  }, [port, reload]);

  const run = useCallback(
    async (first: PaneAction, work: Work): Promise<PaneError | null> => {
      let action = first;
      let failure: PaneError | null = null;
      setBusyCount((n) => n + 1);
      try {
        await work((next) => {
          action = next;
        });
      } catch (e) {
        failure = { action, error: e };
        setError(failure);
      }
      await reload();
      setBusyCount((n) => n - 1);
      return failure;
    },
    [reload]
  );

  const setDeletedBoth = useCallback((value: DeletedMeasure | null) => {
    deletedRef.current = value;
    setDeleted(value);
  }, []);

  const actions = useMemo<PlanActions>(() => {
    const find = (id: string): StoredMeasure | undefined =>
      snapshotRef.current?.measures.find((m) => m.measure.id === id);
    const saveScenariosNow = async (scenarios: readonly Scenario[]) =>
      port.saveScenarios(scenarios);
    return {
      reload,
      createTable: (settings) => run("createTable", () => port.createMeasuresTable(settings)),
      loadExample: () => run("loadExample", () => port.loadReferenceCase()),
      resetToEmpty: canReset(port)
        ? () =>
            run("reset", async () => {
              await port.resetToEmpty();
              setDeletedBoth(null);
            })
        : undefined,
      addMeasure: (measure, includeIn) =>
        run("add", async (step) => {
          await port.addMeasure(measure);
          const scenarios = snapshotRef.current?.scenarios ?? [];
          if (includeIn && scenarios.some((s) => s.id === includeIn)) {
            step("scenarios");
            await saveScenariosNow(
              scenarios.map((s) =>
                s.id === includeIn ? { ...s, included: [...s.included, measure.id] } : s
              )
            );
          }
        }),
      updateMeasure: (id, patch) => run("update", () => port.updateMeasure(id, patch)),
      duplicateMeasure: (id) =>
        run("duplicate", async () => {
          const source = find(id);
          if (!source) return;
          const all = snapshotRef.current?.measures.map((m) => m.measure) ?? [];
          await port.addMeasure(copyOf(source.measure, all));
        }),
      deleteMeasure: (id) =>
        run("delete", async (step) => {
          const stored = find(id);
          const scenarios = snapshotRef.current?.scenarios ?? [];
          if (!stored) return;
          const scenarioIds = scenarios.filter((s) => s.included.includes(id)).map((s) => s.id);
          await port.deleteMeasure(id);
          setDeletedBoth({ measure: stored.measure, scenarioIds });
          if (scenarioIds.length > 0) {
            step("scenarios");
            await saveScenariosNow(
              scenarios.map((s) => ({ ...s, included: s.included.filter((x) => x !== id) }))
            );
          }
        }),
      undoDelete: () =>
        run("undo", async (step) => {
          const entry = deletedRef.current;
          if (!entry) return;
          await port.addMeasure(entry.measure);
          setDeletedBoth(null);
          const id = entry.measure.id;
          const scenarios = snapshotRef.current?.scenarios ?? [];
          if (
            entry.scenarioIds.some((sid) =>
              scenarios.some((s) => s.id === sid && !s.included.includes(id))
            )
          ) {
            step("scenarios");
            await saveScenariosNow(
              scenarios.map((s) =>
                entry.scenarioIds.includes(s.id) && !s.included.includes(id)
                  ? { ...s, included: [...s.included, id] }
                  : s
              )
            );
          }
        }),
      saveScenarios: (scenarios) => {
        const current = snapshotRef.current;
        if (current) {
          loadSeq.current++; // a load already under way must not bring back the old scenarios
          show({ ...current, scenarios });
        }
        return run("scenarios", () => saveScenariosNow(scenarios));
      },
      dismissError: () => setError(null),
      dismissUndo: () => setDeletedBoth(null),
    };
  }, [port, reload, run, show, setDeletedBoth]);

  return { state: { snapshot, busy: busyCount > 0, error, deleted }, actions };
}
