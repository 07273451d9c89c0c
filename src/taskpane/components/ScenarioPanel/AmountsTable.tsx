/**
 * The scenario's amounts per plan year: the four the user types (frame, needs, requested increase
 * and its cost), then the four the balance computes from them and the included items.
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
import type { Scenario } from "../../../plan/model";
import type { ScenarioBalance } from "../../../plan/balance";
import { shownYear, type ShownYearBalance } from "../../../plan/shownAmounts";
import { formatNumber } from "../../format";
import { useLocale } from "../../locale";
import { AmountInput } from "../AmountInput";
import type { ScenarioPanelState, YearField } from "./ScenarioPanel.types";
import { useScenarioPanelStyles } from "./useScenarioPanelStyles.styles";

const INPUT_ROWS: readonly YearField[] = ["frame", "needs", "requestedIncrease", "increaseCost"];

export interface AmountsTableProps {
  readonly state: ScenarioPanelState;
  readonly saved: Scenario;
  readonly balance: ScenarioBalance;
}

export function AmountsTable({ state, saved, balance }: AmountsTableProps) {
  const { t } = useLocale();
  const classes = useScenarioPanelStyles();
  // Every computed figure rounded once from its exact amount, as the committee table shows it.
  const byYear = new Map<number, ShownYearBalance>(
    balance.years.map((y) => [y.year, shownYear(y)])
  );
  const computed = (label: string, pick: (y: ShownYearBalance) => Decimal) => (
    <ComputedRow label={label} years={state.years} byYear={byYear} pick={pick} />
  );
  return (
    <Table size="extra-small" className={classes.table} aria-label={t.scenario.amountsTitle}>
      <TableHeader>
        <TableRow>
          <TableCell className={classes.labelCell} />
          {state.years.map((year) => (
            <TableHeaderCell key={year} scope="col" className={classes.numberCell}>
              {year}
            </TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {INPUT_ROWS.map((field) => (
          <InputRow key={field} state={state} saved={saved} field={field} />
        ))}
        {computed(t.scenario.proposals, (y) => y.proposals)}
        {computed(t.scenario.toCover, (y) => y.toCover)}
        {computed(t.scenario.freed, (y) => y.freed)}
        {computed(t.scenario.balance, (y) => y.balance)}
      </TableBody>
    </Table>
  );
}

/** One amount the user types, per year; the balance follows each keystroke. */
function InputRow({
  state,
  saved,
  field,
}: {
  readonly state: ScenarioPanelState;
  readonly saved: Scenario;
  readonly field: YearField;
}) {
  const { t } = useLocale();
  const classes = useScenarioPanelStyles();
  const label = t.scenario[field];
  return (
    <TableRow>
      <TableHeaderCell scope="row" className={classes.labelCell}>
        {label}
      </TableHeaderCell>
      {state.years.map((year) => (
        <TableCell key={year} className={classes.inputCell}>
          <AmountInput
            key={`${saved.id}:${field}:${year}`}
            className={classes.input}
            inputClassName={classes.inputText}
            label={t.scenario.inputLabel(label, year)}
            value={state.savedValue(year, field)}
            onPreview={(v) => state.preview(year, field, v)}
            onCommit={(v) => state.commit(year, field, v)}
            onValidity={(m) => state.setValidity(`${field}:${year}`, m)}
          />
        </TableCell>
      ))}
    </TableRow>
  );
}

/** One amount the balance computes, per year (blank for a year it does not cover). */
function ComputedRow({
  label,
  years,
  byYear,
  pick,
}: {
  readonly label: string;
  readonly years: readonly number[];
  readonly byYear: ReadonlyMap<number, ShownYearBalance>;
  readonly pick: (y: ShownYearBalance) => Decimal;
}) {
  const { lang } = useLocale();
  const classes = useScenarioPanelStyles();
  return (
    <TableRow>
      <TableHeaderCell scope="row" className={classes.labelCell}>
        {label}
      </TableHeaderCell>
      {years.map((year) => {
        const y = byYear.get(year);
        return (
          <TableCell key={year} className={classes.numberCell}>
            {y ? formatNumber(pick(y), lang) : ""}
          </TableCell>
        );
      })}
    </TableRow>
  );
}
