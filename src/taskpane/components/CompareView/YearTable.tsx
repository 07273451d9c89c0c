/** One plan year of the comparison: per scenario what is freed, what must be covered, the result. */
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import type { ScenarioComparison } from "../../../plan/balance";
import { shownYear } from "../../../plan/shownAmounts";
import { formatNumber } from "../../format";
import { useLocale } from "../../locale";
import { scenarioName } from "../../names";
import { BalanceBadge } from "../BalanceBadge";
import { useCompareViewStyles } from "./useCompareViewStyles.styles";

export interface YearTableProps {
  readonly comparison: ScenarioComparison;
  readonly year: number;
  /** The year's place in comparison.years (and in each scenario's years). */
  readonly index: number;
}

export function YearTable({ comparison, year, index }: YearTableProps) {
  const { t, lang } = useLocale();
  const classes = useCompareViewStyles();
  return (
    <section className={classes.section} aria-label={t.compare.tableLabel(year)}>
      <h3 className={classes.heading}>{t.compare.tableLabel(year)}</h3>
      <div className={classes.tableWrap}>
        <Table size="extra-small" aria-label={t.compare.tableLabel(year)}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t.compare.scenario}</TableHeaderCell>
              <TableHeaderCell
                scope="col"
                className={classes.numberCell}
                button={{ className: classes.numberHeaderButton }}
              >
                {t.compare.covered}
              </TableHeaderCell>
              <TableHeaderCell
                scope="col"
                className={classes.numberCell}
                button={{ className: classes.numberHeaderButton }}
              >
                {t.compare.toCover}
              </TableHeaderCell>
              <TableHeaderCell scope="col">{t.compare.result}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {comparison.scenarios.map((s) => {
              const exact = s.years[index];
              if (!exact) return null;
              const y = shownYear(exact);
              return (
                <TableRow key={s.scenarioId}>
                  <TableHeaderCell scope="row" className={classes.nameCell}>
                    {scenarioName(s.name)}
                  </TableHeaderCell>
                  <TableCell className={classes.numberCell}>
                    {formatNumber(y.freed, lang)}
                  </TableCell>
                  <TableCell className={classes.numberCell}>
                    {formatNumber(y.toCover, lang)}
                  </TableCell>
                  <TableCell>
                    <BalanceBadge year={y} />
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </div>
    </section>
  );
}
