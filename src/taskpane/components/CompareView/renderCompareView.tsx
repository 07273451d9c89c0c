/** Renders the comparison from its state (no hooks here): the choice, a table per year, the consequences. */
import { Checkbox, Text } from "@fluentui/react-components";
import type { Texts } from "../../../i18n/texts";
import { scenarioName } from "../../names";
import type { CompareViewState } from "./CompareView.types";
import { ConsequencesTable } from "./ConsequencesTable";
import type { useCompareViewStyles } from "./useCompareViewStyles.styles";
import { YearTable } from "./YearTable";

export function renderCompareView(
  state: CompareViewState,
  classes: ReturnType<typeof useCompareViewStyles>,
  t: Texts
) {
  const { scenarios } = state.props.snapshot;
  const comparison = state.comparison;
  if (scenarios.length < 2) return <Text>{t.compare.tooFew}</Text>;

  return (
    <div className={classes.root}>
      <fieldset className={classes.choices}>
        <legend>
          <Text weight="semibold">{t.compare.choose}</Text>
        </legend>
        {scenarios.map((s) => (
          <Checkbox
            key={s.id}
            label={scenarioName(s.name)}
            checked={state.chosen.has(s.id)}
            onChange={(_, data) => state.toggle(s.id, data.checked === true)}
          />
        ))}
      </fieldset>

      {!comparison && <Text>{t.compare.needTwo}</Text>}
      {comparison &&
        comparison.years.map((year, index) => (
          <YearTable key={year} comparison={comparison} year={year} index={index} />
        ))}
      {comparison && <ConsequencesTable comparison={comparison} />}
    </div>
  );
}
