/**
 * The pane's one connection to the workbook: loads the plan through the port, runs every change
 * through it and reads the plan again afterwards, so what the pane shows is what is stored.
 * Failures become an error the pane shows (what was and was not done); a deletion can be undone.
 * What a change does to the plan (which scenarios include what) is decided in plan/; this hook
 * keeps the React state and the order of the port calls.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { MutableRefObject } from "react";
import { duplicateMeasure as copyOf } from "../../plan/measureEdits";
import type { Measure, PlanSettings, Scenario } from "../../plan/model";
import {
  excludeEverywhere,
  hasPlaces,
  includeInScenarios,
  placesOf,
  restorePlaces,
  type MeasurePlaces,
} from "../../plan/inclusion";
import { DEFAULT_SETTINGS } from "../../plan/model";
import { areaRenamePatches } from "../../plan/settingsEdits";
import type { AreaRename } from "../../plan/settingsEdits";
import type {
  DeletedRow,
  DocumentBase,
  MeasurePatch,
  PlanSnapshot,
  StoredMeasure,
  WorkbookPort,
} from "../../port/workbookPort";
import { canExport, canReset, listedRows } from "../../port/workbookPort";
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
  readonly places: MeasurePlaces;
  /** The row as the port deleted it; undo hands it back to restoreMeasure, to put it back whole. */
  readonly row: DeletedRow;
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
  /**
   * Only where the port can save the plan as a file (the browser): resolves with the file's name.
   * It changes nothing stored, so it runs beside the pane's changes and the caller shows its result.
   */
  readonly exportPlan: (() => Promise<{ readonly fileName: string }>) | undefined;
  /** Adds the measure and, when `includeIn` names a scenario, includes it there. */
  addMeasure(measure: Measure, includeIn?: string | null): Promise<PaneError | null>;
  updateMeasure(id: string, patch: MeasurePatch): Promise<PaneError | null>;
  duplicateMeasure(id: string): Promise<PaneError | null>;
  /** Deletes the measure and takes it out of the scenarios that included it; undoable. */
  deleteMeasure(id: string): Promise<PaneError | null>;
  undoDelete(): Promise<PaneError | null>;
  /** Shows the scenarios at once (before the write finishes), then saves them. */
  saveScenarios(scenarios: readonly Scenario[]): Promise<PaneError | null>;
  /**
   * Saves the settings, based on the plan as the pane shows it; then gives every measure of a
   * renamed area its new name (step "areaRename"). A refused save renames nothing.
   */
  saveSettings(settings: PlanSettings, renames: readonly AreaRename[]): Promise<PaneError | null>;
  dismissError(): void;
  dismissUndo(): void;
}

export interface UsePlan {
  readonly state: PlanState;
  readonly actions: PlanActions;
}

/**
 * What a save of the plan document is based on: the document as the pane shows it, its own
 * pending changes included, so that the port merges only this change into what is stored.
 */
function baseOf(snapshot: PlanSnapshot | null): DocumentBase {
  return {
    revision: snapshot?.revision ?? 0,
    settings: snapshot?.settings ?? DEFAULT_SETTINGS,
    scenarios: snapshot?.scenarios ?? [],
  };
}

type Work = (step: (action: PaneAction) => void) => Promise<void>;
type Run = (first: PaneAction, work: Work) => Promise<PaneError | null>;
type SetError = (error: PaneError | null) => void;

/** The snapshot as loaded, reloaded on every outside change; only the newest load is shown. */
function useLoadedPlan(port: WorkbookPort, setError: SetError) {
  const [snapshot, setSnapshot] = useState<PlanSnapshot | null>(null);
  // The newest snapshot for actions, and a counter that lets only the newest load win.
  const snapshotRef = useRef<PlanSnapshot | null>(null);
  const loadSeq = useRef(0);
  // Saves of the plan document under way: a load that arrives meanwhile keeps their scenarios.
  const pendingSaves = useRef(0);

  const show = useCallback((next: PlanSnapshot) => {
    snapshotRef.current = next;
    setSnapshot(next);
  }, []);

  const reload = useCallback(async () => {
    const mine = ++loadSeq.current;
    try {
      const next = await port.load();
      if (mine !== loadSeq.current) return;
      // The store may not hold the pending saves yet: showing its scenarios would bring back the
      // older list, and the next click would be made on it. The last save's reload shows all.
      const current = snapshotRef.current;
      show(pendingSaves.current > 0 && current ? { ...next, scenarios: current.scenarios } : next);
    } catch (e) {
      if (mine === loadSeq.current) setError({ action: "load", error: e });
    }
  }, [port, show, setError]);

  useEffect(() => {
    void reload();
    return port.subscribe(() => void reload());
  }, [port, reload]);

  /** Shows the scenarios before they are saved. */
  const showScenarios = useCallback(
    (scenarios: readonly Scenario[]) => {
      const current = snapshotRef.current;
      if (!current) return;
      loadSeq.current++; // a load already under way must not bring back the old scenarios
      show({ ...current, scenarios });
    },
    [show]
  );
  /** Runs a save of the plan document, counted as pending while it runs. */
  const pending = useCallback(async (save: () => Promise<void>) => {
    pendingSaves.current++;
    try {
      await save();
    } finally {
      pendingSaves.current--;
    }
  }, []);
  return { snapshot, snapshotRef, reload, showScenarios, pending };
}

