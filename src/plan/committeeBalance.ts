/**
 * The balance under the committee table's two tables, per year. The amounts the scenario states
 * are values; the rest are formulas over the cells above (the Summa rows and the lines before),
 * so a correction typed into the sheet flows through. Each formula's `value` is what it gives on
 * the table as written.
 */
import { ZERO, roundHalfAwayFromZero, type Decimal } from "../budget/money";
import { emptyRow, spanningRow, type Builder } from "./committeeGrid";
import type { Section } from "./committeeSections";
import type { CellStyle } from "./committeeStyles";
import type { TableCell } from "./committeeTable";
import { COMMITTEE_TEXT as TEXT } from "./committeeTexts";
import { planYears, type PlanSettings, type Scenario } from "./model";
import type { YearField } from "./scenarioEdits";
import { cellAddress } from "./sheetAddress";

/** Balance rows: the label spans the first two columns, the years follow. */
const BALANCE_LABEL_COLS = 2;

type Line = "frame" | "needs" | "proposals" | "cost" | "increase" | "toCover" | "freed" | "remains";

/** The balance lines written so far, so that a line's formula can refer to the lines above it. */
interface Lines {
  readonly builder: Builder;
  readonly years: readonly number[];
  readonly rowOf: Map<Line, number>;
}

/** Writes the label of the row just appended, merged over the label columns. */
function label(builder: Builder, row: (TableCell | null)[], value: string, style: CellStyle) {
  row[0] = { value, style };
  builder.merges.push({ row: builder.rows.length - 1, col: 0, rows: 1, cols: BALANCE_LABEL_COLS });
}

function addLine(
  lines: Lines,
  line: Line,
  text: string,
  cellFor: (y: number) => TableCell,
  labelStyle: CellStyle = "balanceLabel"
): void {
  const row = emptyRow(lines.builder);
  lines.rowOf.set(line, lines.builder.rows.length - 1);
  label(lines.builder, row, text, labelStyle);
  lines.years.forEach((_, y) => (row[BALANCE_LABEL_COLS + y] = cellFor(y)));
}

/** The A1 address of a line's cell in year y. */
function ref(lines: Lines, line: Line, y: number): string {
  return cellAddress(lines.rowOf.get(line) ?? 0, BALANCE_LABEL_COLS + y);
}

/** The number a line's cell in year y has as written. */
function valueAt(lines: Lines, line: Line, y: number): number {
  const cell = lines.builder.rows[lines.rowOf.get(line) ?? 0]?.[BALANCE_LABEL_COLS + y];
  return typeof cell?.value === "number" ? cell.value : 0;
}

/** A formula taking a table's Summa of year y. */
function sumOf(section: Section, y: number): TableCell {
  const cell = section.sumCells[y];
  const taken = cell
    ? { formula: `=${cellAddress(cell.row, cell.col)}`, value: cell.value }
    : { formula: "=0", value: 0 };
  return { ...taken, style: "balanceAmount" };
}

/** The cells of an amount the scenario states, in whole tkr. */
function stated(scenario: Scenario, years: readonly number[], field: YearField) {
  const whole = (d: Decimal | undefined) => roundHalfAwayFromZero(d ?? ZERO).toNumber();
  return (y: number): TableCell => ({
    value: whole(scenario.years.find((sy) => sy.year === (years[y] ?? 0))?.[field]),
    style: "balanceAmount",
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

/** The balance per year, each line a value or a formula over the cells above. */
export function addBalance(
  builder: Builder,
  scenario: Scenario,
  settings: PlanSettings,
  measures: Section,
  proposals: Section
): void {
  const years = planYears(settings);
  addHeader(builder, years);
  const lines: Lines = { builder, years, rowOf: new Map() };
  const at = (line: Line, y: number) => valueAt(lines, line, y);
  const cell = (line: Line, y: number) => ref(lines, line, y);

  addLine(lines, "frame", TEXT.frame, stated(scenario, years, "frame"));
  addLine(lines, "needs", TEXT.needs, stated(scenario, years, "needs"));
  addLine(lines, "proposals", TEXT.proposals, (y) => sumOf(proposals, y));
  addLine(lines, "cost", TEXT.increaseCost, stated(scenario, years, "increaseCost"));
  addLine(lines, "increase", TEXT.increase, stated(scenario, years, "requestedIncrease"));
  addLine(lines, "toCover", TEXT.toCover, (y) => ({
    formula: `=${cell("needs", y)}+${cell("proposals", y)}+${cell("cost", y)}-${cell("increase", y)}`,
    value: at("needs", y) + at("proposals", y) + at("cost", y) - at("increase", y),
    style: "balanceAmount",
  }));
  addLine(lines, "freed", TEXT.freedTotal, (y) => sumOf(measures, y));
  addLine(
    lines,
    "remains",
    TEXT.remains,
    (y) => ({
      formula: `=${cell("freed", y)}-${cell("toCover", y)}`,
      value: at("freed", y) - at("toCover", y),
      style: "balanceResult",
    }),
    "balanceResultLabel"
  );
}
