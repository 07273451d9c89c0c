/* global Storage */
/**
 * The work behind BrowserWorkbook (browserWorkbook.ts, which describes the layout in storage):
 * reading the stored plan through the core parsers and writing it back. In its own module so
 * that the parsers (and zod) load with the first read rather than with the pane's first script.
 */
import { DEFAULT_SETTINGS } from "../../plan/model";
import type { Measure, PlanSettings, Scenario } from "../../plan/model";
import type { DocumentProblem } from "../../store/problems";
import { readPlan } from "../../store/readModel";
import { documentStateOf, readStoredTable, tableStateOf } from "./storeState";
import type { StoreState, Table } from "./storeState";
import { referencePlan } from "../../plan/referenceCase";
import { MEASURE_COLUMNS } from "../../store/measureColumns";
import {
  STORED_CELLS,
  measureCellValues,
  measureToRow,
  patchCellValues,
} from "../../store/measureCells";
import { headerWithOutside, rowWithOutside, yearsOutside } from "../../store/periodColumns";
import { parsePlanDocument, serializePlanDocument } from "../../store/planDocument";
import { rowUnderHeader } from "../../store/rowUnderHeader";
import type { MeasureParseResult } from "../../store/measuresSheet";
import type { PlanDocument } from "../../store/planDocument";
import { WorkbookError } from "../../port/workbookPort";
import type {
  DeletedRow,
  DocumentBase,
  PlanSnapshot,
  StorageStatus,
} from "../../port/workbookPort";
import type { RevisedContent } from "../../plan/documentMerge";
import { decidedDocument } from "./documentSave";
import { isQuotaError, probeStorage, worseStatus } from "./storageStatus";
import type { MeasurePatch } from "../../store/measureFields";
import type { Texts } from "../../i18n/texts";
import { parseStoredPricings, withStoredPricing } from "../../store/storedPricing";
import { pricingEntries } from "./pricingEntries";

/** The storage keys of one plan. */
export interface StoreKeys {
  readonly plan: string;
  readonly measures: string;
  readonly visited: string;
  readonly pricing: string;
}

/** Everything BrowserWorkbook does with the stored plan (see browserWorkbook.ts for the layout). */
export class BrowserStore {
  /** What the last write found: a refused write makes the next load say so, a done one clears it. */
  private lastWrite: StorageStatus = "ok";

  constructor(
    private readonly storage: Storage,
    private readonly keys: StoreKeys,
    private readonly texts: Texts
  ) {}

  // ---------------------------------------------------------------------------------------------
  // Reading
  // ---------------------------------------------------------------------------------------------

  async load(): Promise<PlanSnapshot> {
    if (this.isFirstVisit()) {
      try {
        this.writeReferenceCase();
      } catch {
        // The storage refused: the empty start is shown, with the storage's status saying why.
      }
    }
    const state = this.read();
    // The same read model as Excel's load: the browser keeps no formulas and no number formats.
    const plan = readPlan(documentStateOf(state), tableStateOf(state), {
      readOnly: this.tableWritable(state) !== null,
    });
    const pricings = parseStoredPricings(this.getItem(this.keys.pricing));
    const measures = withStoredPricing(plan.measures, pricings, plan.settings);
    return { ...plan, measures, storage: worseStatus(probeStorage(this.storage), this.lastWrite) };
  }

  private getItem(key: string): string | null {
    try {
      return this.storage.getItem(key);
    } catch {
      return null; // storage disabled: as if nothing were stored
    }
  }

  private isFirstVisit(): boolean {
    return (
      this.getItem(this.keys.plan) === null &&
      this.getItem(this.keys.measures) === null &&
      this.getItem(this.keys.visited) === null
    );
  }

  private read(): StoreState {
    const planText = this.getItem(this.keys.plan);
    let document: PlanDocument | null = null;
    let documentProblem: DocumentProblem | null = null;
    if (planText !== null) {
      const result = parsePlanDocument(planText);
      if (result.ok) document = result.document;
      else documentProblem = result.problem;
    }
    const settings = document?.settings ?? DEFAULT_SETTINGS;

    const measuresText = this.getItem(this.keys.measures);
    const { table, parsed, tableProblem } = readStoredTable(measuresText, settings);
    return {
      document,
      documentUnreadable: documentProblem !== null,
      documentProblem,
      settings,
      table,
      hasTable: measuresText !== null,
      parsed,
      tableProblem,
    };
  }

  /** Null when the table may be written; otherwise the error to reject with. */
  private tableWritable(state: StoreState): WorkbookError | null {
    if (state.documentUnreadable)
      return new WorkbookError("unreadable", this.texts.port.unreadable);
    if (!state.hasTable) return new WorkbookError("noTable", this.texts.port.noTable);
    if (state.table === null || state.parsed === null)
      return new WorkbookError("unreadable", this.texts.port.unreadable);
    if (!state.parsed.layout.matches)
      return new WorkbookError("unreadable", this.texts.port.headerMismatch);
    return null;
  }

