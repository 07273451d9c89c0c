/**
 * In the browser only: empty the plan, back to the first-use view. Asks first, in a message bar
 * next to the button rather than in a dialog (the first view stays light); focus moves to
 * "Avbryt", the safe choice.
 */
import { useEffect, useRef, useState } from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { ArrowReset20Regular } from "@fluentui/react-icons";
import { useLocale } from "../locale";

export function ResetPlan({
  onReset,
  disabled,
}: {
  readonly onReset: () => void;
  readonly disabled?: boolean;
}) {
  const { t } = useLocale();
  const [asking, setAsking] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  useEffect(() => {
    if (asking) cancelRef.current?.focus();
    else if (wasAsking.current) openerRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <Button
        ref={openerRef}
        appearance="subtle"
        size="small"
        icon={<ArrowReset20Regular />}
        disabled={disabled}
        onClick={() => setAsking(true)}
      >
        {t.reset.button}
      </Button>
    );
  }
  return (
    <MessageBar intent="warning" layout="multiline" role="alertdialog" aria-label={t.reset.title}>
      <MessageBarBody>
        <MessageBarTitle>{t.reset.title}</MessageBarTitle> {t.reset.body}
      </MessageBarBody>
      <MessageBarActions>
        <Button
          appearance="primary"
          onClick={() => {
            setAsking(false);
            onReset();
          }}
        >
          {t.reset.confirm}
        </Button>
        <Button ref={cancelRef} onClick={() => setAsking(false)}>
          {t.common.cancel}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
