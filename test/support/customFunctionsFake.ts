/**
 * A stand-in for the globals Excel's custom functions runtime provides (CustomFunctions.Error,
 * CustomFunctions.ErrorCode, CustomFunctions.associate), shaped as @types/custom-functions-runtime
 * declares them, so the function layer runs in Jest exactly as it does in Excel.
 */
export const associated = new Map<string, (...args: never[]) => unknown>();

class FakeCustomFunctionsError extends Error {
  constructor(
    readonly code: string,
    message?: string
  ) {
    super(message);
  }
}

const fake = {
  Error: FakeCustomFunctionsError,
  ErrorCode: {
    invalidValue: "#VALUE!",
    notAvailable: "#N/A",
    divisionByZero: "#DIV/0!",
    invalidNumber: "#NUM!",
    nullReference: "#NULL!",
    invalidName: "#NAME?",
    invalidReference: "#REF!",
  },
  associate(id: string, fn: (...args: never[]) => unknown) {
    associated.set(id, fn);
  },
};

(globalThis as unknown as { CustomFunctions: typeof fake }).CustomFunctions = fake;

/** True when the value is an Excel error from the function layer. */
export function isExcelError(value: unknown): value is { code: string; message?: string } {
  return value instanceof FakeCustomFunctionsError;
}

/** The code of an error cell, or undefined for a value. */
export function codeOf(value: unknown): string | undefined {
  return isExcelError(value) ? value.code : undefined;
}

/** Sets Office's display language the way Office.context.displayLanguage reports it. */
export function setDisplayLanguage(locale: string | undefined): void {
  (globalThis as unknown as { Office?: unknown }).Office =
    locale === undefined ? undefined : { context: { displayLanguage: locale } };
}
