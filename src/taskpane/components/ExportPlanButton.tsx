/**
 * "Spara planen som Excel-fil", outside Excel only: hands the whole plan to the user as a workbook
 * laid out as Ramkoll lays one out in Excel, so nothing is lost when the browser does not keep it
 * (a full or refused storage) and the plan can move into Excel. Says what became of it, as the
 * committee table's download does.
 */
import { Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { ArrowDownload20Regular } from "@fluentui/react-icons";
import { useOutcome } from "../hooks/useOutcome";
import { useLocale } from "../locale";

export interface ExportPlanButtonProps {
  /** Saves the plan as a file (the port's exportPlan); resolves with the file's name. */
  readonly onExport: () => Promise<{ readonly fileName: string }>;
  /** "primary" where it is what the user should do now (the storage status), else "subtle". */
  readonly appearance?: "primary" | "subtle";
}

export function ExportPlanButton({ onExport, appearance = "subtle" }: ExportPlanButtonProps) {
  const { t } = useLocale();
  const { phase, run } = useOutcome<{ readonly fileName: string }>(t.exportPlan.failed);
  const save = () => run(onExport);

  return (
    <>
      <Button
        appearance={appearance}
        size="small"
        icon={<ArrowDownload20Regular />}
        disabled={phase.kind === "busy"}
        onClick={() => void save()}
      >
        {phase.kind === "busy" ? t.exportPlan.busy : t.exportPlan.button}
      </Button>
      {phase.kind === "done" && (
        <MessageBar intent="success" layout="multiline" role="status">
          <MessageBarBody>{t.exportPlan.saved(phase.outcome.fileName)}</MessageBarBody>
        </MessageBar>
      )}
      {phase.kind === "failed" && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>{phase.message}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
