/**
 * The consequence descriptions of the committee table, after the legend as the document has
 * them: per table a numbered list, each item under its own number (the Nr of its row), its title
 * and its consequence text over the width of the sheet, so a long text is a paragraph, not a
 * narrow column that makes the row tall.
 */
import { emptyRow, spanningRow, type Builder } from "./committeeGrid";
import { COMMITTEE_TEXT as TEXT } from "./committeeTexts";
import type { Measure } from "./model";

/** The items of one table, in the table's order. */
export interface ConsequenceList {
  readonly heading: string;
  readonly items: readonly Measure[];
}

/** Appends the section; a table without items is left out, and nothing when both are empty. */
export function addConsequences(builder: Builder, lists: readonly ConsequenceList[]): void {
  const shown = lists.filter((l) => l.items.length > 0);
  if (shown.length === 0) return;
  spanningRow(builder, TEXT.consequencesSection, "section");
  for (const list of shown) {
    spanningRow(builder, list.heading, "groupHeading");
    for (const item of list.items) {
      const row = emptyRow(builder);
      row[0] = { value: `${item.nr}.`, style: "listNr" };
      row[1] = { value: TEXT.consequenceOf(item.title, item.consequence), style: "listText" };
      builder.merges.push({
        row: builder.rows.length - 1,
        col: 1,
        rows: 1,
        cols: builder.width - 1,
      });
    }
  }
}
