/* global CustomFunctions */
/**
 * Entry point of the custom functions. In the shared runtime this runs in the same page as the
 * task pane; Excel calls each function by its id, and the metadata generated from catalog.ts
 * tells Excel the names, in English or Swedish.
 */
import { FUNCTION_IDS } from "./catalog";
import { IMPLEMENTATIONS } from "./budgetFunctions";

/** Registers every function with Excel; outside Excel (a plain browser) there is nothing to register. */
export function registerFunctions(): boolean {
  if (typeof CustomFunctions === "undefined" || typeof CustomFunctions.associate !== "function")
    return false;
  for (const id of FUNCTION_IDS) CustomFunctions.associate(id, IMPLEMENTATIONS[id]);
  return true;
}

registerFunctions();
