/**
 * "Skapa nämndtabell": builds the committee table of the chosen scenario (pure core) and hands it
 * to the port, which writes it into its own sheet in Excel or downloads it as .xlsx in the browser.
 * Asks before it replaces a sheet the user made, and says what happened.
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  Text,
} from "@fluentui/react-components";
import { useState } from "react";
import { buildCommitteeTable } from "../../plan/committeeTable";
import type { Scenario } from "../../plan/model";
import {
  STORAGE_SHEET_NAMES,
  WorkbookError,
  type CommitteeOutcome,
  type PlanSnapshot,
  type WorkbookPort,
} from "../../port/workbookPort";
import { useLocale } from "../locale";

type Phase =
  | { readonly kind: "idle" }
  | { readonly kind: "busy" }
  | { readonly kind: "confirm"; readonly sheetName: string }
  | { readonly kind: "done"; readonly outcome: CommitteeOutcome }
  | { readonly kind: "failed"; readonly message: string };

export interface CommitteeTableButtonProps {
  readonly port: WorkbookPort;
  readonly snapshot: PlanSnapshot;
  readonly scenario: Scenario;
}

export function CommitteeTableButton({ port, snapshot, scenario }: CommitteeTableButtonProps) {
  const { t } = useLocale();
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });

  const create = async (overwrite: boolean) => {
    setPhase({ kind: "busy" });
    try {
      const measures = snapshot.measures.map((m) => m.measure);
      const table = buildCommitteeTable(scenario, measures, snapshot.settings, STORAGE_SHEET_NAMES);
      const outcome = await port.createCommitteeTable(table, overwrite);
      setPhase(
        outcome.status === "needsConfirmation"
          ? { kind: "confirm", sheetName: outcome.sheetName }
          : { kind: "done", outcome }
      );
    } catch (error) {
      const detail =
        error instanceof WorkbookError
          ? error.message
          : String(error instanceof Error ? error.message : error);
      setPhase({ kind: "failed", message: `${t.committee.failed} ${detail}` });
    }
  };

  return (
    <section aria-label={t.committee.button}>
      <Button
        appearance="primary"
        disabled={phase.kind === "busy"}
        onClick={() => void create(false)}
      >
        {phase.kind === "busy" ? t.committee.busy : t.committee.button}
      </Button>
      <Text as="p" block size={200}>
        {t.committee.hint}
      </Text>
      {phase.kind === "done" && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            {phase.outcome.status === "written" && t.committee.written(phase.outcome.sheetName)}
            {phase.outcome.status === "written" &&
              !phase.outcome.printSetUp &&
              ` ${t.committee.noPrintSetUp}`}
            {phase.outcome.status === "downloaded" &&
              t.committee.downloaded(phase.outcome.fileName)}
          </MessageBarBody>
        </MessageBar>
      )}
      {phase.kind === "failed" && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>{phase.message}</MessageBarBody>
        </MessageBar>
      )}
      <Dialog
        open={phase.kind === "confirm"}
        onOpenChange={(_, data) => !data.open && setPhase({ kind: "idle" })}
      >
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t.committee.confirmTitle}</DialogTitle>
            <DialogContent>
              {phase.kind === "confirm" && t.committee.confirmBody(phase.sheetName)}
            </DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={() => setPhase({ kind: "idle" })}>
                {t.common.cancel}
              </Button>
              <Button appearance="primary" onClick={() => void create(true)}>
                {t.committee.replace}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
