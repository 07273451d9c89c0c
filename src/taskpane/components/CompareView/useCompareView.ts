/** The comparison's state: which scenarios are compared, and their balances (indexed once). */
import { useMemo, useState } from "react";
import { compareScenarios, indexMeasures } from "../../../plan/balance";
import type { CompareViewProps, CompareViewState } from "./CompareView.types";

export function useCompareView(props: CompareViewProps): CompareViewState {
  const { snapshot } = props;
  // Scenarios left out by the user; every other one (also one created later) is compared.
  const [left, setLeft] = useState<ReadonlySet<string>>(new Set());
  const chosen = useMemo(
    () => new Set(snapshot.scenarios.filter((s) => !left.has(s.id)).map((s) => s.id)),
    [snapshot.scenarios, left]
  );
  const index = useMemo(
    () => indexMeasures(snapshot.measures.map((m) => m.measure).filter((m) => m.id !== "")),
    [snapshot.measures]
  );
  const comparison = useMemo(() => {
    const list = snapshot.scenarios.filter((s) => chosen.has(s.id));
    return list.length >= 2 ? compareScenarios(list, index, snapshot.settings) : null;
  }, [snapshot.scenarios, snapshot.settings, chosen, index]);
  const toggle = (id: string, on: boolean) =>
    setLeft((prev) => {
      const next = new Set(prev);
      if (on) next.delete(id);
      else next.add(id);
      return next;
    });
  return { props, chosen, toggle, comparison };
}
