/**
 * The two tables of the committee table, measures and development proposals: a section heading,
 * a header row, a row per item and the Summa row (a live SUM over the rows above).
 *
 * Amounts are whole tkr, shown by the pane's rule (shownAmounts.ts): each year's column is rounded
 * by largest remainder, so the parts written add up exactly to the once-rounded exact total. That
 * is why the Summa row can stay a live SUM over the cells and still show the pane's total: the SUM
 * of the shown parts is the shown total. (Writing the exact amounts instead would show each part
 * rounded on its own: three measures of 0,4 as 0, 0, 0 under a total of 1.)
 *
 * Each item is listed with its own number (its nr), never renumbered, so the pane's "Åtgärd 4" is
 * Nr 4 in the table whichever measures the scenario leaves out.
 */
import type { Decimal } from "../budget/money";
import { emptyRow, spanningRow, type Builder } from "./committeeGrid";
import { STYLE_OF_COLOUR } from "./committeeStyles";
import type { TableCell } from "./committeeTable";
import { COMMITTEE_TEXT as TEXT } from "./committeeTexts";
import {
  AMBITION_COLOUR,
  GOAL_COLOUR,
  planYears,
  type Colour,
  type Measure,
  type MeasureKind,
  type PlanSettings,
} from "./model";
import { shownColumns } from "./shownAmounts";
import { cellAddress } from "./sheetAddress";

/** Where a table's Summa cells are, for the balance formulas below it. */
export interface Section {
  /** 0-based row of each year's Summa cell, its column, and the sum as written. */
  readonly sumCells: readonly {
    readonly row: number;
    readonly col: number;
    readonly value: number;
  }[];
}

/** The columns of one of the two tables, in order. */
type Column = "nr" | "title" | "amounts" | "ambition" | "goals";

/**
 * Both tables in one column order, so each column has one width that fits both (a title column,
 * amount columns, the two colours) and the balance's amounts stand under the tables' amounts.
 * The consequence texts follow the legend as a numbered list (committeeConsequences.ts).
 */
const LAYOUT: readonly Column[] = ["nr", "title", "amounts", "ambition", "goals"];

function colourCell(colour: Colour | null, settings: PlanSettings): TableCell {
  if (colour === null) return { value: TEXT.unjudged, style: "colourNone" };
  return { value: settings.colourLabels[colour], style: STYLE_OF_COLOUR[colour] };
}

/** The header row; returns the column of each of the table's columns (of its first year for amounts). */
function addHeader(
  builder: Builder,
  kind: MeasureKind,
  years: readonly number[]
): Map<Column, number> {
  const header = emptyRow(builder);
  const colOf = new Map<Column, number>();
  let c = 0;
  for (const column of LAYOUT) {
    colOf.set(column, c);
    if (column === "amounts") {
      years.forEach(
        (year) =>
          (header[c++] = {
            value: kind === "measure" ? TEXT.freed(year) : TEXT.need(year),
            style: "header",
          })
      );
    } else {
      const title = {
        nr: TEXT.nr,
        title: kind === "measure" ? TEXT.measureTitle : TEXT.proposalTitle,
        ambition: TEXT.ambition,
        goals: TEXT.goals,
      }[column];
      header[c++] = { value: title, style: "header" };
    }
  }
  return colOf;
}

/** One item's row: its own number, title, shown amounts and colours. */
function addItemRow(
  builder: Builder,
  colOf: ReadonlyMap<Column, number>,
  item: Measure,
  amounts: readonly (Decimal | null)[] | undefined,
  settings: PlanSettings
): void {
  const row = emptyRow(builder);
  const amountCol = colOf.get("amounts") ?? 0;
  row[colOf.get("nr") ?? 0] = { value: item.nr, style: "nr" };
  row[colOf.get("title") ?? 0] = { value: item.title, style: "text" };
  amounts?.forEach((amount, y) => {
    // A year without an amount stays blank, but keeps the table's border.
    row[amountCol + y] =
      amount !== null && amount !== undefined
        ? { value: amount.toNumber(), style: "amount" }
        : { value: "", style: "blankAmount" };
  });
  row[colOf.get("ambition") ?? 0] = colourCell(
    item.ambition === null ? null : AMBITION_COLOUR[item.ambition],
    settings
  );
  row[colOf.get("goals") ?? 0] = colourCell(
    item.goals === null ? null : GOAL_COLOUR[item.goals],
    settings
  );
}

/** A group of rows in a table, with its own Summa row (the proposals table has one per funding). */
export interface TableGroup {
  /** A heading above the group's rows; none for a table of one group. */
  readonly heading?: string;
  readonly sumLabel: string;
  readonly items: readonly Measure[];
}

/** One group's rows and its Summa row (a live SUM over them); returns where the sums are. */
function addGroup(
  builder: Builder,
  colOf: ReadonlyMap<Column, number>,
  group: TableGroup,
  settings: PlanSettings
): Section {
  const years = planYears(settings);
  const amountCol = colOf.get("amounts") ?? 0;
  const { items } = group;
  if (group.heading) spanningRow(builder, group.heading, "groupHeading");
  const firstItemRow = builder.rows.length;
  const shown = shownColumns(items, years);
  items.forEach((item, i) => addItemRow(builder, colOf, item, shown.rows[i], settings));
  if (items.length === 0) spanningRow(builder, TEXT.none, "subtitle");
  const sumRowIndex = builder.rows.length;
  const sumRow = emptyRow(builder);
  sumRow[0] = { value: group.sumLabel, style: "sumLabel" };
  if (amountCol > 1) {
    // The proposals table has its title before the amounts: the label spans up to them.
    builder.merges.push({ row: sumRowIndex, col: 0, rows: 1, cols: amountCol });
  }
  const sumCells = years.map((_, y) => {
    const col = amountCol + y;
    const value = shown.totals[y]?.toNumber() ?? 0;
    const formula =
      items.length === 0
        ? "=0"
        : `=SUM(${cellAddress(firstItemRow, col)}:${cellAddress(firstItemRow + items.length - 1, col)})`;
    sumRow[col] = { value, formula, style: "sumAmount" };
    return { row: sumRowIndex, col, value };
  });
  return { sumCells };
}

/**
 * One of the two tables: section heading, header row, then per group its heading, a row per item
 * (in the given order) and its Summa row. Returns where each group's sums are, in group order.
 */
export function addTable(
  builder: Builder,
  kind: MeasureKind,
  groups: readonly TableGroup[],
  settings: PlanSettings
): Section[] {
  spanningRow(
    builder,
    kind === "measure" ? TEXT.measuresSection : TEXT.proposalsSection,
    "section"
  );
  if (groups.length === 0) {
    spanningRow(builder, TEXT.noProposals, "subtitle");
    return [];
  }
  const colOf = addHeader(builder, kind, planYears(settings));
  return groups.map((group) => addGroup(builder, colOf, group, settings));
}
