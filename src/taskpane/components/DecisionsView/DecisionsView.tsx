/**
 * Förslag till beslut: the chosen scenario's att-satser, numbered through their groups as the
 * committee table writes them, each rewritable; copy them all for the report, or generate them
 * all again after asking. Loaded lazily (not part of the first view).
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Dropdown,
  Field,
  MessageBar,
  MessageBarBody,
  Option,
  Text,
} from "@fluentui/react-components";
import { ArrowSyncRegular, CopyRegular } from "@fluentui/react-icons";
import { DECISION_TEXT } from "../../../plan/decisionTexts";
import { useLocale } from "../../locale";
import { scenarioName } from "../../names";
import { ScenarioDropdown } from "../ScenarioDropdown";
import { DecisionItem } from "./DecisionItem";
import type { DecisionsViewProps, DecisionsViewState } from "./DecisionsView.types";
import { useDecisionsView } from "./useDecisionsView";
import { useDecisionsViewStyles } from "./useDecisionsViewStyles.styles";

export type { DecisionsViewProps } from "./DecisionsView.types";

function ScenarioChoice({ state }: { readonly state: DecisionsViewState }) {
  const { t } = useLocale();
  if (state.scenarios.length < 2 || !state.scenario) return null;
  return (
    <Field label={t.scenario.picker}>
      <ScenarioDropdown
        scenarios={state.scenarios}
        chosen={state.scenario}
        onSelect={state.onSelect}
      />
    </Field>
  );
}

/** Which scenario's measures are proposed if the increase is not granted. */
function FallbackChoice({ state }: { readonly state: DecisionsViewState }) {
  const { t } = useLocale();
  const scenario = state.scenario;
  const others = state.scenarios.filter((s) => s.id !== scenario?.id);
  if (!scenario || others.length === 0) return null;
  const chosen = others.find((s) => s.id === scenario.fallbackScenarioId);
  return (
    <Field label={t.decisions.fallback} hint={t.decisions.fallbackHint}>
      <Dropdown
        value={chosen ? scenarioName(chosen.name) : t.decisions.fallbackNone}
        selectedOptions={[chosen?.id ?? ""]}
        onOptionSelect={(_, data) => state.setFallback(data.optionValue ?? "")}
      >
        <Option value="" text={t.decisions.fallbackNone}>
          {t.decisions.fallbackNone}
        </Option>
        {others.map((s) => (
          <Option key={s.id} value={s.id} text={scenarioName(s.name)}>
            {scenarioName(s.name)}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}

function RegenerateDialog({ state }: { readonly state: DecisionsViewState }) {
  const { t } = useLocale();
  return (
    <Dialog open={state.confirming} onOpenChange={(_, data) => state.setConfirming(data.open)}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t.decisions.regenerateTitle}</DialogTitle>
          <DialogContent>{t.decisions.regenerateBody(state.editedCount)}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={state.regenerateAll}>
              {t.decisions.regenerateConfirm}
            </Button>
            <Button onClick={() => state.setConfirming(false)}>{t.common.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

function Actions({ state }: { readonly state: DecisionsViewState }) {
  const { t } = useLocale();
  const classes = useDecisionsViewStyles();
  return (
    <>
      <div className={classes.actions}>
        <Button icon={<CopyRegular />} onClick={state.copy}>
          {t.decisions.copy}
        </Button>
        {state.editedCount > 0 && (
          <Button icon={<ArrowSyncRegular />} onClick={() => state.setConfirming(true)}>
            {t.decisions.regenerate}
          </Button>
        )}
      </div>
      {state.copied !== "idle" && (
        <MessageBar intent={state.copied === "copied" ? "success" : "warning"} layout="multiline">
          <MessageBarBody>
            {state.copied === "copied" ? t.decisions.copied : t.decisions.copyFailed}
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}

export function DecisionsView(props: DecisionsViewProps) {
  const { t } = useLocale();
  const classes = useDecisionsViewStyles();
  const state = useDecisionsView(props);
  const { decisions, scenario } = state;
  return (
    <section className={classes.root} aria-labelledby="decisions-title">
      <h3 id="decisions-title" className={classes.heading}>
        {t.decisions.title}
      </h3>
      <Text className={classes.hint}>{t.decisions.hint}</Text>
      {!scenario || !decisions ? (
        <Text>{t.decisions.noScenario}</Text>
      ) : (
        <>
          <ScenarioChoice state={state} />
          <FallbackChoice state={state} />
          <Actions state={state} />
          <div
            role="group"
            aria-label={t.decisions.listLabel(scenario.name)}
            className={classes.decisions}
          >
            <Text block lang="sv">
              {decisions.opening}
            </Text>
            {decisions.groups.length === 0 && (
              <Text block lang="sv">
                {DECISION_TEXT.none}
              </Text>
            )}
            {decisions.groups.map((group) => (
              <div key={group.decisions[0]!.key} className={classes.group}>
                {group.intro !== null && (
                  <Text block lang="sv" className={classes.intro}>
                    {group.intro}
                  </Text>
                )}
                <ol className={classes.list} start={group.decisions[0]!.nr}>
                  {group.decisions.map((d) => (
                    <DecisionItem key={d.key} decision={d} state={state} />
                  ))}
                </ol>
              </div>
            ))}
          </div>
          <RegenerateDialog state={state} />
        </>
      )}
    </section>
  );
}

export default DecisionsView;
