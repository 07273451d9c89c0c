/**
 * The workbook port: everything the task pane may ask of the workbook that stores the plan. The
 * workbook is the database; the pane never touches Excel directly. Two implementations:
 * ../adapters/office/officeWorkbook.ts (Office.js, in Excel) and ../adapters/browser/browserWorkbook.ts (the browser's local
 * storage, outside Excel). Both keep the same promises:
 *
 * - Measures live in a visible table, one row per measure; scenarios and settings in a versioned
 *   document the user can inspect.
 * - A write touches only what it names. A formula cell is never replaced unless that very field is
 *   edited; a row the add-in could not read is never written over.
 * - A failure rejects with a WorkbookError that says what was and was not done.
 */
import type { CommitteeTable } from "../plan/committeeTable";
import type { Measure, PlanSettings, Scenario } from "../plan/model";
import type { Problem } from "../store/problems";
import type { MeasureField, MeasurePatch } from "../store/measureFields";

// The field names and the shape of an edit are the store's, which writes them.
export type { MeasureField, MeasurePatch } from "../store/measureFields";
export { effectField } from "../store/measureFields";

export interface StoredMeasure {
  readonly measure: Measure;
  /** Fields whose cell holds a formula: the pane shows the computed value and marks the field. */
  readonly formulas: readonly MeasureField[];
  /**
   * False when the row holds something the model could not read (text in an amount cell, an
   * unknown colour word, a repeated or missing id): the pane shows it, read-only, with its problem.
   */
  readonly writable: boolean;
  /** The row in the sheet, 1-based, as the user sees it (for messages). */
  readonly row: number;
}

export interface PlanSnapshot {
  readonly settings: PlanSettings;
  readonly scenarios: readonly Scenario[];
  readonly measures: readonly StoredMeasure[];
  /** Everything that could not be read, each naming where and why; nothing of it is written back. */
  readonly problems: readonly Problem[];
  /** False in a workbook without the measures table: the pane offers to create it or load the example. */
  readonly hasMeasuresTable: boolean;
  /** Whether a plan document is stored, and whether it could be read. */
  readonly document: "absent" | "readable" | "unreadable";
  /** The plan document's revision as read (0 when none is stored); a save states it as its base. */
  readonly revision: number;
}

/**
 * What a save of the plan document was based on: the revision the writer read and the settings
 * and scenarios it saw then. A save based on an older revision is merged field by field with what
 * was saved since, or refused (WorkbookError "conflict") where both changed the same field.
 */
export interface DocumentBase {
  readonly revision: number;
  readonly settings: PlanSettings;
  readonly scenarios: readonly Scenario[];
}

/** A deleted row as it was, so that undo puts it back whole (formulas, formats, own columns, place). */
export interface DeletedRow {
  readonly measure: Measure;
  /** Its 0-based position among the table's data rows when it was deleted. */
  readonly index: number;
  /** The header as it was then, so each cell goes back under its own title if columns moved. */
  readonly header: readonly unknown[];
  /** Each cell's formula, or its value where it held none, in the order of `header`. */
  readonly cells: readonly unknown[];
  /** Each cell's number format, in the order of `header`; [] where the store keeps none. */
  readonly numberFormats: readonly string[];
}

export type WorkbookErrorReason =
  | "notFound" // the measure is no longer in the table (deleted in the sheet meanwhile)
  | "notWritable" // the row could not be read, so the add-in will not write over it
  | "noTable" // the measures table does not exist
  | "tableExists" // createMeasuresTable on a workbook that already has one
  | "storage" // the store refused the write (Excel error, full local storage)
  | "unreadable" // the stored plan document could not be read and is left untouched
  | "conflict"; // another change was saved meanwhile to the same field; the message says which

export class WorkbookError extends Error {
  constructor(
    readonly reason: WorkbookErrorReason,
    /** What the user should know, in the pane's language; says what was and was not done. */
    message: string
  ) {
    super(message);
    this.name = "WorkbookError";
  }
}

/** What became of a committee table: a sheet in Excel, a downloaded file in the browser. */
export type CommitteeOutcome =
  | {
      readonly status: "written";
      /** The sheet the table is on: the scenario's own sheet (found by identity) or a new one. */
      readonly sheetName: string;
      readonly printSetUp: boolean;
      /** A sheet that had the wanted name but is not this scenario's, left as it was; else null. */
      readonly leftAlone: string | null;
    }
  | { readonly status: "downloaded"; readonly fileName: string };

/**
 * The default names of the sheets the add-in keeps its plan on; a committee table does not take
 * them, for clarity. (In Excel the sheets are known by their marks, not by these names.)
 */
export const STORAGE_SHEET_NAMES: readonly string[] = ["Åtgärder", "Ramkoll"];

export interface WorkbookPort {
  /** Where the plan lives: in an Excel workbook, or in this browser. */
  readonly host: "excel" | "browser";
  /** Reads everything; never throws on damaged content (that becomes problems). */
  load(): Promise<PlanSnapshot>;
  /** Creates the empty measures table (and the plan document) with these settings. */
  createMeasuresTable(settings: PlanSettings): Promise<void>;
  /** Fills an empty workbook with the reference case of the brief, as an example. */
  loadReferenceCase(): Promise<void>;
  addMeasure(measure: Measure): Promise<void>;
  /** Writes only the fields in the patch; every other cell, formula or not, stays as it is. */
  updateMeasure(id: string, patch: MeasurePatch): Promise<void>;
  /** Deletes the measure's row; returns the row as it was, for restoreMeasure. */
  deleteMeasure(id: string): Promise<DeletedRow>;
  /** Puts a deleted row back whole, at its place; refused when its id is in use again. */
  restoreMeasure(row: DeletedRow): Promise<void>;
  saveScenarios(scenarios: readonly Scenario[], base: DocumentBase): Promise<void>;
  saveSettings(settings: PlanSettings, base: DocumentBase): Promise<void>;
  /**
   * Writes the committee table: in Excel into its scenario's own sheet (tied to the scenario's id;
   * a new sheet at a free name the first time, never a sheet the add-in did not make for this
   * scenario; the outcome names the sheet used), or as an .xlsx download in the browser.
   */
  createCommitteeTable(table: CommitteeTable): Promise<CommitteeOutcome>;
  /** Calls `listener` when the plan changes outside the pane (an edit, insert or delete in the sheet). */
  subscribe(listener: () => void): () => void;
}

/** A port that can also empty the plan (only the browser's: a workbook is emptied in Excel). */
export interface ResettablePort extends WorkbookPort {
  resetToEmpty(): Promise<void>;
}

export function canReset(port: WorkbookPort): port is ResettablePort {
  return typeof (port as Partial<ResettablePort>).resetToEmpty === "function";
}
