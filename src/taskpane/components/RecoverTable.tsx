/**
 * The view of a workbook that has a stored plan (settings and scenarios) but no measures table:
 * the table was renamed, converted to a range, or its sheet deleted. Never the first-use view,
 * whose choices would replace the plan's own settings or scenarios: it says what was found and
 * offers to recreate the table from the plan's settings, keeping settings and scenarios. When the
 * stored plan could not be read it offers nothing that would write over it, and says what to do.
 */
import { Body1, Button, Caption1, Title3, useId } from "@fluentui/react-components";
import { TableAdd20Regular } from "@fluentui/react-icons";
import type { PlanSettings, Scenario } from "../../plan/model";
import { useLocale } from "../locale";
import { useChoiceViewStyles as useStyles } from "./useChoiceViewStyles.styles";

export interface RecoverTableProps {
  /** The stored plan document: readable, or there but unreadable. */
  readonly document: "readable" | "unreadable";
  readonly settings: PlanSettings;
  readonly scenarios: readonly Scenario[];
  readonly host: "excel" | "browser";
  readonly busy: boolean;
  /** Recreates the table from `settings`, keeping the plan document as it is. */
  readonly onRecreate: () => void;
}

/** "2026–2028", or "2026" for a plan of one year. */
function periodOf(settings: PlanSettings): string {
  const last = settings.firstYear + settings.yearCount - 1;
  return last === settings.firstYear ? String(last) : `${settings.firstYear}–${last}`;
}

export function RecoverTable(props: RecoverTableProps) {
  const { t } = useLocale();
  const styles = useStyles();
  const headingId = useId("recover");
  const hintId = useId("recover-hint");
  const { settings, scenarios, host } = props;
  if (props.document === "unreadable") {
    return (
      <section className={styles.root} aria-labelledby={headingId}>
        <Title3 as="h2" id={headingId}>
          {t.recover.unreadableTitle}
        </Title3>
        <Body1 as="p">
          {host === "excel" ? t.recover.unreadableExcel : t.recover.unreadableBrowser}
        </Body1>
      </section>
    );
  }
  const names = scenarios.map((s) => s.name.trim()).filter((n) => n !== "");
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Title3 as="h2" id={headingId}>
        {t.recover.title}
      </Title3>
      <Body1 as="p">
        {t.recover.found(
          scenarios.length,
          periodOf(settings),
          settings.unit,
          settings.areas.length
        )}
      </Body1>
      {names.length > 0 && <Body1 as="p">{t.recover.scenarioNames(names.join(", "))}</Body1>}
      <Body1 as="p">{host === "excel" ? t.recover.whyExcel : t.recover.whyBrowser}</Body1>
      <div className={styles.choice}>
        <Button
          appearance="primary"
          icon={<TableAdd20Regular />}
          disabled={props.busy}
          onClick={props.onRecreate}
          aria-describedby={hintId}
        >
          {t.recover.recreate}
        </Button>
        <Caption1 id={hintId} className={styles.hint}>
          {t.recover.recreateHint}
        </Caption1>
      </div>
    </section>
  );
}