/** Runs a change: busy while it runs, its failure shown, the plan reloaded afterwards. */
function useRun(reload: () => Promise<void>, setError: SetError): { busy: boolean; run: Run } {
  const [busyCount, setBusyCount] = useState(0);
  const run = useCallback<Run>(
    async (first, work) => {
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
    [reload, setError]
  );
  return { busy: busyCount > 0, run };
}

/** The last deleted measure, as state for the pane and as a ref for the undo action. */
function useDeletedMeasure() {
  const [deleted, setDeleted] = useState<DeletedMeasure | null>(null);
  const deletedRef = useRef<DeletedMeasure | null>(null);
  const setDeletedBoth = useCallback((value: DeletedMeasure | null) => {
    deletedRef.current = value;
    setDeleted(value);
  }, []);
  return { deleted, deletedRef, setDeleted: setDeletedBoth };
}

interface ActionContext {
  readonly port: WorkbookPort;
  readonly pending: (save: () => Promise<void>) => Promise<void>;
  readonly run: Run;
  readonly snapshotRef: MutableRefObject<PlanSnapshot | null>;
  readonly deletedRef: MutableRefObject<DeletedMeasure | null>;
  readonly setDeleted: (value: DeletedMeasure | null) => void;
}

type MeasureActions = Pick<
  PlanActions,
  "addMeasure" | "updateMeasure" | "duplicateMeasure" | "deleteMeasure" | "undoDelete"
>;

/** The changes to measures; a change that touches scenarios saves them as a second step. */
function measureActions(ctx: ActionContext): MeasureActions {
  const { port, run, snapshotRef, deletedRef, setDeleted, pending } = ctx;
  const scenarios = () => snapshotRef.current?.scenarios ?? [];
  const find = (id: string): StoredMeasure | undefined =>
    snapshotRef.current?.measures.find((m) => m.measure.id === id);
  /**
   * Saves what `change` makes of the scenarios as the pane has them now, when it gives any, as
   * the step "scenarios"; based on those same scenarios, so nothing saved since is undone.
   */
  const saveChanged = async (
    change: (current: readonly Scenario[]) => readonly Scenario[] | null,
    step: (a: PaneAction) => void
  ) => {
    const base = baseOf(snapshotRef.current);
    const next = change(base.scenarios);
    if (!next) return;
    step("scenarios");
    await pending(() => port.saveScenarios(next, base));
  };
  return {
    addMeasure: (measure, includeIn) =>
      run("add", async (step) => {
        await port.addMeasure(measure);
        if (includeIn)
          await saveChanged((now) => includeInScenarios(now, [includeIn], measure.id), step);
      }),
    updateMeasure: (id, patch) => run("update", () => port.updateMeasure(id, patch)),
    duplicateMeasure: (id) =>
      run("duplicate", async () => {
        const source = find(id);
        if (!source) return;
        // Every row of the table, read-only ones too, so the copy's Nr and id are new to the sheet.
        const current = snapshotRef.current;
        const all = current ? listedRows(current).map((m) => m.measure) : [];
        await port.addMeasure(copyOf(source.measure, all));
      }),
    deleteMeasure: (id) =>
      run("delete", async (step) => {
        const stored = find(id);
        const before = scenarios();
        if (!stored) return;
        const places = placesOf(before, id);
        const row = await port.deleteMeasure(id);
        setDeleted({ measure: stored.measure, places, row });
        await saveChanged((now) => (hasPlaces(places) ? excludeEverywhere(now, id) : null), step);
      }),
    undoDelete: () =>
      run("undo", async (step) => {
        const entry = deletedRef.current;
        if (!entry) return;
        await port.restoreMeasure(entry.row);
        setDeleted(null);
        const id = entry.measure.id;
        await saveChanged((now) => restorePlaces(now, entry.places, id), step);
      }),
  };
}

export function usePlan(port: WorkbookPort): UsePlan {
  const [error, setError] = useState<PaneError | null>(null);
  const { snapshot, snapshotRef, reload, showScenarios, pending } = useLoadedPlan(port, setError);
  const { busy, run } = useRun(reload, setError);
  const { deleted, deletedRef, setDeleted } = useDeletedMeasure();

  const actions = useMemo<PlanActions>(
    () => ({
      reload,
      createTable: (settings) => run("createTable", () => port.createMeasuresTable(settings)),
      loadExample: () => run("loadExample", () => port.loadReferenceCase()),
      resetToEmpty: canReset(port)
        ? () =>
            run("reset", async () => {
              await port.resetToEmpty();
              setDeleted(null);
            })
        : undefined,
      exportPlan: canExport(port) ? () => port.exportPlan() : undefined,
      ...measureActions({ port, run, snapshotRef, deletedRef, setDeleted, pending }),
      saveScenarios: (scenarios) => {
        const base = baseOf(snapshotRef.current);
        showScenarios(scenarios);
        return run("scenarios", () => pending(() => port.saveScenarios(scenarios, base)));
      },
      saveSettings: (settings, renames) =>
        run("settings", async (step) => {
          await pending(() => port.saveSettings(settings, baseOf(snapshotRef.current)));
          // The measures as read before the save: a row the port could not read is not written.
          const writable = (snapshotRef.current?.measures ?? []).filter((m) => m.writable);
          const patches = areaRenamePatches(
            writable.map((m) => m.measure),
            renames
          );
          if (patches.length > 0) step("areaRename");
          for (const p of patches) await port.updateMeasure(p.id, { area: p.area });
        }),
      dismissError: () => setError(null),
      dismissUndo: () => setDeleted(null),
    }),
    [port, reload, run, showScenarios, setDeleted, snapshotRef, deletedRef, pending]
  );

  return { state: { snapshot, busy, error, deleted }, actions };
}
