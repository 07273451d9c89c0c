/**
 * "Skapa nämndtabell": builds the committee table of the chosen scenario (pure core) and hands it
 * to the host's action, which writes it into its own sheet in Excel or downloads it as .xlsx in
 * the browser. Asks before it replaces a sheet the user made, and says what happened.
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
  type CommitteeOutcome,
  type PlanSnapshot,
  type WorkbookPort,
} from "../../port/workbookPort";
import { thrownText } from "../errorText";
import { useLocale } from "../locale";

type Phase =
  | { readonly kind: "idle" }
  | { readonly kind: "busy" }
  | { readonly kind: "confirm"; readonly sheetName: string }
  | { readonly kind: "done"; readonly outcome: CommitteeOutcome }
  | { readonly kind: "failed"; readonly message: string };

export interface CommitteeTableButtonProps {
  readonly snapshot: PlanSnapshot;
  readonly scenario: Scenario;
  /** Writes the table (the port's createCommitteeTable). */
  readonly onCreate: WorkbookPort["createCommitteeTable"];
}

export function CommitteeTableButton({ snapshot, scenario, onCreate }: CommitteeTableButtonProps) {
  const { t } = useLocale();
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });

  const create = async (overwrite: boolean) => {
    setPhase({ kind: "busy" });
    try {
      const measures = snapshot.measures.map((m) => m.measure);
      const table = buildCommitteeTable(scenario, measures, snapshot.settings, STORAGE_SHEET_NAMES);
      const outcome = await onCreate(table, overwrite);
      setPhase(
        outcome.status === "needsConfirmation"
          ? { kind: "confirm", sheetName: outcome.sheetName }
          : { kind: "done", outcome }
      );
    } catch (error) {
      setPhase({ kind: "failed", message: `${t.committee.failed} ${thrownText(error)}` });
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
      {phase.kind === "done" && <OutcomeBar outcome={phase.outcome} />}
      {phase.kind === "failed" && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>{phase.message}</MessageBarBody>
        </MessageBar>
      )}
      <ReplaceDialog
        sheetName={phase.kind === "confirm" ? phase.sheetName : null}
        onCancel={() => setPhase({ kind: "idle" })}
        onReplace={() => void create(true)}
      />
    </section>
  );
}

/** Where the table went: the sheet (and whether its print settings were set) or the file. */
function OutcomeBar({ outcome }: { readonly outcome: CommitteeOutcome }) {
  const { t } = useLocale();
  return (
    <MessageBar intent="success" layout="multiline">
      <MessageBarBody>
        {outcome.status === "written" && t.committee.written(outcome.sheetName)}
        {outcome.status === "written" && !outcome.printSetUp && ` ${t.committee.noPrintSetUp}`}
        {outcome.status === "downloaded" && t.committee.downloaded(outcome.fileName)}
      </MessageBarBody>
    </MessageBar>
  );
}

/** The question before a sheet the user made is replaced; open while `sheetName` is set. */
function ReplaceDialog({
  sheetName,
  onCancel,
  onReplace,
}: {
  readonly sheetName: string | null;
  readonly onCancel: () => void;
  readonly onReplace: () => void;
}) {
  const { t } = useLocale();
  return (
    <Dialog open={sheetName !== null} onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t.committee.confirmTitle}</DialogTitle>
          <DialogContent>{sheetName !== null && t.committee.confirmBody(sheetName)}</DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={onCancel}>
              {t.common.cancel}
            </Button>
            <Button appearance="primary" onClick={onReplace}>
              {t.committee.replace}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
