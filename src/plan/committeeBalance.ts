/**
 * The balance under the committee table's two tables, per year: the figures the pane shows, from
 * the same exact amounts by the same rule (shownAmounts.ts), each rounded once, and the lines
 * they come from, as the committee decides on them (BRIEF §6, att-satser 1, 2 and 8): each frame
 * line, each need line by area and cause with the needs per area, the proposals funded within the
 * frame, and each request with its purpose.
 *
 * Which cells are live formulas, and why:
 * - A figure made of lines listed above it (the frame, the needs, the requested increase) is a
 *   live SUM of them. The lines are rounded together by largest remainder, so their SUM is exactly
 *   the once-rounded exact total, the figure the pane shows.
 * - The proposals line and the freed line take the Summa rows of the tables above (=C12).
 * - "Varav <område>" are the needs per area as the pane's sums per area show them: values.
 * - "Kostnad som begärd ramökning avser", "Att täcka" and "Kvar" are values, each the exact
 *   amount rounded once. A formula over the cells above would be a difference of rounded figures:
 *   with 100,4 freed and 100,6 to cover it gives 100 − 101 = −1 where the pane says "I balans"
 *   (0). The exact amounts behind them are not in the sheet (it shows whole tkr), so no formula
 *   over the sheet can give the pane's figure.
 */
import { ZERO, type Decimal } from "../budget/money";
import { indexMeasures, type YearBalance } from "./balance";
import { areaSums } from "./areaSums";
import { emptyRow, spanningRow, type Builder } from "./committeeGrid";
import type { Section } from "./committeeSections";
import type { CellStyle } from "./committeeStyles";
import type { TableCell } from "./committeeTable";
import { COMMITTEE_TEXT as TEXT } from "./committeeTexts";
import type { Measure, PlanSettings, Scenario } from "./model";
import { amountIn, frameIn, needAmount } from "./scenarioLines";
import { shownAmount, shownParts, shownYear } from "./shownAmounts";
import { cellAddress } from "./sheetAddress";

/** Balance rows: the label spans the first two columns, the years follow. */
const BALANCE_LABEL_COLS = 2;

/** What the balance section is written from. */
export interface BalanceInput {
  readonly scenario: Scenario;
  readonly measures: readonly Measure[];
  readonly settings: PlanSettings;
  /** The exact balance per plan year (balance.ts). */
  readonly years: readonly YearBalance[];
  /** The Summa rows of the measures and of the proposals funded within the frame. */
  readonly freedSums: Section;
  readonly withinFrameSums: Section | undefined;
  /** The proposals requested as a frame increase, in the order the proposals table lists them. */
  readonly requested: readonly Measure[];
}

/** A line summed into a balance figure: its label and its exact amount per plan year. */
interface DetailLine {
  readonly label: string;
  readonly amounts: readonly Decimal[];
}

