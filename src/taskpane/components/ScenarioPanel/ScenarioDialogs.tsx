/** The dialogs that rename and delete the chosen scenario. */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
} from "@fluentui/react-components";
import { useLocale } from "../../locale";
import type { ScenarioPanelState } from "./ScenarioPanel.types";

type DialogProps = { readonly state: ScenarioPanelState };

export function RenameDialog({ state }: DialogProps) {
  const { t } = useLocale();
  return (
    <Dialog
      open={state.dialog === "rename"}
      onOpenChange={(_, data) => !data.open && state.openDialog(null)}
    >
      <DialogSurface>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            state.rename();
          }}
          noValidate
        >
          <DialogBody>
            <DialogTitle>{t.scenario.renameTitle}</DialogTitle>
            <DialogContent>
              <Field label={t.scenario.name} required validationMessage={state.renameError}>
                <Input
                  value={state.renameText}
                  onChange={(_, data) => state.setRenameText(data.value)}
                />
              </Field>
            </DialogContent>
            <DialogActions>
              <Button type="submit" appearance="primary">
                {t.common.save}
              </Button>
              <Button type="button" onClick={() => state.openDialog(null)}>
                {t.common.cancel}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}

export function DeleteDialog({ state }: DialogProps) {
  const { t } = useLocale();
  return (
    <Dialog
      open={state.dialog === "delete"}
      onOpenChange={(_, data) => !data.open && state.openDialog(null)}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t.scenario.deleteTitle(state.saved?.name ?? "")}</DialogTitle>
          <DialogContent>{t.scenario.deleteBody}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={state.remove}>
              {t.scenario.remove}
            </Button>
            <Button onClick={() => state.openDialog(null)}>{t.common.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
