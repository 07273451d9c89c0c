/**
 * The proposed decisions at the top of the committee table: the heading, the opening sentence,
 * and each group's lead-in followed by its numbered att-satser (decisions.ts), the number in the
 * first column and the sentence merged over the rest, so it reads as the document's list.
 */
import { emptyRow, spanningRow, type Builder } from "./committeeGrid";
import type { Decisions } from "./decisions";
import { DECISION_TEXT } from "./decisionTexts";

/** Appends the decisions; a scenario without any gets one line saying so. */
export function addDecisions(builder: Builder, decisions: Decisions): void {
  spanningRow(builder, decisions.heading, "section");
  spanningRow(builder, decisions.opening, "listText");
  if (decisions.groups.length === 0) spanningRow(builder, DECISION_TEXT.none, "listText");
  for (const group of decisions.groups) {
    if (group.intro !== null) spanningRow(builder, group.intro, "listIntro");
    for (const decision of group.decisions) {
      const row = emptyRow(builder);
      row[0] = { value: `${decision.nr}.`, style: "listNr" };
      row[1] = { value: decision.text, style: "listText" };
      builder.merges.push({
        row: builder.rows.length - 1,
        col: 1,
        rows: 1,
        cols: builder.width - 1,
      });
    }
  }
}
