/**
 * The cells of one measure in the measures table, placed by the table's own column layout (as
 * parseMeasureRows found it). With EXCEL_CELLS, the encoding for Office.js:
 *
 * - text is guarded with textCellValue, so a title like "=1+1" stays text;
 * - an amount is a number in the unit its column header states (which may differ from the
 *   settings: such a column is read in its own unit, so it must be written in it too) and in the
 *   sheet's sign convention; a blank amount is "";
 * - a colour is the word the settings use for it; an unjudged colour is "".
 *
 * With STORED_CELLS, the encoding for the browser's storage, text is kept as typed.
 *
 * Used where the add-in writes a new row (measureCellValues, measureToRow) or only the cells of an
 * edit (patchCellValues, in Excel and in the browser alike), and where it tells a formula from a
 * value (isFormulaCell, formulaFields). Pure: no Office.js. Nothing here throws, except with
 * EXCEL_CELLS for an amount too large for a JavaScript number (a RangeError).
 */
import { textCellValue } from "./cellText";
import { toFiniteNumber } from "../budget/money";
import type { Decimal } from "../budget/money";
import { AMBITION_COLOUR, GOAL_COLOUR } from "../plan/model";
import type {
  Ambition,
  AmountUnit,
  Colour,
  GoalEffect,
  Measure,
  MeasureKind,
  PlanSettings,
  SignConvention,
} from "../plan/model";
import { shownAmount } from "./amounts";
import type { CellValue } from "./cellValue";
import {
  COLUMN_TITLES,
  KIND_WORDS,
  canonicalLayout,
  columnOf,
  columnTitleOf,
  effectColumnTitle,
} from "./measureColumns";
import type { ColumnLayout } from "./measureColumns";
import type { MeasureField, MeasurePatch } from "./measureFields";

/**
 * How the model's text and amounts become cell values. In Excel text is guarded (textCellValue)
 * and an amount must be a JavaScript number; the browser's storage holds text exactly as typed and
 * an amount too large for a number as its decimal string.
 */
export interface CellEncoding {
  readonly text: (text: string) => string;
  /** `shown` is the amount in the cell's unit and sign; `tkr` the model's, for the message. */
  readonly amount: (shown: Decimal, tkr: Decimal) => CellValue;
}

/** Cells written with Office.js. */
export const EXCEL_CELLS: CellEncoding = {
  text: textCellValue,
  amount: (shown, tkr) => {
    const n = toFiniteNumber(shown);
    if (n === undefined)
      throw new RangeError(`The amount ${tkr.toString()} tkr does not fit in a cell.`);
    return n;
  },
};

/** Cells kept in the browser's storage (JSON), read back by the same parser. */
export const STORED_CELLS: CellEncoding = {
  text: (text) => text,
  amount: (shown) => toFiniteNumber(shown) ?? shown.toString(),
};

/**
 * An amount of the model (tkr; a measure's effect positive when it frees money, a proposal's need
 * positive when it costs money) as the value a cell holds: in `unit`, and negated for a proposal
 * when the sheet writes amounts as their effect on the result. null (not stated) is "". Written
 * for Excel it throws a RangeError when the amount does not fit in a JavaScript number.
 */
export function amountCellValue(
  tkr: Decimal | null | undefined,
  kind: MeasureKind,
  unit: AmountUnit,
  signConvention: SignConvention,
  encoding: CellEncoding = EXCEL_CELLS
): CellValue {
  if (tkr === null || tkr === undefined) return "";
  return encoding.amount(shownAmount(tkr, kind, unit, signConvention), tkr);
}

/** The word the settings use for a judgement's colour ("" = not judged). */
function colourCellValue(
  colour: Colour | undefined,
  settings: PlanSettings,
  encoding: CellEncoding
): string {
  return colour === undefined ? "" : encoding.text(settings.colourLabels[colour]);
}

/** The word written for an ambition judgement ("" = not judged). */
export function ambitionCellValue(
  ambition: Ambition | null,
  settings: PlanSettings,
  encoding: CellEncoding = EXCEL_CELLS
): string {
  return colourCellValue(
    ambition === null ? undefined : AMBITION_COLOUR[ambition],
    settings,
    encoding
  );
}

/** The word written for a goal judgement ("" = not judged). */
export function goalsCellValue(
  goals: GoalEffect | null,
  settings: PlanSettings,
  encoding: CellEncoding = EXCEL_CELLS
): string {
  return colourCellValue(goals === null ? undefined : GOAL_COLOUR[goals], settings, encoding);
}

