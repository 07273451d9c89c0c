/**
 * The scenario the panel shows: the chosen one as saved, with the amounts being typed laid over
 * it, and what is computed from it (the balance, the sums per area, the items). The balance is
 * computed over an index of the measures built once per snapshot and memoised on the scenario
 * shown, so a click or a keystroke recomputes only the sums (fast with thousands of measures).
 */
import { useCallback, useMemo, useState } from "react";
import type { Decimal } from "../../../budget/money";
import { balanceOf, indexMeasures } from "../../../plan/balance";
import { withLineAmount, type LineList } from "../../../plan/lineEdits";
import { ofKindInOrder, referableMeasures } from "../../../plan/measureEdits";
import { planYears, type Scenario } from "../../../plan/model";
import { chosenScenario } from "../../../plan/scenarioEdits";
import type { ScenarioPanelProps } from "./ScenarioPanel.types";
import { useShownItemAmounts } from "./useShownItemAmounts";

/** One amount being typed into a line, not yet saved. */
export interface TypedAmount {
  readonly list: LineList;
  readonly lineId: string;
  readonly year: number;
  readonly value: Decimal;
}

/** The amounts being typed into one scenario. */
interface TypedAmounts {
  readonly scenarioId: string;
  readonly amounts: readonly TypedAmount[];
}

function withTyped(saved: Scenario, typed: TypedAmounts): Scenario {
  return typed.amounts.reduce(
    (s, a) => withLineAmount(s, a.list, a.lineId, a.year, a.value),
    saved
  );
}

const sameCell = (a: TypedAmount, b: TypedAmount) =>
  a.list === b.list && a.lineId === b.lineId && a.year === b.year;

function withTypedAmount(
  prev: TypedAmounts | null,
  scenarioId: string,
  amount: TypedAmount
): TypedAmounts {
  const others = prev?.scenarioId === scenarioId ? prev.amounts : [];
  return { scenarioId, amounts: [...others.filter((a) => !sameCell(a, amount)), amount] };
}

/** The items of the snapshot, indexed once per snapshot. */
function useItems(props: ScenarioPanelProps) {
  const { measures: rows } = props.snapshot;
  const all = useMemo(() => referableMeasures(rows.map((m) => m.measure)), [rows]);
  const index = useMemo(() => indexMeasures(all), [all]);
  const measures = useMemo(() => ofKindInOrder(all, "measure"), [all]);
  const proposals = useMemo(() => ofKindInOrder(all, "proposal"), [all]);
  return { index, measures, proposals };
}

export function useShownScenario(props: ScenarioPanelProps) {
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

  const { index, measures, proposals } = useItems(props);
  const balance = useMemo(
    () => (shown ? balanceOf(shown, index, settings) : null),
    [shown, index, settings]
  );
  const included = useMemo(() => new Set(shown?.included ?? []), [shown]);
  const shownAmounts = useShownItemAmounts(shown?.included, index, years);
  return {
    ...{ settings, scenarios, years, saved, shown, setDraft, index },
    ...{ measures, proposals, balance, included, shownAmounts },
  };
}

export type Shown = ReturnType<typeof useShownScenario>;
