/** English: the decisions view (the att-satser themselves stay Swedish: the committee's text). */
import type { DecisionViewTexts } from "./decisions.types";

export const decisionsEn: DecisionViewTexts = {
  tab: "Decisions",
  title: "Proposed decisions",
  hint: "The decisions are drawn from the scenario: the needs, the requested frame increases, the measures and the development proposals. They head the committee table. Rewrite one to word it yourself; your text is kept.",
  noScenario: "Create a scenario under Scenarios and its proposed decisions appear here.",
  listLabel: (scenario) => `Proposed decisions of scenario "${scenario}"`,
  rewrite: "Rewrite",
  rewriteLabel: (nr) => `Rewrite decision ${nr}`,
  textLabel: (nr) => `Decision ${nr}`,
  emptyText: "Write a text, or use the generated one.",
  rewritten: "Rewritten",
  rewrittenHint: "Your text. It is kept when the plan changes.",
  useGenerated: "Use generated text",
  useGeneratedLabel: (nr) => `Use the generated text in decision ${nr}`,
  stale: "The plan has changed since this decision was rewritten. Generated text now:",
  replace: "Replace with the new text",
  copy: "Copy the decisions",
  copied: "The decisions are copied. Paste them into the report.",
  copyFailed:
    "The decisions could not be copied: the clipboard is not available here. Select the text and copy it yourself.",
  regenerate: "Generate all decisions again",
  regenerateTitle: "Generate all decisions again?",
  regenerateBody: (count) =>
    count === 1
      ? "The rewritten decision is replaced with text drawn from the plan."
      : `The ${count} rewritten decisions are replaced with text drawn from the plan.`,
  regenerateConfirm: "Replace",
  fallback: "If the frame increase is not granted",
  fallbackHint:
    "Choose the scenario within the frame whose measures the committee proposes if the requested increase is not granted. The decisions then take their measures from it.",
  fallbackNone: "The scenario's own measures",
};
