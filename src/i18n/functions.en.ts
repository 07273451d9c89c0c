/**
 * The BUDGET functions in English: the names and descriptions Excel shows while a formula is
 * typed (functions.json is generated from them, see src/functions/metadata.ts) and the short
 * messages beside a #VALUE! error. English is the default language; functions.sv.ts has the same
 * shape. Descriptions state the unit and give an example.
 */
import type { BudgetErrorReason } from "../budget/errors";

/** A name and a description, of a function or of one of its parameters. */
export interface Described {
  name: string;
  description: string;
}

export interface FunctionText extends Described {
  /** In the order of the catalog's parameters. */
  parameters: readonly Described[];
}

export type ErrorMessages = Record<BudgetErrorReason, string>;

const YEAR: Described = {
  name: "year",
  description:
    "Optional calendar year, e.g. 2028: counts its real days (366 in leap years) instead of 365.",
};

export const FUNCTION_TEXTS_EN = {
  FRAMEADJUST: {
    name: "FRAMEADJUST",
    description:
      "Budget frame after adjustments (unit of base, e.g. tkr): base + the sum of the adjustments. With one column of adjustments per plan year it returns a row with each year's frame. Example: =BUDGET.FRAMEADJUST(1215669, B2:B5) with 4382, -8096, 49, 3042 in B2:B5 gives 1215046.",
    parameters: [
      { name: "base", description: "The frame before adjustments, e.g. 1215669 (tkr)." },
      {
        name: "adjustments",
        description:
          "Adjustments in the same unit: one column, or one column per plan year. Blank cells count as 0.",
      },
    ],
  },
  PLCOMP: {
    name: "PLCOMP",
    description:
      "Price and wage compensation (unit of the costs, e.g. tkr): personnel costs × wage increase + other costs × price increase. Rates as fractions. Example: =BUDGET.PLCOMP(800000, 0.03, 400000, 0.02) gives 32000.",
    parameters: [
      { name: "personnel_costs", description: "Personnel costs, e.g. 800000 (tkr)." },
      { name: "wage_increase", description: "Wage increase as a fraction: 3 % is 0.03." },
      { name: "other_costs", description: "Other costs, e.g. 400000 (tkr)." },
      { name: "price_increase", description: "Price increase as a fraction: 2 % is 0.02." },
    ],
  },
  POADJUST: {
    name: "POADJUST",
    description:
      "Change in payroll overhead (unit of wages, e.g. tkr): wages × (new PO rate − old PO rate); negative when the rate falls. Example: =BUDGET.POADJUST(500000, 0.4115, 0.3953) gives -8100.",
    parameters: [
      { name: "wages", description: "Wages the overhead is charged on, e.g. 500000 (tkr)." },
      { name: "po_rate_before", description: "PO rate before, as a fraction: 41.15 % is 0.4115." },
      { name: "po_rate_after", description: "PO rate after, as a fraction." },
    ],
  },
  DAILYCOST: {
    name: "DAILYCOST",
    description:
      "Cost per care day (kr per day when the cost is in kr): cost / care days. Example: =BUDGET.DAILYCOST(9000000, 821.25) gives 10958.90.",
    parameters: [
      { name: "cost", description: "Total cost, e.g. 9000000 (kr)." },
      { name: "days", description: "Care days, e.g. 821.25 (days)." },
    ],
  },
  FULLYEARPLACEMENTS: {
    name: "FULLYEARPLACEMENTS",
    description:
      "Full-year placements (count): care days / 365, or / the days of the given calendar year. Example: =BUDGET.FULLYEARPLACEMENTS(26867, 2020) gives 73.41.",
    parameters: [{ name: "days", description: "Care days in the year (days)." }, YEAR],
  },
  ANNUALCOST: {
    name: "ANNUALCOST",
    description:
      "Cost of a year (kr when the daily cost is in kr): daily cost × placements × 365 (or the days of the given year). Example: =BUDGET.ANNUALCOST(8000, 3) gives 8760000.",
    parameters: [
      { name: "daily_cost", description: "Cost per care day, e.g. 8000 (kr)." },
      { name: "placements", description: "Number of full-year placements (count); 1 if left out." },
      YEAR,
    ],
  },
  PLACEMENTDAYS: {
    name: "PLACEMENTDAYS",
    description:
      "Care days (days) of a placement that fall in one calendar year, from start up to end; the end day counts only when count_end_day is TRUE; a blank end means the placement goes on. Example: =BUDGET.PLACEMENTDAYS(DATE(2025,11,1), DATE(2026,3,1), 2026) gives 59.",
    parameters: [
      { name: "start", description: "Start date of the placement." },
      { name: "end", description: "End date; leave the cell blank for a placement that goes on." },
      { name: "year", description: "The calendar year to count, e.g. 2026." },
      { name: "count_end_day", description: "TRUE to count the end day too; FALSE if left out." },
    ],
  },
  OCCUPANCY: {
    name: "OCCUPANCY",
    description:
      "Occupancy (a fraction; format the cell as %): care days / (places × 365, or the days of the given year). Example: =BUDGET.OCCUPANCY(4604, 24) gives 0.526 (52.6 %).",
    parameters: [
      { name: "care_days", description: "Care days used (days)." },
      { name: "places", description: "Number of places (count)." },
      YEAR,
    ],
  },
  MEASUREEFFECT: {
    name: "MEASUREEFFECT",
    description:
      "Effect of a measure per plan year (unit of annual_effect, e.g. tkr), a row of values from first_year: 0 before the start, the months left in the start year (the start month pro rata by days), in full after. Example: =BUDGET.MEASUREEFFECT(1000, DATE(2026,7,1), 2026) gives 500, 1000, 1000.",
    parameters: [
      { name: "annual_effect", description: "Full-year effect, e.g. 1000 (tkr)." },
      {
        name: "start",
        description: "Date the measure takes effect; blank means 1 January of first_year.",
      },
      { name: "first_year", description: "First plan year, e.g. 2026." },
      { name: "years", description: "Number of plan years (1–50); 3 if left out." },
      {
        name: "phase_in",
        description:
          "A row of factors for the measure's own first, second … year, e.g. 0.5, 1; missing factors are 1.",
      },
    ],
  },
  VOLUMEEFFECT: {
    name: "VOLUMEEFFECT",
    description:
      "Money freed by a change in volume (unit of unit_cost times volume): −volume change × unit cost, so a decrease frees a positive amount. Example: =BUDGET.VOLUMEEFFECT(-2, 4000) gives 8000.",
    parameters: [
      { name: "volume_change", description: "Change in volume, e.g. -2 placements (count)." },
      { name: "unit_cost", description: "Cost per unit, e.g. 4000 (tkr per placement)." },
    ],
  },
  BREAKEVEN: {
    name: "BREAKEVEN",
    description:
      "Units (e.g. placement-years) that must be avoided to earn an investment back: investment / cost per unit. Example: =BUDGET.BREAKEVEN(9800, 4000) gives 2.45.",
    parameters: [
      { name: "investment", description: "The investment, e.g. 9800 (tkr)." },
      { name: "cost_per_unit", description: "Cost of one unit in the same unit, e.g. 4000 (tkr)." },
    ],
  },
  VARIANCE: {
    name: "VARIANCE",
    description:
      "Budget deviation (unit of the inputs), favourable when positive: budget − actual for costs, actual − budget for income. Example: =BUDGET.VARIANCE(487.6, 498.8) gives -11.2.",
    parameters: [
      { name: "budget", description: "Budget, e.g. 487.6 (mnkr)." },
      { name: "actual", description: "Outcome or forecast in the same unit." },
      { name: "kind", description: 'What is compared: "cost" (if left out) or "revenue".' },
    ],
  },
  FORECAST: {
    name: "FORECAST",
    description:
      "Full-year forecast (unit of the outcome): outcome to date × 12 / months elapsed (1–12). Example: =BUDGET.FORECAST(122.4, 4) gives 367.2.",
    parameters: [
      { name: "actual_to_date", description: "Outcome so far this year, e.g. 122.4 (mnkr)." },
      { name: "months", description: "Months elapsed, a whole number 1–12." },
    ],
  },
  PERIODBUDGET: {
    name: "PERIODBUDGET",
    description:
      "Budget for the months elapsed (unit of the budget): annual budget × months / 12 (0–12). Example: =BUDGET.PERIODBUDGET(996.2, 4) gives 332.07.",
    parameters: [
      { name: "annual_budget", description: "Budget for the whole year, e.g. 996.2 (mnkr)." },
      { name: "months", description: "Months elapsed, a whole number 0–12." },
    ],
  },
  PRICEVOLUME: {
    name: "PRICEVOLUME",
    description:
      "Splits a change in cost (kr) into a row [volume effect, price effect] = [(V1 − V0) × P0, V1 × (P1 − P0)]; the two add up to the change. Example: =BUDGET.PRICEVOLUME(5963, 3907, 2471, 3090) gives -13643244, -2018807.",
    parameters: [
      { name: "volume_before", description: "Volume before, e.g. 5963 care days." },
      { name: "price_before", description: "Price per unit before, e.g. 3907 (kr per day)." },
      { name: "volume_after", description: "Volume after, e.g. 2471 care days." },
      { name: "price_after", description: "Price per unit after, e.g. 3090 (kr per day)." },
    ],
  },
  ROUNDSUM: {
    name: "ROUNDSUM",
    description:
      "Rounds values so that the rounded parts add up exactly to the rounded total (largest remainder; ties go to the earlier cell); same shape as values. Example: =BUDGET.ROUNDSUM(A1:A3) with 0.4 in each cell gives 1, 0, 0.",
    parameters: [
      { name: "values", description: "The amounts to round, e.g. a column in tkr." },
      { name: "decimals", description: "Number of decimals, 0–10; 0 if left out." },
    ],
  },
} satisfies Record<string, FunctionText>;

export const ERROR_MESSAGES_EN: ErrorMessages = {
  notANumber: "A number is needed here",
  notABoolean: "TRUE or FALSE is needed here",
  unknownKind: "Unknown kind: use cost or revenue",
  shapeMismatch: "The ranges differ in size",
  yearOutOfRange: "The year must be a whole number 1900–9999",
  dateOutOfRange: "The date is outside Excel's date range",
  monthsOutOfRange: "The number of months is out of range",
  yearsOutOfRange: "The number of years must be a whole number 1–50",
  decimalsOutOfRange: "The number of decimals must be a whole number 0–10",
  endBeforeStart: "End date before start date",
  negative: "The value must not be negative",
  divisionByZero: "Division by zero",
  tooLarge: "The result is too large",
};
