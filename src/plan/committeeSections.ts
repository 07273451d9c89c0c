/**
 * The two tables of the committee table, measures and development proposals: a section heading,
 * a header row, a row per item and the Summa row (a live SUM over the rows above).
 *
 * Amounts are whole tkr. Each year's column is rounded so that the rounded amounts add up exactly
 * to the rounded total (largest remainder), so the Summa row shows the total the exact amounts have.
 */
import type { Decimal } from "../budget/money";
import { roundToSum } from "../budget/rounding";
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
type Column = "nr" | "title" | "amounts" | "ambition" | "goals" | "consequence";

const LAYOUT: Readonly<Record<MeasureKind, readonly Column[]>> = {
  measure: ["nr", "amounts", "title", "ambition", "goals", "consequence"],
  proposal: ["nr", "title", "amounts", "ambition", "goals", "consequence"],
};

function colourCell(colour: Colour | null, settings: PlanSettings): TableCell {
  if (colour === null) return { value: TEXT.unjudged, style: "colourNone" };
  return { value: settings.colourLabels[colour], style: STYLE_OF_COLOUR[colour] };
}

/** Each year's amounts of `items`, rounded to whole tkr so that each column adds up to its rounded total. */
function roundedColumns(items: readonly Measure[], years: readonly number[]): (number | null)[][] {
  const perItem: (number | null)[][] = items.map(() => years.map(() => null));
  years.forEach((year, y) => {
    const present = items
      .map((m, i) => [i, m.effects[year]] as const)
      .filter((e): e is readonly [number, Decimal] => !!e[1]);
    const rounded = roundToSum(
      present.map(([, amount]) => amount),
      0
    );
    present.forEach(([i], k) => {
      const row = perItem[i];
      if (row) row[y] = rounded[k]?.toNumber() ?? 0;
    });
  });
  return perItem;
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
  for (const column of LAYOUT[kind]) {
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
        consequence: TEXT.consequence,
      }[column];
      header[c++] = { value: title, style: "header" };
    }
  }
  return colOf;
}

/** One item's row: its number in the table, title, rounded amounts, colours and consequence. */
function addItemRow(
  builder: Builder,
  colOf: ReadonlyMap<Column, number>,
  item: Measure,
  nr: number,
  amounts: readonly (number | null)[] | undefined,
  settings: PlanSettings
): void {
  const row = emptyRow(builder);
  const amountCol = colOf.get("amounts") ?? 0;
  row[colOf.get("nr") ?? 0] = { value: nr, style: "nr" };
  row[colOf.get("title") ?? 0] = { value: item.title, style: "text" };
  amounts?.forEach((amount, y) => {
    if (amount !== null && amount !== undefined)
      row[amountCol + y] = { value: amount, style: "amount" };
  });
  row[colOf.get("ambition") ?? 0] = colourCell(
    item.ambition === null ? null : AMBITION_COLOUR[item.ambition],
    settings
  );
  row[colOf.get("goals") ?? 0] = colourCell(
    item.goals === null ? null : GOAL_COLOUR[item.goals],
    settings
  );
  row[colOf.get("consequence") ?? 0] = { value: item.consequence, style: "longText" };
}

/** One of the two tables: section heading, header row, a row per item, the Summa row. */
export function addTable(
  builder: Builder,
  kind: MeasureKind,
  items: readonly Measure[],
  settings: PlanSettings
): Section {
  const years = planYears(settings);
  spanningRow(
    builder,
    kind === "measure" ? TEXT.measuresSection : TEXT.proposalsSection,
    "section"
  );
  const colOf = addHeader(builder, kind, years);
  const amountCol = colOf.get("amounts") ?? 0;
  const firstItemRow = builder.rows.length;
  const amounts = roundedColumns(items, years);
  items.forEach((item, i) => addItemRow(builder, colOf, item, i + 1, amounts[i], settings));
  if (items.length === 0) spanningRow(builder, TEXT.none, "subtitle");
  const sumRowIndex = builder.rows.length;
  const sumRow = emptyRow(builder);
  sumRow[0] = { value: TEXT.sum, style: "sumLabel" };
  const sumCells = years.map((_, y) => {
    const col = amountCol + y;
    const value = amounts.reduce((total, row) => total + (row[y] ?? 0), 0);
    const formula =
      items.length === 0
        ? "=0"
        : `=SUM(${cellAddress(firstItemRow, col)}:${cellAddress(firstItemRow + items.length - 1, col)})`;
    sumRow[col] = { value, formula, style: "sumAmount" };
    return { row: sumRowIndex, col, value };
  });
  return { sumCells };
}
