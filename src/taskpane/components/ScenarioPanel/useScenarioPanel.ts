/**
 * The scenario panel's state: the scenario shown (useShownScenario.ts), the edits of its lines
 * (useScenarioLines.ts), the switches, and creating, copying, renaming and deleting scenarios.
 * What an edit does to the plan is decided in plan/scenarioEdits.ts; this hook keeps the React
 * state (which dialog is open) and hands the result to `onSave`.
 */
import { useCallback, useRef, useState } from "react";
import type { Scenario } from "../../../plan/model";
import {
  copyScenario,
  newScenario,
  renameScenario,
  replaceScenario,
  scenarioName,
  withoutScenario,
  withScenarioAt,
} from "../../../plan/scenarioEdits";
import { withInclusion } from "../../../plan/inclusion";
import { textLengthMessage } from "../../inputMessages";
import { useLocale } from "../../locale";
import type { ScenarioPanelProps, ScenarioPanelState } from "./ScenarioPanel.types";
import { useScenarioLines } from "./useScenarioLines";
import { useShownScenario, type Shown } from "./useShownScenario";

type Dialog = ScenarioPanelState["dialog"];

/** Saving a changed scenario, and the edits that stay the same between renders (memoised rows). */
function useScenarioSaving(props: ScenarioPanelProps, view: Shown) {
  const { shown, scenarios, setDraft } = view;
  // The latest values for callbacks that must stay the same between renders.
  const latest = useRef({ shown, scenarios, onSave: props.onSave });
  latest.current = { shown, scenarios, onSave: props.onSave };

  const replace = useCallback(
    (next: Scenario) => {
      const { scenarios: list, onSave: save } = latest.current;
      setDraft(null);
      void save(replaceScenario(list, next));
    },
    [setDraft]
  );

  const toggle = useCallback(
    (id: string, on: boolean) => {
      const current = latest.current.shown;
      if (!current) return;
      const next = withInclusion(current, id, on);
      if (next !== current) replace(next);
    },
    [replace]
  );
  return { replace, toggle };
}

/** Creating a scenario, and the rename and delete dialogs. */
function useScenarioDialogs(
  props: ScenarioPanelProps,
  view: Shown,
  replace: (s: Scenario) => void
) {
  const { onSelect, onSave } = props;
  const { t, lang } = useLocale();
  const { scenarios, saved, shown, setDraft } = view;
  const [dialog, setDialog] = useState<Dialog>(null);
  const [renameText, setRenameText] = useState("");
  const [renameTried, setRenameTried] = useState(false);

  const add = (scenario: Scenario) => {
    setDraft(null);
    void onSave([...scenarios, scenario]);
    onSelect(scenario.id);
  };
  const create = () => add(newScenario(scenarios, shown, t.scenario.defaultName));
  // The copy is of what is shown: amounts being typed go into it, not into the original.
  const copy = () => {
    if (shown) add(copyScenario(scenarios, shown, t.scenario.copyName));
  };

  const openDialog = (next: Dialog) => {
    if (next === "rename") {
      setRenameText(saved?.name ?? "");
      setRenameTried(false);
    }
    setDialog(next);
  };

  // A name longer than one Excel cell holds is refused with its count, never cut.
  const tooLong = textLengthMessage(renameText, t.scenario.name, t, lang);
  const nameProblem = scenarioName(renameText) === null ? t.scenario.nameRequired : tooLong;
  const renameError = renameTried ? (nameProblem ?? undefined) : undefined;

  const rename = () => {
    setRenameTried(true);
    if (nameProblem !== null) return;
    const next = shown && renameScenario(shown, renameText);
    if (!next) return;
    replace(next);
    setDialog(null);
  };

  const removal = useScenarioRemoval(props, view, () => setDialog(null));
  return {
    create,
    copy,
    dialog,
    openDialog,
    renameText,
    setRenameText,
    renameError,
    rename,
    ...removal,
  };
}

/** Deleting the chosen scenario, and undoing that: it comes back whole, at its place. */
function useScenarioRemoval(props: ScenarioPanelProps, view: Shown, closeDialog: () => void) {
  const { onSelect, onSave } = props;
  const { scenarios, saved, setDraft } = view;
  const [removed, setRemoved] = useState<{ scenario: Scenario; index: number } | null>(null);

  const remove = () => {
    if (!saved) return;
    const rest = withoutScenario(scenarios, saved.id);
    setRemoved({ scenario: saved, index: scenarios.findIndex((s) => s.id === saved.id) });
    setDraft(null);
    closeDialog();
    void onSave(rest);
    onSelect(rest[0]?.id ?? null);
  };
  const undoRemove = () => {
    if (!removed) return;
    setRemoved(null);
    void onSave(withScenarioAt(scenarios, removed.scenario, removed.index));
    onSelect(removed.scenario.id);
  };
  const dismissRemoved = () => setRemoved(null);
  return { remove, removed: removed?.scenario ?? null, undoRemove, dismissRemoved };
}

export function useScenarioPanel(props: ScenarioPanelProps): ScenarioPanelState {
  const view = useShownScenario(props);
  const { replace, toggle } = useScenarioSaving(props, view);
  const lines = useScenarioLines(view, replace);
  const dialogs = useScenarioDialogs(props, view, replace);
  const { settings, scenarios, saved, shown, balance, years, measures, proposals, included } = view;
  const { shownAmounts, index } = view;
  return {
    ...{ props, settings, scenarios, saved, shown, balance, years, index },
    ...{ measures, proposals, included, shownAmounts },
    ...lines,
    toggle,
    ...dialogs,
  };
}
