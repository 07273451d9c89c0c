/**
 * The state of the decisions view: the chosen scenario's att-satser as shown (generated, or as
 * the economist rewrote them), the one being rewritten, copying, and generating all again after
 * asking. Every change is a save of the scenarios through the pane's one save path.
 */
import { useCallback, useMemo, useState } from "react";
import {
  decisionsText,
  shownDecisions,
  withDecisionText,
  withEdits,
  withFallback,
  withGeneratedText,
  type ShownDecision,
} from "../../../plan/decisionEdits";
import { decisionsOf, fallbackOf } from "../../../plan/decisions";
import type { Scenario } from "../../../plan/model";
import { replaceScenario } from "../../../plan/scenarioEdits";
import { copyText } from "../../clipboard";
import { textLengthMessage } from "../../inputMessages";
import { useLocale } from "../../locale";
import type { DecisionDraft, DecisionsViewProps, DecisionsViewState } from "./DecisionsView.types";

export function useDecisionsView(props: DecisionsViewProps): DecisionsViewState {
  const { snapshot, scenario, onSave } = props;
  const { t, lang } = useLocale();
  const [draft, setDraft] = useState<DecisionDraft | null>(null);
  const [copied, setCopied] = useState<DecisionsViewState["copied"]>("idle");
  const [confirming, setConfirming] = useState(false);
  const measures = useMemo(() => snapshot.measures.map((r) => r.measure), [snapshot.measures]);
  const decisions = useMemo(
    () =>
      scenario
        ? shownDecisions(
            decisionsOf(
              scenario,
              measures,
              snapshot.settings,
              fallbackOf(scenario, snapshot.scenarios)
            ),
            scenario
          )
        : null,
    [scenario, measures, snapshot.settings, snapshot.scenarios]
  );
  const save = useCallback(
    (next: Scenario) => void onSave(replaceScenario(snapshot.scenarios, next)),
    [onSave, snapshot.scenarios]
  );
  const saveDraft = (d: ShownDecision) => {
    if (!scenario || !draft) return;
    const field = t.decisions.textLabel(d.nr);
    const message =
      draft.text.trim() === ""
        ? t.decisions.emptyText
        : textLengthMessage(draft.text, field, t, lang);
    if (message) return setDraft({ ...draft, message });
    save(withDecisionText(scenario, d.key, draft.text.trim(), d.generated));
    setDraft(null);
  };
  return {
    scenario,
    scenarios: snapshot.scenarios,
    decisions,
    editedCount: decisions?.groups.flatMap((g) => g.decisions).filter((d) => d.edited).length ?? 0,
    draft,
    copied,
    confirming,
    onSelect: props.onSelect,
    setFallback: (id) => scenario && save(withFallback(scenario, id)),
    startRewrite: (d) => setDraft({ key: d.key, text: d.text, message: null }),
    changeDraft: (text) => setDraft((now) => (now ? { ...now, text, message: null } : now)),
    saveDraft,
    cancelDraft: () => setDraft(null),
    restoreGenerated: (d) => scenario && save(withGeneratedText(scenario, d.key)),
    copy: () => {
      if (!decisions) return;
      void copyText(decisionsText(decisions)).then((ok) => setCopied(ok ? "copied" : "failed"));
    },
    setConfirming,
    regenerateAll: () => {
      if (scenario) save(withEdits(scenario, []));
      setConfirming(false);
    },
  };
}
