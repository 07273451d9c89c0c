/**
 * Says that something was deleted (a measure, a scenario) and offers to undo it. A message bar
 * rather than a toast: it stays until it is used or closed, so it can be reached by keyboard
 * without hurry. What was deleted took the focus with it, so the focus moves to "Ångra".
 */
import { useEffect, useRef } from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { ArrowUndo16Regular } from "@fluentui/react-icons";
import { useLocale } from "../locale";
import { DismissButton } from "./DismissButton";

export interface UndoBarProps {
  /** What was deleted, in words ("”Vakanshålla …” togs bort."). */
  readonly message: string;
  readonly onUndo: () => void;
  readonly onDismiss: () => void;
}

export function UndoBar({ message, onUndo, onDismiss }: UndoBarProps) {
  const { t } = useLocale();
  const undoRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    undoRef.current?.focus();
  }, [message]);
  return (
    <MessageBar intent="info" layout="multiline" role="status">
      <MessageBarBody>{message}</MessageBarBody>
      <MessageBarActions containerAction={<DismissButton onClick={onDismiss} />}>
        <Button ref={undoRef} icon={<ArrowUndo16Regular />} onClick={onUndo}>
          {t.undo.undo}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
