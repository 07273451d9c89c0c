/**
 * A plan with its measures table: the tabs Åtgärder · Scenarier · Beslut · Jämför · Inställningar
 * and the editor dialog. The editor, the scenario panel, the decisions, the comparison and the settings are loaded when
 * first shown (React.lazy), so the first view starts with less JavaScript.
 */
import { Suspense, lazy, useCallback } from "react";
import { Body1, Tab, TabList, useId } from "@fluentui/react-components";
import type { SelectTabData } from "@fluentui/react-components";
import type { MeasureKind, Scenario } from "../../plan/model";
import { listedRows } from "../../port/workbookPort";
import type { PlanSnapshot, WorkbookPort } from "../../port/workbookPort";
import type { DeletedMeasure, PlanActions } from "../hooks/usePlan";
import { useLocale } from "../locale";
import { useAppStyles } from "./App.styles";
import { BalanceBar } from "./BalanceBar";
import { MeasureList } from "./MeasureList/MeasureList";
import type { EditorResult, EditorTarget } from "./MeasureEditor/MeasureEditor.types";
import { UndoBar } from "./UndoBar";

const MeasureEditor = lazy(
  () => import(/* webpackChunkName: "editor" */ "./MeasureEditor/MeasureEditor")
);
const ScenarioPanel = lazy(
  () => import(/* webpackChunkName: "scenarios" */ "./ScenarioPanel/ScenarioPanel")
);
const CommitteeTableButton = lazy(() =>
  import(/* webpackChunkName: "committee" */ "./CommitteeTableButton").then((m) => ({
    default: m.CommitteeTableButton,
  }))
);
const CompareView = lazy(
  () => import(/* webpackChunkName: "compare" */ "./CompareView/CompareView")
);

const MeasureAreaSums = lazy(
  () => import(/* webpackChunkName: "areasums" */ "./MeasureList/MeasureAreaSums")
);

const DecisionsView = lazy(
  () => import(/* webpackChunkName: "decisions" */ "./DecisionsView/DecisionsView")
);

const SettingsView = lazy(
  () => import(/* webpackChunkName: "settings" */ "./SettingsView/SettingsView")
);

export type TabValue = "measures" | "scenarios" | "decisions" | "compare" | "settings";

export interface PlanTabsProps {
  readonly snapshot: PlanSnapshot;
  readonly deleted: DeletedMeasure | null;
  readonly actions: PlanActions;
  readonly onCreateCommitteeTable: WorkbookPort["createCommitteeTable"];
  readonly tab: TabValue;
  readonly onTab: (tab: TabValue) => void;
  /** The chosen scenario (the first when none is chosen or the chosen one is gone). */
  readonly scenarioId: string | null;
  readonly onSelectScenario: (id: string | null) => void;
  /** The measure in the editor, or null when the editor is closed. */
  readonly editing: EditorTarget | null;
  readonly onEditing: (target: EditorTarget | null) => void;
}

export function PlanTabs(props: PlanTabsProps) {
  const { snapshot, tab, editing, onEditing } = props;
  const { t } = useLocale();
  const styles = useAppStyles();
  const tabId = useId("tab");
  const panelId = useId("panel");
  const scenario =
    snapshot.scenarios.find((s) => s.id === props.scenarioId) ?? snapshot.scenarios[0] ?? null;
  const { addMeasure, updateMeasure } = props.actions;
  const closeEditor = useCallback(() => onEditing(null), [onEditing]);
  const onSave = useCallback(
    (result: EditorResult) =>
      result.mode === "new"
        ? addMeasure(result.measure, result.includeIn)
        : updateMeasure(result.id, result.patch),
    [addMeasure, updateMeasure]
  );

  const tabProps = (value: TabValue) => ({
    value,
    id: `${tabId}-${value}`,
    "aria-controls": panelId,
  });

  return (
    <>
      {scenario && <BalanceBar snapshot={snapshot} scenario={scenario} />}
      <TabList
        className={styles.tabs}
        selectedValue={tab}
        onTabSelect={(_, data: SelectTabData) => props.onTab(data.value as TabValue)}
        aria-label={t.app.tabsLabel}
      >
        <Tab {...tabProps("measures")}>{t.app.tabMeasures}</Tab>
        <Tab {...tabProps("scenarios")}>{t.app.tabScenarios}</Tab>
        <Tab {...tabProps("decisions")}>{t.decisions.tab}</Tab>
        <Tab {...tabProps("compare")}>{t.app.tabCompare}</Tab>
        <Tab {...tabProps("settings")}>{t.settings.tab}</Tab>
      </TabList>
      <div
        role="tabpanel"
        id={panelId}
        aria-labelledby={`${tabId}-${tab}`}
        className={styles.panel}
      >
        <ActiveView {...props} scenario={scenario} />
      </div>
      {editing && (
        <Suspense fallback={null}>
          <MeasureEditor
            target={editing}
            snapshot={snapshot}
            scenario={scenario}
            onSave={onSave}
            onClose={closeEditor}
          />
        </Suspense>
      )}
    </>
  );
}

