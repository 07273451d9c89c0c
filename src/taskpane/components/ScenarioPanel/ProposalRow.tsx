/**
 * One development proposal and its funding in the scenario: unfunded (listed, counted nowhere),
 * within the frame (a cost the measures must cover) or requested as a frame increase. Memoised:
 * a change re-renders only its own row.
 */
import { memo } from "react";
import { Caption1, Dropdown, Field, Option, useId } from "@fluentui/react-components";
import type { Decimal } from "../../../budget/money";
import type { Funding, Measure } from "../../../plan/model";
import { formatNumber } from "../../format";
import { useLocale } from "../../locale";
import { itemLabel, measureTitle } from "../../names";

const FUNDINGS: readonly Funding[] = ["unfunded", "withinFrame", "requested"];

export interface ProposalRowProps {
  readonly proposal: Measure;
  readonly years: readonly number[];
  readonly funding: Funding;
  readonly shownAmounts?: readonly (Decimal | null)[];
  readonly onFunding: (id: string, funding: Funding) => void;
  readonly className?: string;
  readonly amountsClassName?: string;
  readonly dropdownClassName?: string;
}

export const ProposalRow = memo(function ProposalRow(props: ProposalRowProps) {
  const { proposal, years, funding, shownAmounts } = props;
  const { t, lang } = useLocale();
  const amountsId = useId("amounts");
  const label = `${itemLabel(proposal, t)}: ${measureTitle(proposal, t)}`;
  const amounts = years
    .map((y, i) => {
      const e = shownAmounts ? shownAmounts[i] : proposal.effects[y];
      return `${y}: ${e ? formatNumber(e, lang) : t.list.blank}`;
    })
    .join(" · ");
  return (
    <li className={props.className}>
      <Field label={label} size="small">
        <Dropdown
          size="small"
          className={props.dropdownClassName}
          aria-describedby={amountsId}
          value={t.lines.fundingNames[funding]}
          selectedOptions={[funding]}
          onOptionSelect={(_, d) =>
            d.optionValue && props.onFunding(proposal.id, d.optionValue as Funding)
          }
        >
          {FUNDINGS.map((f) => (
            <Option key={f} value={f}>
              {t.lines.fundingNames[f]}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Caption1 id={amountsId} className={props.amountsClassName}>
        {amounts} {t.common.unit}
      </Caption1>
    </li>
  );
});
