/** Renders the measure editor dialog from its state (no hooks here); each group of fields is a component. */
import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Field,
  Spinner,
  Textarea,
} from "@fluentui/react-components";
import type { Texts } from "../../../i18n/texts";
import { EditorMessages } from "./EditorMessages";
import { EffectFields } from "./EffectFields";
import { IdentityFields } from "./IdentityFields";
import { JudgementFields } from "./JudgementFields";
import type { MeasureEditorState } from "./MeasureEditor.types";
import type { useMeasureEditorStyles } from "./useMeasureEditorStyles.styles";

export function renderMeasureEditor(
  state: MeasureEditorState,
  classes: ReturnType<typeof useMeasureEditorStyles>,
  t: Texts
) {
  const { draft } = state;
  const scenario = state.props.scenario;
  return (
    <Dialog open modalType="modal" onOpenChange={(_, data) => !data.open && state.props.onClose()}>
      <DialogSurface className={classes.surface}>
        <form onSubmit={state.submit} noValidate>
          <DialogBody>
            <DialogTitle>{state.heading}</DialogTitle>
            <DialogContent className={classes.content}>
              <EditorMessages state={state} />
              <IdentityFields state={state} />
              <EffectFields state={state} />
              <JudgementFields state={state} />
              <Field
                label={t.editor.consequence}
                hint={state.hint("consequence", t.editor.consequenceHint)}
                validationMessage={state.shown(state.errors.consequence)}
              >
                <Textarea
                  resize="vertical"
                  rows={4}
                  value={draft.consequence}
                  onChange={(_, data) => state.set("consequence", data.value)}
                />
              </Field>
              {state.isNew && scenario && (
                <Checkbox
                  checked={draft.include}
                  onChange={(_, data) => state.set("include", data.checked === true)}
                  label={t.editor.includeIn(scenario.name)}
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
