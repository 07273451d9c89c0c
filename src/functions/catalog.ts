/**
 * The BUDGET functions as Excel calls them: their ids, in the order of the metadata files, and for
 * each function how its result is laid out and what each parameter is. A parameter's kind says how
 * a cell becomes a value and its blank says what an empty cell or a left-out argument means; the
 * runner (runner.ts) applies both, so no function body repeats them. The names and descriptions in
 * English and Swedish are in src/i18n/functions.en.ts and functions.sv.ts; metadata.ts joins them
 * with this catalog into functions.json and functions.sv.json.
 */
import type { Cell } from "./cells";

export const FUNCTION_IDS = [
  "FRAMEADJUST",
  "PLCOMP",
  "POADJUST",
  "DAILYCOST",
  "FULLYEARPLACEMENTS",
  "ANNUALCOST",
  "PLACEMENTDAYS",
  "OCCUPANCY",
  "MEASUREEFFECT",
  "VOLUMEEFFECT",
  "BREAKEVEN",
  "VARIANCE",
  "FORECAST",
  "PERIODBUDGET",
  "PRICEVOLUME",
  "ROUNDSUM",
] as const;

export type FunctionId = (typeof FUNCTION_IDS)[number];

/**
 * What one cell holds. Amounts and rates become exact Decimals (a rate is a fraction: 3 % is
 * 0.03); date serials, years, months and counts stay numbers, which the core checks for range;
 * a flag is TRUE/FALSE (or 1/0); text is taken as typed.
 */
export type CellKind = "amount" | "rate" | "serial" | "year" | "months" | "count" | "flag" | "text";

/**
 * Ranges taken as a whole: a grid of amounts whose bad cells the function places itself, or a
 * row of factors (multipliers) for each result row.
 */
export type RangeKind = "amounts" | "factors";

export type ParameterKind = CellKind | RangeKind;

/**
 * What a blank cell (or a left-out argument) means: "blank", the result is blank too, so formulas
 * over tables with empty rows stay clean; "absent", the core's own default (undefined: no calendar
 * year means 365 days); "default", the parameter's `default` cell stands in for it.
 */
export type BlankMeaning = "blank" | "absent" | "default";

export interface ParameterSpec {
  readonly kind: ParameterKind;
  /** Whether Excel lets the user leave the argument out (the metadata's "optional"). */
  readonly optional: boolean;
  readonly blank: BlankMeaning;
  readonly default?: Cell;
  /**
   * The word a #VALUE! message names the argument by when a range stands where a "ranges"
   * function wants one cell (the English parameter name, as Excel's own messages do).
   */
  readonly label?: string;
}

/**
 * How the result is laid out. "cells": the arguments broadcast to one shape and every cell is
 * computed on its own. "rows": one result row per input row; cell arguments are single cells or
 * one column, a "factors" argument is one row or one row per input row. "ranges": the function
 * lays out its result from whole ranges; its cell arguments must be single cells.
 */
export type Layout = "cells" | "rows" | "ranges";

export interface FunctionSpec {
  readonly layout: Layout;
  readonly parameters: readonly ParameterSpec[];
  /**
   * "rows" only: the width of every result row, a fixed number or the index of the parameter
   * that gives it (that one is read first, since a blank row must be as wide as its neighbours).
   */
  readonly width?: number | { readonly parameter: number };
}

/** A required argument: a blank gives a blank result. */
const needed = <K extends ParameterKind>(kind: K) =>
  ({ kind, optional: false, blank: "blank" }) as const;
/** A required argument whose blank cell means "none", such as an end date not yet known. */
const blankable = <K extends CellKind>(kind: K) =>
  ({ kind, optional: false, blank: "absent" }) as const;
/** An optional argument the core does without. */
const omittable = <K extends CellKind>(kind: K) =>
  ({ kind, optional: true, blank: "absent" }) as const;
/** An optional argument with a default value. */
const defaulted = <K extends ParameterKind, D extends Cell>(kind: K, value: D) =>
  ({ kind, optional: true, blank: "default", default: value }) as const;

export const CATALOG = {
  FRAMEADJUST: { layout: "ranges", parameters: [needed("amounts"), needed("amounts")] },
  PLCOMP: {
    layout: "cells",
    parameters: [needed("amount"), needed("rate"), needed("amount"), needed("rate")],
  },
  POADJUST: { layout: "cells", parameters: [needed("amount"), needed("rate"), needed("rate")] },
  DAILYCOST: { layout: "cells", parameters: [needed("amount"), needed("amount")] },
  FULLYEARPLACEMENTS: { layout: "cells", parameters: [needed("amount"), omittable("year")] },
  ANNUALCOST: {
    layout: "cells",
    parameters: [needed("amount"), defaulted("amount", 1), omittable("year")],
  },
  PLACEMENTDAYS: {
    layout: "cells",
    parameters: [needed("serial"), blankable("serial"), needed("year"), defaulted("flag", false)],
  },
  OCCUPANCY: {
    layout: "cells",
    parameters: [needed("amount"), needed("amount"), omittable("year")],
  },
  MEASUREEFFECT: {
    layout: "rows",
    width: { parameter: 3 },
    parameters: [
      needed("amount"),
      blankable("serial"),
      needed("year"),
      defaulted("count", 3),
      // A blank factor is 1, and so is every factor past the end of the row.
      defaulted("factors", 1),
    ],
  },
  VOLUMEEFFECT: { layout: "cells", parameters: [needed("amount"), needed("amount")] },
  BREAKEVEN: { layout: "cells", parameters: [needed("amount"), needed("amount")] },
  VARIANCE: {
    layout: "cells",
    parameters: [needed("amount"), needed("amount"), defaulted("text", "cost")],
  },
  FORECAST: { layout: "cells", parameters: [needed("amount"), needed("months")] },
  PERIODBUDGET: { layout: "cells", parameters: [needed("amount"), needed("months")] },
  PRICEVOLUME: {
    layout: "rows",
    width: 2,
    parameters: [needed("amount"), needed("amount"), needed("amount"), needed("amount")],
  },
  ROUNDSUM: {
    layout: "ranges",
    parameters: [needed("amounts"), { ...defaulted("count", 0), label: "decimals" }],
  },
} as const satisfies Record<FunctionId, FunctionSpec>;

export type Catalog = typeof CATALOG;
