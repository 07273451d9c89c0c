/**
 * Creating the measures table, empty or with the reference case's measures, together with the
 * plan document: refused when the table is there or the stored plan cannot be read; a sheet
 * "Åtgärder" that holds the user's data is left alone and the table goes on a new sheet.
 */
import type { Measure, PlanSettings, Scenario } from "../../plan/model";
import { referencePlan } from "../../plan/referenceCase";
import { measureCellValues } from "../../store/measureCells";
import { MEASURE_COLUMNS } from "../../store/measureColumns";
import { runBatch } from "./excelBatch";
import { MEASURES_SHEET, MEASURES_TABLE, layoutOfHeader, queueCreateTable } from "./measuresTable";
import type { OfficeMessages } from "./officeMessages";
import {
  NO_DOCUMENT,
  STORE_SHEET,
  queueCreateStoreSheet,
  queueReadDocument,
  queueWriteDocument,
  storedDocument,
} from "./planDocumentSheet";
import { checkedDocument } from "./planDocumentSaves";

/** What a new table is made of; `scenariosFrom` keeps or replaces the stored scenarios. */
interface NewTable {
  readonly action: string;
  readonly settings: PlanSettings;
  readonly measures: readonly Measure[];
  readonly scenariosFrom: (existing: readonly Scenario[]) => readonly Scenario[];
}

export function createMeasuresTable(
  messages: OfficeMessages,
  settings: PlanSettings
): Promise<void> {
  const action = messages.texts.actions.createTable;
  return createTable(messages, { action, settings, measures: [], scenariosFrom: (s) => s });
}

/** The reference case's table; its scenarios replace stored ones of the same id, others stay. */
export function loadReferenceCase(messages: OfficeMessages): Promise<void> {
  const reference = referencePlan();
  return createTable(messages, {
    action: messages.texts.actions.loadReferenceCase,
    settings: reference.settings,
    measures: reference.measures,
    scenariosFrom: (existing) => [
      ...reference.scenarios,
      ...existing.filter((s) => !reference.scenarios.some((r) => r.id === s.id)),
    ],
  });
}

function createTable(messages: OfficeMessages, plan: NewTable): Promise<void> {
  const { settings } = plan;
  return runBatch(
    messages,
    plan.action,
    messages.creationPartlyWritten(),
    async (context, stage) => {
      const workbook = context.workbook;
      const table = workbook.tables.getItemOrNullObject(MEASURES_TABLE);
      const store = workbook.worksheets.getItemOrNullObject(STORE_SHEET);
      const sheets = workbook.worksheets;
      table.load("name");
      store.load("name");
      sheets.load("items/name");
      await context.sync();
      if (!table.isNullObject) throw messages.tableExists();
      const names = sheets.items.map((s) => s.name);
      const sameName = sheets.items.find((s) => sameSheetName(s.name, MEASURES_SHEET));
      const storedRange = store.isNullObject ? null : queueReadDocument(store);
      const used = sameName ? sameName.getUsedRangeOrNullObject(true) : null;
      used?.load("address");
      if (storedRange || used) await context.sync();
      const document = storedRange ? storedDocument(storedRange) : NO_DOCUMENT;
      if (document.state === "unreadable") {
        throw messages.unreadable(document.problem, messages.texts.tableNotCreated);
      }
      const existing = document.state === "readable" ? document.document.scenarios : [];
      const json = checkedDocument(messages, settings, plan.scenariosFrom(existing));

      const header = MEASURE_COLUMNS(settings);
      const layout = layoutOfHeader(header, settings);
      const rows = plan.measures.map(
        (m) => measureCellValues(m, settings, layout, header.length).cells
      );
      const emptySheet = sameName && used?.isNullObject ? sameName : null;
      const sheet = emptySheet ?? workbook.worksheets.add(freeSheetName(MEASURES_SHEET, names));
      queueCreateTable(sheet, settings, rows);
      const target = store.isNullObject ? queueCreateStoreSheet(context) : store;
      queueWriteDocument(target, json, document.lastRow);
      stage.writing = true;
      await context.sync();
    }
  );
}

/** Excel compares sheet names without case. */
function sameSheetName(a: string, b: string): boolean {
  return a.toLocaleLowerCase("sv-SE") === b.toLocaleLowerCase("sv-SE");
}

/** `base`, or "base 2", "base 3" … : the first name no sheet has. */
export function freeSheetName(base: string, taken: readonly string[]): string {
  const isTaken = (name: string) => taken.some((t) => sameSheetName(t, name));
  if (!isTaken(base)) return base;
  for (let i = 2; ; i++) {
    const name = `${base} ${i}`;
    if (!isTaken(name)) return name;
  }
}
