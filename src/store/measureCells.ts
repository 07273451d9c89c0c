/**
 * The cells of one measure in the measures table, placed by the table's own column layout (as
 * parseMeasureRows found it), ready to be written with Office.js:
 *
 * - text is guarded with textCellValue, so a title like "=1+1" stays text;
 * - an amount is a number in the unit its column header states (which may differ from the
 *   settings: such a column is read in its own unit, so it must be written in it too) and in the
 *   sheet's sign convention; a blank amount is "";
 * - a colour is the word the settings use for it; an unjudged colour is "".
 *
 * Used where the add-in writes a new row (measureCellValues) or only the cells of an edit
 * (patchCellValues), and where it tells a formula from a value (isFormulaCell, formulaFields).
 * Pure: no Office.js. Nothing here throws, except amountCellValue for an amount too large for a
 * JavaScript number.
 */
import { textCellValue } from "./cellText";
import { Decimal, toFiniteNumber } from "../budget/money";
import { AMBITION_COLOUR, GOAL_COLOUR } from "../plan/model";
import type {
  Ambition,
  AmountUnit,
  GoalEffect,
  Measure,
  MeasureKind,
  PlanSettings,
  SignConvention,
} from "../plan/model";
import { COLUMN_TITLES, KIND_WORDS, effectColumnTitle } from "./storeSchema";
import type { CellValue, ColumnLayout } from "./storeSchema";

/**
 * A measure's field as stored in its own cell (the same strings as MeasureField in
 * src/excel/workbookPort.ts, which the core does not import).
 */
export type CellField =
  "nr" | "kind" | "area" | "title" | "ambition" | "goals" | "consequence" | `effect:${number}`;

/** The text fields in table order, as CellField and as the key of ColumnLayout.fields. */
export const TEXT_FIELDS = [
  "nr",
  "kind",
  "area",
  "title",
  "ambition",
  "goals",
  "consequence",
] as const;
type TextField = (typeof TEXT_FIELDS)[number];

/** How many tkr one unit is (the same factors storeSchema reads with). */
const TKR_PER_UNIT: Readonly<Record<AmountUnit, Decimal>> = {
  kr: new Decimal("0.001"),
  tkr: new Decimal(1),
  mnkr: new Decimal(1000),
};

/**
 * An amount of the model (tkr; a measure's effect positive when it frees money, a proposal's need
 * positive when it costs money) as the number a cell shows: in `unit`, and negated for a proposal
 * when the sheet writes amounts as their effect on the result. null (not stated) is "".
 * Throws a RangeError when the amount does not fit in a JavaScript number.
 */
export function amountCellValue(
  tkr: Decimal | null | undefined,
  kind: MeasureKind,
  unit: AmountUnit,
  signConvention: SignConvention
): number | "" {
  if (tkr === null || tkr === undefined) return "";
  let shown = tkr.div(TKR_PER_UNIT[unit]);
  if (signConvention === "resultEffect" && kind === "proposal") shown = shown.neg();
  const n = toFiniteNumber(shown);
  if (n === undefined)
    throw new RangeError(`The amount ${tkr.toString()} tkr does not fit in a cell.`);
  return n;
}

/** The word written for an ambition judgement ("" = not judged). */
export function ambitionCellValue(ambition: Ambition | null, settings: PlanSettings): string {
  return ambition === null ? "" : textCellValue(settings.colourLabels[AMBITION_COLOUR[ambition]]);
}

/** The word written for a goal judgement ("" = not judged). */
export function goalsCellValue(goals: GoalEffect | null, settings: PlanSettings): string {
  return goals === null ? "" : textCellValue(settings.colourLabels[GOAL_COLOUR[goals]]);
}

export function effectYearOf(field: CellField): number | undefined {
  if (!field.startsWith("effect:")) return undefined;
  const year = Number(field.slice("effect:".length));
  return Number.isInteger(year) ? year : undefined;
}

/** The 0-based column of a field in the layout, or -1 when the table has no such column. */
export function columnOf(layout: ColumnLayout, field: CellField): number {
  const year = effectYearOf(field);
  if (year !== undefined) return layout.effects.find((e) => e.year === year)?.index ?? -1;
  return layout.fields[field as TextField] ?? -1;
}

/** The header title a field's column should have (for messages about a missing column). */
export function columnTitleOf(field: CellField, settings: PlanSettings): string {
  const year = effectYearOf(field);
  if (year !== undefined) return effectColumnTitle(year, settings.unit);
  return COLUMN_TITLES[field as TextField];
}

