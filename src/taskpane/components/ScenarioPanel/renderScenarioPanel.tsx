/**
 * Renders the scenario panel from its state (no hooks here): the picker, the result first (the
 * answer the economist looks for), the sums per area, the lines (frame, needs, requests), the
 * items, the dialogs.
 */
import { Text } from "@fluentui/react-components";
import type { Texts } from "../../../i18n/texts";
import { lineText } from "../../../plan/lineEdits";
import { scenarioName } from "../../names";
import { UndoBar } from "../UndoBar";
import { AreaSumsTable } from "./AreaSumsTable";
import { FrameLines } from "./FrameLines";
import { IncludeSection } from "./IncludeSection";
import { NeedLines } from "./NeedLines";
import { RequestLines } from "./RequestLines";
import { ScenarioAmounts } from "./ScenarioAmounts";
import { DeleteDialog, RenameDialog } from "./ScenarioDialogs";
import type { ScenarioPanelState } from "./ScenarioPanel.types";
import type { RemovedLine } from "./useScenarioLines";
import { ScenarioPicker } from "./ScenarioPicker";
import type { useScenarioPanelStyles } from "./useScenarioPanelStyles.styles";

/** A removed line's name in the undo message, as its card showed it. */
function removedName({ line, index }: RemovedLine, t: Texts): string {
  return `”${t.lines.lineName(lineText(line), index + 1)}”`;
}

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
      {state.removedLine && (
        <UndoBar
          message={t.lines.lineRemoved(removedName(state.removedLine, t))}
          onUndo={state.undoRemoveLine}
          onDismiss={state.dismissRemovedLine}
        />
      )}
      <ScenarioPicker state={state} />
      {!saved && <Text>{t.scenario.none}</Text>}
      {saved && balance && (
        <>
          <ScenarioAmounts state={state} balance={balance} />
          <AreaSumsTable
            scenario={state.shown}
            index={state.index}
            settings={state.settings}
            years={state.years}
          />
          <FrameLines state={state} />
          <NeedLines state={state} />
          <RequestLines state={state} />
          <IncludeSection state={state} />
        </>
      )}
      <RenameDialog state={state} />
      <DeleteDialog state={state} />
    </div>
  );
}
