/* global Office, document */
/**
 * Starts the task pane: inside Office once Office is ready, in a plain browser at once. The three
 * choices the pane depends on are made here and nowhere else: where the plan lives (the port),
 * the language, and the theme.
 */
import { createRoot } from "react-dom/client";
import type { WorkbookPort } from "../port/workbookPort";
import { BrowserWorkbook, browserStorage } from "../adapters/browser/browserWorkbook";
import { App } from "./components/App";
import { lazyPort } from "../port/lazyPort";
import { themeFor } from "./theme";
import type { OfficeThemeColours } from "./theme";
import { uiLanguage } from "../i18n/language";

/** Office's context when the pane runs inside an Office host, otherwise undefined. */
function officeContext(): Office.Context | undefined {
  if (typeof Office === "undefined") return undefined;
  const context = Office.context as Office.Context | undefined;
  return context?.host ? context : undefined;
}

/** Office's display language inside Office; Swedish in the browser. */
export function chooseLanguage(): string {
  return officeContext()?.displayLanguage || "sv";
}

/**
 * Where the plan lives: in Excel, the workbook (the Office.js port, loaded with the first read so
 * that it stays out of the pane's first script); anywhere else, the browser's local storage.
 */
export function choosePort(): WorkbookPort {
  const context = officeContext();
  if (context && context.host === Office.HostType.Excel) {
    return lazyPort("excel", () =>
      import("../adapters/office/officeWorkbook").then(
        (m) => new m.OfficeWorkbook({ language: uiLanguage(chooseLanguage()) })
      )
    );
  }
  return new BrowserWorkbook(browserStorage(), { language: uiLanguage(chooseLanguage()) });
}

function render(): void {
  const container = document.getElementById("container");
  if (!container) return;
  const officeTheme = officeContext()?.officeTheme as OfficeThemeColours | undefined;
  createRoot(container).render(
    <App port={choosePort()} language={chooseLanguage()} theme={themeFor(officeTheme)} />
  );
}

if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  // Office.onReady resolves with host null when office.js is loaded outside Office.
  Office.onReady(() => render());
} else {
  render();
}
