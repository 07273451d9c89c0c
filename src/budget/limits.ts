/**
 * Limits shared by the budget maths (MEASUREEFFECT's number of years) and the plan (its period).
 * A module of its own so that the plan model, which the pane's first script loads, does not bring
 * the phasing and calendar code along with one number.
 */

/** The most plan years a plan period or a measure's row of effects can have. */
export const MAX_PLAN_YEARS = 50;
