/**
 * Everything the workbook held that could not be read, each problem in words (problemText),
 * naming the row and column. The first few are shown; the rest on request.
 */
import { useState } from "react";
import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { problemText } from "../../i18n/problems";
import type { PlanSnapshot } from "../../port/workbookPort";
import { useLocale } from "../locale";

const FIRST = 5;

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
  item: { marginBottom: tokens.spacingVerticalXXS },
});

export function ProblemList({ problems }: { readonly problems: PlanSnapshot["problems"] }) {
  const { t, lang } = useLocale();
  const [all, setAll] = useState(false);
  const styles = useStyles();
  if (problems.length === 0) return null;
  const shown = all ? problems : problems.slice(0, FIRST);
  return (
    <MessageBar intent="warning" layout="multiline" aria-label={t.problems.title(problems.length)}>
      <MessageBarBody>
        <MessageBarTitle>{t.problems.title(problems.length)}</MessageBarTitle> {t.problems.intro}
        <ul className={styles.list}>
          {shown.map((p, i) => (
            <li key={i} className={styles.item}>
              {problemText(p, lang)}
            </li>
          ))}
        </ul>
        {problems.length > FIRST && (
          <Button appearance="transparent" size="small" onClick={() => setAll(!all)}>
            {all ? t.problems.showFewer : t.problems.showAll(problems.length)}
          </Button>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
