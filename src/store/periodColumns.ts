/**
 * The measures table rewritten for new settings (the browser's saveSettings): the header
 * MEASURE_COLUMNS(settings), then one amount column for each year outside the new plan period
 * that the table had a column for, by year, then the user's own columns. So a year that leaves
 * the period keeps its amounts in its own column, and a year that comes back into it moves to its
 * place among the plan years, once, with its amounts (never left behind as a second column).
 * Amounts are written from the model (tkr) in the new unit and sign convention, every year's
 * alike; the user's own columns are written back as they were.
 */
import { planYears } from "../plan/model";
import type { Measure, PlanSettings } from "../plan/model";
import type { CellValue } from "./cellValue";
import { STORED_CELLS, amountCellValue, measureToRow } from "./measureCells";
import { MEASURE_COLUMNS, effectColumnTitle } from "./measureColumns";
import type { ColumnLayout } from "./measureColumns";

/** The years of `layout`'s amount columns that `settings` leaves outside its period, by year. */
export function yearsOutside(layout: ColumnLayout, settings: PlanSettings): number[] {
  const plan = new Set(planYears(settings));
  const years = layout.effects.filter((e) => e.index >= 0 && !plan.has(e.year)).map((e) => e.year);
  return [...new Set(years)].sort((a, b) => a - b);
}

/** The header of the rewritten table: plan columns, the outside years' columns, own columns. */
export function headerWithOutside(
  settings: PlanSettings,
  outside: readonly number[],
  extraTitles: readonly string[]
): string[] {
  return [
    ...MEASURE_COLUMNS(settings),
    ...outside.map((year) => effectColumnTitle(year, settings.unit)),
    ...extraTitles,
  ];
}

/** One measure's row under headerWithOutside(settings, outside, …), its own cells `extra`. */
export function rowWithOutside(
  measure: Measure,
  settings: PlanSettings,
  outside: readonly number[],
  extra: readonly CellValue[]
): CellValue[] {
  const amounts = outside.map((year) =>
    amountCellValue(
      measure.effects[year] ?? null,
      measure.kind,
      settings.unit,
      settings.signConvention,
      STORED_CELLS
    )
  );
  return [...measureToRow(measure, settings), ...amounts, ...extra];
}
