/** Renders the measure editor dialog from its state (no hooks here). */
import {
  Button,
  Caption1,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Dropdown,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Option,
  Radio,
  RadioGroup,
  Spinner,
  Textarea,
} from "@fluentui/react-components";
import { effectField } from "../../../port/workbookPort";
import type { MeasureField } from "../../../port/workbookPort";
import type { Ambition, GoalEffect, MeasureKind } from "../../../plan/model";
import type { Texts } from "../../../i18n/texts";
import { failureText } from "../../errorText";
import type { MeasureEditorState } from "./MeasureEditor.types";
import type { useMeasureEditorStyles } from "./useMeasureEditorStyles.styles";

const UNJUDGED = "unjudged";

export function renderMeasureEditor(
  state: MeasureEditorState,
  classes: ReturnType<typeof useMeasureEditorStyles>,
  t: Texts
) {
  const { draft, errors, showErrors, settings, formulas } = state;
  const labels = settings.colourLabels;
  const hint = (field: MeasureField, normal?: string) =>
    formulas.includes(field) ? t.editor.formulaHint : normal;
  const error = (message: string | undefined) => (showErrors ? message : undefined);
  const amountWord = draft.kind === "measure" ? t.editor.effectsMeasure : t.editor.effectsProposal;

  return (
    <Dialog open modalType="modal" onOpenChange={(_, data) => !data.open && state.props.onClose()}>
      <DialogSurface className={classes.surface}>
        <form onSubmit={state.submit} noValidate>
          <DialogBody>
            <DialogTitle>{state.heading}</DialogTitle>
            <DialogContent className={classes.content}>
              {state.saveError && (
                <MessageBar intent="error" layout="multiline">
                  <MessageBarBody>
                    <MessageBarTitle>{t.errors.title[state.saveError.action]}</MessageBarTitle>{" "}
                    {failureText(state.saveError.error, t)}
                  </MessageBarBody>
                </MessageBar>
              )}
              {showErrors && state.hasErrors && (
                <MessageBar intent="warning" layout="multiline">
                  <MessageBarBody>{t.editor.fixErrors}</MessageBarBody>
                </MessageBar>
              )}

              <Field label={t.editor.kind} hint={hint("kind")}>
                <RadioGroup
                  layout="horizontal"
                  value={draft.kind}
                  onChange={(_, data) => state.set("kind", data.value as MeasureKind)}
                >
                  <Radio value="measure" label={t.kinds.measure} />
                  <Radio value="proposal" label={t.kinds.proposal} />
                </RadioGroup>
              </Field>

              <div className={classes.row}>
                <Field
                  className={classes.nr}
                  label={t.editor.nr}
                  required
                  validationMessage={error(errors.nr)}
                  hint={hint("nr")}
                >
                  <Input
                    className={classes.fill}
                    inputMode="numeric"
                    value={draft.nr}
                    onChange={(_, data) => state.set("nr", data.value)}
                  />
                </Field>
                <Field
                  className={classes.grow}
                  label={t.editor.area}
                  required
                  validationMessage={error(errors.area)}
                  hint={hint("area")}
                >
                  <Dropdown
                    value={draft.area}
                    selectedOptions={draft.area === "" ? [] : [draft.area]}
                    onOptionSelect={(_, data) =>
                      data.optionValue !== undefined && state.set("area", data.optionValue)
                    }
                  >
                    {state.areas.map((a) => (
                      <Option key={a} value={a}>
                        {a}
                      </Option>
                    ))}
                  </Dropdown>
                </Field>
              </div>

              <Field
                label={t.editor.title}
                required
                validationMessage={error(errors.title)}
                hint={hint("title")}
              >
                <Input
                  className={classes.fill}
                  value={draft.title}
                  onChange={(_, data) => state.set("title", data.value)}
                />
              </Field>

              <fieldset className={classes.fieldset}>
                <legend className={classes.legend}>{amountWord}</legend>
                <div className={classes.years}>
                  {state.years.map((year) => (
                    <Field
                      key={year}
                      label={t.editor.effectLabel(year)}
                      validationMessage={error(errors.effects[year])}
                      hint={hint(effectField(year))}
                    >
                      <Input
                        className={classes.fill}
                        inputMode="decimal"
                        input={{ className: classes.amount }}
                        value={draft.effects[year] ?? ""}
                        onChange={(_, data) => state.setEffect(year, data.value)}
                      />
                    </Field>
                  ))}
                </div>
                <Caption1 className={classes.hint}>{t.editor.effectHint}</Caption1>
              </fieldset>

              <Field label={t.editor.ambition} hint={hint("ambition")}>
                <RadioGroup
                  value={draft.ambition ?? UNJUDGED}
                  onChange={(_, data) =>
                    state.set("ambition", data.value === UNJUDGED ? null : (data.value as Ambition))
                  }
                >
                  <Radio value="lowers" label={`${labels.red} – ${t.colours.ambition.lowers}`} />
                  <Radio value="keeps" label={`${labels.yellow} – ${t.colours.ambition.keeps}`} />
                  <Radio value="raises" label={`${labels.green} – ${t.colours.ambition.raises}`} />
                  <Radio value={UNJUDGED} label={t.colours.unjudged} />
                </RadioGroup>
              </Field>

              <Field label={t.editor.goals} hint={hint("goals")}>
                <RadioGroup
                  value={draft.goals ?? UNJUDGED}
                  onChange={(_, data) =>
                    state.set("goals", data.value === UNJUDGED ? null : (data.value as GoalEffect))
                  }
                >
                  <Radio value="negative" label={`${labels.red} – ${t.colours.goals.negative}`} />
                  <Radio value="none" label={`${labels.yellow} – ${t.colours.goals.none}`} />
                  <Radio value="positive" label={`${labels.green} – ${t.colours.goals.positive}`} />
                  <Radio value={UNJUDGED} label={t.colours.unjudged} />
                </RadioGroup>
              </Field>

              <Field
                label={t.editor.consequence}
                hint={hint("consequence", t.editor.consequenceHint)}
              >
                <Textarea
                  resize="vertical"
                  rows={4}
                  value={draft.consequence}
                  onChange={(_, data) => state.set("consequence", data.value)}
                />
              </Field>

              {state.isNew && state.props.scenario && (
                <Checkbox
                  checked={draft.include}
                  onChange={(_, data) => state.set("include", data.checked === true)}
                  label={t.editor.includeIn(state.props.scenario.name)}
                />
              )}
            </DialogContent>
            <DialogActions>
              <Button
                type="submit"
                appearance="primary"
                disabled={state.saving}
                icon={state.saving ? <Spinner size="tiny" /> : undefined}
              >
                {t.common.save}
              </Button>
              <DialogTrigger disableButtonEnhancement>
                <Button type="button">{t.common.cancel}</Button>
              </DialogTrigger>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
