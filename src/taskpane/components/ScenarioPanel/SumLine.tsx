/** A computed amount per plan year under a list of lines (the frame, the needs, the requests), rounded once. */
import { Caption1, Text } from "@fluentui/react-components";
import type { Decimal } from "../../../budget/money";
import { shownAmount } from "../../../plan/shownAmounts";
import { formatNumber } from "../../format";
import { useLocale } from "../../locale";
import { useScenarioPanelStyles } from "./useScenarioPanelStyles.styles";

export interface SumLineProps {
  readonly label: string;
  readonly years: readonly number[];
  readonly amountIn: (year: number) => Decimal;
}

export function SumLine({ label, years, amountIn }: SumLineProps) {
  const { lang } = useLocale();
  const classes = useScenarioPanelStyles();
  return (
    <div className={classes.sumLine} role="group" aria-label={label}>
      <Text weight="semibold">{label}</Text>
      <div className={classes.yearGrid}>
        {years.map((year) => (
          <div key={year} className={classes.yearSum}>
            <Caption1>{year}</Caption1>
            <Text className={classes.number}>
              {formatNumber(shownAmount(amountIn(year)), lang)}
            </Text>
          </div>
        ))}
      </div>
    </div>
  );
}
