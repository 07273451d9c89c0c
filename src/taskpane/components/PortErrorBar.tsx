/**
 * A write the workbook refused, or a read that failed: what the pane tried, and the workbook's own
 * words on what was and was not done.
 */
import {
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { failureText } from "../errorText";
import type { PaneError } from "../hooks/usePlan";
import { useLocale } from "../locale";
import { DismissButton } from "./DismissButton";

export function PortErrorBar({
  error,
  onDismiss,
}: {
  readonly error: PaneError;
  readonly onDismiss: () => void;
}) {
  const { t } = useLocale();
  const detail = failureText(error.error, t);
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{t.errors.title[error.action]}</MessageBarTitle> {detail}{" "}
        {t.errors.reloaded}
      </MessageBarBody>
      <MessageBarActions containerAction={<DismissButton onClick={onDismiss} />} />
    </MessageBar>
  );
}
