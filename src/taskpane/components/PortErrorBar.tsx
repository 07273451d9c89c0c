/**
 * A write the workbook refused, or a read that failed: what the pane tried, and the workbook's own
 * words on what was and was not done.
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { Dismiss20Regular } from "@fluentui/react-icons";
import { failureText } from "../errorText";
import type { PaneError } from "../hooks/usePlan";
import { useLocale } from "../locale";

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
      <MessageBarActions
        containerAction={
          <Button
            appearance="transparent"
            aria-label={t.common.close}
            icon={<Dismiss20Regular />}
            onClick={onDismiss}
          />
        }
      />
    </MessageBar>
  );
}
