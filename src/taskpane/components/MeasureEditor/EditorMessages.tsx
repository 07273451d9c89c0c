/** Above the fields: why the workbook refused the last save, and a reminder to fix the fields. */
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { failureText } from "../../errorText";
import { useLocale } from "../../locale";
import type { MeasureEditorState } from "./MeasureEditor.types";

export function EditorMessages({ state }: { readonly state: MeasureEditorState }) {
  const { t } = useLocale();
  return (
    <>
      {state.saveError && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.errors.title[state.saveError.action]}</MessageBarTitle>{" "}
            {failureText(state.saveError.error, t)}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.showErrors && state.hasErrors && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t.editor.fixErrors}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
