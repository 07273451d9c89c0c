/**
 * The texts of the decisions view: the pane's words around the proposed decisions. The att-satser
 * themselves are always Swedish (plan/decisionTexts.ts): they are the committee's document.
 */
export interface DecisionViewTexts {
  readonly tab: string;
  readonly title: string;
  readonly hint: string;
  readonly noScenario: string;
  readonly listLabel: (scenario: string) => string;
  readonly rewrite: string;
  readonly rewriteLabel: (nr: number) => string;
  readonly textLabel: (nr: number) => string;
  readonly emptyText: string;
  readonly rewritten: string;
  readonly rewrittenHint: string;
  readonly useGenerated: string;
  readonly useGeneratedLabel: (nr: number) => string;
  readonly stale: string;
  readonly replace: string;
  readonly copy: string;
  readonly copied: string;
  readonly copyFailed: string;
  readonly regenerate: string;
  readonly regenerateTitle: string;
  readonly regenerateBody: (count: number) => string;
  readonly regenerateConfirm: string;
  readonly fallback: string;
  readonly fallbackHint: string;
  readonly fallbackNone: string;
}
