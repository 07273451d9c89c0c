/* global Storage */
/**
 * The work behind BrowserWorkbook (browserWorkbook.ts, which describes the layout in storage):
 * reading the stored plan through the core parsers and writing it back. In its own module so
 * that the parsers (and zod) load with the first read rather than with the pane's first script.
 */
import { DEFAULT_SETTINGS } from "../../plan/model";
import type { Measure, PlanSettings, Scenario } from "../../plan/model";
import type { Problem } from "../../store/problems";
import { referencePlan } from "../../plan/referenceCase";
import { MEASURE_COLUMNS } from "../../store/measureColumns";
import { STORED_CELLS, measureToRow, patchCellValues } from "../../store/measureCells";
import { parseMeasureRows } from "../../store/measuresSheet";
import { parsePlanDocument, serializePlanDocument } from "../../store/planDocument";
import { isEmptyCell } from "../../store/cellValue";
import type { MeasureParseResult } from "../../store/measuresSheet";
import type { PlanDocument } from "../../store/planDocument";
import { WorkbookError } from "../../port/workbookPort";
import type {
  DeletedRow,
  DocumentBase,
  PlanSnapshot,
  StoredMeasure,
} from "../../port/workbookPort";
import type { RevisedContent } from "../../plan/documentMerge";
import { decidedDocument } from "./documentSave";
import type { MeasurePatch } from "../../store/measureFields";
import type { Texts } from "../../i18n/texts";

/** The measures table as stored: rows of cells, the header first. */
type Table = unknown[][];

interface StoreState {
  /** The plan document, or null when none is stored or it could not be read. */
  readonly document: PlanDocument | null;
  /** True when a plan document is stored but could not be read. */
  readonly documentUnreadable: boolean;
  readonly settings: PlanSettings;
  /** The stored table, or null when none is stored or its text could not be read. */
  readonly table: Table | null;
  /** True when something is stored under the measures key (readable or not). */
  readonly hasTable: boolean;
  readonly parsed: MeasureParseResult | null;
  readonly problems: Problem[];
}

/** The storage keys of one plan. */
export interface StoreKeys {
  readonly plan: string;
  readonly measures: string;
  readonly visited: string;
}

