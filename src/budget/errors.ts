/**
 * Failures of the budget maths. The core throws a BudgetError for input it cannot compute with;
 * the custom functions map `kind` to an Excel error code and `reason` to a message in the user's
 * language, and the task pane shows the same reasons as text. Anything else thrown is a defect.
 */

/** Which Excel error the failure is: #VALUE! (wrong kind of input), #NUM! (a number out of range), #DIV/0!. */
export type BudgetErrorKind = "value" | "num" | "div0";

/** Why it failed; each reason has a message in both languages in src/i18n/functionMessages.ts. */
export type BudgetErrorReason =
  | "notANumber" // text, a boolean or an error value where a number belongs
  | "notABoolean" // something other than TRUE/FALSE where a truth value belongs
  | "unknownKind" // VARIANCE's kind is not one of the known words
  | "shapeMismatch" // two ranges of different shapes
  | "yearOutOfRange" // a year outside 1900–9999, or not a whole number
  | "dateOutOfRange" // a date serial outside 1 (1900-01-01) … 2958465 (9999-12-31)
  | "monthsOutOfRange" // months outside what the function allows
  | "yearsOutOfRange" // the number of plan years is not a whole number 1–50
  | "decimalsOutOfRange" // the number of decimals to round to is not a whole number 0–10
  | "endBeforeStart" // a placement that ends before it starts
  | "negative" // a count (days, places) below zero
  | "divisionByZero" // a divisor of zero
  | "tooLarge"; // the result does not fit in a finite number

export class BudgetError extends Error {
  constructor(
    readonly kind: BudgetErrorKind,
    readonly reason: BudgetErrorReason,
    /** Optional context for the message, such as the offending text. */
    readonly detail?: string
  ) {
    super(detail === undefined ? reason : `${reason}: ${detail}`);
    this.name = "BudgetError";
  }
}
