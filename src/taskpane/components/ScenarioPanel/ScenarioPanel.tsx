/**
 * Scenarios: choose, create, rename and delete one; type its frame, needs and requested increase
 * per plan year; include measures and proposals with one click; see the result per year at once,
 * in words and colour. Fluent v9 split: types / hook / styles / render, and one component per
 * part (ScenarioPicker, ScenarioAmounts with AmountsTable, IncludeSection, ScenarioDialogs).
 */
import { useLocale } from "../../locale";
import type { ScenarioPanelProps } from "./ScenarioPanel.types";
import { renderScenarioPanel } from "./renderScenarioPanel";
import { useScenarioPanel } from "./useScenarioPanel";
import { useScenarioPanelStyles } from "./useScenarioPanelStyles.styles";

export type { ScenarioPanelProps } from "./ScenarioPanel.types";

export function ScenarioPanel(props: ScenarioPanelProps) {
  const { t } = useLocale();
  const state = useScenarioPanel(props);
  const classes = useScenarioPanelStyles();
  return renderScenarioPanel(state, classes, t);
}

export default ScenarioPanel;
