/**
 * The problems found when reading what the workbook stores (the measures table and the plan
 * document), as codes with parameters, and their texts in Swedish and English. The core returns
 * codes; the task pane picks the language. Row and column numbers are 1-based, as the user sees
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
  /** The id was already used by an earlier row; the earlier row is kept. */
  duplicateId: { row: number; id: string; firstRow: number };
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

export type ProblemLanguage = "sv" | "en";

type Texts = { [K in ProblemCode]: (p: ProblemParams[K]) => string };

const q = (s: string) => `”${s}”`;
const qe = (s: string) => `"${s}"`;

const sv: Texts = {
  noHeader: (p) => `Rad ${p.row}: rubrikraden saknas eller är tom.`,
  missingColumn: (p) => `Rad ${p.row}: kolumnen ${q(p.column)} saknas. Övriga kolumner har lästs.`,
  extraColumn: (p) =>
    `Rad ${p.row}, kolumn ${p.columnNumber}: kolumnen ${q(p.column || "(utan rubrik)")} är okänd. Den används inte i beräkningen men ligger kvar i bladet.`,
  duplicateColumn: (p) =>
    `Rad ${p.row}, kolumn ${p.columnNumber}: kolumnen ${q(p.column)} finns redan. Den första läses, denna ligger kvar orörd.`,
  columnUnit: (p) =>
    `Rad ${p.row}: kolumnen ${q(p.column)} anger enheten ${p.unit} men inställningen är ${p.expected}. Beloppen har lästs som ${p.unit}.`,
  unknownUnit: (p) =>
    `Rad ${p.row}: kolumnen ${q(p.column)} har den okända enheten ${q(p.unit)}. Kolumnen har inte lästs.`,
  missingUnit: (p) =>
    `Rad ${p.row}: kolumnen ${q(p.column)} anger ingen enhet. Beloppen har lästs som ${p.expected}.`,
  notARow: (p) => `Rad ${p.row}: raden kunde inte läsas.`,
  badCell: (p) =>
    `Rad ${p.row}: cellen i kolumnen ${q(p.column)} innehåller ett värde som inte kan läsas.`,
  missingId: (p) => `Rad ${p.row}: raden saknar id. Den visas men skrivs inte över.`,
  duplicateId: (p) =>
    `Rad ${p.row}: id ${q(p.id)} används redan på rad ${p.firstRow}. Raden ${p.firstRow} gäller; denna rad skrivs inte över.`,
  missingNr: (p) => `Rad ${p.row}: Nr saknas. Raden har fått nästa nummer.`,
  badNr: (p) => `Rad ${p.row}: Nr ${q(p.text)} är inte ett positivt heltal.`,
  missingKind: (p) => `Rad ${p.row}: Typ saknas. Raden har lästs som en åtgärd.`,
  unknownKind: (p) =>
    `Rad ${p.row}: Typ ${q(p.text)} är okänd. Skriv Åtgärd eller Utvecklingsförslag.`,
  missingArea: (p) => `Rad ${p.row}: verksamhetsområde saknas.`,
  unknownArea: (p) =>
    `Rad ${p.row}: verksamhetsområdet ${q(p.text)} finns inte i inställningarna. Texten behålls.`,
  notANumber: (p) =>
    `Rad ${p.row}: ${q(p.text)} i kolumnen ${q(p.column)} är inte ett tal. Beloppet räknas som tomt och raden skrivs inte över.`,
  unknownColour: (p) =>
    `Rad ${p.row}: ${q(p.text)} i kolumnen ${q(p.column)} är ingen färg. Skriv ${p.accepted} eller lämna tomt.`,
  invalidJson: () => "Den sparade planen är skadad (inte giltig JSON) och kunde inte läsas.",
  notAPlanDocument: () => "Den sparade texten är ingen plan från Ramkoll.",
  unknownVersion: (p) =>
    `Planen är sparad i version ${p.version}, som den här versionen av Ramkoll inte kan läsa. Uppdatera tillägget; planen har inte ändrats.`,
  invalidDocument: (p) =>
    `Den sparade planen är felaktig vid ${q(p.path || "(roten)")}: ${p.detail}`,
};

const en: Texts = {
  noHeader: (p) => `Row ${p.row}: the header row is missing or empty.`,
  missingColumn: (p) =>
    `Row ${p.row}: the column ${qe(p.column)} is missing. The other columns were read.`,
  extraColumn: (p) =>
    `Row ${p.row}, column ${p.columnNumber}: the column ${qe(p.column || "(no title)")} is unknown. It is not used in the calculation but stays in the sheet.`,
  duplicateColumn: (p) =>
    `Row ${p.row}, column ${p.columnNumber}: the column ${qe(p.column)} appears twice. The first is read; this one is left untouched.`,
  columnUnit: (p) =>
    `Row ${p.row}: the column ${qe(p.column)} states the unit ${p.unit} but the setting is ${p.expected}. The amounts were read as ${p.unit}.`,
  unknownUnit: (p) =>
    `Row ${p.row}: the column ${qe(p.column)} has the unknown unit ${qe(p.unit)}. The column was not read.`,
  missingUnit: (p) =>
    `Row ${p.row}: the column ${qe(p.column)} states no unit. The amounts were read as ${p.expected}.`,
  notARow: (p) => `Row ${p.row}: the row could not be read.`,
  badCell: (p) =>
    `Row ${p.row}: the cell in the column ${qe(p.column)} holds a value that cannot be read.`,
  missingId: (p) => `Row ${p.row}: the row has no id. It is shown but never written over.`,
  duplicateId: (p) =>
    `Row ${p.row}: the id ${qe(p.id)} is already used in row ${p.firstRow}. Row ${p.firstRow} counts; this row is not written over.`,
  missingNr: (p) => `Row ${p.row}: Nr is empty. The row was given the next number.`,
  badNr: (p) => `Row ${p.row}: Nr ${qe(p.text)} is not a positive whole number.`,
  missingKind: (p) => `Row ${p.row}: Typ is empty. The row was read as a measure (Åtgärd).`,
  unknownKind: (p) =>
    `Row ${p.row}: Typ ${qe(p.text)} is unknown. Use Åtgärd (measure) or Utvecklingsförslag (development proposal).`,
  missingArea: (p) => `Row ${p.row}: the budget area is empty.`,
  unknownArea: (p) =>
    `Row ${p.row}: the budget area ${qe(p.text)} is not in the settings. The text is kept.`,
  notANumber: (p) =>
    `Row ${p.row}: ${qe(p.text)} in the column ${qe(p.column)} is not a number. The amount counts as blank and the row is not written over.`,
  unknownColour: (p) =>
    `Row ${p.row}: ${qe(p.text)} in the column ${qe(p.column)} is not a colour. Use ${p.accepted} or leave it empty.`,
  invalidJson: () => "The stored plan is damaged (not valid JSON) and could not be read.",
  notAPlanDocument: () => "The stored text is not a Ramkoll plan.",
  unknownVersion: (p) =>
    `The plan was saved in version ${p.version}, which this version of Ramkoll cannot read. Update the add-in; the plan has not been changed.`,
  invalidDocument: (p) => `The stored plan is invalid at ${qe(p.path || "(root)")}: ${p.detail}`,
};

const TEXTS: Record<ProblemLanguage, Texts> = { sv, en };

/** The text of a problem in the language asked for. */
export function problemText(problem: Problem, language: ProblemLanguage): string {
  const texts = TEXTS[language] ?? en;
  const render = texts[problem.code] as (p: unknown) => string;
  return render(problem.params);
}