  private writableState(): StoreState & { table: Table; parsed: MeasureParseResult } {
    const state = this.read();
    const refusal = this.tableWritable(state);
    if (refusal) throw refusal;
    return state as StoreState & { table: Table; parsed: MeasureParseResult };
  }

  // ---------------------------------------------------------------------------------------------
  // Writing
  // ---------------------------------------------------------------------------------------------

  /** Writes all entries or none: on a refusal the keys already written are put back. */
  private write(entries: readonly (readonly [string, string | null])[]): void {
    const before = entries.map(([key]) => [key, this.getItem(key)] as const);
    try {
      for (const [key, value] of entries) {
        if (value === null) this.storage.removeItem(key);
        else this.storage.setItem(key, value);
      }
      this.lastWrite = "ok";
    } catch (error) {
      this.lastWrite = isQuotaError(error) ? "full" : "unavailable";
      for (const [key, value] of before) {
        try {
          if (value === null) this.storage.removeItem(key);
          else this.storage.setItem(key, value);
        } catch {
          // Putting back the old, smaller value cannot fail for lack of room; nothing more to do.
        }
      }
      throw new WorkbookError("storage", this.texts.port.storage);
    }
  }

  /** Writes the table, with `extra` entries (a measure's pricing) in the same write. */
  private writeTable(table: Table, extra: [string, string | null][] = []): void {
    this.write([[this.keys.measures, JSON.stringify(table)], ...extra]);
  }

  private pricingWith(id: string, pricing: Measure["pricing"]): [string, string | null][] {
    return pricingEntries(this.keys.pricing, this.getItem(this.keys.pricing), id, pricing);
  }

  private writeReferenceCase(): void {
    const plan = referencePlan();
    const table: Table = [
      MEASURE_COLUMNS(plan.settings),
      ...plan.measures.map((m) => measureToRow(m, plan.settings)),
    ];
    this.write([
      [
        this.keys.plan,
        serializePlanDocument({ settings: plan.settings, scenarios: plan.scenarios }),
      ],
      [this.keys.measures, JSON.stringify(table)],
      [this.keys.visited, "1"],
    ]);
  }

  /**
   * Creates the empty measures table. Where a plan document is stored, it is kept as it is and the
   * table is built from its settings (the table went missing; the plan's own settings and
   * scenarios are never replaced by the ones the caller passed); where one is stored but cannot be
   * read, nothing is written.
   */
  async createMeasuresTable(settings: PlanSettings): Promise<void> {
    const state = this.read();
    if (state.hasTable) throw new WorkbookError("tableExists", this.texts.port.tableExists);
    if (state.documentUnreadable) throw new WorkbookError("unreadable", this.texts.port.unreadable);
    if (state.document !== null) {
      const header = MEASURE_COLUMNS(state.document.settings);
      this.write([
        [this.keys.measures, JSON.stringify([header])],
        [this.keys.visited, "1"],
      ]);
      return;
    }
    this.write([
      [this.keys.plan, serializePlanDocument({ settings, scenarios: [] })],
      [this.keys.measures, JSON.stringify([MEASURE_COLUMNS(settings)])],
      [this.keys.visited, "1"],
    ]);
  }

  /**
   * Writes the example plan, only where nothing is stored: a measures table (even an empty one)
   * or a plan document is never replaced by it, so a user's edited example stays theirs.
   */
  async loadReferenceCase(): Promise<void> {
    const state = this.read();
    if (state.hasTable) {
      if (state.table === null) throw new WorkbookError("unreadable", this.texts.port.unreadable);
      throw new WorkbookError("tableExists", this.texts.port.tableExists);
    }
    if (state.documentUnreadable) throw new WorkbookError("unreadable", this.texts.port.unreadable);
    if (state.document !== null) throw new WorkbookError("tableExists", this.texts.port.planExists);
    this.writeReferenceCase();
  }

  /** Empties the plan: no table, no plan document; the reference case is not loaded again by itself. */
  async resetToEmpty(): Promise<void> {
    this.write([
      [this.keys.plan, null],
      [this.keys.measures, null],
      [this.keys.pricing, null],
      [this.keys.visited, "1"],
    ]);
  }

  async addMeasure(measure: Measure): Promise<void> {
    const state = this.writableState();
    if (measure.id === "" || state.parsed.rows.some((r) => r.measure.id === measure.id)) {
      throw new WorkbookError("notWritable", this.texts.port.idInUse);
    }
    // Placed by the stored header, so the columns of years outside the period get their cells.
    const width = Array.isArray(state.table[0]) ? state.table[0].length : 0;
    const { cells, missing } = measureCellValues(
      measure,
      state.settings,
      state.parsed.layout,
      width,
      STORED_CELLS
    );
    if (missing.length > 0) throw new WorkbookError("notWritable", this.texts.port.columnsGone);
    this.writeTable([...state.table, cells], this.pricingWith(measure.id, measure.pricing ?? null));
  }