/** One cell to write: the field, its 0-based column in the table and the value for Office.js. */
export interface FieldCell {
  readonly field: CellField;
  readonly index: number;
  readonly value: CellValue;
  /**
   * True for an amount cell that is rewritten although the patch does not name its year: the
   * patch changes the kind in a sheet that signs amounts by their effect on the result, so the
   * stored number must change sign to keep its meaning.
   */
  readonly resigned?: boolean;
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
  width: number
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
  put(f.id, textCellValue(measure.id), COLUMN_TITLES.id, true);
  put(f.nr, measure.nr, COLUMN_TITLES.nr, false);
  put(
    f.kind,
    textCellValue(KIND_WORDS[measure.kind]),
    COLUMN_TITLES.kind,
    measure.kind !== "measure"
  );
  put(f.area, textCellValue(measure.area), COLUMN_TITLES.area, measure.area !== "");
  put(f.title, textCellValue(measure.title), COLUMN_TITLES.title, measure.title !== "");
  for (const col of layout.effects) {
    const amount = measure.effects[col.year] ?? null;
    put(
      col.index,
      amountCellValue(amount, measure.kind, col.unit, settings.signConvention),
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
    ambitionCellValue(measure.ambition, settings),
    COLUMN_TITLES.ambition,
    measure.ambition !== null
  );
  put(
    f.goals,
    goalsCellValue(measure.goals, settings),
    COLUMN_TITLES.goals,
    measure.goals !== null
  );
  put(
    f.consequence,
    textCellValue(measure.consequence),
    COLUMN_TITLES.consequence,
    measure.consequence !== ""
  );
  return { cells, missing };
}

/** The fields an edit changes (the shape of MeasurePatch in src/excel/workbookPort.ts). */
export interface CellPatch {
  readonly nr?: number;
  readonly kind?: MeasureKind;
  readonly area?: string;
  readonly title?: string;
  readonly effects?: Readonly<Record<number, Decimal | null>>;
  readonly ambition?: Ambition | null;
  readonly goals?: GoalEffect | null;
  readonly consequence?: string;
}

/**
 * The cells an edit writes, and nothing else: one per field present in `patch`. `current` is the
 * measure as read from the same row; it is needed only when the patch changes the kind in a sheet
 * with the "resultEffect" sign convention, where every stated amount of the row then changes sign
 * (those cells come back with `resigned: true`, so the caller can refuse to replace a formula).
 */
export function patchCellValues(
  patch: CellPatch,
  current: Measure,
  settings: PlanSettings,
  layout: ColumnLayout
): CellsResult<FieldCell[]> {
  const cells: FieldCell[] = [];
  const missing: string[] = [];
  const put = (
    field: CellField,
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
  if (patch.kind !== undefined) put("kind", textCellValue(KIND_WORDS[patch.kind]), true);
  if (patch.area !== undefined) put("area", textCellValue(patch.area), patch.area !== "");
  if (patch.title !== undefined) put("title", textCellValue(patch.title), patch.title !== "");
  const patchedYears = new Set<number>();
  if (patch.effects !== undefined) {
    for (const [yearText, amount] of Object.entries(patch.effects)) {
      const year = Number(yearText);
      if (!Number.isInteger(year)) continue;
      patchedYears.add(year);
      const col = layout.effects.find((e) => e.year === year);
      const field: CellField = `effect:${year}`;
      if (col === undefined || col.index < 0) {
        if (amount !== null && amount !== undefined) missing.push(columnTitleOf(field, settings));
        continue;
      }
      put(field, amountCellValue(amount ?? null, kind, col.unit, settings.signConvention), true);
    }
  }
  if (
    patch.kind !== undefined &&
    patch.kind !== current.kind &&
    settings.signConvention === "resultEffect"
  ) {
    for (const col of layout.effects) {
      if (col.index < 0 || patchedYears.has(col.year)) continue;
      const amount = current.effects[col.year] ?? null;
      if (amount === null || amount.isZero()) continue;
      put(
        `effect:${col.year}`,
        amountCellValue(amount, kind, col.unit, settings.signConvention),
        true,
        true
      );
    }
  }
  if (patch.ambition !== undefined)
    put("ambition", ambitionCellValue(patch.ambition, settings), patch.ambition !== null);
  if (patch.goals !== undefined)
    put("goals", goalsCellValue(patch.goals, settings), patch.goals !== null);
  if (patch.consequence !== undefined) {
    put("consequence", textCellValue(patch.consequence), patch.consequence !== "");
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
): CellField[] {
  const result: CellField[] = [];
  const check = (field: CellField, index: number): void => {
    if (index >= 0 && isFormulaCell(values[index], formulas[index])) result.push(field);
  };
  for (const field of ["nr", "kind", "area", "title"] as const) check(field, layout.fields[field]);
  for (const col of layout.effects) check(`effect:${col.year}`, col.index);
  for (const field of ["ambition", "goals", "consequence"] as const)
    check(field, layout.fields[field]);
  return result;
}