/** The view of the chosen tab; all but the first are loaded when first shown. */
function ActiveView(props: PlanTabsProps & { readonly scenario: Scenario | null }) {
  const { t } = useLocale();
  // Plain text rather than a Spinner while a view loads: the first script stays smaller.
  const fallback = <Body1 role="status">{t.app.loadingView}</Body1>;
  return (
    <>
      {props.tab === "measures" && <MeasuresTab {...props} />}
      {props.tab === "scenarios" && (
        <Suspense fallback={fallback}>
          <ScenariosTab {...props} />
        </Suspense>
      )}
      {props.tab === "decisions" && (
        <Suspense fallback={fallback}>
          <DecisionsView
            snapshot={props.snapshot}
            scenario={props.scenario}
            onSelect={props.onSelectScenario}
            onSave={props.actions.saveScenarios}
          />
        </Suspense>
      )}
      {props.tab === "compare" && (
        <Suspense fallback={fallback}>
          <CompareView snapshot={props.snapshot} />
        </Suspense>
      )}
      {props.tab === "settings" && (
        <Suspense fallback={fallback}>
          <SettingsView snapshot={props.snapshot} onSave={props.actions.saveSettings} />
        </Suspense>
      )}
    </>
  );
}

/** Scenarier: the panel, and the committee table of the chosen scenario. */
function ScenariosTab(props: PlanTabsProps & { readonly scenario: Scenario | null }) {
  const { snapshot, scenario } = props;
  return (
    <>
      <ScenarioPanel
        snapshot={snapshot}
        selectedId={scenario?.id ?? null}
        onSelect={props.onSelectScenario}
        onSave={props.actions.saveScenarios}
      />
      {scenario && (
        <CommitteeTableButton
          snapshot={snapshot}
          scenario={scenario}
          onCreate={props.onCreateCommitteeTable}
        />
      )}
    </>
  );
}

/** Åtgärder: the undo bar after a deletion, the list with its actions, the sums per area. */
function MeasuresTab(props: PlanTabsProps & { readonly scenario: Scenario | null }) {
  const { snapshot, deleted, actions, onEditing, scenario } = props;
  const { t } = useLocale();
  const { duplicateMeasure, deleteMeasure } = actions;
  const onAdd = useCallback((kind: MeasureKind) => onEditing({ mode: "new", kind }), [onEditing]);
  const onEdit = useCallback((id: string) => onEditing({ mode: "edit", id }), [onEditing]);
  const onDuplicate = useCallback((id: string) => void duplicateMeasure(id), [duplicateMeasure]);
  const onDelete = useCallback((id: string) => void deleteMeasure(id), [deleteMeasure]);
  return (
    <>
      {deleted && (
        <UndoBar
          message={t.undo.deleted(deleted.measure.title.trim() || t.list.untitled)}
          onUndo={() => void actions.undoDelete()}
          onDismiss={actions.dismissUndo}
        />
      )}
      <MeasureList
        measures={listedRows(snapshot)}
        settings={snapshot.settings}
        problems={snapshot.problems}
        onAdd={onAdd}
        onEdit={onEdit}
        onDuplicate={onDuplicate}
        onDelete={onDelete}
      />
      {scenario && snapshot.measures.length > 0 && (
        <Suspense fallback={null}>
          <MeasureAreaSums snapshot={snapshot} scenario={scenario} />
        </Suspense>
      )}
    </>
  );
}
