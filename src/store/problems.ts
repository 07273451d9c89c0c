/**
 * The problems found when reading what the workbook stores (the measures table and the plan
 * document), as codes with parameters. The store returns codes; their words, in Swedish and
 * English, are in src/i18n (problemText). Row and column numbers are 1-based, as the user sees
 * them in the sheet.
 */

/** The parameters of each problem code. */
export interface ProblemParams {
  // --- The measures table: the header row (row = the header's sheet row) ---
  /** The header row is empty or not a row at all. */
  noHeader: { row: number };
  /** A column the table should have is not there; reported once, the rest is read. */
  missingColumn: { row: number; column: string };
  /** A column the model does not know; ignored by the model, kept in the sheet. Reported once. */
  extraColumn: { row: number; column: string; columnNumber: number };
  /** The same column twice; the first is read, the later one is kept as an extra column. */
  duplicateColumn: { row: number; column: string; columnNumber: number };
  /** An amount column states another unit than the settings; it is read in the unit it states. */
  columnUnit: { row: number; column: string; unit: string; expected: string };
  /** An amount column with a unit nobody can convert; the column is kept but not read. */
  unknownUnit: { row: number; column: string; unit: string };
  /** An amount column that states no unit; it is read in the unit of the settings. */
  missingUnit: { row: number; column: string; expected: string };
  // --- The measures table: one data row ---
  /** Not a row of cells (a defect in whoever called the parser). */
  notARow: { row: number };
  /** A cell holding something that is not text, a number, a truth value or empty. */
  badCell: { row: number; column: string };
  /** The row has no id; it is read but nothing is written back over it. */
  missingId: { row: number };
  /** The id was already used by an earlier row (a row copied in Excel); the earlier row counts, this one is shown only. */
  duplicateId: { row: number; id: string; firstRow: number };
  /** The Nr was already used by an earlier counted row of the same kind; both rows count. */
  repeatedNr: { row: number; nr: number; firstRow: number; kind: "measure" | "proposal" };
  /** Nr is empty; the row gets the next number. */
  missingNr: { row: number };
  /** Nr is not a positive whole number. */
  badNr: { row: number; text: string };
  /** Typ is empty; the row is read as a measure (åtgärd). */
  missingKind: { row: number };
  /** Typ is neither åtgärd nor utvecklingsförslag. */
  unknownKind: { row: number; text: string };
  /** Verksamhetsområde is empty. */
  missingArea: { row: number };
  /** Verksamhetsområde is not one of the configured areas; the text is kept. */
  unknownArea: { row: number; text: string };
  /** Text that is not a number in an amount cell; the amount is read as blank. */
  notANumber: { row: number; column: string; text: string };
  /**
   * A number in an amount cell formatted as a date, a time or a percentage (a date typed into it
   * is a day number, "5 %" is 0.05): not read as an amount; the row does not count.
   */
  amountFormat: { row: number; column: string; year: number; format: "date" | "time" | "percent" };
  /** An amount in a column of a year outside the plan period: kept in the sheet, not counted. */
  offPeriodAmount: { row: number; column: string; year: number; first: number; last: number };
  /** A word in a colour column that is not one of the colours. */
  unknownColour: { row: number; column: string; text: string; accepted: string };
  // --- The plan document ---
  /** The stored text is not JSON. */
  invalidJson: Record<string, never>;
  /** JSON, but not a plan document (no version). */
  notAPlanDocument: Record<string, never>;
  /** A version this release cannot read (written by a later release, or damaged). */
  unknownVersion: { version: string };
  /** A version-1 document that does not follow the schema. */
  invalidDocument: { path: string; detail: string };
}

export type ProblemCode = keyof ProblemParams;

/** A problem: its code and that code's parameters. */
export type Problem<C extends ProblemCode = ProblemCode> = {
  [K in C]: { readonly code: K; readonly params: ProblemParams[K] };
}[C];

export type MeasureProblemCode = Exclude<
  ProblemCode,
  "invalidJson" | "notAPlanDocument" | "unknownVersion" | "invalidDocument"
>;
export type MeasureProblem = Problem<MeasureProblemCode>;
export type DocumentProblem = Problem<
  "invalidJson" | "notAPlanDocument" | "unknownVersion" | "invalidDocument"
>;
