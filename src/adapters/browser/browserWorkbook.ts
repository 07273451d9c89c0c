/* global Event, Storage, window */
/**
 * The workbook port outside Excel: the plan lives in the browser's Storage (localStorage), laid
 * out as it is in a workbook and read back through the same core parsers as Excel, so the pane
 * behaves the same in both places and damaged storage gives problems, not crashes.
 *
 * Keys (with the prefix, default "ramkoll."):
 * - "measures": the measures table as JSON, an array of rows; the first row is the header
 *   (MEASURE_COLUMNS, then a column for each year outside the plan period that still holds
 *   amounts from an earlier period, then the user's own columns: periodColumns.ts), each further
 *   row one measure's cells (measureToRow).
 * - "plan": the plan document text (serializePlanDocument).
 * - "visited": set once the reference case has been offered, so an emptied plan stays empty.
 * - "pricing": the pricing inputs of priced measures by id (store/storedPricing.ts).
 *
 * Promises kept (see workbookPort.ts): a write touches only what it names; a row that could not be
 * read is never written over; when the plan document or the table's header cannot be read,
 * nothing is written at all; a refused write (a full storage) leaves everything as it was.
 */
import type { Measure, PlanSettings, Scenario } from "../../plan/model";
import type { CommitteeTable } from "../../plan/committeeTable";
import type {
  CommitteeOutcome,
  DeletedRow,
  DocumentBase,
  ExportablePort,
  MeasurePatch,
  PlanSnapshot,
  ResettablePort,
} from "../../port/workbookPort";
import type { StoredPlan } from "./planWorkbookXlsx";
import type { BrowserStore, StoreKeys } from "./browserStore";
import { textsFor } from "../../i18n/texts";
import { overlongTextMessage } from "../../i18n/inputTexts";
import { WorkbookError } from "../../port/workbookPort";
import {
  overlongCommitteeText,
  overlongMeasureText,
  overlongScenarioText,
  overlongSettingsText,
} from "../../store/textLimits";
import type { OverlongText } from "../../store/textLimits";
import type { Language } from "../../i18n/language";

// Where the storage comes from and whether it takes writes: storageStatus.ts.
export { FallbackStorage, MemoryStorage, browserStorage } from "./storageStatus";

/** Where `storage` events arrive (window); null where there is none. */
export interface StorageEventSource {
  addEventListener(type: "storage", listener: (event: Event) => void): void;
  removeEventListener(type: "storage", listener: (event: Event) => void): void;
}

export interface BrowserWorkbookOptions {
  /** The language of the error messages; Swedish by default. */
  readonly language?: Language;
  /** Prefix of the storage keys; default "ramkoll.". */
  readonly prefix?: string;
  /** Where other tabs' changes are announced; default window. */
  readonly events?: StorageEventSource | null;
  /** Hands a finished file to the user; default: a download through a temporary link. */
  readonly saveFile?: (fileName: string, bytes: Uint8Array) => void;
  /** Today, for the exported plan's file name; default the clock. */
  readonly today?: () => Date;
}

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Offers the bytes as a download, the way a browser saves a file a page made. */
function downloadFile(fileName: string, bytes: Uint8Array): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: XLSX_TYPE }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the address is released.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * The workbook port over the browser's Storage. The reading and writing itself lives in
 * browserStore.ts and is loaded on the first call (every method is asynchronous anyway), so the
 * core parsers and zod are not part of the pane's first script.
 */
export class BrowserWorkbook implements ResettablePort, ExportablePort {
  readonly host = "browser" as const;
  private readonly keys: StoreKeys;
  private readonly events: StorageEventSource | null;
  private readonly prefix: string;
  private readonly language: Language;
  private readonly saveFile: (fileName: string, bytes: Uint8Array) => void;
  private readonly today: () => Date;
  private store: Promise<BrowserStore> | null = null;

  constructor(
    private readonly storage: Storage,
    options: BrowserWorkbookOptions = {}
  ) {
    this.language = options.language ?? "sv";
    this.saveFile = options.saveFile ?? downloadFile;
    this.today = options.today ?? (() => new Date());
    this.prefix = options.prefix ?? "ramkoll.";
    this.keys = {
      plan: `${this.prefix}plan`,
      measures: `${this.prefix}measures`,
      visited: `${this.prefix}visited`,
      pricing: `${this.prefix}pricing`,
    };
    this.events =
      options.events !== undefined
        ? options.events
        : typeof window !== "undefined"
          ? (window as unknown as StorageEventSource)
          : null;
  }

  private open(): Promise<BrowserStore> {
    if (this.store === null) {
      this.store = import(/* webpackChunkName: "store" */ "./browserStore").then(
        (m) => new m.BrowserStore(this.storage, this.keys, textsFor(this.language))
      );
      // A failed download may be retried on the next call.
      this.store.catch(() => {
        this.store = null;
      });
    }
    return this.store;
  }