/** One cell to write: the field, its 0-based column in the table and the value for Office.js. */
export interface FieldCell {
  readonly field: MeasureField;
  readonly index: number;
  readonly value: CellValue;
  /**
   * True for an amount cell that is rewritten although the patch does not name its year: the
   * patch changes the kind in a sheet that signs amounts by their effect on the result, so the
   * stored number must change sign to keep its meaning.
   */
  readonly resigned?: boolean;
  /** A formula to write instead of the value, in Excel (a priced amount; pricingFormula.ts). */
  readonly formula?: string;
}

export interface CellsResult<T> {
  readonly cells: T;
  /**
   * Titles of columns the table lacks although there is something to write in them. Nothing
   * should be written then: the caller reports them instead of silently losing the data.
   */
  readonly missing: string[];
}

/**
 * A new row for `measure`, `width` cells wide (the table's column count), every column placed
 * where the layout found it; columns the model does not know get "". The id column is required;
 * other missing columns are listed in `missing` only when the measure has something for them.
 */
export function measureCellValues(
  measure: Measure,
  settings: PlanSettings,
  layout: ColumnLayout,
  width: number,
  encoding: CellEncoding = EXCEL_CELLS
): CellsResult<CellValue[]> {
  const cells: CellValue[] = new Array<CellValue>(Math.max(0, width)).fill("");
  const missing: string[] = [];
  const put = (index: number, value: CellValue, title: string, required: boolean): void => {
    if (index < 0 || index >= cells.length) {
      if (required) missing.push(title);
      return;
    }
    cells[index] = value;
  };
  const f = layout.fields;
  put(f.id, encoding.text(measure.id), COLUMN_TITLES.id, true);
  put(f.nr, measure.nr, COLUMN_TITLES.nr, false);
  put(
    f.kind,
    encoding.text(KIND_WORDS[measure.kind]),
    COLUMN_TITLES.kind,
    measure.kind !== "measure"
  );
  put(f.area, encoding.text(measure.area), COLUMN_TITLES.area, measure.area !== "");
  put(f.title, encoding.text(measure.title), COLUMN_TITLES.title, measure.title !== "");
  for (const col of layout.effects) {
    const amount = measure.effects[col.year] ?? null;
    put(
      col.index,
      amountCellValue(amount, measure.kind, col.unit, settings.signConvention, encoding),
      effectColumnTitle(col.year, settings.unit),
      amount !== null
    );
  }
  for (const [yearText, amount] of Object.entries(measure.effects)) {
    const year = Number(yearText);
    if (amount !== null && amount !== undefined && !layout.effects.some((e) => e.year === year)) {
      missing.push(effectColumnTitle(year, settings.unit));
    }
  }
  put(
    f.ambition,
    ambitionCellValue(measure.ambition, settings, encoding),
    COLUMN_TITLES.ambition,
    measure.ambition !== null
  );
  put(
    f.goals,
    goalsCellValue(measure.goals, settings, encoding),
    COLUMN_TITLES.goals,
    measure.goals !== null
  );
  put(
    f.consequence,
    encoding.text(measure.consequence),
    COLUMN_TITLES.consequence,
    measure.consequence !== ""
  );
  return { cells, missing };
}

/**
 * One measure as the cells of a row, in the order of MEASURE_COLUMNS(settings), followed by
 * `extra` (the row's extra columns as read, so they are written back unchanged). Amounts are in
 * the settings' unit and sign convention; a blank effect is "". Text is returned exactly as in the
 * model: whoever writes the row must write text cells as text (e.g. number format "@"), so that a
 * title starting with "=", "+", "-" or "@" stays a title and never becomes a formula.
 */
export function measureToRow(
  measure: Measure,
  settings: PlanSettings,
  extra: readonly CellValue[] = []
): CellValue[] {
  const layout = canonicalLayout(settings);
  const width = layout.fields.consequence + 1;
  return [...measureCellValues(measure, settings, layout, width, STORED_CELLS).cells, ...extra];
}

/**
 * The amount columns whose stored number changes sign with the kind: every stated, non-zero
 * amount of the row the patch does not name itself.
 */
