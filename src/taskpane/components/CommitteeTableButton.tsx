/**
 * "Skapa nämndtabell": builds the committee table of the chosen scenario (pure core) and hands it
 * to the host's action, which writes it into its own sheet in Excel or downloads it as .xlsx in
 * the browser, and says where it went. Nothing to ask: in Excel the table goes into its scenario's
 * own sheet or a new one, never over a sheet the user made.
 */
import { useState } from "react";
import {
  Button,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { DocumentCopyRegular } from "@fluentui/react-icons";
import { committeeHtml, committeePlainText } from "../../plan/committeeHtml";
import { buildCommitteeTable } from "../../plan/committeeTable";
import { fallbackOf } from "../../plan/decisions";
import type { Scenario } from "../../plan/model";
import {
  STORAGE_SHEET_NAMES,
  type CommitteeOutcome,
  type PlanSnapshot,
  type WorkbookPort,
} from "../../port/workbookPort";
import { copyRich } from "../clipboard";
import { useOutcome } from "../hooks/useOutcome";
import { useLocale } from "../locale";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface CommitteeTableButtonProps {
  readonly snapshot: PlanSnapshot;
  readonly scenario: Scenario;
  /** Writes the table (the port's createCommitteeTable). */
  readonly onCreate: WorkbookPort["createCommitteeTable"];
}

export function CommitteeTableButton({ snapshot, scenario, onCreate }: CommitteeTableButtonProps) {
  const { t } = useLocale();
  const { phase, run } = useOutcome<CommitteeOutcome>(t.committee.failed);
  const classes = useStyles();
  const [copied, setCopied] = useState<boolean | null>(null);
  const create = () =>
    run(() => {
      const measures = snapshot.measures.map((m) => m.measure);
      return onCreate(
        buildCommitteeTable(
          scenario,
          measures,
          snapshot.settings,
          STORAGE_SHEET_NAMES,
          fallbackOf(scenario, snapshot.scenarios)
        )
      );
    });

  return (
    <section aria-label={t.committee.button} className={classes.section}>
      <div className={classes.buttons}>
        <Button appearance="primary" disabled={phase.kind === "busy"} onClick={() => void create()}>
          {phase.kind === "busy" ? t.committee.busy : t.committee.button}
        </Button>
        <CopyForWordButton snapshot={snapshot} scenario={scenario} onCopied={setCopied} />
      </div>
      <Text as="p" block size={200}>
        {t.committee.hint}
      </Text>
      {copied !== null && (
        <MessageBar intent={copied ? "success" : "warning"} layout="multiline">
          <MessageBarBody>
            {copied ? t.committee.copiedForWord : t.committee.copyForWordFailed}
          </MessageBarBody>
        </MessageBar>
      )}
      {phase.kind === "done" && <OutcomeBar outcome={phase.outcome} />}
      {phase.kind === "failed" && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>{phase.message}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}

/** "Kopiera för Word": the same table as HTML with its fills and as plain text, on the clipboard. */
function CopyForWordButton(
  props: Omit<CommitteeTableButtonProps, "onCreate"> & { onCopied: (done: boolean) => void }
) {
  const { snapshot, scenario, onCopied } = props;
  const { t } = useLocale();
  const copy = () => {
    const measures = snapshot.measures.map((m) => m.measure);
    const table = buildCommitteeTable(
      scenario,
      measures,
      snapshot.settings,
      STORAGE_SHEET_NAMES,
      fallbackOf(scenario, snapshot.scenarios)
    );
    void copyRich(committeeHtml(table), committeePlainText(table)).then(onCopied);
  };
  return (
    <Button icon={<DocumentCopyRegular />} onClick={copy}>
      {t.committee.copyForWord}
    </Button>
  );
}

/**
 * Where the table went: the sheet (and whether its print settings were set) or the file; and,
 * when a sheet of the user's had the wanted name, that it was left alone.
 */
function OutcomeBar({ outcome }: { readonly outcome: CommitteeOutcome }) {
  const { t } = useLocale();
  return (
    <MessageBar intent="success" layout="multiline">
      <MessageBarBody>
        {outcome.status === "written" && t.committee.written(outcome.sheetName)}
        {outcome.status === "written" &&
          outcome.leftAlone !== null &&
          ` ${t.identity.otherSheet(outcome.leftAlone)}`}
        {outcome.status === "written" && !outcome.printSetUp && ` ${t.committee.noPrintSetUp}`}
        {outcome.status === "downloaded" && t.committee.downloaded(outcome.fileName)}
      </MessageBarBody>
    </MessageBar>
  );
}
