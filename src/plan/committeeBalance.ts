/**
 * The balance under the committee table's two tables, per year: the figures the pane shows, from
 * the same exact amounts by the same rule (shownAmounts.ts), each rounded once.
 *
 * Which cells are live formulas, and why:
 * - The proposals line and the freed line take the Summa rows above (=C12). Those are live SUMs
 *   of the shown parts, and the parts are rounded by largest remainder, so on the table as
 *   written each Summa is exactly the once-rounded exact total, the figure the pane shows.
 * - The amounts the scenario states (frame, needs, the increase and its cost) are values.
 * - "Att täcka" and "Kvar" are values too, each the exact amount rounded once. A formula over the
 *   cells above would be a difference of rounded figures: with 100,4 freed and 100,6 to cover it
 *   gives 100 − 101 = −1 where the pane says "I balans" (0). The exact amounts behind them are
 *   not in the sheet (it shows whole tkr), so no formula over the sheet can give the pane's figure.
 */
import type { Decimal } from "../budget/money";
import { emptyRow, spanningRow, type Builder } from "./committeeGrid";
import type { Section } from "./committeeSections";
import type { CellStyle } from "./committeeStyles";
import type { TableCell } from "./committeeTable";
import { COMMITTEE_TEXT as TEXT } from "./committeeTexts";
import type { ShownYearBalance } from "./shownAmounts";
import { cellAddress } from "./sheetAddress";

/** Balance rows: the label spans the first two columns, the years follow. */
const BALANCE_LABEL_COLS = 2;

/** Where the balance lines are written, and the years they have. */
interface Lines {
  readonly builder: Builder;
  readonly years: readonly ShownYearBalance[];
}

/** Writes the label of the row just appended, merged over the label columns. */
function label(builder: Builder, row: (TableCell | null)[], value: string, style: CellStyle) {
  row[0] = { value, style };
  builder.merges.push({ row: builder.rows.length - 1, col: 0, rows: 1, cols: BALANCE_LABEL_COLS });
}

function addLine(
  lines: Lines,
  text: string,
  cellFor: (y: number) => TableCell,
  labelStyle: CellStyle = "balanceLabel"
): void {
  const row = emptyRow(lines.builder);
  label(lines.builder, row, text, labelStyle);
  lines.years.forEach((_, y) => (row[BALANCE_LABEL_COLS + y] = cellFor(y)));
}

/** A formula taking a table's Summa of year y. */
function sumOf(section: Section, y: number): TableCell {
  const cell = section.sumCells[y];
  const taken = cell
    ? { formula: `=${cellAddress(cell.row, cell.col)}`, value: cell.value }
    : { formula: "=0", value: 0 };
  return { ...taken, style: "balanceAmount" };
}

/** A line of the shown balance: one value per year, rounded once from the exact amount. */
function addFigure(
  lines: Lines,
  text: string,
  pick: (y: ShownYearBalance) => Decimal,
  result = false
): void {
  const cellFor = (y: number): TableCell => {
    const year = lines.years[y];
    return {
      value: year ? pick(year).toNumber() : 0,
      style: result ? "balanceResult" : "balanceAmount",
    };
  };
  addLine(lines, text, cellFor, result ? "balanceResultLabel" : "balanceLabel");
}

function addHeader(builder: Builder, years: readonly number[]): void {
  spanningRow(builder, TEXT.balanceSection, "section");
  const header = emptyRow(builder);
  label(builder, header, TEXT.balanceLabel, "header");
  years.forEach(
    (year, y) =>
      (header[BALANCE_LABEL_COLS + y] = { value: TEXT.balanceYear(year), style: "header" })
  );
}

/** The balance per year, as the pane shows it (see the top of this file for which cells are live). */
export function addBalance(
  builder: Builder,
  balance: readonly ShownYearBalance[],
  measures: Section,
  proposals: Section
): void {
  const years = balance.map((y) => y.year);
  addHeader(builder, years);
  const lines: Lines = { builder, years: balance };
  addFigure(lines, TEXT.frame, (y) => y.frame);
  addFigure(lines, TEXT.needs, (y) => y.needs);
  addLine(lines, TEXT.proposals, (y) => sumOf(proposals, y));
  addFigure(lines, TEXT.increaseCost, (y) => y.increaseCost);
  addFigure(lines, TEXT.increase, (y) => y.requestedIncrease);
  addFigure(lines, TEXT.toCover, (y) => y.toCover);
  addLine(lines, TEXT.freedTotal, (y) => sumOf(measures, y));
  addFigure(lines, TEXT.remains, (y) => y.balance, true);
}
