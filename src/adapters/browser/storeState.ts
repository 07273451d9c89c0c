/**
 * What BrowserStore (browserStore.ts) read from storage, and how the one read model
 * (store/readModel.ts) takes it: the same document and table states as Excel's load.
 */
import type { PlanSettings } from "../../plan/model";
import type { DocumentProblem, MeasureProblem } from "../../store/problems";
import type { MeasureParseResult } from "../../store/measuresSheet";
import type { PlanDocument } from "../../store/planDocument";
import type { DocumentState, TableState } from "../../store/readModel";
import { readMeasures } from "../../store/readModel";

/** The measures table as stored: rows of cells, the header first. */
export type Table = unknown[][];

export interface StoreState {
  /** The plan document, or null when none is stored or it could not be read. */
  readonly document: PlanDocument | null;
  /** True when a plan document is stored but could not be read. */
  readonly documentUnreadable: boolean;
  /** Why the stored plan document could not be read, when it could not. */
  readonly documentProblem: DocumentProblem | null;
  readonly settings: PlanSettings;
  /** The stored table, or null when none is stored or its text could not be read. */
  readonly table: Table | null;
  /** True when something is stored under the measures key (readable or not). */
  readonly hasTable: boolean;
  readonly parsed: MeasureParseResult | null;
  /** Why the stored table could not be read at all, when it could not. */
  readonly tableProblem: MeasureProblem | DocumentProblem | null;
}

/** The stored plan document as the read model takes it. */
export function documentStateOf(state: StoreState): DocumentState {
  if (state.documentProblem) return { state: "unreadable", problem: state.documentProblem };
  return state.document ? { state: "readable", document: state.document } : { state: "absent" };
}

/** The stored measures table as the read model takes it. */
export function tableStateOf(state: StoreState): TableState {
  if (!state.hasTable) return { state: "absent" };
  if (state.table === null)
    return {
      state: "unreadable",
      problem: state.tableProblem ?? { code: "invalidJson", params: {} },
    };
  const [header, ...rows] = state.table;
  return {
    state: "readable",
    table: { header: Array.isArray(header) ? header : [], rows, headerRow: 1 },
  };
}

/** The stored measures table's text as BrowserStore reads it: the rows, parsed, or why not. */
export function readStoredTable(
  measuresText: string | null,
  settings: PlanSettings
): Pick<StoreState, "table" | "parsed" | "tableProblem"> {
  if (measuresText === null) return { table: null, parsed: null, tableProblem: null };
  let value: unknown;
  try {
    value = JSON.parse(measuresText);
  } catch {
    return { table: null, parsed: null, tableProblem: { code: "invalidJson", params: {} } };
  }
  if (!Array.isArray(value))
    return { table: null, parsed: null, tableProblem: { code: "noHeader", params: { row: 1 } } };
  const table = value as Table; // rows that are not arrays are reported by the parser (notARow)
  const [header, ...rows] = table;
  // Writers obey the read model: a row the pane shows read-only is never written.
  const stored = { header: Array.isArray(header) ? header : [], rows, headerRow: 1 };
  return { table, parsed: readMeasures(stored, settings).parsed, tableProblem: null };
}
