/**
 * The first view of a workbook without the measures table: create an empty table, or load the
 * reference case as an example.
 */
import { Body1, Button, Caption1, Title3, useId } from "@fluentui/react-components";
import { DocumentTable20Regular, TableAdd20Regular } from "@fluentui/react-icons";
import { useLocale } from "../locale";
import { useChoiceViewStyles as useStyles } from "./useChoiceViewStyles.styles";

export interface FirstUseProps {
  readonly busy: boolean;
  readonly onCreateTable: () => void;
  readonly onLoadExample: () => void;
}

export function FirstUse({ busy, onCreateTable, onLoadExample }: FirstUseProps) {
  const { t } = useLocale();
  const styles = useStyles();
  const headingId = useId("first-use");
  const createHintId = useId("create-hint");
  const exampleHintId = useId("example-hint");
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Title3 as="h2" id={headingId}>
        {t.firstUse.title}
      </Title3>
      <Body1 as="p">{t.firstUse.intro}</Body1>
      <div className={styles.choice}>
        <Button
          appearance="primary"
          icon={<TableAdd20Regular />}
          disabled={busy}
          onClick={onCreateTable}
          aria-describedby={createHintId}
        >
          {t.firstUse.createTable}
        </Button>
        <Caption1 id={createHintId} className={styles.hint}>
          {t.firstUse.createTableHint}
        </Caption1>
      </div>
      <div className={styles.choice}>
        <Button
          icon={<DocumentTable20Regular />}
          disabled={busy}
          onClick={onLoadExample}
          aria-describedby={exampleHintId}
        >
          {t.firstUse.loadExample}
        </Button>
        <Caption1 id={exampleHintId} className={styles.hint}>
          {t.firstUse.loadExampleHint}
        </Caption1>
      </div>
    </section>
  );
}
