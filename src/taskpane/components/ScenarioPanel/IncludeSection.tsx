/**
 * The measures, each with its switch that includes it, and the development proposals, each with
 * its funding: every proposal is listed, whether it is counted or not.
 */
import { Text } from "@fluentui/react-components";
import { useLocale } from "../../locale";
import { fundingOf } from "../../../plan/scenarioLines";
import { IncludeRow } from "./IncludeRow";
import { ProposalRow } from "./ProposalRow";
import type { ScenarioPanelState } from "./ScenarioPanel.types";
import { useScenarioPanelStyles } from "./useScenarioPanelStyles.styles";

export function IncludeSection({ state }: { readonly state: ScenarioPanelState }) {
  const { t } = useLocale();
  const classes = useScenarioPanelStyles();
  return (
    <section className={classes.section} aria-label={t.scenario.includeTitle}>
      <h3 className={classes.heading}>{t.scenario.includeTitle}</h3>
      <Text className={classes.hint}>{t.scenario.includeHint}</Text>
      {state.measures.length + state.proposals.length === 0 && <Text>{t.scenario.noItems}</Text>}
      {state.measures.length > 0 && (
        <div role="group" aria-label={t.scenario.includedMeasures}>
          <Text weight="semibold" block>
            {t.scenario.includedMeasures}
          </Text>
          <ul className={classes.items}>
            {state.measures.map((m) => (
              <IncludeRow
                key={m.id}
                measure={m}
                years={state.years}
                included={state.included.has(m.id)}
                shownAmounts={state.shownAmounts.get(m.id)}
                onToggle={state.toggle}
                className={classes.item}
                amountsClassName={classes.itemAmounts}
              />
            ))}
          </ul>
        </div>
      )}
      {state.proposals.length > 0 && state.shown && (
        <div role="group" aria-label={t.scenario.includedProposals}>
          <Text weight="semibold" block>
            {t.scenario.includedProposals}
          </Text>
          <Text className={classes.hint} block>
            {t.lines.proposalsHint}
          </Text>
          <ul className={classes.items}>
            {state.proposals.map((m) => (
              <ProposalRow
                key={m.id}
                proposal={m}
                years={state.years}
                funding={fundingOf(state.shown!, m.id)}
                shownAmounts={state.shownAmounts.get(m.id)}
                onFunding={state.setFunding}
                className={classes.item}
                amountsClassName={classes.proposalAmounts}
                dropdownClassName={classes.dropdown}
              />
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