interface Lines {
  readonly builder: Builder;
  readonly years: readonly number[];
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

/** A formula taking a table's Summa of year y; 0 when the table has no such group. */
function sumOf(section: Section | undefined, y: number): TableCell {
  const cell = section?.sumCells[y];
  const taken = cell
    ? { formula: `=${cellAddress(cell.row, cell.col)}`, value: cell.value }
    : { formula: "=0", value: 0 };
  return { ...taken, style: "balanceAmount" };
}

/** A figure given per year, already as shown. */
function addShown(lines: Lines, text: string, shown: readonly Decimal[], result = false): void {
  const style: CellStyle = result ? "balanceResult" : "balanceAmount";
  addLine(
    lines,
    text,
    (y) => ({ value: (shown[y] ?? ZERO).toNumber(), style }),
    result ? "balanceResultLabel" : "balanceLabel"
  );
}

/**
 * The lines, indented in the second label column, then their total: a live SUM over them, or a
 * value when there are none. The lines of a year are rounded together by largest remainder, so the
 * SUM gives the exact total rounded once.
 */
function addSummed(lines: Lines, details: readonly DetailLine[], total: string): void {
  const { builder, years } = lines;
  const first = builder.rows.length;
  const columns = years.map((_, y) => shownParts(details.map((d) => d.amounts[y] ?? ZERO)));
  details.forEach((detail, i) => {
    const row = emptyRow(builder);
    row[0] = { value: "", style: "balanceLabel" };
    row[1] = { value: detail.label, style: "balanceItem" };
    years.forEach((_, y) => {
      const part = columns[y]?.parts[i] ?? ZERO;
      row[BALANCE_LABEL_COLS + y] = { value: part.toNumber(), style: "balanceAmount" };
    });
  });
  const last = builder.rows.length - 1;
  addLine(lines, total, (y) => {
    const value = (columns[y]?.total ?? ZERO).toNumber();
    if (details.length === 0) return { value, style: "balanceAmount" };
    const col = BALANCE_LABEL_COLS + y;
    const formula = `=SUM(${cellAddress(first, col)}:${cellAddress(last, col)})`;
    return { value, formula, style: "balanceAmount" };
  });
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

function frameDetails(scenario: Scenario, years: readonly number[]): DetailLine[] {
  return scenario.frameLines.map((line) => ({
    label: line.text,
    amounts: years.map((year) => amountIn(line.amounts, year)),
  }));
}

function needDetails(scenario: Scenario, years: readonly number[]): DetailLine[] {
  const frames = years.map((year) => frameIn(scenario, year));
  return scenario.needLines.map((line) => ({
    label: TEXT.needLine(line.area, line.cause),
    amounts: years.map((year, y) => needAmount(line, frames[y] ?? ZERO, year)),
  }));
}

function requestDetails(input: BalanceInput, years: readonly number[]): DetailLine[] {
  const lines = input.scenario.requests.map((line) => ({
    label: TEXT.requestLine(line.purpose, line.covers),
    amounts: years.map((year) => amountIn(line.amounts, year)),
  }));
  const proposals = input.requested.map((m) => ({
    label: TEXT.requestedProposal(m.nr, m.title),
    amounts: years.map((year) => m.effects[year] ?? ZERO),
  }));
  return [...lines, ...proposals];
}

/**
 * "Varav <område>": the needs per area as the pane's sums per area show them (each year's areas
 * rounded together). Listed when the needs lie on more than one area; an area without needs is left out.
 */
function addNeedsPerArea(lines: Lines, input: BalanceInput): void {
  const index = indexMeasures(input.measures);
  const perYear = lines.years.map((year) => {
    const { areas } = areaSums(input.scenario, index, input.settings, year);
    return { areas, shown: shownParts(areas.map((a) => a.needs)).parts };
  });
  const areaNames = perYear[0]?.areas.map((a) => a.area) ?? [];
  const used = areaNames.filter((_, i) => perYear.some((p) => !p.areas[i]?.needs.isZero()));
  if (used.length < 2) return;
  for (const area of used) {
    const i = areaNames.indexOf(area);
    const shown = perYear.map((p) => p.shown[i] ?? ZERO);
    addLine(lines, TEXT.needsOfArea(area === "" ? TEXT.noArea : area), (y) => ({
      value: (shown[y] ?? ZERO).toNumber(),
      style: "balanceAmount",
    }));
  }
}

/** The balance per year, as the pane shows it (see the top of this file for which cells are live). */
export function addBalance(builder: Builder, input: BalanceInput): void {
  const years = input.years.map((y) => y.year);
  const shown = input.years.map(shownYear);
  addHeader(builder, years);
  const lines: Lines = { builder, years };
  addSummed(lines, frameDetails(input.scenario, years), TEXT.frame);
  addSummed(lines, needDetails(input.scenario, years), TEXT.needs);
  addNeedsPerArea(lines, input);
  addLine(lines, TEXT.proposals, (y) => sumOf(input.withinFrameSums, y));
  addSummed(lines, requestDetails(input, years), TEXT.increase);
  addShown(
    lines,
    TEXT.increaseCost,
    shown.map((y) => y.increaseCost)
  );
  addShown(
    lines,
    TEXT.toCover,
    shown.map((y) => y.toCover)
  );
  addLine(lines, TEXT.freedTotal, (y) => sumOf(input.freedSums, y));
  addShown(
    lines,
    TEXT.remains,
    shown.map((y) => shownAmount(y.balance)),
    true
  );
}
