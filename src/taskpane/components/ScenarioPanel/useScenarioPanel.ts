/**
 * The scenario panel's state. The balance is computed with balanceOf over an index of the
 * measures built once per snapshot, and memoised on the scenario being shown, so a click on a
 * switch or a typed amount recomputes only the sums (fast with thousands of measures).
 */
import { useCallback, useMemo, useRef, useState } from "react";
import { ZERO } from "../../../budget/money";
import type { Decimal } from "../../../budget/money";
import { newMeasureId, planYears } from "../../../plan/model";
import type { Measure, Scenario, ScenarioYear } from "../../../plan/model";
import { balanceOf, indexMeasures } from "../../../plan/balance";
import { useLocale } from "../../locale";
import type { ScenarioPanelProps, ScenarioPanelState, YearField } from "./ScenarioPanel.types";

/** The scenario with one amount of one year replaced (the year added when missing). */
export function withYearValue(
  scenario: Scenario,
  year: number,
  field: YearField,
  value: Decimal
): Scenario {
  const found = scenario.years.some((y) => y.year === year);
  const blank: ScenarioYear = {
    year,
    frame: ZERO,
    needs: ZERO,
    requestedIncrease: ZERO,
    increaseCost: ZERO,
  };
  const years = found
    ? scenario.years.map((y) => (y.year === year ? { ...y, [field]: value } : y))
    : [...scenario.years, { ...blank, [field]: value }].sort((a, b) => a.year - b.year);
  return { ...scenario, years };
}

const byNr = (a: Measure, b: Measure) => a.nr - b.nr;

export function useScenarioPanel(props: ScenarioPanelProps): ScenarioPanelState {
  const { snapshot, selectedId, onSelect, onSave } = props;
  const { t } = useLocale();
  const { settings, scenarios } = snapshot;
  const years = useMemo(() => planYears(settings), [settings]);
  const saved = scenarios.find((s) => s.id === selectedId) ?? scenarios[0] ?? null;

  // Amounts typed but not yet saved (the balance follows them at once).
  const [draft, setDraft] = useState<Scenario | null>(null);
  const shown = draft !== null && saved !== null && draft.id === saved.id ? draft : saved;

  const all = useMemo(
    () => snapshot.measures.map((m) => m.measure).filter((m) => m.id !== ""),
    [snapshot.measures]
  );
  const index = useMemo(() => indexMeasures(all), [all]);
  const measures = useMemo(() => all.filter((m) => m.kind === "measure").sort(byNr), [all]);
  const proposals = useMemo(() => all.filter((m) => m.kind === "proposal").sort(byNr), [all]);
  const balance = useMemo(
    () => (shown ? balanceOf(shown, index, settings) : null),
    [shown, index, settings]
  );
  const included = useMemo(() => new Set(shown?.included ?? []), [shown]);

  const [invalid, setInvalid] = useState<ReadonlyMap<string, string>>(new Map());
  const [dialog, setDialog] = useState<"rename" | "delete" | null>(null);
  const [renameText, setRenameText] = useState("");
  const [renameTried, setRenameTried] = useState(false);

  // The latest values for callbacks that must stay the same between renders (memoised rows).
  const latest = useRef({ shown, scenarios, onSave });
  latest.current = { shown, scenarios, onSave };

  const replace = useCallback((next: Scenario) => {
    const { scenarios: list, onSave: save } = latest.current;
    setDraft(null);
    void save(list.map((s) => (s.id === next.id ? next : s)));
  }, []);

  const toggle = useCallback(
    (id: string, on: boolean) => {
      const current = latest.current.shown;
      if (!current) return;
      const has = current.included.includes(id);
      if (on === has) return;
      replace({
        ...current,
        included: on ? [...current.included, id] : current.included.filter((x) => x !== id),
      });
    },
    [replace]
  );

  const savedValue = (year: number, field: YearField): Decimal =>
    saved?.years.find((y) => y.year === year)?.[field] ?? ZERO;

  const preview = (year: number, field: YearField, value: Decimal) => {
    if (shown) setDraft(withYearValue(shown, year, field, value));
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

  const create = () => {
    const ids = scenarios.map((s) => s.id);
    const id = newMeasureId(ids).replace(/^m-/, "s-");
    const names = new Set(scenarios.map((s) => s.name));
    let n = scenarios.length + 1;
    while (names.has(t.scenario.defaultName(n))) n++;
    const source = shown;
    const scenario: Scenario = {
      id,
      name: t.scenario.defaultName(n),
      // The frame and needs usually stay; what changes between scenarios is the selection.
      years: source
        ? source.years.map((y) => ({ ...y }))
        : years.map((year) => ({
            year,
            frame: ZERO,
            needs: ZERO,
            requestedIncrease: ZERO,
            increaseCost: ZERO,
          })),
      included: [],
    };
    setDraft(null);
    void onSave([...scenarios, scenario]);
    onSelect(id);
  };

  const openDialog = (next: "rename" | "delete" | null) => {
    if (next === "rename") {
      setRenameText(saved?.name ?? "");
      setRenameTried(false);
    }
    setDialog(next);
  };

  const renameError = renameTried && renameText.trim() === "" ? t.scenario.nameRequired : undefined;

  const rename = () => {
    setRenameTried(true);
    if (!shown || renameText.trim() === "") return;
    replace({ ...shown, name: renameText.trim() });
    setDialog(null);
  };

  const remove = () => {
    if (!saved) return;
    const rest = scenarios.filter((s) => s.id !== saved.id);
    setDraft(null);
    setDialog(null);
    void onSave(rest);
    onSelect(rest[0]?.id ?? null);
  };

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
    invalidInputs: invalid.size,
    savedValue,
    preview,
    commit,
    setValidity,
    toggle,
    create,
    dialog,
    openDialog,
    renameText,
    setRenameText,
    renameError,
    rename,
    remove,
  };
}
