/**
 * Shared set-up for the pane's component tests: the App over a port, and a port in memory whose
 * stored measures (formulas, read-only rows) and failures the test decides.
 */
import { configure, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { CommitteeTable } from "../../src/plan/committeeTable";
import { DEFAULT_SETTINGS } from "../../src/plan/model";
import type { Measure, PlanSettings, Scenario } from "../../src/plan/model";
import type { Problem } from "../../src/store/problems";
import { referencePlan } from "../../src/plan/referenceCase";
import { WorkbookError } from "../../src/port/workbookPort";
import type {
  DeletedRow,
  CommitteeOutcome,
  MeasurePatch,
  PlanSnapshot,
  StorageStatus,
  StoredMeasure,
  WorkbookPort,
} from "../../src/port/workbookPort";
import { BrowserWorkbook, MemoryStorage } from "../../src/adapters/browser/browserWorkbook";
import { App } from "../../src/taskpane/components/App";

/*
 * jsdom has no layout. Fluent's focus manager (tabster) takes an element whose offsetParent is
 * null, or a page whose body has no size, for hidden: it would then find nothing to focus, so Tab
 * would lose focus and an open dialog would be hidden from assistive technology. Give it the
 * minimum of a layout: every attached element has an offsetParent and the body has a size.
 */
Object.defineProperty(HTMLElement.prototype, "offsetParent", {
  configurable: true,
  get(this: HTMLElement) {
    return this.isConnected && this !== document.body ? this.parentElement : null;
  },
});
document.body.getBoundingClientRect = () =>
  ({
    x: 0,
    y: 0,
    top: 0,
    left: 0,
    right: 1024,
    bottom: 768,
    width: 1024,
    height: 768,
    toJSON: () => ({}),
  }) as DOMRect;

// The machine running the tests may be busy; the pane itself answers within milliseconds.
configure({ asyncUtilTimeout: 4000 });

/** Collapses every kind of space, so "1 100 tkr" matches "1\u00a0100\u00a0tkr". */
export const flat = (text: string | null | undefined) => (text ?? "").replace(/\s+/g, " ").trim();

export function renderApp(port: WorkbookPort, language?: string) {
  const user = userEvent.setup();
  const utils = render(<App port={port} language={language} />);
  return { user, ...utils };
}

/** The App over the browser's port on fresh storage: the first visit loads the reference case. */
export function renderBrowser(language?: string) {
  const storage = new MemoryStorage();
  const port = new BrowserWorkbook(storage, {
    events: null,
    language: language?.startsWith("en") ? "en" : "sv",
  });
  return { storage, port, ...renderApp(port, language) };
}

/**
 * Waits until the list shows the measure with this title; returns its list item. (Generous
 * timeout: after a dialog closes, Fluent gives the page back to assistive technology a moment
 * later, and only then is the list found by role.)
 */
export async function findCard(title: string | RegExp): Promise<HTMLElement> {
  const heading = await screen.findByRole("heading", { name: title }, { timeout: 4000 });
  return heading.closest("li") as HTMLElement;
}

export function cardOf(title: string | RegExp): HTMLElement {
  return screen.getByRole("heading", { name: title }).closest("li") as HTMLElement;
}

/** The title of every measure card in the list, in order (the list's own headings only). */
export function cardTitles(): string[] {
  const list = screen.getByRole("list", { name: "Åtgärder och utvecklingsförslag" });
  return within(list)
    .getAllByRole("heading", { level: 3 })
    .map((h) => flat(h.textContent));
}

export { screen, within };

/**
 * A port in memory. Everything the pane asks is recorded (jest.fn); `failNext` makes the next
 * call of a method reject with a WorkbookError.
 */
export class FakePort implements WorkbookPort {
  readonly host: "excel" | "browser";
  settings: PlanSettings = DEFAULT_SETTINGS;
  scenarios: Scenario[] = [];
  stored: StoredMeasure[] = [];
  /** Rows the read model would show read-only, not counted (PlanSnapshot.problemRows). */
  problemRows: StoredMeasure[] = [];
  problems: Problem[] = [];
  hasMeasuresTable = true;
  private failures = new Map<string, WorkbookError>();
  private listeners = new Set<() => void>();

  constructor(host: "excel" | "browser" = "excel") {
    this.host = host;
  }

  static withReference(host: "excel" | "browser" = "excel"): FakePort {
    const port = new FakePort(host);
    const ref = referencePlan();
    port.settings = ref.settings;
    port.scenarios = ref.scenarios;
    port.stored = ref.measures.map((measure, i) => ({
      measure,
      formulas: [],
      writable: true,
      row: i + 2,
    }));
    return port;
  }

  failNext(method: keyof WorkbookPort, error: WorkbookError): void {
    this.failures.set(method, error);
  }

  private check(method: string): void {
    const error = this.failures.get(method);
    if (error) {
      this.failures.delete(method);
      throw error;
    }
  }

  /** Simulates a change made in the sheet. */
  changeOutside(change: (port: FakePort) => void): void {
    change(this);
    this.listeners.forEach((l) => l());
  }

  load = jest.fn(async (): Promise<PlanSnapshot> => {
    this.check("load");
    return {
      settings: this.settings,
      scenarios: this.scenarios,
      measures: this.stored,
      problemRows: this.problemRows,
      problems: this.problems,
      hasMeasuresTable: this.hasMeasuresTable,
      document:
        this.storedDocument ??
        (this.hasMeasuresTable || this.scenarios.length > 0 ? "readable" : "absent"),
      revision: this.revision,
      storage: this.storageStatus,
    };
  });

  /** What the store takes, as the browser's storage reports it. */
  storageStatus: StorageStatus = "ok";

  /** The plan document's revision: one more with each save of scenarios or settings. */
  revision = 0;

  /** Whether a plan document is stored, when the test decides it (else from the table and scenarios). */
  storedDocument: PlanSnapshot["document"] | null = null;

  createMeasuresTable = jest.fn(async (settings: PlanSettings) => {
    this.check("createMeasuresTable");
    this.settings = settings;
    this.hasMeasuresTable = true;
  });

  loadReferenceCase = jest.fn(async () => {
    this.check("loadReferenceCase");
    const ref = FakePort.withReference();
    Object.assign(this, {
      settings: ref.settings,
      scenarios: ref.scenarios,
      stored: ref.stored,
      hasMeasuresTable: true,
    });
  });

  addMeasure = jest.fn(async (measure: Measure) => {
    this.check("addMeasure");
    this.stored = [
      ...this.stored,
      { measure, formulas: [], writable: true, row: this.stored.length + 2 },
    ];
  });

  updateMeasure = jest.fn(async (id: string, patch: MeasurePatch) => {
    this.check("updateMeasure");
    this.stored = this.stored.map((s) => {
      if (s.measure.id !== id) return s;
      const { effects, ...rest } = patch;
      return {
        ...s,
        measure: { ...s.measure, ...rest, effects: { ...s.measure.effects, ...(effects ?? {}) } },
      };
    });
  });

  deleteMeasure = jest.fn(async (id: string): Promise<DeletedRow> => {
    this.check("deleteMeasure");
    const index = this.stored.findIndex((s) => s.measure.id === id);
    const found = this.stored[index];
    if (!found) throw new Error(`no measure ${id}`);
    this.stored = this.stored.filter((s) => s.measure.id !== id);
    return { measure: found.measure, index, header: [], cells: [], numberFormats: [] };
  });

  restoreMeasure = jest.fn(async (row: DeletedRow) => {
    this.check("restoreMeasure");
    const stored = [...this.stored];
    stored.splice(row.index, 0, { measure: row.measure, formulas: [], writable: true, row: 0 });
    this.stored = stored.map((s, i) => ({ ...s, row: i + 2 }));
  });

  /** While true, each saveScenarios waits (as a slow Excel would) until releaseSave(). */
  holdSaves = false;
  private held: (() => void)[] = [];

  /** Lets the oldest held saveScenarios finish; returns how many are still held. */
  releaseSave(): number {
    this.held.shift()?.();
    return this.held.length;
  }

  get heldSaves(): number {
    return this.held.length;
  }

  saveScenarios = jest.fn(async (scenarios: readonly Scenario[]) => {
    this.check("saveScenarios");
    if (this.holdSaves) await new Promise<void>((resolve) => this.held.push(resolve));
    this.scenarios = [...scenarios];
    this.revision++;
  });

  saveSettings = jest.fn(async (settings: PlanSettings) => {
    this.check("saveSettings");
    this.settings = settings;
    this.revision++;
  });

  /** Sheets in the workbook that the add-in did not make: a table wanting one goes on "Name (2)". */
  foreignSheets = new Set<string>();
  committeeTables: { table: CommitteeTable; sheetName: string }[] = [];

  createCommitteeTable = jest.fn(async (table: CommitteeTable): Promise<CommitteeOutcome> => {
    this.check("createCommitteeTable");
    if (this.host === "browser")
      return { status: "downloaded", fileName: `${table.sheetName}.xlsx` };
    const taken = this.foreignSheets.has(table.sheetName);
    const sheetName = taken ? `${table.sheetName} (2)` : table.sheetName;
    this.committeeTables.push({ table, sheetName });
    return {
      status: "written",
      sheetName,
      printSetUp: true,
      leftAlone: taken ? table.sheetName : null,
    };
  });

  subscribe = jest.fn((listener: () => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  });
}
