/**
 * Every English text: the task pane's (en) and the problems found when reading the workbook
 * (enProblems), used when Office's display language is not Swedish. Same keys as sv.ts.
 */
import { plural } from "./plural";
import type { ProblemTexts, Texts } from "./texts.types";
import { settingsEn } from "./settings.en";
import { linesEn } from "./lines.en";
import { pricingEn } from "./pricing.en";
import { decisionsEn } from "./decisions.en";
import { revisionsEn } from "./revisions.en";

export const en: Texts = {
  language: "en",
  app: {
    title: "Ramkoll",
    subtitle: "Measures, development proposals and a balanced budget",
    tabsLabel: "Views",
    tabMeasures: "Measures",
    tabScenarios: "Scenarios",
    tabCompare: "Compare",
    loading: "Reading the plan …",
    loadingView: "Loading …",
    storedInBrowser: "The plan is stored in this browser, not in a workbook.",
    balanceBar: (scenario) => `Result per year in scenario "${scenario}"`,
  },
  firstUse: {
    title: "Get started",
    intro: "There is no measures table here yet. Start with an empty table or with the example.",
    createTable: "Create measures table",
    createTableHint:
      "An empty table for measures and development proposals, plan period 2026–2028, amounts in tkr.",
    loadExample: "Load the example",
    loadExampleHint:
      "The social services committee of Vänersborg, plan 2026–2028: five measures, four development proposals and the scenario Budget i balans 2026.",
  },
  storageStatus: {
    fullTitle: "The browser's storage is full.",
    fullBody:
      "The plan already stored is shown as it is, but new changes do not fit and are not saved.",
    unavailableTitle: "The browser does not keep the plan.",
    unavailableBody:
      "The browser does not let Ramkoll store anything here (in a private window, for instance, or with site data blocked). The plan lasts only while the page is open and is gone when you close or reload it.",
    whatToDo: "What you can do:",
    exportTable:
      "Save the committee table as an .xlsx file: choose Create committee table under Scenarios.",
    freeSpace:
      "Free space: remove the stored site data of other sites in the browser's settings, then reload the page.",
    allowStorage:
      "Allow site data for this page in the browser's settings, or open the page in an ordinary window instead of a private one.",
    openInExcel: "Open Ramkoll in Excel: there the plan is kept in the workbook.",
  },
  recover: {
    title: "The measures table is missing",
    found: (scenarios, period, unit, areas) =>
      `Ramkoll found the stored plan: ${scenarios} ${plural(scenarios, "scenario", "scenarios")}, plan period ${period}, amounts in ${unit}, ${areas} ${plural(areas, "budget area", "budget areas")}. But the measures table is not there.`,
    scenarioNames: (names) => `Scenarios: ${names}.`,
    whyExcel:
      "The table may have been renamed, converted to a range, or deleted with its sheet. If you just did that, you can undo it in Excel.",
    whyBrowser: "The table is not in the browser's storage, but the plan is.",
    recreate: "Recreate the table",
    recreateHint:
      "A new measures table with the plan's own settings. The scenarios and settings are kept as they are; nothing is written over.",
    unreadableTitle: "The stored plan could not be read",
    unreadableExcel:
      "There is a stored plan but it could not be read (see the problems above), and the measures table is missing. Ramkoll writes nothing over the plan: correct the text on the hidden sheet Ramkoll and reload the plan.",
    unreadableBrowser:
      "There is a stored plan but it could not be read (see the problems above), and the measures table is missing. Ramkoll writes nothing over the plan. To start over, choose Start over with an empty plan, which removes it.",
  },
  reset: {
    button: "Start over with an empty plan",
    title: "Start over with an empty plan?",
    body: "All measures, development proposals and scenarios stored in this browser are removed. This cannot be undone.",
    confirm: "Empty the plan",
  },
  settings: settingsEn,
  lines: linesEn,
  pricing: pricingEn,
  decisions: decisionsEn,
  common: { cancel: "Cancel", save: "Save", close: "Close", unit: "tkr" },
  kinds: {
    measure: "Measure",
    proposal: "Development proposal",
    measures: "Measures",
    proposals: "Development proposals",
  },
  colours: {
    ambitionColumn: "Changed ambition level",
    goalsColumn: "Effect on goals",
    ambitionShort: "Ambition",
    goalsShort: "Goals",
    ambition: {
      lowers: "Lowers the ambition level",
      keeps: "Keeps the ambition level",
      raises: "Raises the ambition level",
    },
    goals: {
      negative: "Negative effect on the goals",
      none: "No effect on the goals",
      positive: "Positive effect on the goals",
    },
    unjudged: "Not judged",
    unjudgedMeaning: "Not judged yet",
    legendTitle: "Legend",
  },
  list: {
    addMeasure: "New measure",
    addProposal: "New development proposal",
    empty: "No measures or development proposals yet.",
    noMatch: "Nothing matches the filter.",
    sortBy: "Sort by",
    sortNr: "No.",
    sortTitle: "Title",
    sortArea: "Budget area",
    sortAmount: "Amount (whole period)",
    ascending: "Ascending",
    descending: "Descending",
    direction: "Order",
    filters: "Sort and filter",
    filtersActive: "Sort and filter (filter on)",
    filtersLabel: "Sorting and filters",
    clearFilters: "Show all",
    filterArea: "Budget area",
    allAreas: "All areas",
    filterKind: "Type",
    allKinds: "All types",
    filterColour: "Colour",
    allColours: "All colours",
    colourOption: (column, label) => `${column}: ${label}`,
    unjudgedOption: "A colour not judged",
    count: (shown, total) => `Showing ${shown} of ${total}`,
    showMore: (remaining) => `Show more (${remaining} left)`,
    freed: "Money freed",
    need: "Need",
    blank: "–",
    edit: (title) => `Edit ${title}`,
    duplicate: (title) => `Copy ${title}`,
    remove: (title) => `Delete ${title}`,
    formula: "Formula in the sheet",
    readOnly: "The row could not be read and is not changed from here",
    untitled: "(no title)",
    itemLabel: (kind, nr) => `${kind} ${nr}`,
    listLabel: "Measures and development proposals",
  },
  editor: {
    newMeasure: "New measure",
    newProposal: "New development proposal",
    editMeasure: "Edit measure",
    editProposal: "Edit development proposal",
    nr: "No.",
    kind: "Type",
    area: "Budget area",
    title: "Title",
    effectsMeasure: "Money freed per year",
    effectsProposal: "Need per year",
    effectLabel: (year) => `${year} (tkr)`,
    effectHint: "Leave empty when the amount is not known.",
    ambition: "Changed ambition level",
    goals: "Effect on goals",
    consequence: "Consequences",
    consequenceHint: "What happens to clients, staff and goals if the proposal is carried out?",
    includeIn: (scenario) => `Include in the scenario "${scenario}"`,
    formulaHint:
      "The cell holds a formula in the sheet. Changing the value here replaces the formula.",
    titleRequired: "Enter a title.",
    notANumber: "Enter an amount in tkr, for example 14,000 or 583.5.",
    nrInvalid: "No. must be a positive whole number.",
    areaRequired: "Choose a budget area.",
    fixErrors: "Correct the marked fields before saving.",
    noChanges: "Nothing has changed.",
  },
  input: {
    effectField: (year) => `Effect ${year}`,
    ambiguous: (field, shown, typed) =>
      shown.length > 1
        ? `${field}: Do you mean ${shown[0]} or ${shown[1]}? Type ${typed[0]} or ${typed[1]}.`
        : `${field}: Do you mean ${shown[0]}? Type ${typed[0]}, without the point.`,
    tooFine: (field, typed) =>
      `${field}: ${typed} tkr is less than one krona. Enter the amount with at most three decimals (1 krona = 0.001 tkr).`,
    tooLong: (field, count, max) =>
      `${field}: ${count} characters, at most ${max} (what one Excel cell holds). Shorten the text.`,
    fields: {
      title: "Title",
      area: "Area",
      consequence: "Consequences",
      scenarioName: "The scenario's name",
      areaSetting: "An area in the settings",
      colourLabel: "A colour word in the settings",
      legend: "The legend",
      municipality: "The municipality's name",
      committee: "The committee's name",
      committeeCell: "A cell of the committee table",
    },
    portTooLong: (field, count, max) =>
      `${field} has ${count} characters, but an Excel cell holds at most ${max}. Nothing has been saved; shorten the text and try again.`,
  },
  undo: {
    deleted: (title) => `"${title}" was deleted.`,
    scenarioDeleted: (name) => `The scenario "${name}" was deleted.`,
    undo: "Undo",
  },
  committee: {
    button: "Create committee table",
    hint: "The table of measures and consequences for the scenario, colour-coded and summed, ready to print.",
    busy: "Creating the committee table …",
    written: (sheet) => `The committee table is on the sheet "${sheet}".`,
    noPrintSetUp:
      "This version of Excel cannot set up printing. Choose A4 landscape, fit to one page wide, yourself.",
    downloaded: (file) => `The committee table was downloaded as ${file}.`,
    failed: "The committee table could not be created.",
    copyForWord: "Copy for Word",
    copiedForWord:
      "The decisions and the tables are copied, with their colours. Paste them into the Word document.",
    copyForWordFailed:
      "Nothing was copied: the clipboard is not available here. Create the committee table and copy it from the sheet.",
  },
  identity: {
    otherSheet: (wanted) =>
      `The sheet "${wanted}" is not Ramkoll's committee table of this scenario, so it was left as it is.`,
  },
  exportPlan: {
    button: "Save the plan as an Excel file",
    busy: "Saving the plan …",
    hint: "Measures, scenarios and settings in a workbook that you open in Excel with Ramkoll.",
    saved: (file) =>
      `The plan was saved as ${file}. Open the file in Excel with Ramkoll and the whole plan is there.`,
    failed: "The plan could not be saved as a file.",
  },
  scenario: {
    picker: "Scenario",
    none: "There are no scenarios yet. A scenario chooses which measures and proposals are included and shows whether the budget balances.",
    create: "New scenario",
    copy: "Copy",
    copyName: (name, n) => (n === 1 ? `${name} (copy)` : `${name} (copy ${n})`),
    rename: "Rename",
    remove: "Delete scenario",
    defaultName: (n) => `Scenario ${n}`,
    name: "Name",
    nameRequired: "Enter a name.",
    renameTitle: "Rename the scenario",
    deleteTitle: (name) => `Delete the scenario "${name}"?`,
    deleteBody:
      "The measures and development proposals stay. Only the scenario's lines and selection are removed.",
    frame: "Budget frame",
    needs: "Needs above the frame",
    requestedIncrease: "Requested frame increase",
    increaseCost: "Cost the increase is to pay for",
    freed: "Money freed",
    proposals: "Development proposals",
    toCover: "To cover",
    balance: "Result",
    amountNotANumber: "Enter a number.",
    includeTitle: "Included in the scenario",
    includeHint: "Switch on what is to be included. The result is recalculated at once.",
    includedMeasures: "Measures",
    includedProposals: "Development proposals",
    missing: (n) =>
      `${n} ${plural(n, "item", "items")} in the scenario no longer exist in the measures table, or are only shown there (see the problems above), and are not counted.`,
    balanceFor: (year) => `Result ${year}`,
    noItems: "No measures or development proposals to choose from.",
  },
  balance: {
    surplus: (amount) => `Surplus ${amount}`,
    deficit: (amount) => `Deficit ${amount}`,
    balanced: "Balanced",
  },
  compare: {
    choose: "Scenarios to compare",
    needTwo: "Choose at least two scenarios.",
    tooFew: "A comparison needs at least two scenarios. Create more under Scenarios.",
    year: (year) => `${year}`,
    scenario: "Scenario",
    covered: "Money freed",
    toCover: "To cover",
    result: "Result",
    consequencesTitle: "Consequences",
    included: "Included",
    lowersAmbition: "Lower the ambition level",
    hurtsGoals: "Negative effect on goals",
    unjudged: "Not judged",
    tableLabel: (year) => `Comparison ${year} (tkr)`,
    consequencesLabel: "Consequences per scenario (count)",
  },
  problems: {
    title: (n) => `${n} ${plural(n, "problem", "problems")} reading the plan`,
    intro: "What could not be read is shown but never written over.",
    showAll: (n) => `Show all ${n}`,
    showFewer: "Show fewer",
  },
  errors: {
    title: {
      load: "The plan could not be read.",
      createTable: "The measures table was not created.",
      loadExample: "The example was not loaded.",
      reset: "The plan was not emptied.",
      add: "The measure was not added.",
      update: "The change was not saved.",
      duplicate: "The copy was not created.",
      delete: "The measure was not deleted.",
      undo: "The deletion could not be undone.",
      scenarios: "The scenario was not saved.",
      settings: "The settings were not saved.",
      areaRename: "The settings were saved, but not every measure got the budget area's new name.",
    },
    unexpected: (detail) =>
      `Unexpected error: ${detail}. The change may have been saved fully, partly or not at all.`,
    reloaded: "The plan has been read again and shows what is now stored.",
  },
  port: {
    storage:
      "The browser's storage did not accept the change (it may be full). Nothing was saved; the plan is as it was.",
    notFound:
      "The item no longer exists (it may have been deleted in another tab). Nothing was changed.",
    notWritable: "The row could not be read, so it is not written over. Nothing was changed.",
    noTable: "There is no measures table. Nothing was saved.",
    tableExists: "There already is a measures table with content. Nothing was changed.",
    conflict:
      "The plan was changed elsewhere at the same time, in the same item. Nothing of your change was saved; Ramkoll now shows the newer plan.",
    unreadable: "The stored plan could not be read and is left untouched. Nothing was changed.",
    idInUse: "An item with the same id already exists. Nothing was added.",
    headerMismatch:
      "The table's header row does not match the plan's settings, so nothing is written. Nothing was changed.",
    columnsGone:
      "The row cannot be put back whole: a column it had content in is gone (a plan year taken away, for instance). Nothing was added.",
    planExists:
      "A plan is already stored, and the example is not loaded over it. Nothing was changed.",
  },
  revisions: revisionsEn,
};

