/**
 * Inställningar: the plan period, the municipality and committee, the budget areas, the unit,
 * the colour words and the legend, with presets. The form edits a draft and saves it with Spara;
 * input that cannot be saved is said at its field and nothing is saved. Fluent v9 split: types /
 * hook / styles / render, the areas in a component of their own (AreasSection).
 */
import { useLocale } from "../../locale";
import type { SettingsViewProps } from "./SettingsView.types";
import { renderSettingsView } from "./renderSettingsView";
import { useSettingsView } from "./useSettingsView";
import { useSettingsViewStyles } from "./useSettingsViewStyles.styles";

export type { SettingsViewProps } from "./SettingsView.types";

export function SettingsView(props: SettingsViewProps) {
  const { t } = useLocale();
  const state = useSettingsView(props);
  const classes = useSettingsViewStyles();
  return renderSettingsView(state, classes, t);
}

export default SettingsView;
