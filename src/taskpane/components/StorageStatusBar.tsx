/**
 * Says at once that the browser's storage is full or refused, and what the user can do: the plan
 * already stored is shown as it is, but changes are not kept. First of what to do: save the whole
 * plan as an Excel file (where the port can), which keeps it whatever the browser does. Not dismissable: the condition
 * lasts until the user frees space or allows storage, and every change until then is lost.
 */
import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
} from "@fluentui/react-components";
import type { StorageStatus } from "../../port/workbookPort";
import { useLocale } from "../locale";
import { ExportPlanButton } from "./ExportPlanButton";

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: "1.25em" },
});

export interface StorageStatusBarProps {
  readonly status: Exclude<StorageStatus, "ok">;
  /** Saves the whole plan as an Excel file (the port's exportPlan); absent where the port cannot. */
  readonly onExport?: (() => Promise<{ readonly fileName: string }>) | undefined;
}

export function StorageStatusBar({ status, onExport }: StorageStatusBarProps) {
  const { t } = useLocale();
  const styles = useStyles();
  const s = t.storageStatus;
  const full = status === "full";
  return (
    <MessageBar intent="warning" layout="multiline" role="status">
      <MessageBarBody>
        <MessageBarTitle>{full ? s.fullTitle : s.unavailableTitle}</MessageBarTitle>{" "}
        {full ? s.fullBody : s.unavailableBody} {s.whatToDo}
        <ul className={styles.list}>
          {onExport && (
            <li>
              <ExportPlanButton onExport={onExport} appearance="primary" /> {t.exportPlan.hint}
            </li>
          )}
          <li>{s.exportTable}</li>
          <li>{full ? s.freeSpace : s.allowStorage}</li>
          <li>{s.openInExcel}</li>
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
