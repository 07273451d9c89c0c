/* global Excel, setTimeout, clearTimeout */
/**
 * The workbook port in Excel (Office.js): measures in the table "RamkollAtgarder" on the sheet
 * "Åtgärder" (measuresTable.ts), settings and scenarios in the plan document on the hidden sheet
 * "Ramkoll" (planDocumentSheet.ts). Every operation reads what it needs afresh, decides in
 * JavaScript, then writes in one batch; nothing is cached between operations, because the user
 * may change the sheet at any time.
 *
 * Excel JavaScript API requirement: ExcelApi 1.7. The members from the highest set, 1.7, are
 * TableCollection.onChanged and WorksheetCollection.onDeleted (subscribe) and
 * Worksheet.freezePanes (creating the table). Below that: 1.4 TableCollection/WorksheetCollection
 * .getItemOrNullObject, Worksheet/Range.getUsedRangeOrNullObject, TableColumnCollection.add with a
 * name (new plan years); 1.3 TableCollection.add with a Range; 1.2 RangeFormat.columnWidth, setting
 * Worksheet.visibility; everything else 1.1. The manifest should require ExcelApi 1.7.
 *
 * context.sync calls per operation, the same for 1 row or 10 000: load 2; createMeasuresTable,
 * loadReferenceCase, addMeasure, updateMeasure, deleteMeasure, saveScenarios, saveSettings at most
 * 3 (look up the table and the store sheet; read them; write); subscribe 1, its unsubscribe 1.
 *
 * What it promises beyond the port:
 * - A row parseMeasureRows flagged as not writable is never written or deleted; an edit writes
 *   only the cells of the patched fields, so formulas elsewhere in the row stay.
 * - A plan document that could not be read is never written over, nor are measure cells whose
 *   value depends on the settings it holds (colour words, amounts).
 * - An Excel failure becomes WorkbookError("storage") saying what was and was not done.
 */
import type { CommitteeTable } from "../../plan/committeeTable";
import { writeCommitteeTable } from "./committeeTableWriter";
import { DEFAULT_SETTINGS } from "../../plan/model";
import type { Measure, PlanSettings, Scenario } from "../../plan/model";
import {
  formulaFields,
  isFormulaCell,
  measureCellValues,
  patchCellValues,
} from "../../store/measureCells";
import type { FieldCell } from "../../store/measureCells";
import { problemText } from "../../i18n/problems";
import type { DocumentProblem, Problem } from "../../store/problems";
import { referencePlan } from "../../plan/referenceCase";
import { MEASURE_COLUMNS } from "../../store/measureColumns";
import { parseMeasureRows } from "../../store/measuresSheet";
import { parsePlanDocument, serializePlanDocument } from "../../store/planDocument";
import type { MeasureParseResult, ParsedRow } from "../../store/measuresSheet";
import {
  MEASURES_SHEET,
  MEASURES_TABLE,
  layoutOfHeader,
  queueAddRow,
  queueAddYearColumns,
  queueCreateTable,
  queueDeleteRow,
  queueReadTable,
  queueWriteCells,
  tableContent,
} from "./measuresTable";
import type { TableContent } from "./measuresTable";
import {
  NO_DOCUMENT,
  STORE_SHEET,
  queueCreateStoreSheet,
  queueReadDocument,
  queueWriteDocument,
  storedDocument,
} from "./planDocumentSheet";
import type { StoredDocument } from "./planDocumentSheet";
import { WorkbookError } from "../../port/workbookPort";
import type {
  CommitteeOutcome,
  MeasureField,
  MeasurePatch,
  PlanSnapshot,
  StoredMeasure,
  WorkbookPort,
} from "../../port/workbookPort";

export interface OfficeWorkbookOptions {
  /** Milliseconds of quiet after the last change event before a listener is called (default 200). */
  readonly debounceMs?: number;
  /**
   * Told when the change events could not be registered or removed. subscribe() cannot reject,
   * so without this the failure surfaces as an unhandled rejection.
   */
  readonly onSubscribeError?: (error: WorkbookError) => void;
}

