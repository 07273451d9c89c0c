/**
 * The columns of the measures table: their Swedish titles, the words of the Typ column, and where
 * each field was found in a sheet's header (ColumnLayout, as measuresHeader.ts reads it).
 */
import { planYears } from "../plan/model";
import type { AmountUnit, MeasureKind, PlanSettings } from "../plan/model";
import { effectYearOf } from "./measureFields";
import type { MeasureField } from "./measureFields";

export const COLUMN_TITLES = {
  id: "Id",
  nr: "Nr",
  kind: "Typ",
  area: "Verksamhetsområde",
  title: "Åtgärd",
  ambition: "Ändrad ambitionsnivå",
  goals: "Påverkan mål/målvärden",
  consequence: "Konsekvensbeskrivning",
} as const;

/** A field with a column of its own (every column but the amounts). */
export type TextField = keyof typeof COLUMN_TITLES;

/** The words written in the Typ column. */
export const KIND_WORDS: Readonly<Record<MeasureKind, string>> = {
  measure: "Åtgärd",
  proposal: "Utvecklingsförslag",
};

/** The header of an amount column, e.g. "Effekt 2026 (tkr)". */
export function effectColumnTitle(year: number, unit: AmountUnit): string {
  return `Effekt ${year} (${unit})`;
}

/**
 * The header titles of the measures table, in order: Id, Nr, Typ, Verksamhetsområde, Åtgärd, one
 * "Effekt <year> (<unit>)" per plan year, Ändrad ambitionsnivå, Påverkan mål/målvärden,
 * Konsekvensbeskrivning.
 */
export function MEASURE_COLUMNS(settings: PlanSettings): string[] {
  return [
    COLUMN_TITLES.id,
    COLUMN_TITLES.nr,
    COLUMN_TITLES.kind,
    COLUMN_TITLES.area,
    COLUMN_TITLES.title,
    ...planYears(settings).map((y) => effectColumnTitle(y, settings.unit)),
    COLUMN_TITLES.ambition,
    COLUMN_TITLES.goals,
    COLUMN_TITLES.consequence,
  ];
}

/** Where each field is in the sheet's header. */
export interface ColumnLayout {
  /** Column index (0-based) of each text field, or -1 when the column is missing. */
  readonly fields: Readonly<Record<TextField, number>>;
  /**
   * The amount columns: first each plan year's, in order, with its column index or -1 when the
   * header lacks it; then every column of a year outside the plan period that the header has,
   * by year (kept from an earlier period: read, written and re-signed like any amount, so an
   * edit or a new row never clears it, but counted nowhere). Each with the unit its header states.
   */
  readonly effects: readonly {
    readonly year: number;
    readonly index: number;
    readonly unit: AmountUnit;
  }[];
  /** Columns the model does not read, in sheet order (0-based index and title as written). */
  readonly extras: readonly { readonly index: number; readonly title: string }[];
  /**
   * True when the header is exactly MEASURE_COLUMNS(settings) (spaces and case aside) followed
   * only by extra columns: then a row can be written in place as measureToRow(measure, settings,
   * row.extra). Otherwise the table must be rewritten as a whole, header first.
   */
  readonly matches: boolean;
}

/** The layout of a header that is exactly MEASURE_COLUMNS(settings). */
export function canonicalLayout(settings: PlanSettings): ColumnLayout {
  const years = planYears(settings);
  const after = 5 + years.length;
  return {
    fields: {
      id: 0,
      nr: 1,
      kind: 2,
      area: 3,
      title: 4,
      ambition: after,
      goals: after + 1,
      consequence: after + 2,
    },
    effects: years.map((year, i) => ({ year, index: 5 + i, unit: settings.unit })),
    extras: [],
    matches: true,
  };
}

/** The 0-based column of a field in the layout, or -1 when the table has no such column. */
export function columnOf(layout: ColumnLayout, field: MeasureField): number {
  const year = effectYearOf(field);
  if (year !== undefined) return layout.effects.find((e) => e.year === year)?.index ?? -1;
  return layout.fields[field as TextField] ?? -1;
}

/** The header title a field's column should have (for messages about a missing column). */
export function columnTitleOf(field: MeasureField, settings: PlanSettings): string {
  const year = effectYearOf(field);
  if (year !== undefined) return effectColumnTitle(year, settings.unit);
  return COLUMN_TITLES[field as TextField];
}
