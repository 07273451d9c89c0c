import type { ShownDecision, ShownDecisions } from "../../../plan/decisionEdits";
import type { Scenario } from "../../../plan/model";
import type { PlanSnapshot } from "../../../port/workbookPort";

export interface DecisionsViewProps {
  readonly snapshot: PlanSnapshot;
  /** The chosen scenario, shared with the Scenarier tab. */
  readonly scenario: Scenario | null;
  readonly onSelect: (id: string) => void;
  /** Saves the plan's scenarios (the pane reports a refused save itself). */
  readonly onSave: (scenarios: readonly Scenario[]) => unknown;
}

/** An att-sats being rewritten: its key and the text typed so far. */
export interface DecisionDraft {
  readonly key: string;
  readonly text: string;
  /** The message at the field, once a save was tried with text that cannot be saved. */
  readonly message: string | null;
}

export interface DecisionsViewState {
  readonly scenario: Scenario | null;
  readonly scenarios: readonly Scenario[];
  readonly decisions: ShownDecisions | null;
  readonly editedCount: number;
  readonly draft: DecisionDraft | null;
  readonly copied: "idle" | "copied" | "failed";
  readonly confirming: boolean;
  readonly onSelect: (id: string) => void;
  /** Chooses the scenario whose measures are proposed if the increase is not granted; "" none. */
  readonly setFallback: (id: string) => void;
  readonly startRewrite: (d: ShownDecision) => void;
  readonly changeDraft: (text: string) => void;
  readonly saveDraft: (d: ShownDecision) => void;
  readonly cancelDraft: () => void;
  readonly restoreGenerated: (d: ShownDecision) => void;
  readonly copy: () => void;
  readonly setConfirming: (open: boolean) => void;
  readonly regenerateAll: () => void;
}
