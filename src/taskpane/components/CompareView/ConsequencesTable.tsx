/** Per scenario: how many items it includes, and how many lower the ambition, hurt the goals or are unjudged. */
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import type { ScenarioComparison } from "../../../plan/balance";
import { useLocale } from "../../locale";
import { scenarioName } from "../../names";
import { useCompareViewStyles } from "./useCompareViewStyles.styles";

export function ConsequencesTable({ comparison }: { readonly comparison: ScenarioComparison }) {
  const { t } = useLocale();
  const classes = useCompareViewStyles();
  const counts = [
    t.compare.included,
    t.compare.lowersAmbition,
    t.compare.hurtsGoals,
    t.compare.unjudged,
  ];
  return (
    <section className={classes.section} aria-label={t.compare.consequencesLabel}>
      <h3 className={classes.heading}>{t.compare.consequencesTitle}</h3>
      <div className={classes.tableWrap}>
        <Table size="extra-small" aria-label={t.compare.consequencesLabel}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t.compare.scenario}</TableHeaderCell>
              {counts.map((label) => (
                <TableHeaderCell
                  key={label}
                  scope="col"
                  className={classes.numberCell}
                  button={{ className: classes.numberHeaderButton }}
                >
                  {label}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {comparison.scenarios.map((s) => (
              <TableRow key={s.scenarioId}>
                <TableHeaderCell scope="row" className={classes.nameCell}>
                  {scenarioName(s.name)}
                </TableHeaderCell>
                <TableCell className={classes.numberCell}>
                  {s.includedMeasures + s.includedProposals}
                </TableCell>
                <TableCell className={classes.numberCell}>{s.lowersAmbition}</TableCell>
                <TableCell className={classes.numberCell}>{s.hurtsGoals}</TableCell>
                <TableCell className={classes.numberCell}>{s.unjudged}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </section>
  );
}
