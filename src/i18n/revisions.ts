/**
 * The message of a save refused by the plan document's merge (src/plan/documentMerge.ts): what
 * the other change was, in the language of `texts`. Both ports use it, so a refused save reads
 * the same in Excel and in the browser.
 */
import type { Conflict } from "../plan/documentMerge";
import type { RevisionTexts } from "./texts.types";

/** At most this many conflicts are named; the rest are counted. */
const NAMED = 3;

export function conflictDescription(texts: RevisionTexts, conflict: Conflict): string {
  switch (conflict.kind) {
    case "setting":
      return texts.settingChanged(texts.setting[conflict.setting]);
    case "scenarioName":
      return texts.scenarioName(conflict.scenario, conflict.theirs);
    case "scenarioLine":
      return texts.scenarioLine(conflict.scenario, texts.lineList[conflict.list], conflict.line);
    case "scenarioDeleted":
      return texts.scenarioDeleted(conflict.scenario);
    case "scenarioChanged":
      return texts.scenarioChanged(conflict.scenario);
    case "scenarioAdded":
      return texts.scenarioAdded(conflict.scenario);
    case "decisionText":
      return texts.decisionText(conflict.scenario);
  }
}

/** The whole message: the first conflicts named (the same one once), the rest counted. */
export function conflictMessage(texts: RevisionTexts, conflicts: readonly Conflict[]): string {
  const described = [...new Set(conflicts.map((c) => conflictDescription(texts, c)))];
  const named = described.slice(0, NAMED).join("; ");
  const rest = described.length - NAMED;
  return texts.conflict(rest > 0 ? `${named}; ${texts.more(rest)}` : named);
}
