/**
 * The task pane. It reaches the workbook only through the WorkbookPort it is given (Excel or the
 * browser's storage: index.tsx chooses), shows its texts in the language it is given, and uses
 * the theme it is given (light by default).
 *
 *   App ─ FluentProvider, texts
 *   └ Pane ─ usePlan(port): load, changes, errors, undo
 *     ├ PaneHeader (ExportPlanButton, ResetPlan in the browser), PortErrorBar,
 *     │ StorageStatusBar (ExportPlanButton first), ProblemList
 *     ├ FirstUse (nothing stored yet) or RecoverTable (a stored plan without its measures table)
 *     └ PlanTabs: Åtgärder (MeasureList, UndoBar, MeasureEditor) · Scenarier (ScenarioPanel) · Jämför (CompareView)
 *
 * Pane keeps the chosen tab, scenario and editor, so they survive a trip through the first-use
 * view; its children get the port's work only as actions.
 */
import { useCallback, useMemo, useState } from "react";
import { Body1, FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { Theme } from "@fluentui/react-components";
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
import type { EditorTarget } from "./MeasureEditor/MeasureEditor.types";
import { PaneHeader } from "./PaneHeader";
import { PlanTabs } from "./PlanTabs";
import type { TabValue } from "./PlanTabs";
import { PortErrorBar } from "./PortErrorBar";
import { ProblemList } from "./ProblemList";
import { RecoverTable } from "./RecoverTable";
import { StorageStatusBar } from "./StorageStatusBar";

export interface AppProps {
  /** Where the plan lives: the Excel workbook or the browser's storage. */
  readonly port: WorkbookPort;
  /** Office's display language ("sv-SE", "en-US" …) or "sv" / "en"; Swedish when absent. */
  readonly language?: string | null;
  /** The Fluent theme (themeFor(Office.context.officeTheme)); light when absent. */
  readonly theme?: Theme;
}

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
  const createCommitteeTable = useCallback<WorkbookPort["createCommitteeTable"]>(
    (table) => port.createCommitteeTable(table),
    [port]
  );

  const snapshot = state.snapshot;
  const { resetToEmpty, exportPlan } = actions;
  // Something to empty: a table, or a stored plan (even one that could not be read).
  const stored = snapshot && (snapshot.hasMeasuresTable || snapshot.document !== "absent");
  const onReset = resetToEmpty && stored ? () => void resetToEmpty() : undefined;

  return (
    <div className={styles.root}>
      <main className={styles.main}>
        <PaneHeader
          inBrowser={port.host === "browser"}
          busy={state.busy}
          onReset={onReset}
          onExport={stored ? exportPlan : undefined}
        />

        {state.error && <PortErrorBar error={state.error} onDismiss={actions.dismissError} />}
        {snapshot?.storage && snapshot.storage !== "ok" && (
          <StorageStatusBar status={snapshot.storage} onExport={exportPlan} />
        )}
        {snapshot && <ProblemList problems={snapshot.problems} />}

        {!snapshot && !state.error && <Body1 role="status">{t.app.loading}</Body1>}

        {snapshot && !snapshot.hasMeasuresTable && snapshot.document !== "absent" && (
          <RecoverTable
            document={snapshot.document}
            settings={snapshot.settings}
            scenarios={snapshot.scenarios}
            host={port.host}
            busy={state.busy}
            onRecreate={() => void actions.createTable(snapshot.settings)}
          />
        )}

        {snapshot && !snapshot.hasMeasuresTable && snapshot.document === "absent" && (
          <FirstUse
            busy={state.busy}
            onCreateTable={() => void actions.createTable(DEFAULT_SETTINGS)}
            onLoadExample={() => void actions.loadExample()}
          />
        )}

        {snapshot && snapshot.hasMeasuresTable && (
          <PlanTabs
            snapshot={snapshot}
            deleted={state.deleted}
            actions={actions}
            onCreateCommitteeTable={createCommitteeTable}
            tab={tab}
            onTab={setTab}
            scenarioId={scenarioId}
            onSelectScenario={setScenarioId}
            editing={editing}
            onEditing={setEditing}
          />
        )}
      </main>
    </div>
  );
}

export default App;
