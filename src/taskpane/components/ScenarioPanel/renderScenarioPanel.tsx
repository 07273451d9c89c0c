/** Renders the scenario panel from its state (no hooks here): picker, amounts, items, dialogs. */
import { Text } from "@fluentui/react-components";
import type { Texts } from "../../../i18n/texts";
import { scenarioName } from "../../names";
import { UndoBar } from "../UndoBar";
import { IncludeSection } from "./IncludeSection";
import { ScenarioAmounts } from "./ScenarioAmounts";
import { DeleteDialog, RenameDialog } from "./ScenarioDialogs";
import type { ScenarioPanelState } from "./ScenarioPanel.types";
import { ScenarioPicker } from "./ScenarioPicker";
import type { useScenarioPanelStyles } from "./useScenarioPanelStyles.styles";

export function renderScenarioPanel(
  state: ScenarioPanelState,
  classes: ReturnType<typeof useScenarioPanelStyles>,
  t: Texts
) {
  const { saved, balance } = state;
  return (
    <div className={classes.root}>
      {state.removed && (
        <UndoBar
          message={t.undo.scenarioDeleted(scenarioName(state.removed.name))}
          onUndo={state.undoRemove}
          onDismiss={state.dismissRemoved}
        />
      )}
      <ScenarioPicker state={state} />
      {!saved && <Text>{t.scenario.none}</Text>}
      {saved && balance && (
        <>
          <ScenarioAmounts state={state} saved={saved} balance={balance} />
          <IncludeSection state={state} />
        </>
      )}
      <RenameDialog state={state} />
      <DeleteDialog state={state} />
    </div>
  );
}
