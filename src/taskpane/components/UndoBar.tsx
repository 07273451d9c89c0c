/**
 * Says that a measure was deleted and offers to undo it. A message bar rather than a toast: it
 * stays until it is used or closed, so it can be reached by keyboard without hurry. The deleted
 * card took the focus with it, so the focus moves to "Ångra".
 */
import { useEffect, useRef } from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { ArrowUndo16Regular } from "@fluentui/react-icons";
import type { DeletedMeasure } from "../hooks/usePlan";
import { useLocale } from "../locale";
import { DismissButton } from "./DismissButton";

export interface UndoBarProps {
  readonly deleted: DeletedMeasure;
  readonly onUndo: () => void;
  readonly onDismiss: () => void;
}

export function UndoBar({ deleted, onUndo, onDismiss }: UndoBarProps) {
  const { t } = useLocale();
  const title = deleted.measure.title.trim() || t.list.untitled;
  const undoRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    undoRef.current?.focus();
  }, [deleted]);
  return (
    <MessageBar intent="info" layout="multiline" role="status">
      <MessageBarBody>{t.undo.deleted(title)}</MessageBarBody>
      <MessageBarActions containerAction={<DismissButton onClick={onDismiss} />}>
        <Button ref={undoRef} icon={<ArrowUndo16Regular />} onClick={onUndo}>
          {t.undo.undo}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