/** Everything BrowserWorkbook does with the stored plan (see browserWorkbook.ts for the layout). */
export class BrowserStore {
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
        // The storage refused: show the empty start; loading the example again will say why.
      }
    }
    const state = this.read();
    const kept = new Set(state.parsed?.measures ?? []);
    const writableTable = this.tableWritable(state) === null;
    const measures: StoredMeasure[] = (state.parsed?.rows ?? [])
      .filter((r) => kept.has(r.measure))
      .map((r) => ({
        measure: r.measure,
        formulas: [],
        writable: r.writable && writableTable,
        row: r.row,
      }));
    return {
      settings: state.settings,
      scenarios: state.document?.scenarios ?? [],
      measures,
      problems: state.problems,
      hasMeasuresTable: state.hasTable,
      document: state.documentUnreadable ? "unreadable" : state.document ? "readable" : "absent",
      revision: state.document?.revision ?? 0,
    };
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
    const problems: Problem[] = [];
    const planText = this.getItem(this.keys.plan);
    let document: PlanDocument | null = null;
    let documentUnreadable = false;
    if (planText !== null) {
      const result = parsePlanDocument(planText);
      if (result.ok) {
        document = result.document;
      } else {
        documentUnreadable = true;
        problems.push(result.problem);
      }
    }
    const settings = document?.settings ?? DEFAULT_SETTINGS;

    const measuresText = this.getItem(this.keys.measures);
    let table: Table | null = null;
    let parsed: MeasureParseResult | null = null;
    if (measuresText !== null) {
      let value: unknown;
      let json = true;
      try {
        value = JSON.parse(measuresText);
      } catch {
        json = false;
      }
      if (!json) {
        problems.push({ code: "invalidJson", params: {} });
      } else if (!Array.isArray(value)) {
        problems.push({ code: "noHeader", params: { row: 1 } });
      } else {
        table = value as Table; // rows that are not arrays are reported by the parser (notARow)
        const [header, ...rows] = table;
        parsed = parseMeasureRows(Array.isArray(header) ? header : [], rows, settings, {
          headerRow: 1,
        });
        problems.push(...parsed.problems);
      }
    }
    return {
      document,
      documentUnreadable,
      settings,
      table,
      hasTable: measuresText !== null,
      parsed,
      problems,
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
    } catch {
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

  private writeTable(table: Table): void {
    this.write([[this.keys.measures, JSON.stringify(table)]]);
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

  async createMeasuresTable(settings: PlanSettings): Promise<void> {
    const state = this.read();
    if (state.hasTable) throw new WorkbookError("tableExists", this.texts.port.tableExists);
    if (state.documentUnreadable) throw new WorkbookError("unreadable", this.texts.port.unreadable);
    const scenarios = state.document?.scenarios ?? [];
    this.write([
      [this.keys.plan, serializePlanDocument({ settings, scenarios })],
      [this.keys.measures, JSON.stringify([MEASURE_COLUMNS(settings)])],
      [this.keys.visited, "1"],
    ]);
  }

  async loadReferenceCase(): Promise<void> {
    const state = this.read();
    if (state.hasTable) {
      // Only an empty table (a header without data rows) may be filled with the example.
      if (state.table === null) throw new WorkbookError("unreadable", this.texts.port.unreadable);
      const empty = state.table
        .slice(1)
        .every((r) => r === null || (Array.isArray(r) && r.every(isEmptyCell)));
      if (!empty) throw new WorkbookError("tableExists", this.texts.port.tableExists);
    }
    if (state.documentUnreadable) throw new WorkbookError("unreadable", this.texts.port.unreadable);
    this.writeReferenceCase();
  }

  /** Empties the plan: no table, no plan document; the reference case is not loaded again by itself. */
  async resetToEmpty(): Promise<void> {
    this.write([
      [this.keys.plan, null],
      [this.keys.measures, null],
      [this.keys.visited, "1"],
    ]);
  }

  async addMeasure(measure: Measure): Promise<void> {
    const state = this.writableState();
    if (measure.id === "" || state.parsed.rows.some((r) => r.measure.id === measure.id)) {
      throw new WorkbookError("notWritable", this.texts.port.idInUse);
    }
    this.writeTable([...state.table, measureToRow(measure, state.settings)]);
  }

  /** The index in the stored table of the measure's row, after checking that it may be written. */
  private rowOf(
    state: StoreState & { parsed: MeasureParseResult },
    id: string
  ): { index: number; measure: Measure } {
    const kept = new Set(state.parsed.measures);
    const row = state.parsed.rows.find((r) => r.measure.id === id && kept.has(r.measure));
    if (id === "" || row === undefined)
      throw new WorkbookError("notFound", this.texts.port.notFound);
    if (!row.writable) throw new WorkbookError("notWritable", this.texts.port.notWritable);
    return { index: row.row - 1, measure: row.measure }; // header is row 1 = index 0
  }

  async updateMeasure(id: string, patch: MeasurePatch): Promise<void> {
    const state = this.writableState();
    const { index, measure } = this.rowOf(state, id);
    // The layout matches MEASURE_COLUMNS (writableState checks it), so every plan year has its
    // column; an amount for a year outside the plan has none and is not stored, as ever.
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
    this.writeTable(table);
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

  async restoreMeasure(row: DeletedRow): Promise<void> {
    return this.addMeasure(row.measure);
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
   * or sign convention). Refused while any row could not be read, since rewriting would lose it.
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
      const extras = current.parsed.layout.extras.map((e) => e.title);
      const table: Table = [
        [...MEASURE_COLUMNS(decided.settings), ...extras],
        ...current.parsed.rows.map((r) => measureToRow(r.measure, decided.settings, r.extra)),
      ];
      entries.push([this.keys.measures, JSON.stringify(table)]);
    }
    this.write(entries);
  }
}
