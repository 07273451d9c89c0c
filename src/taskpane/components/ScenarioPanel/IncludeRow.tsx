/**
 * One measure or proposal with a switch that includes it in the scenario: one click (or Space)
 * and the balance is recomputed. Memoised: a click re-renders only its own row.
 */
import { memo } from "react";
import { Caption1, Switch, useId } from "@fluentui/react-components";
import type { Decimal } from "../../../budget/money";
import type { Measure } from "../../../plan/model";
import { formatNumber } from "../../format";
import { useLocale } from "../../locale";
import { itemLabel, measureTitle } from "../../names";

export interface IncludeRowProps {
  readonly measure: Measure;
  readonly years: readonly number[];
  readonly included: boolean;
  /**
   * An included item's amounts per year as shown beside the scenario's totals (largest remainder,
   * so they add up to them); without them, each amount is shown rounded on its own.
   */
  readonly shownAmounts?: readonly (Decimal | null)[];
  readonly onToggle: (id: string, on: boolean) => void;
  readonly className?: string;
  readonly amountsClassName?: string;
}

export const IncludeRow = memo(function IncludeRow({
  measure,
  years,
  included,
  shownAmounts,
  onToggle,
  className,
  amountsClassName,
}: IncludeRowProps) {
  const { t, lang } = useLocale();
  const amountsId = useId("amounts");
  const title = measureTitle(measure, t);
  const amounts = years
    .map((y, i) => {
      const e = shownAmounts ? shownAmounts[i] : measure.effects[y];
      return `${y}: ${e ? formatNumber(e, lang) : t.list.blank}`;
    })
    .join(" · ");
  return (
    <li className={className}>
      <Switch
        checked={included}
        onChange={(_, data) => onToggle(measure.id, data.checked)}
        label={`${itemLabel(measure, t)}: ${title}`}
        aria-describedby={amountsId}
      />
      <Caption1 id={amountsId} className={amountsClassName}>
        {amounts} {t.common.unit}
      </Caption1>
    </li>
  );
});
