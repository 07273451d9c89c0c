import type { Decimal } from "../../../budget/money";
import type { Measure, PlanSettings, Scenario } from "../../../plan/model";
import type { ScenarioBalance } from "../../../plan/balance";
import type { PlanSnapshot } from "../../../port/workbookPort";
import type { MeasureIndex } from "../../../plan/balance";
import type { ScenarioLines } from "./useScenarioLines";
import type { PaneError } from "../../hooks/usePlan";

export interface ScenarioPanelProps {
  readonly snapshot: PlanSnapshot;
  /** The chosen scenario (App keeps the choice so the editor can include new measures in it). */
  readonly selectedId: string | null;
  readonly onSelect: (id: string | null) => void;
  /** Shows the scenarios at once and saves them. */
  readonly onSave: (scenarios: readonly Scenario[]) => Promise<PaneError | null>;
}

export interface ScenarioPanelState extends ScenarioLines {
  readonly props: ScenarioPanelProps;
  readonly settings: PlanSettings;
  readonly scenarios: readonly Scenario[];
  /** The chosen scenario as saved (what the inputs show). */
  readonly saved: Scenario | null;
  /** The chosen scenario with the amounts being typed (what the sums show). */
  readonly shown: Scenario | null;
  readonly index: MeasureIndex;
  /** Its balance, including amounts being typed and not yet saved; recomputed at once. */
  readonly balance: ScenarioBalance | null;
  readonly years: readonly number[];
  readonly measures: readonly Measure[];
  readonly proposals: readonly Measure[];
  readonly included: ReadonlySet<string>;
  /** The included items' amounts per year as shown: they add up to the shown totals (shownAmounts.ts). */
  readonly shownAmounts: ReadonlyMap<string, readonly (Decimal | null)[]>;
  readonly toggle: (id: string, on: boolean) => void;
  readonly create: () => void;
  /** Adds a copy of the shown scenario (its lines, inclusions and requests) and chooses it. */
  readonly copy: () => void;
  /** The scenario just deleted, while its deletion can be undone. */
  readonly removed: Scenario | null;
  readonly undoRemove: () => void;
  readonly dismissRemoved: () => void;
  readonly dialog: "rename" | "delete" | null;
  readonly openDialog: (dialog: "rename" | "delete" | null) => void;
  readonly renameText: string;
  readonly setRenameText: (text: string) => void;
  readonly renameError: string | undefined;
  readonly rename: () => void;
  readonly remove: () => void;
}