/** What the first two syncs of an operation found. */
interface Found {
  readonly table: Excel.Table | null;
  readonly content: TableContent | null;
  readonly store: Excel.Worksheet | null;
  readonly document: StoredDocument;
}

interface Plan {
  readonly settings: PlanSettings;
  readonly scenarios: readonly Scenario[];
  /** The document's problem, when it could not be read (then settings and scenarios are defaults). */
  readonly problem: DocumentProblem | null;
}

const NOTHING_CHANGED = "Inget har ändrats i arbetsboken.";

function planOf(document: StoredDocument): Plan {
  if (document.state === "readable") {
    return {
      settings: document.document.settings,
      scenarios: document.document.scenarios,
      problem: null,
    };
  }
  return {
    settings: DEFAULT_SETTINGS,
    scenarios: [],
    problem: document.state === "unreadable" ? document.problem : null,
  };
}

function describe(cause: unknown): string {
  if (
    cause instanceof Error ||
    (typeof cause === "object" && cause !== null && "message" in cause)
  ) {
    const { message, code } = cause as { message?: unknown; code?: unknown };
    const text = typeof message === "string" ? message.trim() : "";
    const codeText = typeof code === "string" && code !== "" ? code : "";
    if (text && codeText && !text.includes(codeText)) return `${text} [${codeText}]`;
    return text || codeText || "okänt fel";
  }
  return String(cause);
}

function unreadableError(problem: DocumentProblem, notDone: string): WorkbookError {
  return new WorkbookError(
    "unreadable",
    `Den sparade planen på bladet ${STORE_SHEET} kunde inte läsas och skrivs därför inte över: ${problemText(problem, "sv")} ` +
      `${notDone} Rätta eller ta bort texten i bladet ${STORE_SHEET} (det är dolt; visa det med Ta fram) och försök igen.`
  );
}

function noTableError(): WorkbookError {
  return new WorkbookError(
    "noTable",
    `Arbetsboken har ingen åtgärdstabell (${MEASURES_TABLE}). Skapa tabellen eller läs in exemplet först. ${NOTHING_CHANGED}`
  );
}

function missingColumnsError(missing: readonly string[], notDone: string): WorkbookError {
  const list = missing.map((m) => `”${m}”`).join(", ");
  return new WorkbookError(
    "storage",
    `Åtgärdstabellen saknar ${missing.length === 1 ? "kolumnen" : "kolumnerna"} ${list}, så uppgifterna kan inte sparas där. ` +
      `${notDone} Lägg tillbaka kolumnen i tabellen och försök igen.`
  );
}

/** The field names of the port for the core's CellField strings (the same strings). */
function asMeasureFields(fields: readonly string[]): MeasureField[] {
  return fields as MeasureField[];
}

export class OfficeWorkbook implements WorkbookPort {
  readonly host = "excel" as const;
  private readonly debounceMs: number;
  private readonly onSubscribeError: ((error: WorkbookError) => void) | undefined;

  constructor(options: OfficeWorkbookOptions = {}) {
    this.debounceMs = options.debounceMs ?? 200;
    this.onSubscribeError = options.onSubscribeError;
  }

  // -------------------------------------------------------------------------------------------
  // Reading
  // -------------------------------------------------------------------------------------------

  async load(): Promise<PlanSnapshot> {
    return this.run("läsa planen", "", async (context) => {
      const found = await find(context, { table: true, formulas: true, document: true });
      const plan = planOf(found.document);
      const problems: Problem[] = plan.problem ? [plan.problem] : [];
      if (found.content === null) {
        return {
          settings: plan.settings,
          scenarios: plan.scenarios,
          measures: [],
          problems,
          hasMeasuresTable: false,
        };
      }
      const content = found.content;
      const parsed = parse(content, plan.settings);
      const measures: StoredMeasure[] = parsed.rows.map((row) => {
        const offset = row.row - content.headerRow - 1;
        return {
          measure: row.measure,
          formulas: asMeasureFields(
            formulaFields(parsed.layout, content.rows[offset] ?? [], content.formulas[offset] ?? [])
          ),
          writable: row.writable,
          row: row.row,
        };
      });
      problems.push(...parsed.problems);
      return {
        settings: plan.settings,
        scenarios: plan.scenarios,
        measures,
        problems,
        hasMeasuresTable: true,
      };
    });
  }