/** English quotation marks around a name from the sheet. */
const qe = (s: string) => `"${s}"`;

const EN_FORMAT = { date: "a date", time: "a time", percent: "a percentage" } as const;

export const enProblems: ProblemTexts = {
  noHeader: (p) => `Row ${p.row}: the header row is missing or empty.`,
  missingColumn: (p) =>
    `Row ${p.row}: the column ${qe(p.column)} is missing. The other columns were read.`,
  extraColumn: (p) =>
    `Row ${p.row}, column ${p.columnNumber}: the column ${qe(p.column || "(no title)")} is unknown. It is not used in the calculation but stays in the sheet.`,
  duplicateColumn: (p) =>
    `Row ${p.row}, column ${p.columnNumber}: the column ${qe(p.column)} appears twice. The first is read; this one is left untouched.`,
  columnUnit: (p) =>
    `Row ${p.row}: the column ${qe(p.column)} states the unit ${p.unit} but the setting is ${p.expected}. The amounts were read as ${p.unit}.`,
  unknownUnit: (p) =>
    `Row ${p.row}: the column ${qe(p.column)} has the unknown unit ${qe(p.unit)}. The column was not read.`,
  missingUnit: (p) =>
    `Row ${p.row}: the column ${qe(p.column)} states no unit. The amounts were read as ${p.expected}.`,
  notARow: (p) => `Row ${p.row}: the row could not be read.`,
  badCell: (p) =>
    `Row ${p.row}: the cell in the column ${qe(p.column)} holds a value that cannot be read.`,
  missingId: (p) =>
    `Row ${p.row}: the row has no id. It is shown but not counted in any scenario and never written over.`,
  duplicateId: (p) =>
    `Row ${p.row}: the id ${qe(p.id)} is already used in row ${p.firstRow}. Row ${p.firstRow} counts; this row (a copy?) is shown but not counted and not written over.`,
  missingNr: (p) => `Row ${p.row}: Nr is empty. The row was given the next number.`,
  badNr: (p) => `Row ${p.row}: Nr ${qe(p.text)} is not a positive whole number.`,
  missingKind: (p) => `Row ${p.row}: Typ is empty. The row was read as a measure (Åtgärd).`,
  unknownKind: (p) =>
    `Row ${p.row}: Typ ${qe(p.text)} is unknown. Use Åtgärd (measure) or Utvecklingsförslag (development proposal); until then the row is not counted.`,
  missingArea: (p) => `Row ${p.row}: the budget area is empty.`,
  unknownArea: (p) =>
    `Row ${p.row}: the budget area ${qe(p.text)} is not in the settings. The text is kept.`,
  notANumber: (p) =>
    `Row ${p.row}: ${qe(p.text)} in the column ${qe(p.column)} is not a number. The row is not counted and not written over.`,
  amountFormat: (p) =>
    `Row ${p.row}: the amount for ${p.year} (column ${qe(p.column)}) is formatted as ${EN_FORMAT[p.format]}, so it is not read as an amount and the row is not counted. Type the amount again in a cell with a number format.`,
  offPeriodAmount: (p) =>
    `Row ${p.row}: the amount in the column ${qe(p.column)} is for ${p.year}, outside the plan period ${p.first}–${p.last}. It stays in the sheet but is not counted.`,
  repeatedNr: (p) =>
    `Row ${p.row}: Nr ${p.nr} is already used by the ${p.kind === "proposal" ? "development proposal" : "measure"} in row ${p.firstRow}. Both rows count; give one of them another number.`,
  unknownColour: (p) =>
    `Row ${p.row}: ${qe(p.text)} in the column ${qe(p.column)} is not a colour. Use ${p.accepted} or leave it empty.`,
  invalidJson: () => "The stored plan is damaged (not valid JSON) and could not be read.",
  notAPlanDocument: () => "The stored text is not a Ramkoll plan.",
  unknownVersion: (p) =>
    `The plan was saved in version ${p.version}, which this version of Ramkoll cannot read. Update the add-in; the plan has not been changed.`,
  invalidDocument: (p) => `The stored plan is invalid at ${qe(p.path || "(root)")}: ${p.detail}`,
};
