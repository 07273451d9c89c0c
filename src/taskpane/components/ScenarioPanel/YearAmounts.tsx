/**
 * A line's amount per plan year: one input per year under its year, wrapping at pane width. The
 * sums follow each keystroke; leaving a field saves it. An input whose text is not an amount is
 * marked and told to the panel, which names it under the section.
 */
import { Caption1 } from "@fluentui/react-components";
import type { LineList } from "../../../plan/lineEdits";
import { AmountInput } from "../AmountInput";
import type { ScenarioPanelState } from "./ScenarioPanel.types";
import { useScenarioPanelStyles } from "./useScenarioPanelStyles.styles";

export interface YearAmountsProps {
  readonly state: ScenarioPanelState;
  readonly list: LineList;
  readonly lineId: string;
  /** The accessible name of each input, from its year. */
  readonly labelOf: (year: number) => string;
}

export function YearAmounts({ state, list, lineId, labelOf }: YearAmountsProps) {
  const classes = useScenarioPanelStyles();
  const scenarioId = state.saved?.id ?? "";
  return (
    <div className={classes.yearGrid}>
      {state.years.map((year) => (
        <label key={year} className={classes.yearField}>
          <Caption1 aria-hidden>{year}</Caption1>
          <AmountInput
            key={`${scenarioId}:${lineId}:${year}`}
            className={classes.input}
            inputClassName={classes.inputText}
            label={labelOf(year)}
            value={state.savedAmount(list, lineId, year)}
            onPreview={(v) => state.previewAmount(list, lineId, year, v)}
            onCommit={(v) => state.commitAmount(list, lineId, year, v)}
            onValidity={(m) => state.setValidity(`${list}:${lineId}:${year}`, m)}
          />
        </label>
      ))}
    </div>
  );
}
