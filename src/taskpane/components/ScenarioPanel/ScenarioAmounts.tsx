/**
 * The result section: the table of what the balance computes, a warning per kind of amount that
 * cannot be saved, the result per year in words, and the formula it follows.
 */
import { MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import type { ScenarioBalance } from "../../../plan/balance";
import { shownYear } from "../../../plan/shownAmounts";
import { useLocale } from "../../locale";
import { BalanceBadge } from "../BalanceBadge";
import { ResultTable } from "./ResultTable";
import type { ScenarioPanelState } from "./ScenarioPanel.types";
import { useScenarioPanelStyles } from "./useScenarioPanelStyles.styles";

export function ScenarioAmounts(props: {
  readonly state: ScenarioPanelState;
  readonly balance: ScenarioBalance;
}) {
  const { state, balance } = props;
  const { t } = useLocale();
  const classes = useScenarioPanelStyles();
  return (
    <section className={classes.section} aria-label={t.lines.resultTitle}>
      <h3 className={classes.heading}>{t.lines.resultTitle}</h3>
      {state.invalidMessages.map((message) => (
        <MessageBar key={message} intent="warning" layout="multiline">
          <MessageBarBody>{message}</MessageBarBody>
        </MessageBar>
      ))}
      <ul className={classes.results} aria-live="polite">
        {balance.years.map((y) => (
          <li key={y.year} className={classes.result}>
            <Text weight="semibold">{t.scenario.balanceFor(y.year)}</Text>
            <BalanceBadge year={shownYear(y)} />
          </li>
        ))}
      </ul>
      <div className={classes.tableWrap}>
        <ResultTable years={state.years} balance={balance} />
      </div>
      <Text className={classes.hint}>{t.lines.resultFormula}</Text>
      {balance.missingIds.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t.scenario.missing(balance.missingIds.length)}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
