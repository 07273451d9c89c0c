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
import type { PlanRead, ReadRow } from "../store/readModel";
import type { MeasurePatch } from "../store/measureFields";

// The field names and the shape of an edit are the store's, which writes them.
export type { MeasureField, MeasurePatch } from "../store/measureFields";
export { effectField } from "../store/measureFields";

/**
 * One row of the measures table as the pane sees it: the measure, its formula fields, whether it
 * may be written, its sheet row. The store's read model (../store/readModel.ts) defines it.
 */
export type StoredMeasure = ReadRow;

/**
 * What a load gives the pane. Both adapters build it with the store's readPlan
 * (../store/readModel.ts), the one place that decides which rows of the sheet count, so every
 * consumer takes the same list: the balance, the committee table, the comparison and what comes
 * later use `measures` and nothing else; the list shows `measures` and `problemRows`
 * (listedRows). Every non-empty row of the sheet is in exactly one of the two.
 */
export interface PlanSnapshot extends PlanRead {
  /**
   * Whether the store takes writes: the browser's storage may be full or refused (private modes,
   * blocked site data); the pane then says so at once. Absent where it always does (Excel): "ok".
   */
  readonly storage?: StorageStatus;
}

/** Every row the measures list shows: those that count and those shown read-only, in sheet order. */
export function listedRows(snapshot: PlanSnapshot): StoredMeasure[] {
  return [...snapshot.measures, ...snapshot.problemRows].sort((a, b) => a.row - b.row);
}

/** "full": the stored plan is read but nothing more fits; "unavailable": kept in the page only. */
export type StorageStatus = "ok" | "full" | "unavailable";

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
  /**
   * Each cell in the order of `header`, as the adapter writes it back: in Excel its formula, or its
   * value where it held none (text guarded so it stays text); in the browser the stored cell.
   */
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

/**
 * A port that can save the whole plan as a file the user keeps (only the browser's: in Excel the
 * workbook is the file). The file is a workbook laid out as Ramkoll lays one out in Excel, so it
 * opens there as the same plan; it is made of what is stored, so it works also when the storage
 * is full, and of the plan kept in the page when the storage is refused.
 */
export interface ExportablePort extends WorkbookPort {
  exportPlan(): Promise<{ readonly fileName: string }>;
}

export function canExport(port: WorkbookPort): port is ExportablePort {
  return typeof (port as Partial<ExportablePort>).exportPlan === "function";
}
