/** Choosing a scenario, and the buttons that create, copy, rename and delete one. */
import { Button, Field } from "@fluentui/react-components";
import {
  Add20Regular,
  Copy20Regular,
  Delete20Regular,
  Rename20Regular,
} from "@fluentui/react-icons";
import { useLocale } from "../../locale";
import { ScenarioDropdown } from "../ScenarioDropdown";
import type { ScenarioPanelState } from "./ScenarioPanel.types";
import { useScenarioPanelStyles } from "./useScenarioPanelStyles.styles";

export function ScenarioPicker({ state }: { readonly state: ScenarioPanelState }) {
  const { t } = useLocale();
  const classes = useScenarioPanelStyles();
  const { saved } = state;
  return (
    <div className={classes.picker}>
      {state.scenarios.length > 0 && (
        <Field label={t.scenario.picker} className={classes.pickerField}>
          <ScenarioDropdown
            className={classes.dropdown}
            scenarios={state.scenarios}
            chosen={saved}
            onSelect={state.props.onSelect}
          />
        </Field>
      )}
      <Button icon={<Add20Regular />} onClick={state.create}>
        {t.scenario.create}
      </Button>
      {saved && (
        <>
          <Button icon={<Copy20Regular />} onClick={state.copy}>
            {t.scenario.copy}
          </Button>
          <Button icon={<Rename20Regular />} onClick={() => state.openDialog("rename")}>
            {t.scenario.rename}
          </Button>
          <Button icon={<Delete20Regular />} onClick={() => state.openDialog("delete")}>
            {t.scenario.remove}
          </Button>
        </>
      )}
    </div>
  );
}
