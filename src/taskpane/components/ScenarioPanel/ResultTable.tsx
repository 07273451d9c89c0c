/**
 * What the balance computes per plan year from the lines and the items: the frame, the needs,
 * the proposals funded within the frame, the own costs of requests, the requested increase, what
 * is to be covered, the freed money and the result; each figure rounded once from its exact amount.
 */
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import type { Decimal } from "../../../budget/money";
import type { ScenarioBalance } from "../../../plan/balance";
import { shownYear, type ShownYearBalance } from "../../../plan/shownAmounts";
import { formatNumber } from "../../format";
import { useLocale } from "../../locale";
import { useScenarioPanelStyles } from "./useScenarioPanelStyles.styles";

type Pick = (y: ShownYearBalance) => Decimal;

export function ResultTable(props: {
  readonly years: readonly number[];
  readonly balance: ScenarioBalance;
}) {
  const { t } = useLocale();
  const classes = useScenarioPanelStyles();
  const byYear = new Map(props.balance.years.map((y) => [y.year, shownYear(y)]));
  const rows: readonly [string, Pick][] = [
    [t.lines.resultFrame, (y) => y.frame],
    [t.lines.resultNeeds, (y) => y.needs],
    [t.lines.resultProposals, (y) => y.proposals],
    [t.lines.resultIncreaseCost, (y) => y.increaseCost],
    [t.lines.resultRequested, (y) => y.requestedIncrease],
    [t.scenario.toCover, (y) => y.toCover],
    [t.scenario.freed, (y) => y.freed],
    [t.scenario.balance, (y) => y.balance],
  ];
  return (
    <Table size="extra-small" className={classes.table} aria-label={t.lines.resultTitle}>
      <TableHeader>
        <TableRow>
          <TableCell className={classes.labelCell} />
          {props.years.map((year) => (
            <TableHeaderCell
              key={year}
              scope="col"
              className={classes.numberHeader}
              button={{ className: classes.numberHeaderButton }}
            >
              {year}
            </TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map(([label, pick]) => (
          <ComputedRow key={label} label={label} years={props.years} byYear={byYear} pick={pick} />
        ))}
      </TableBody>
    </Table>
  );
}

/** One computed amount per year (blank for a year the balance does not cover). */
function ComputedRow(props: {
  readonly label: string;
  readonly years: readonly number[];
  readonly byYear: ReadonlyMap<number, ShownYearBalance>;
  readonly pick: Pick;
}) {
  const { lang } = useLocale();
  const classes = useScenarioPanelStyles();
  return (
    <TableRow>
      <TableHeaderCell scope="row" className={classes.labelCell}>
        {props.label}
      </TableHeaderCell>
      {props.years.map((year) => {
        const y = props.byYear.get(year);
        return (
          <TableCell key={year} className={classes.numberCell}>
            {y ? formatNumber(props.pick(y), lang) : ""}
          </TableCell>
        );
      })}
    </TableRow>
  );
}
