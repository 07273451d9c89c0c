/**
 * Creating the measures table, empty or with the reference case's measures. What exists is never
 * reset: refused when the table is there or the stored plan cannot be read; when a readable plan
 * document exists, createMeasuresTable builds the table from the DOCUMENT's settings and leaves
 * the document as it is (the user's areas, colour words, legend, unit and scenarios stay), and
 * loadReferenceCase writes nothing. A sheet "Åtgärder" that holds the user's data is left alone
 * and the table goes on a free sheet name; the new table gets its mark (workbookMarks.ts).
 */
import type { Measure, PlanSettings, Scenario } from "../../plan/model";
import { referencePlan } from "../../plan/referenceCase";
import { freeSheetName, sameSheetName } from "../../plan/sheetAddress";
import { measureCellValues } from "../../store/measureCells";
import { MEASURE_COLUMNS } from "../../store/measureColumns";
import { runBatch } from "./excelBatch";
import type { WriteStage } from "./excelBatch";
import { MEASURES_SHEET, MEASURES_TABLE, layoutOfHeader, queueCreateTable } from "./measuresTable";
import type { OfficeMessages } from "./officeMessages";
import { queueWriteDocument } from "./planDocumentSheet";
import { checkedDocument } from "./planDocumentSaves";
import { MEASURES_MARK, queueMarks, tableMarkFormula } from "./workbookMarks";
import { readWorkbook, storeSheetFor } from "./workbookReads";
import type { Found } from "./workbookReads";

/** What a new table is made of: its settings (when no document has its own) and measures. */
interface NewTable {
  readonly action: string;
  readonly settings: PlanSettings;
  readonly measures: readonly Measure[];
  /** The scenarios of the new plan document (when none exists). */
  readonly scenarios: readonly Scenario[];
  /** True for the reference case: refused when a plan document exists, whatever it holds. */
  readonly onlyIntoEmpty: boolean;
}

export function createMeasuresTable(
  messages: OfficeMessages,
  settings: PlanSettings
): Promise<void> {
  const action = messages.texts.actions.createTable;
  return createTable(messages, {
    action,
    settings,
    measures: [],
    scenarios: [],
    onlyIntoEmpty: false,
  });
}

/** The reference case's table and plan document, into a workbook that has neither. */
export function loadReferenceCase(messages: OfficeMessages): Promise<void> {
  const reference = referencePlan();
  return createTable(messages, {
    action: messages.texts.actions.loadReferenceCase,
    settings: reference.settings,
    measures: reference.measures,
    scenarios: reference.scenarios,
    onlyIntoEmpty: true,
  });
}

function createTable(messages: OfficeMessages, plan: NewTable): Promise<void> {
  return runBatch(
    messages,
    plan.action,
    messages.creationPartlyWritten(),
    async (context, stage) => {
      const found = await readWorkbook(context, { table: true, formulas: false, document: true });
      if (found.table !== null) throw messages.tableExists();
      const document = found.document;
      if (document.state === "unreadable") {
        throw messages.unreadable(document.problem, messages.texts.tableNotCreated);
      }
      if (plan.onlyIntoEmpty && document.state === "readable") throw messages.planExists();
      const sheet = await measuresSheet(context, found);
      await writeTable(context, stage, { messages, found, plan, target: sheet });
    }
  );
}

/**
 * The sheet for the new table: an empty sheet called "Åtgärder" (any case), else a new one at a
 * free name; never a sheet that holds anything.
 */
async function measuresSheet(
  context: Excel.RequestContext,
  found: Found
): Promise<string | Excel.Worksheet> {
  const { sheetNames } = found.identity;
  const sameName = sheetNames.find((n) => sameSheetName(n, MEASURES_SHEET));
  if (sameName === undefined) return MEASURES_SHEET;
  const sheet = context.workbook.worksheets.getItem(sameName);
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("address");
  await context.sync();
  return used.isNullObject ? sheet : freeSheetName(MEASURES_SHEET, sheetNames);
}

/** What writeTable writes: the plan into `target` (a sheet, or the name of a new one). */
interface TableWrite {
  readonly messages: OfficeMessages;
  readonly found: Found;
  readonly plan: NewTable;
  readonly target: string | Excel.Worksheet;
}

/** The table, its mark, and the plan document unless a readable one exists (it stays as it is). */
async function writeTable(
  context: Excel.RequestContext,
  stage: WriteStage,
  { messages, found, plan, target }: TableWrite
): Promise<void> {
  const existing = found.document.state === "readable" ? found.document.document : null;
  const settings = existing?.settings ?? plan.settings;
  // Checked before anything is written: a document that could not be read back is not saved.
  const json = existing ? null : checkedDocument(messages, settings, plan.scenarios);
  const header = MEASURE_COLUMNS(settings);
  const layout = layoutOfHeader(header, settings);
  const rows = plan.measures.map(
    (m) => measureCellValues(m, settings, layout, header.length).cells
  );
  const sheet = typeof target === "string" ? context.workbook.worksheets.add(target) : target;
  queueCreateTable(sheet, settings, rows);
  const store = storeSheetFor(context, found);
  if (json !== null) queueWriteDocument(store, json, found.document.lastRow);
  queueMarks(context.workbook, found.identity.names, [
    { name: MEASURES_MARK, formula: tableMarkFormula(MEASURES_TABLE) },
  ]);
  stage.writing = true;
  await context.sync();
}
