/**
 * One att-sats in the decisions view: its text (or the field it is being rewritten in), marked
 * when rewritten, with the generated text offered where the plan has changed it since.
 */
import {
  Badge,
  Button,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Text,
  Textarea,
} from "@fluentui/react-components";
import { ArrowResetRegular, EditRegular } from "@fluentui/react-icons";
import type { ShownDecision } from "../../../plan/decisionEdits";
import { useLocale } from "../../locale";
import type { DecisionsViewState } from "./DecisionsView.types";
import { useDecisionsViewStyles } from "./useDecisionsViewStyles.styles";

interface DecisionItemProps {
  readonly decision: ShownDecision;
  readonly state: DecisionsViewState;
}

function RewriteField({ decision, state }: DecisionItemProps) {
  const { t } = useLocale();
  const classes = useDecisionsViewStyles();
  const draft = state.draft!;
  return (
    <>
      <Field
        label={t.decisions.textLabel(decision.nr)}
        validationState={draft.message ? "error" : "none"}
        validationMessage={draft.message ?? undefined}
      >
        <Textarea
          className={classes.textarea}
          resize="vertical"
          rows={4}
          value={draft.text}
          onChange={(_, data) => state.changeDraft(data.value)}
        />
      </Field>
      <div className={classes.itemActions}>
        <Button appearance="primary" size="small" onClick={() => state.saveDraft(decision)}>
          {t.common.save}
        </Button>
        <Button size="small" onClick={state.cancelDraft}>
          {t.common.cancel}
        </Button>
      </div>
    </>
  );
}

function StaleNote({ decision, state }: DecisionItemProps) {
  const { t } = useLocale();
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        {t.decisions.stale} <q>{decision.generated}</q>
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={() => state.restoreGenerated(decision)}>
          {t.decisions.replace}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

export function DecisionItem({ decision, state }: DecisionItemProps) {
  const { t } = useLocale();
  const classes = useDecisionsViewStyles();
  const rewriting = state.draft?.key === decision.key;
  return (
    // The li keeps display: list-item, so the list's own number shows; its content stacks inside.
    <li className={classes.listItem}>
      <div className={classes.item}>
        {rewriting ? (
          <RewriteField decision={decision} state={state} />
        ) : (
          <>
            <Text lang="sv">{decision.text}</Text>
            <div className={classes.itemActions}>
              {decision.edited && (
                <Badge appearance="tint" color="informative" title={t.decisions.rewrittenHint}>
                  {t.decisions.rewritten}
                </Badge>
              )}
              <Button
                appearance="subtle"
                size="small"
                icon={<EditRegular />}
                aria-label={t.decisions.rewriteLabel(decision.nr)}
                onClick={() => state.startRewrite(decision)}
              >
                {t.decisions.rewrite}
              </Button>
              {decision.edited && (
                <Button
                  appearance="subtle"
                  size="small"
                  icon={<ArrowResetRegular />}
                  aria-label={t.decisions.useGeneratedLabel(decision.nr)}
                  onClick={() => state.restoreGenerated(decision)}
                >
                  {t.decisions.useGenerated}
                </Button>
              )}
            </div>
            {decision.stale && <StaleNote decision={decision} state={state} />}
          </>
        )}
      </div>
    </li>
  );
}
