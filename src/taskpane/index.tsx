/* global Office, document */
/**
 * Starts the task pane: inside Office once Office is ready, in a plain browser at once.
 */
import { createRoot } from "react-dom/client";
import { App } from "./components/App";

function render(): void {
  const container = document.getElementById("container");
  if (!container) return;
  createRoot(container).render(<App />);
}

if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  // Office.onReady resolves with host null when office.js is loaded outside Office.
  Office.onReady(() => render());
} else {
  render();
}
