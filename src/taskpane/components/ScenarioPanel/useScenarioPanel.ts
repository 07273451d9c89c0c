/**
 * The scenario panel's state. The balance is computed with balanceOf over an index of the
 * measures built once per snapshot, and memoised on the scenario being shown, so a click on a
 * switch or a typed amount recomputes only the sums (fast with thousands of measures).
 * What an edit does to the plan is decided in plan/scenarioEdits.ts; this hook keeps the React
 * state (what is being typed, which dialog is open) and hands the result to `onSave`.
 */
import { useCallback, useMemo, useRef, useState } from "react";
import type { Decimal } from "../../../budget/money";
import { planYears } from "../../../plan/model";
import type { Scenario } from "../../../plan/model";
import { balanceOf, indexMeasures } from "../../../plan/balance";
import { ofKindInOrder, referableMeasures } from "../../../plan/measureEdits";
import {
  chosenScenario,
  copyScenario,
  newScenario,
  renameScenario,
  replaceScenario,
  scenarioName,
  withoutScenario,
  withScenarioAt,
  withYearValue,
  yearValue,
} from "../../../plan/scenarioEdits";
import { withInclusion } from "../../../plan/inclusion";
import { textLengthMessage } from "../../inputMessages";
import { useLocale } from "../../locale";
import type { ScenarioPanelProps, ScenarioPanelState, YearField } from "./ScenarioPanel.types";
import { useShownItemAmounts } from "./useShownItemAmounts";

type Dialog = ScenarioPanelState["dialog"];

/** One amount being typed into the scenario panel, not yet saved. */
interface TypedAmount {
  readonly year: number;
  readonly field: YearField;
  readonly value: Decimal;
}

/** The amounts being typed into one scenario. */
interface TypedAmounts {
  readonly scenarioId: string;
  readonly amounts: readonly TypedAmount[];
}

function withTyped(saved: Scenario, typed: TypedAmounts): Scenario {
  return typed.amounts.reduce((s, a) => withYearValue(s, a.year, a.field, a.value), saved);
}

function withTypedAmount(
  prev: TypedAmounts | null,
  scenarioId: string,
  amount: TypedAmount
): TypedAmounts {
  const others = prev?.scenarioId === scenarioId ? prev.amounts : [];
  const kept = others.filter((a) => a.year !== amount.year || a.field !== amount.field);
  return { scenarioId, amounts: [...kept, amount] };
}

/** The scenario shown (with the amounts being typed) and what is computed from it. */
function useShownScenario(props: ScenarioPanelProps) {
  const { snapshot, selectedId } = props;
  const { settings, scenarios } = snapshot;
  const years = useMemo(() => planYears(settings), [settings]);
  const saved = chosenScenario(scenarios, selectedId);

  // Amounts typed but not yet saved (the balance follows them at once). Only the typed amounts
  // are kept, laid over the scenario as saved now: a change saved meanwhile (another tab's switch)
  // shows at once, and the commit is made on it, never on a copy of the scenario from before.
  const [typed, setTyped] = useState<TypedAmounts | null>(null);
  const shown = useMemo(
    () => (saved !== null && typed?.scenarioId === saved.id ? withTyped(saved, typed) : saved),
    [saved, typed]
  );
  const setDraft = useCallback(
    (amount: TypedAmount | null) => {
      if (amount === null || saved === null) return setTyped(null);
      setTyped((prev) => withTypedAmount(prev, saved.id, amount));
    },
    [saved]
  );

  const all = useMemo(
    () => referableMeasures(snapshot.measures.map((m) => m.measure)),
    [snapshot.measures]
  );
  const index = useMemo(() => indexMeasures(all), [all]);
  const measures = useMemo(() => ofKindInOrder(all, "measure"), [all]);
  const proposals = useMemo(() => ofKindInOrder(all, "proposal"), [all]);
  const balance = useMemo(
    () => (shown ? balanceOf(shown, index, settings) : null),
    [shown, index, settings]
  );
  const included = useMemo(() => new Set(shown?.included ?? []), [shown]);
  const shownAmounts = useShownItemAmounts(shown?.included, index, years);
  return {
    settings,
    scenarios,
    years,
    saved,
    shown,
    setDraft,
    measures,
    proposals,
    balance,
    included,
    shownAmounts,
  };
}

type Shown = ReturnType<typeof useShownScenario>;

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

/** The amounts typed per year: what the inputs show, the preview while typing, their validity. */
function useYearInputs(view: Shown, replace: (next: Scenario) => void) {
  const { saved, shown, setDraft } = view;
  const [invalid, setInvalid] = useState<ReadonlyMap<string, string>>(new Map());

  const savedValue = (year: number, field: YearField): Decimal => yearValue(saved, year, field);
  const preview = (year: number, field: YearField, value: Decimal) => {
    setDraft({ year, field, value });
  };
  const commit = (year: number, field: YearField, value: Decimal) => {
    if (shown) replace(withYearValue(shown, year, field, value));
  };

  const setValidity = useCallback((key: string, message: string | null) => {
    setInvalid((m) => {
      if ((m.get(key) ?? null) === message) return m;
      const next = new Map(m);
      if (message === null) next.delete(key);
      else next.set(key, message);
      return next;
    });
  }, []);
  const invalidMessages = useMemo(() => [...new Set(invalid.values())], [invalid]);
  return { invalidInputs: invalid.size, invalidMessages, savedValue, preview, commit, setValidity };
}

/** Creating a scenario, and the rename and delete dialogs. */
function useScenarioDialogs(
  props: ScenarioPanelProps,
  view: Shown,
  replace: (s: Scenario) => void
) {
  const { onSelect, onSave } = props;
  const { t, lang } = useLocale();
  const { scenarios, settings, saved, shown, setDraft } = view;
  const [dialog, setDialog] = useState<Dialog>(null);
  const [renameText, setRenameText] = useState("");
  const [renameTried, setRenameTried] = useState(false);

  const add = (scenario: Scenario) => {
    setDraft(null);
    void onSave([...scenarios, scenario]);
    onSelect(scenario.id);
  };
  const create = () => add(newScenario(scenarios, shown, settings, t.scenario.defaultName));
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
  const inputs = useYearInputs(view, replace);
  const dialogs = useScenarioDialogs(props, view, replace);
  const { settings, scenarios, saved, balance, years, measures, proposals, included } = view;
  const { shownAmounts } = view;
  return {
    props,
    settings,
    scenarios,
    saved,
    balance,
    years,
    measures,
    proposals,
    included,
    shownAmounts,
    ...inputs,
    toggle,
    ...dialogs,
  };
}