  // -------------------------------------------------------------------------------------------
  // Creating
  // -------------------------------------------------------------------------------------------

  createMeasuresTable(settings: PlanSettings): Promise<void> {
    return this.create("skapa åtgärdstabellen", settings, [], (existing) => existing);
  }

  loadReferenceCase(): Promise<void> {
    const reference = referencePlan();
    return this.create("läsa in exemplet", reference.settings, reference.measures, (existing) => [
      ...reference.scenarios,
      ...existing.filter((s) => !reference.scenarios.some((r) => r.id === s.id)),
    ]);
  }

  private create(
    action: string,
    settings: PlanSettings,
    measures: readonly Measure[],
    scenariosFrom: (existing: readonly Scenario[]) => readonly Scenario[]
  ): Promise<void> {
    const written =
      `Det Excel hann göra innan felet ligger kvar: kontrollera bladen ${MEASURES_SHEET} och ${STORE_SHEET} ` +
      `och ta bort en halvfärdig tabell innan du försöker igen.`;
    return this.run(action, written, async (context, stage) => {
      const workbook = context.workbook;
      const table = workbook.tables.getItemOrNullObject(MEASURES_TABLE);
      const store = workbook.worksheets.getItemOrNullObject(STORE_SHEET);
      const sheets = workbook.worksheets;
      table.load("name");
      store.load("name");
      sheets.load("items/name");
      await context.sync();
      if (!table.isNullObject) {
        throw new WorkbookError(
          "tableExists",
          `Arbetsboken har redan en åtgärdstabell (${MEASURES_TABLE}). Ingen ny tabell har skapats.`
        );
      }
      const names = sheets.items.map((s) => s.name);
      const sameName = sheets.items.find(
        (s) => s.name.toLocaleLowerCase("sv-SE") === MEASURES_SHEET.toLocaleLowerCase("sv-SE")
      );
      const storedRange = store.isNullObject ? null : queueReadDocument(store);
      const used = sameName ? sameName.getUsedRangeOrNullObject(true) : null;
      used?.load("address");
      if (storedRange || used) await context.sync();
      const document = storedRange ? storedDocument(storedRange) : NO_DOCUMENT;
      if (document.state === "unreadable") {
        throw unreadableError(document.problem, "Ingen tabell har skapats och planen är orörd.");
      }
      const existing = document.state === "readable" ? document.document.scenarios : [];
      const json = checkedDocument(settings, scenariosFrom(existing));

      const header = MEASURE_COLUMNS(settings);
      const layout = layoutOfHeader(header, settings);
      const rows = measures.map((m) => measureCellValues(m, settings, layout, header.length).cells);
      const sheet =
        sameName && used?.isNullObject
          ? sameName
          : workbook.worksheets.add(freeSheetName(MEASURES_SHEET, names));
      queueCreateTable(sheet, settings, rows);
      const target = store.isNullObject ? queueCreateStoreSheet(context) : store;
      queueWriteDocument(target, json, document.lastRow);
      stage.writing = true;
      await context.sync();
    });
  }

  // -------------------------------------------------------------------------------------------
  // Measures
  // -------------------------------------------------------------------------------------------

  addMeasure(measure: Measure): Promise<void> {
    const notDone = "Åtgärden har inte lagts till.";
    return this.run(
      "lägga till åtgärden",
      "Åtgärden kan ha lagts till som en ny rad sist i tabellen, helt eller utan format; läs om planen och kontrollera den sista raden.",
      async (context, stage) => {
        const found = await find(context, { table: true, formulas: false, document: true });
        if (found.table === null || found.content === null) throw noTableError();
        if (found.document.state === "unreadable")
          throw unreadableError(found.document.problem, notDone);
        const settings = planOf(found.document).settings;
        const parsed = parse(found.content, settings);
        if (measure.id.trim() === "" || parsed.rows.some((r) => r.measure.id === measure.id)) {
          throw new WorkbookError(
            "storage",
            `Id ”${measure.id}” finns redan i tabellen eller är tomt, och två rader får inte ha samma id. ${notDone}`
          );
        }
        const { cells, missing } = guardAmounts(() =>
          measureCellValues(measure, settings, parsed.layout, found.content?.header.length ?? 0)
        );
        if (missing.length > 0) throw missingColumnsError(missing, notDone);
        queueAddRow(found.table, cells, parsed.layout);
        stage.writing = true;
        await context.sync();
      }
    );
  }

