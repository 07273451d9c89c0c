/**
 * Limits shared by the budget maths (MEASUREEFFECT's number of years) and the plan (its period).
 * A module of its own so that the plan model, which the pane's first script loads, does not bring
 * the phasing and calendar code along with one number.
 */

/** The most plan years a plan period or a measure's row of effects can have. */
export const MAX_PLAN_YEARS = 50;

/**
 * The most characters one Excel cell holds (Excel's specifications and limits: 32 767). Counted as
 * Excel counts them, in UTF-16 units (JavaScript's string length): an emoji counts as two.
 */
export const MAX_CELL_TEXT = 32_767;
