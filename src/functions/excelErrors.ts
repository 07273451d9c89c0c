/* global CustomFunctions */
/**
 * Maps core failures to the errors Excel shows in a cell. Only BudgetError is mapped: any other
 * exception is a defect and is rethrown, so that tests and fuzzing see it instead of a quiet #VALUE!.
 */
import { BudgetError, type BudgetErrorKind } from "../budget/errors";
import { displayLanguage, type Language } from "../i18n/language";
import { messageFor } from "../i18n/functionMessages";

export type ExcelError = CustomFunctions.Error;

/** Looked up when needed: CustomFunctions exists only once Excel's runtime has loaded. */
function codeFor(kind: BudgetErrorKind): CustomFunctions.ErrorCode {
  switch (kind) {
    case "value":
      return CustomFunctions.ErrorCode.invalidValue;
    case "num":
      return CustomFunctions.ErrorCode.invalidNumber;
    case "div0":
      return CustomFunctions.ErrorCode.divisionByZero;
  }
}

/** Excel shows custom messages only for #VALUE! and #N/A; the others carry the code alone. */
function takesMessage(kind: BudgetErrorKind): boolean {
  return kind === "value";
}

export function toExcelError(
  error: BudgetError,
  language: Language = displayLanguage()
): ExcelError {
  const code = codeFor(error.kind);
  return takesMessage(error.kind)
    ? new CustomFunctions.Error(code, messageFor(error.reason, language, error.detail))
    : new CustomFunctions.Error(code);
}

/** Runs one cell's computation; a BudgetError becomes that cell's Excel error. */
export function guarded<T>(compute: () => T): T | ExcelError {
  try {
    return compute();
  } catch (error) {
    if (error instanceof BudgetError) return toExcelError(error);
    throw error;
  }
}