  updateMeasure(id: string, patch: MeasurePatch): Promise<void> {
    return this.run("spara ändringen", "", async (context, stage) => {
      const found = await find(context, { table: true, formulas: true, document: true });
      if (found.table === null || found.content === null) throw noTableError();
      const content = found.content;
      const plan = planOf(found.document);
      const parsed = parse(content, plan.settings);
      const row = findRow(parsed, id);
      const offset = row.row - content.headerRow - 1;
      const notDone = `Rad ${row.row} är oförändrad.`;
      if (plan.problem && dependsOnSettings(patch)) throw unreadableError(plan.problem, notDone);
      const { cells, missing } = guardAmounts(() =>
        patchCellValues(patch, row.measure, plan.settings, parsed.layout)
      );
      if (missing.length > 0) throw missingColumnsError(missing, notDone);
      refuseResignedFormulas(cells, content, offset, row.row);
      if (cells.length === 0) return;
      queueWriteCells(found.table, offset, cells);
      stage.writing = true;
      stage.partial =
        `Några av de ${cells.length} cellerna på rad ${row.row} kan ha skrivits och andra inte; ` +
        `läs om planen och kontrollera raden. Radens övriga celler är orörda.`;
      await context.sync();
    });
  }

  deleteMeasure(id: string): Promise<void> {
    return this.run("ta bort åtgärden", "", async (context, stage) => {
      const found = await find(context, { table: true, formulas: false, document: true });
      if (found.table === null || found.content === null) throw noTableError();
      const parsed = parse(found.content, planOf(found.document).settings);
      const row = findRow(parsed, id);
      queueDeleteRow(found.table, row.row - found.content.headerRow - 1);
      stage.writing = true;
      stage.partial = `Rad ${row.row} kan finnas kvar; läs om planen och kontrollera tabellen.`;
      await context.sync();
    });
  }

  // -------------------------------------------------------------------------------------------
  // The plan document
  // -------------------------------------------------------------------------------------------

  saveScenarios(scenarios: readonly Scenario[]): Promise<void> {
    return this.run(
      "spara scenarierna",
      `Scenarierna har troligen inte sparats; läs om planen för att se vad bladet ${STORE_SHEET} innehåller. Åtgärdstabellen är orörd.`,
      async (context, stage) => {
        const found = await find(context, { table: false, formulas: false, document: true });
        if (found.document.state === "unreadable") {
          throw unreadableError(found.document.problem, "Scenarierna har inte sparats.");
        }
        const settings = planOf(found.document).settings;
        const json = checkedDocument(settings, scenarios);
        queueWriteDocument(
          found.store ?? queueCreateStoreSheet(context),
          json,
          found.document.lastRow
        );
        stage.writing = true;
        await context.sync();
      }
    );
  }

  saveSettings(settings: PlanSettings): Promise<void> {
    return this.run(
      "spara inställningarna",
      `Inställningarna har troligen inte sparats och nya årskolumner kan saknas; läs om planen och kontrollera bladen ` +
        `${STORE_SHEET} och ${MEASURES_SHEET}.`,
      async (context, stage) => {
        const found = await find(context, { table: true, formulas: false, document: true });
        if (found.document.state === "unreadable") {
          throw unreadableError(found.document.problem, "Inställningarna har inte sparats.");
        }
        const scenarios = planOf(found.document).scenarios;
        const json = checkedDocument(settings, scenarios);
        queueWriteDocument(
          found.store ?? queueCreateStoreSheet(context),
          json,
          found.document.lastRow
        );
        if (found.table !== null && found.content !== null) {
          queueAddYearColumns(
            found.table,
            found.content.header,
            settings,
            found.content.rows.length
          );
        }
        stage.writing = true;
        await context.sync();
      }
    );
  }