function resignedColumns(
  current: Measure,
  layout: ColumnLayout,
  patchedYears: ReadonlySet<number>
): ColumnLayout["effects"] {
  return layout.effects.filter((col) => {
    if (col.index < 0 || patchedYears.has(col.year)) return false;
    const amount = current.effects[col.year] ?? null;
    return amount !== null && !amount.isZero();
  });
}

/**
 * The cells an edit writes, and nothing else: one per field present in `patch`. `current` is the
 * measure as read from the same row; it is needed only when the patch changes the kind in a sheet
 * with the "resultEffect" sign convention, where every stated amount of the row then changes sign
 * (those cells come back with `resigned: true`, so the caller can refuse to replace a formula).
 */
export function patchCellValues(
  patch: MeasurePatch,
  current: Measure,
  settings: PlanSettings,
  layout: ColumnLayout,
  encoding: CellEncoding = EXCEL_CELLS
): CellsResult<FieldCell[]> {
  const cells: FieldCell[] = [];
  const missing: string[] = [];
  const put = (
    field: MeasureField,
    value: CellValue,
    requiredIfMissing: boolean,
    resigned = false
  ): void => {
    const index = columnOf(layout, field);
    if (index < 0) {
      if (requiredIfMissing) missing.push(columnTitleOf(field, settings));
      return;
    }
    cells.push(resigned ? { field, index, value, resigned } : { field, index, value });
  };
  const kind = patch.kind ?? current.kind;
  if (patch.nr !== undefined) put("nr", patch.nr, true);
  if (patch.kind !== undefined) put("kind", encoding.text(KIND_WORDS[patch.kind]), true);
  if (patch.area !== undefined) put("area", encoding.text(patch.area), patch.area !== "");
  if (patch.title !== undefined) put("title", encoding.text(patch.title), patch.title !== "");
  const patchedYears = new Set<number>();
  if (patch.effects !== undefined) {
    for (const [yearText, amount] of Object.entries(patch.effects)) {
      const year = Number(yearText);
      if (!Number.isInteger(year)) continue;
      patchedYears.add(year);
      const col = layout.effects.find((e) => e.year === year);
      const field: MeasureField = `effect:${year}`;
      if (col === undefined || col.index < 0) {
        if (amount !== null && amount !== undefined) missing.push(columnTitleOf(field, settings));
        continue;
      }
      put(
        field,
        amountCellValue(amount ?? null, kind, col.unit, settings.signConvention, encoding),
        true
      );
    }
  }
  if (
    patch.kind !== undefined &&
    patch.kind !== current.kind &&
    settings.signConvention === "resultEffect"
  ) {
    for (const col of resignedColumns(current, layout, patchedYears))
      put(
        `effect:${col.year}`,
        amountCellValue(
          current.effects[col.year],
          kind,
          col.unit,
          settings.signConvention,
          encoding
        ),
        true,
        true
      );
  }
  if (patch.ambition !== undefined)
    put("ambition", ambitionCellValue(patch.ambition, settings, encoding), patch.ambition !== null);
  if (patch.goals !== undefined)
    put("goals", goalsCellValue(patch.goals, settings, encoding), patch.goals !== null);
  if (patch.consequence !== undefined) {
    put("consequence", encoding.text(patch.consequence), patch.consequence !== "");
  }
  return { cells, missing };
}

/**
 * True when a cell holds a formula, given what Office.js reports for it as `values` and as
 * `formulas`. A formula is reported in `formulas` as text starting with "=". A text cell whose
 * text starts with "=" (typed as '=1+1) is reported the same way in `formulas` (Office.js drops
 * the apostrophe), but its value is that same text, while a formula's value is its result.
 */
export function isFormulaCell(value: unknown, formula: unknown): boolean {
  return typeof formula === "string" && formula.startsWith("=") && formula !== value;
}

/** The fields of one row whose cells hold a formula, in table order. */
export function formulaFields(
  layout: ColumnLayout,
  values: readonly unknown[],
  formulas: readonly unknown[]
): MeasureField[] {
  const result: MeasureField[] = [];
  const check = (field: MeasureField, index: number): void => {
    if (index >= 0 && isFormulaCell(values[index], formulas[index])) result.push(field);
  };
  for (const field of ["nr", "kind", "area", "title"] as const) check(field, layout.fields[field]);
  for (const col of layout.effects) check(`effect:${col.year}`, col.index);
  for (const field of ["ambition", "goals", "consequence"] as const)
    check(field, layout.fields[field]);
  return result;
}
