import type { ScenarioComparison } from "../../../plan/balance";
import type { PlanSnapshot } from "../../../port/workbookPort";

export interface CompareViewProps {
  readonly snapshot: PlanSnapshot;
}

export interface CompareViewState {
  readonly props: CompareViewProps;
  /** The scenarios chosen for the comparison, in the plan's order. */
  readonly chosen: ReadonlySet<string>;
  readonly toggle: (id: string, on: boolean) => void;
  /** Null while fewer than two are chosen. */
  readonly comparison: ScenarioComparison | null;
}