  // -------------------------------------------------------------------------------------------
  // Change events
  // -------------------------------------------------------------------------------------------

  /**
   * Calls `listener` ~debounceMs after the last change to any table's data (an edit, an inserted or
   * deleted row) or after a sheet is deleted. The add-in's own writes raise the same events; the
   * pane's reload is idempotent, so they are not told apart. Not covered with ExcelApi 1.7: a table
   * converted to a range (TableCollection.onDeleted is 1.9) and edits on the hidden store sheet.
   */
  subscribe(listener: () => void): () => void {
    let active = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const changed = async (): Promise<void> => {
      if (!active) return;
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        if (active) listener();
      }, this.debounceMs);
    };
    const registration = Excel.run(async (context) => {
      const results = [
        context.workbook.tables.onChanged.add(changed),
        context.workbook.worksheets.onDeleted.add(changed),
      ];
      await context.sync();
      return results;
    });
    const report = (doing: string, cause: unknown): void => {
      const error = new WorkbookError(
        "storage",
        `Excel kunde inte ${doing} (${describe(cause)}). Åtgärdslistan uppdateras inte av sig själv när bladet ändras; ` +
          `läs om planen för hand.`
      );
      if (this.onSubscribeError) this.onSubscribeError(error);
      else void Promise.reject(error); // no one to tell: leave it as an unhandled rejection, never silent
    };
    const registered = registration.catch((cause: unknown) => {
      report("bevaka ändringar i tabellen", cause);
      return [];
    });
    return () => {
      if (!active) return;
      active = false;
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      void registered
        .then(async (results) => {
          const first = results[0];
          if (first === undefined) return;
          await Excel.run(first.context, async (context) => {
            for (const r of results) r.remove();
            await context.sync();
          });
        })
        .catch((cause: unknown) => report("sluta bevaka ändringar i tabellen", cause));
    };
  }

  // -------------------------------------------------------------------------------------------

  async createCommitteeTable(table: CommitteeTable, overwrite: boolean): Promise<CommitteeOutcome> {
    return this.run(
      "skapa nämndtabellen",
      `Nämndtabellen på bladet ”${table.sheetName}” kan ha skrivits delvis; skapa den igen.`,
      async (context, stage) => {
        // The writer reads once, then writes everything in its second sync.
        stage.writing = true;
        return writeCommitteeTable(context, table, overwrite);
      }
    );
  }

  /**
   * Runs one batch; turns any failure that is not already a WorkbookError into
   * WorkbookError("storage") that says what was done: nothing when the failure came while reading,
   * `writeFailed` (or the stage's more precise `partial`) when it came in the final write.
   */
  private async run<T>(
    action: string,
    writeFailed: string,
    batch: (
      context: Excel.RequestContext,
      stage: { writing: boolean; partial: string }
    ) => Promise<T>
  ): Promise<T> {
    const stage = { writing: false, partial: "" };
    try {
      return await Excel.run((context) => batch(context, stage));
    } catch (cause) {
      if (cause instanceof WorkbookError) throw cause;
      const done = stage.writing
        ? stage.partial || writeFailed || "Ändringen kan ha sparats delvis; läs om planen."
        : NOTHING_CHANGED;
      throw new WorkbookError(
        "storage",
        `Excel kunde inte ${action} (${describe(cause)}). ${done}`
      );
    }
  }
}

/**
 * The first two syncs of every operation: look up the table and the store sheet, then read what is
 * asked for of those that exist.
 */
async function find(
  context: Excel.RequestContext,
  want: { table: boolean; formulas: boolean; document: boolean }
): Promise<Found> {
  const table = want.table ? context.workbook.tables.getItemOrNullObject(MEASURES_TABLE) : null;
  const store = context.workbook.worksheets.getItemOrNullObject(STORE_SHEET);
  table?.load("name");
  store.load("name");
  await context.sync();
  const foundTable = table && !table.isNullObject ? table : null;
  const foundStore = store.isNullObject ? null : store;
  const tableRead = foundTable ? queueReadTable(foundTable, want.formulas) : null;
  const storedRange = foundStore && want.document ? queueReadDocument(foundStore) : null;
  if (tableRead || storedRange) await context.sync();
  return {
    table: foundTable,
    content: tableRead ? tableContent(tableRead) : null,
    store: foundStore,
    document: storedRange ? storedDocument(storedRange) : NO_DOCUMENT,
  };
}