  /** The index in the stored table of the measure's row, after checking that it may be written. */
  private rowOf(
    state: StoreState & { parsed: MeasureParseResult },
    id: string
  ): { index: number; measure: Measure } {
    // The first row of an id is its measure (readModel.ts); a later copy is never written.
    const row = state.parsed.rows.find((r) => r.measure.id === id);
    if (id === "" || row === undefined)
      throw new WorkbookError("notFound", this.texts.port.notFound);
    if (!row.writable) throw new WorkbookError("notWritable", this.texts.port.notWritable);
    return { index: row.row - 1, measure: row.measure }; // header is row 1 = index 0
  }

  async updateMeasure(id: string, patch: MeasurePatch): Promise<void> {
    const state = this.writableState();
    const { index, measure } = this.rowOf(state, id);
    // The layout matches MEASURE_COLUMNS (writableState checks it), so every plan year has its
    // column; only the cells of the patched fields change, so amounts outside the period stay.
    const { cells } = patchCellValues(
      patch,
      measure,
      state.settings,
      state.parsed.layout,
      STORED_CELLS
    );
    const old = state.table[index];
    const row: unknown[] = Array.isArray(old) ? [...old] : [];
    for (const cell of cells) {
      while (row.length <= cell.index) row.push("");
      row[cell.index] = cell.value;
    }
    const table = [...state.table];
    table[index] = row;
    this.writeTable(table, this.pricingWith(id, patch.pricing));
  }

  async deleteMeasure(id: string): Promise<DeletedRow> {
    const state = this.writableState();
    const { index, measure } = this.rowOf(state, id);
    const old = state.table[index];
    this.writeTable(state.table.filter((_, i) => i !== index));
    return {
      measure,
      index: index - 1,
      header: Array.isArray(state.table[0]) ? [...state.table[0]] : [],
      cells: Array.isArray(old) ? [...old] : [],
      numberFormats: [],
    };
  }

  /**
   * Puts a deleted row back at its place (at the end when the table is shorter now), its cells as
   * they were stored (the user's own cells included), each under its own title if the header
   * changed since. Refused when the id is in use again or a non-empty cell's column is gone.
   */
  async restoreMeasure(row: DeletedRow): Promise<void> {
    const state = this.writableState();
    const id = row.measure.id;
    if (id === "" || state.parsed.rows.some((r) => r.measure.id === id))
      throw new WorkbookError("notWritable", this.texts.port.idInUse);
    const header = Array.isArray(state.table[0]) ? state.table[0] : [];
    const same = header.length === row.header.length && header.every((t, i) => t === row.header[i]);
    const placed = rowUnderHeader(row, header);
    if (!same && placed.lost.length > 0)
      throw new WorkbookError("notWritable", this.texts.port.columnsGone);
    const cells = same ? [...row.cells] : placed.cells;
    const at = Math.min(Math.max(row.index, 0) + 1, state.table.length); // the header is index 0
    this.writeTable([...state.table.slice(0, at), cells, ...state.table.slice(at)]);
  }

  /** The stored content and revision a save is decided against (documentSave.ts). */
  private storedContent(state: StoreState): RevisedContent {
    const document = state.document;
    return {
      settings: state.settings,
      scenarios: document?.scenarios ?? [],
      revision: document?.revision ?? 0,
    };
  }

  async saveScenarios(scenarios: readonly Scenario[], base?: DocumentBase): Promise<void> {
    const state = this.read();
    if (state.documentUnreadable) throw new WorkbookError("unreadable", this.texts.port.unreadable);
    const stored = this.storedContent(state);
    const { json } = decidedDocument(this.texts, stored, base, (from) => ({
      settings: from.settings,
      scenarios,
    }));
    this.write([[this.keys.plan, json]]);
  }

  /**
   * Saves new settings and rewrites the table's header and rows to match (other plan years, unit
   * or sign convention), keeping every amount of a year the new period leaves out in that year's
   * column. Refused while any row could not be read, since rewriting would lose it.
   */
  async saveSettings(settings: PlanSettings, base?: DocumentBase): Promise<void> {
    const state = this.read();
    if (state.documentUnreadable) throw new WorkbookError("unreadable", this.texts.port.unreadable);
    const stored = this.storedContent(state);
    const decided = decidedDocument(this.texts, stored, base, (from) => ({
      settings,
      scenarios: from.scenarios,
    }));
    const entries: [string, string | null][] = [[this.keys.plan, decided.json]];
    if (state.hasTable) {
      const current = this.writableState();
      if (current.parsed.rows.some((r) => !r.writable))
        throw new WorkbookError("notWritable", this.texts.port.notWritable);
      // No amount is dropped: a year that leaves the period keeps its column (periodColumns.ts).
      const outside = yearsOutside(current.parsed.layout, decided.settings);
      const extras = current.parsed.layout.extras.map((e) => e.title);
      const table: Table = [
        headerWithOutside(decided.settings, outside, extras),
        ...current.parsed.rows.map((r) =>
          rowWithOutside(r.measure, decided.settings, outside, r.extra)
        ),
      ];
      entries.push([this.keys.measures, JSON.stringify(table)]);
    }
    this.write(entries);
  }
}
