/** The measures and the proposals, each group with its switches that include an item. */
import { Text } from "@fluentui/react-components";
import { useLocale } from "../../locale";
import { IncludeRow } from "./IncludeRow";
import type { ScenarioPanelState } from "./ScenarioPanel.types";
import { useScenarioPanelStyles } from "./useScenarioPanelStyles.styles";

export function IncludeSection({ state }: { readonly state: ScenarioPanelState }) {
  const { t } = useLocale();
  const classes = useScenarioPanelStyles();
  const groups = [
    { title: t.scenario.includedMeasures, items: state.measures },
    { title: t.scenario.includedProposals, items: state.proposals },
  ];
  return (
    <section className={classes.section} aria-label={t.scenario.includeTitle}>
      <h3 className={classes.heading}>{t.scenario.includeTitle}</h3>
      <Text className={classes.hint}>{t.scenario.includeHint}</Text>
      {state.measures.length + state.proposals.length === 0 && <Text>{t.scenario.noItems}</Text>}
      {groups.map(
        (group) =>
          group.items.length > 0 && (
            <div key={group.title} role="group" aria-label={group.title}>
              <Text weight="semibold">{group.title}</Text>
              <ul className={classes.items}>
                {group.items.map((m) => (
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
          )
      )}
    </section>
  );
}