function parse(content: TableContent, settings: PlanSettings): MeasureParseResult {
  return parseMeasureRows(content.header, content.rows, settings, { headerRow: content.headerRow });
}

function findRow(parsed: MeasureParseResult, id: string): ParsedRow {
  const row = id.trim() === "" ? undefined : parsed.rows.find((r) => r.measure.id === id);
  if (row === undefined) {
    throw new WorkbookError(
      "notFound",
      `Åtgärden finns inte längre i tabellen; den kan ha tagits bort eller fått ett annat id i bladet. ${NOTHING_CHANGED}`
    );
  }
  if (!row.writable) {
    throw new WorkbookError(
      "notWritable",
      `Rad ${row.row} i åtgärdstabellen innehåller något som Ramkoll inte kan läsa (se problemlistan), så raden skrivs inte över. ` +
        `Rätta raden i bladet och försök igen. ${NOTHING_CHANGED}`
    );
  }
  return row;
}

/** True when the cells an edit writes depend on the settings (colour words, amounts, signs). */
function dependsOnSettings(patch: MeasurePatch): boolean {
  return (
    patch.ambition !== undefined ||
    patch.goals !== undefined ||
    patch.effects !== undefined ||
    patch.kind !== undefined
  );
}

/** An amount cell that would have to change sign but holds a formula: refuse rather than replace it. */
function refuseResignedFormulas(
  cells: readonly FieldCell[],
  content: TableContent,
  offset: number,
  row: number
): void {
  const values = content.rows[offset] ?? [];
  const formulas = content.formulas[offset] ?? [];
  const blocked = cells.filter(
    (c) => c.resigned && isFormulaCell(values[c.index], formulas[c.index])
  );
  if (blocked.length === 0) return;
  const columns = blocked.map((c) => `”${String(content.header[c.index] ?? "")}”`).join(", ");
  throw new WorkbookError(
    "notWritable",
    `Typen kan inte ändras här: beloppen skrivs med tecken efter resultatpåverkan, så de måste byta tecken, men ` +
      `${columns} på rad ${row} innehåller en formel som Ramkoll inte skriver över. Ändra formeln eller ange beloppen ` +
      `i samma ändring. Rad ${row} är oförändrad.`
  );
}

/** measureCellValues/patchCellValues, with an amount too large for a cell as a WorkbookError. */
function guardAmounts<T>(compute: () => T): T {
  try {
    return compute();
  } catch (cause) {
    if (cause instanceof RangeError) {
      throw new WorkbookError(
        "storage",
        `Ett belopp är för stort för att skrivas i en cell. ${NOTHING_CHANGED}`
      );
    }
    throw cause;
  }
}

/**
 * The plan document as JSON, checked by reading it back: what cannot be read after saving is
 * not saved.
 */
function checkedDocument(settings: PlanSettings, scenarios: readonly Scenario[]): string {
  const json = serializePlanDocument({ settings, scenarios });
  const back = parsePlanDocument(json);
  if (!back.ok) {
    throw new WorkbookError(
      "storage",
      `Planen sparas inte eftersom den inte skulle gå att läsa tillbaka: ${problemText(back.problem, "sv")} ${NOTHING_CHANGED}`
    );
  }
  return json;
}

/** `base`, or "base 2", "base 3" … : the first name no sheet has (Excel compares names without case). */
function freeSheetName(base: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((n) => n.toLocaleLowerCase("sv-SE")));
  if (!lower.has(base.toLocaleLowerCase("sv-SE"))) return base;
  for (let i = 2; ; i++) {
    const name = `${base} ${i}`;
    if (!lower.has(name.toLocaleLowerCase("sv-SE"))) return name;
  }
}
