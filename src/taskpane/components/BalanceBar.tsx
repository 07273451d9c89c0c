/**
 * The balance always in sight: the chosen scenario and its result per plan year, in words and
 * colour, at the top of every view and kept there while the view scrolls. It follows every edit,
 * since it is computed from the plan as the pane shows it (the same balance as the scenario view).
 */
import { useMemo } from "react";
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { balanceOf } from "../../plan/balance";
import type { Scenario } from "../../plan/model";
import { shownYear } from "../../plan/shownAmounts";
import type { PlanSnapshot } from "../../port/workbookPort";
import { useLocale } from "../locale";
import { scenarioName } from "../names";
import { BalanceBadge } from "./BalanceBadge";

const useStyles = makeStyles({
  bar: {
    position: "sticky",
    top: "0",
    zIndex: 1,
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    backgroundColor: tokens.colorNeutralBackground2,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  name: { minWidth: "0", overflowWrap: "anywhere" },
  years: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
});

export interface BalanceBarProps {
  readonly snapshot: PlanSnapshot;
  readonly scenario: Scenario;
}

export function BalanceBar({ snapshot, scenario }: BalanceBarProps) {
  const { t } = useLocale();
  const classes = useStyles();
  const balance = useMemo(
    () =>
      balanceOf(
        scenario,
        snapshot.measures.map((m) => m.measure),
        snapshot.settings
      ),
    [scenario, snapshot.measures, snapshot.settings]
  );
  const name = scenarioName(scenario.name);
  return (
    <section className={classes.bar} aria-label={t.app.balanceBar(name)}>
      <Text size={200} weight="semibold" className={classes.name}>
        {name}
      </Text>
      <div className={classes.years} aria-live="polite">
        {balance.years.map((y) => (
          <BalanceBadge key={y.year} year={shownYear(y)} prefix={String(y.year)} />
        ))}
      </div>
    </section>
  );
}
