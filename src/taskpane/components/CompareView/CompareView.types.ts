import type { ScenarioComparison } from "../../../core/scenarioBalance";
import type { PlanSnapshot } from "../../../excel/workbookPort";

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
