/**
 * The task pane. It reaches the workbook only through the WorkbookPort it is given (Excel or the
 * browser's storage: index.tsx chooses), shows its texts in the language it is given, and uses
 * the theme it is given (light by default).
 *
 *   App ─ FluentProvider, texts
 *   └ Pane ─ usePlan(port): load, changes, errors, undo
 *     ├ PortErrorBar, ProblemList
 *     ├ FirstUse (no measures table yet)
 *     └ TabList: Åtgärder (MeasureList, UndoBar, MeasureEditor) · Scenarier (ScenarioPanel) · Jämför (CompareView)
 *
 * The editor, the scenario panel and the comparison are loaded when first shown (React.lazy), so
 * the first view starts with less JavaScript.
 */
import { Suspense, lazy, useCallback, useMemo, useState } from "react";
import {
  Body1,
  Caption1,
  FluentProvider,
  Tab,
  TabList,
  Title2,
  useId,
  webLightTheme,
} from "@fluentui/react-components";
import type { SelectTabData, Theme } from "@fluentui/react-components";
import type { MeasureKind } from "../../plan/model";
import { DEFAULT_SETTINGS } from "../../plan/model";
import type { WorkbookPort } from "../../port/workbookPort";
import { usePlan } from "../hooks/usePlan";
import { LocaleContext, useLocale } from "../locale";
import type { Locale } from "../locale";
import { textsFor } from "../../i18n/texts";
import { uiLanguage } from "../../i18n/language";
import { useAppStyles } from "./App.styles";
import { FirstUse } from "./FirstUse";
import { TooltipLoader } from "./Hint";
import { MeasureList } from "./MeasureList/MeasureList";
import type { EditorResult, EditorTarget } from "./MeasureEditor/MeasureEditor.types";
import { PortErrorBar } from "./PortErrorBar";
import { ProblemList } from "./ProblemList";
import { ResetPlan } from "./ResetPlan";
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

export interface AppProps {
  /** Where the plan lives: the Excel workbook or the browser's storage. */
  readonly port: WorkbookPort;
  /** Office's display language ("sv-SE", "en-US" …) or "sv" / "en"; Swedish when absent. */
  readonly language?: string | null;
  /** The Fluent theme (themeFor(Office.context.officeTheme)); light when absent. */
  readonly theme?: Theme;
}

type TabValue = "measures" | "scenarios" | "compare";

export function App({ port, language, theme }: AppProps) {
  const locale = useMemo<Locale>(() => {
    const lang = uiLanguage(language);
    return { lang, t: textsFor(lang) };
  }, [language]);
  return (
    <FluentProvider theme={theme ?? webLightTheme} lang={locale.lang}>
      <LocaleContext.Provider value={locale}>
        <TooltipLoader>
          <Pane port={port} />
        </TooltipLoader>
      </LocaleContext.Provider>
    </FluentProvider>
  );
}

function Pane({ port }: { readonly port: WorkbookPort }) {
  const { t } = useLocale();
  const styles = useAppStyles();
  const { state, actions } = usePlan(port);
  const [tab, setTab] = useState<TabValue>("measures");
  const [scenarioId, setScenarioId] = useState<string | null>(null);
  const [editing, setEditing] = useState<EditorTarget | null>(null);
  const tabId = useId("tab");
  const panelId = useId("panel");

  const snapshot = state.snapshot;
  const scenario = snapshot
    ? (snapshot.scenarios.find((s) => s.id === scenarioId) ?? snapshot.scenarios[0] ?? null)
    : null;

  const onAdd = useCallback((kind: MeasureKind) => setEditing({ mode: "new", kind }), []);
  const onEdit = useCallback((id: string) => setEditing({ mode: "edit", id }), []);
  const closeEditor = useCallback(() => setEditing(null), []);
  const { duplicateMeasure, deleteMeasure, addMeasure, updateMeasure } = actions;
  const onDuplicate = useCallback((id: string) => void duplicateMeasure(id), [duplicateMeasure]);
  const onDelete = useCallback((id: string) => void deleteMeasure(id), [deleteMeasure]);
  const onSave = useCallback(
    (result: EditorResult) =>
      result.mode === "new"
        ? addMeasure(result.measure, result.includeIn)
        : updateMeasure(result.id, result.patch),
    [addMeasure, updateMeasure]
  );

  // Plain text rather than a Spinner while a view loads: the first script stays smaller.
  const fallback = <Body1 role="status">{t.app.loadingView}</Body1>;

  return (
    <div className={styles.root}>
      <main className={styles.main}>
        <header className={styles.header}>
          <Title2 as="h1" className={styles.title}>
            {t.app.title}
          </Title2>
          <Caption1 className={styles.subtitle}>{t.app.subtitle}</Caption1>
          {port.host === "browser" && (
            <div className={styles.browser}>
              <Caption1 className={styles.subtitle}>{t.app.storedInBrowser}</Caption1>
              {actions.resetToEmpty && snapshot?.hasMeasuresTable && (
                <ResetPlan disabled={state.busy} onReset={() => void actions.resetToEmpty?.()} />
              )}
            </div>
          )}
        </header>

        {state.error && <PortErrorBar error={state.error} onDismiss={actions.dismissError} />}
        {snapshot && <ProblemList problems={snapshot.problems} />}

        {!snapshot && !state.error && <Body1 role="status">{t.app.loading}</Body1>}

        {snapshot && !snapshot.hasMeasuresTable && (
          <FirstUse
            busy={state.busy}
            onCreateTable={() => void actions.createTable(DEFAULT_SETTINGS)}
            onLoadExample={() => void actions.loadExample()}
          />
        )}

        {snapshot && snapshot.hasMeasuresTable && (
          <>
            <TabList
              selectedValue={tab}
              onTabSelect={(_, data: SelectTabData) => setTab(data.value as TabValue)}
              aria-label={t.app.tabsLabel}
            >
              <Tab value="measures" id={`${tabId}-measures`} aria-controls={panelId}>
                {t.app.tabMeasures}
              </Tab>
              <Tab value="scenarios" id={`${tabId}-scenarios`} aria-controls={panelId}>
                {t.app.tabScenarios}
              </Tab>
              <Tab value="compare" id={`${tabId}-compare`} aria-controls={panelId}>
                {t.app.tabCompare}
              </Tab>
            </TabList>
            <div
              role="tabpanel"
              id={panelId}
              aria-labelledby={`${tabId}-${tab}`}
              className={styles.panel}
            >
              {tab === "measures" && (
                <>
                  {state.deleted && (
                    <UndoBar
                      deleted={state.deleted}
                      onUndo={() => void actions.undoDelete()}
                      onDismiss={actions.dismissUndo}
                    />
                  )}
                  <MeasureList
                    measures={snapshot.measures}
                    settings={snapshot.settings}
                    problems={snapshot.problems}
                    onAdd={onAdd}
                    onEdit={onEdit}
                    onDuplicate={onDuplicate}
                    onDelete={onDelete}
                  />
                </>
              )}
              {tab === "scenarios" && (
                <Suspense fallback={fallback}>
                  <ScenarioPanel
                    snapshot={snapshot}
                    selectedId={scenario?.id ?? null}
                    onSelect={setScenarioId}
                    onSave={actions.saveScenarios}
                  />
                  {scenario && (
                    <CommitteeTableButton port={port} snapshot={snapshot} scenario={scenario} />
                  )}
                </Suspense>
              )}
              {tab === "compare" && (
                <Suspense fallback={fallback}>
                  <CompareView snapshot={snapshot} />
                </Suspense>
              )}
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
        )}
      </main>
    </div>
  );
}

export default App;