  async load(): Promise<PlanSnapshot> {
    return (await this.open()).load();
  }
  async createMeasuresTable(settings: PlanSettings): Promise<void> {
    this.refuseOverlong(overlongSettingsText(settings));
    return (await this.open()).createMeasuresTable(settings);
  }
  async loadReferenceCase(): Promise<void> {
    return (await this.open()).loadReferenceCase();
  }
  /** Empties the plan: no table, no plan document; the reference case is not loaded again by itself. */
  async resetToEmpty(): Promise<void> {
    return (await this.open()).resetToEmpty();
  }
  async addMeasure(measure: Measure): Promise<void> {
    this.refuseOverlong(overlongMeasureText(measure));
    return (await this.open()).addMeasure(measure);
  }
  async updateMeasure(id: string, patch: MeasurePatch): Promise<void> {
    this.refuseOverlong(overlongMeasureText(patch));
    return (await this.open()).updateMeasure(id, patch);
  }
  async deleteMeasure(id: string): Promise<DeletedRow> {
    return (await this.open()).deleteMeasure(id);
  }
  async restoreMeasure(row: DeletedRow): Promise<void> {
    this.refuseOverlong(overlongMeasureText(row.measure));
    return (await this.open()).restoreMeasure(row);
  }
  /** Merged with another tab's save made since `base` was read, or refused (browserStore.ts). */
  async saveScenarios(scenarios: readonly Scenario[], base?: DocumentBase): Promise<void> {
    this.refuseOverlong(overlongScenarioText(scenarios));
    return (await this.open()).saveScenarios(scenarios, base);
  }
  /**
   * Saves new settings and rewrites the table's header and rows to match (other plan years, unit
   * or sign convention). Refused while any row could not be read, since rewriting would lose it.
   */
  async saveSettings(settings: PlanSettings, base?: DocumentBase): Promise<void> {
    this.refuseOverlong(overlongSettingsText(settings));
    return (await this.open()).saveSettings(settings, base);
  }

  /** Outside Excel the committee table becomes an .xlsx file; exceljs loads only now. */
  async createCommitteeTable(table: CommitteeTable): Promise<CommitteeOutcome> {
    this.refuseOverlong(overlongCommitteeText(table));
    const [{ default: ExcelJS }, { committeeXlsx }] = await Promise.all([
      import(/* webpackChunkName: "exceljs" */ "exceljs"),
      import(/* webpackChunkName: "xlsx" */ "./committeeXlsx"),
    ]);
    const fileName = `${table.sheetName}.xlsx`;
    this.saveFile(fileName, await committeeXlsx(ExcelJS, table));
    return { status: "downloaded", fileName };
  }

  /**
   * Saves the whole plan as "Ramkoll-plan <date>.xlsx" (planWorkbookXlsx.ts), made of what is
   * stored as it is stored: it needs no write, so it works when the storage is full, and where the
   * storage is refused the page's memory holds the plan. exceljs loads only now.
   */
  async exportPlan(): Promise<{ readonly fileName: string }> {
    const plan = this.storedPlan();
    const [{ default: ExcelJS }, { planFileName, planWorkbookXlsx }] = await Promise.all([
      import(/* webpackChunkName: "exceljs" */ "exceljs"),
      import(/* webpackChunkName: "xlsx" */ "./planWorkbookXlsx"),
    ]);
    const fileName = planFileName(this.today());
    this.saveFile(fileName, await planWorkbookXlsx(ExcelJS, plan));
    return { fileName };
  }

  /** The stored texts; a measures text that is not a JSON array is kept whole, as one cell. */
  private storedPlan(): StoredPlan {
    const read = (key: string): string | null => {
      try {
        return this.storage.getItem(key);
      } catch {
        return null; // storage refused: nothing stored to read
      }
    };
    const measures = read(this.keys.measures);
    let table: unknown[] | null = null;
    if (measures !== null) {
      try {
        const value: unknown = JSON.parse(measures);
        table = Array.isArray(value) ? value : [[measures]];
      } catch {
        table = [[measures]];
      }
    }
    return { documentText: read(this.keys.plan), table };
  }

  /**
   * Refuses, before anything is stored or written to a file, a text longer than one Excel cell
   * holds: the plan must open in Excel, and the .xlsx writer would keep it whole where Excel cannot.
   */
  private refuseOverlong(overlong: OverlongText | null): void {
    if (overlong === null) return;
    const message = overlongTextMessage(overlong, textsFor(this.language), this.language);
    throw new WorkbookError("storage", message);
  }

  /** Another tab changed the plan: the browser announces it with a `storage` event. */
  subscribe(listener: () => void): () => void {
    const events = this.events;
    if (!events) return () => undefined;
    const onStorage = (event: Event) => {
      const key = (event as { key?: string | null }).key;
      if (key === null || key === undefined || key.startsWith(this.prefix)) listener();
    };
    events.addEventListener("storage", onStorage);
    return () => events.removeEventListener("storage", onStorage);
  }
}
