/** The amounts section: the table, a warning per kind of amount that cannot be saved, the result per year. */
import { MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import { shownYear } from "../../../plan/shownAmounts";
import { useLocale } from "../../locale";
import { BalanceBadge } from "../BalanceBadge";
import { AmountsTable } from "./AmountsTable";
import type { AmountsTableProps } from "./AmountsTable";
import { useScenarioPanelStyles } from "./useScenarioPanelStyles.styles";

export function ScenarioAmounts(props: AmountsTableProps) {
  const { state, balance } = props;
  const { t } = useLocale();
  const classes = useScenarioPanelStyles();
  return (
    <section className={classes.section} aria-label={t.scenario.amountsTitle}>
      <h3 className={classes.heading}>{t.scenario.amountsTitle}</h3>
      <div className={classes.tableWrap}>
        <AmountsTable {...props} />
      </div>
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
      {balance.missingIds.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t.scenario.missing(balance.missingIds.length)}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
