/**
 * The pane's title; in the browser also where the plan is kept, the button that saves it as an
 * Excel file and the one that empties it.
 */
import { Caption1, Title2 } from "@fluentui/react-components";
import { useLocale } from "../locale";
import { useAppStyles } from "./App.styles";
import { ExportPlanButton } from "./ExportPlanButton";
import { ResetPlan } from "./ResetPlan";

export interface PaneHeaderProps {
  readonly inBrowser: boolean;
  readonly busy: boolean;
  /** Empties the plan; absent where that is not possible (in Excel, or while nothing is stored). */
  readonly onReset: (() => void) | undefined;
  /** Saves the plan as an Excel file; absent where that is not possible (in Excel, or while nothing is stored). */
  readonly onExport?: (() => Promise<{ readonly fileName: string }>) | undefined;
}

export function PaneHeader({ inBrowser, busy, onReset, onExport }: PaneHeaderProps) {
  const { t } = useLocale();
  const styles = useAppStyles();
  return (
    <header className={styles.header}>
      <Title2 as="h1" className={styles.title}>
        {t.app.title}
      </Title2>
      <Caption1 className={styles.subtitle}>{t.app.subtitle}</Caption1>
      {inBrowser && (
        <div className={styles.browser}>
          <Caption1 className={styles.subtitle}>{t.app.storedInBrowser}</Caption1>
          {onExport && <ExportPlanButton onExport={onExport} />}
          {onReset && <ResetPlan disabled={busy} onReset={onReset} />}
        </div>
      )}
    </header>
  );
}
