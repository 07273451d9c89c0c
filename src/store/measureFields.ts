/**
 * The names of a measure's stored fields and the shape of an edit: one definition for the store,
 * which writes them, and the workbook port, which re-exports them to the pane.
 */
import type { Decimal } from "../budget/money";
import type { Measure } from "../plan/model";
import type { MeasurePricing } from "../plan/pricing";

/** A measure's field as stored in its own cell; effects are per plan year. */
export type MeasureField =
  "nr" | "kind" | "area" | "title" | "ambition" | "goals" | "consequence" | `effect:${number}`;

export function effectField(year: number): MeasureField {
  return `effect:${year}`;
}

/** The plan year of an effect field; undefined for any other field. */
export function effectYearOf(field: MeasureField): number | undefined {
  if (!field.startsWith("effect:")) return undefined;
  const year = Number(field.slice("effect:".length));
  return Number.isInteger(year) ? year : undefined;
}

/** The fields an edit changes; absent fields are left as they are in the workbook. */
export interface MeasurePatch {
  readonly nr?: number;
  readonly kind?: Measure["kind"];
  readonly area?: string;
  readonly title?: string;
  /** Only the years named are written. */
  readonly effects?: Readonly<Record<number, Decimal | null>>;
  readonly ambition?: Measure["ambition"];
  readonly goals?: Measure["goals"];
  readonly consequence?: string;
  /**
   * How the effects are priced: set together with every plan year's effect (the amounts it
   * gives); null = typed amounts again. Excel writes the pricing's formulas into the amount cells.
   */
  readonly pricing?: MeasurePricing | null;
}
