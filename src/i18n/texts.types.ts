/**
 * The shape of every language's texts: the pane's (Texts) and the workbook problems'
 * (ProblemTexts). sv.ts and en.ts each implement both, so the compiler keeps them aligned.
 * Amounts are formatted by the caller (format.ts) and passed in as finished strings.
 */
import type { WorkbookErrorReason } from "../port/workbookPort";
import type { ProblemCode, ProblemParams } from "../store/problems";
import type { Language } from "./language";
import type { SettingName } from "../plan/documentMerge";
import type { LineList } from "../plan/lineEdits";
import type { SettingsTexts } from "./settings.types";
import type { LineTexts } from "./lines.types";
import type { PricingTexts } from "./pricing.types";
import type { DecisionViewTexts } from "./decisions.types";

/** What the pane was doing when the workbook refused; used to say what was not done. */
export type PaneAction =
  | "load"
  | "createTable"
  | "loadExample"
  | "reset"
  | "add"
  | "update"
  | "duplicate"
  | "delete"
  | "undo"
  | "scenarios"
  | "settings"
  | "areaRename";

export interface Texts {
  readonly language: Language;
  readonly app: {
    readonly title: string;
    readonly subtitle: string;
    readonly tabsLabel: string;
    readonly tabMeasures: string;
    readonly tabScenarios: string;
    readonly tabCompare: string;
    readonly loading: string;
    readonly loadingView: string;
    readonly storedInBrowser: string;
    /** The balance bar's name for screen readers: the scenario whose result it shows. */
    readonly balanceBar: (scenario: string) => string;
  };
  readonly firstUse: {
    readonly title: string;
    readonly intro: string;
    readonly createTable: string;
    readonly createTableHint: string;
    readonly loadExample: string;
    readonly loadExampleHint: string;
  };
  /** A full or refused browser storage, said at once (StorageStatusBar.tsx). */
  readonly storageStatus: {
    readonly fullTitle: string;
    readonly fullBody: string;
    readonly unavailableTitle: string;
    readonly unavailableBody: string;
    readonly whatToDo: string;
    readonly exportTable: string;
    readonly freeSpace: string;
    readonly allowStorage: string;
    readonly openInExcel: string;
  };
  /** A stored plan without its measures table: never the first-use view (RecoverTable.tsx). */
  readonly recover: {
    readonly title: string;
    /** What was found: the plan document with its scenarios and settings, and no table. */
    readonly found: (scenarios: number, period: string, unit: string, areas: number) => string;
    readonly scenarioNames: (names: string) => string;
    readonly whyExcel: string;
    readonly whyBrowser: string;
    readonly recreate: string;
    readonly recreateHint: string;
    readonly unreadableTitle: string;
    readonly unreadableExcel: string;
    readonly unreadableBrowser: string;
  };
  readonly reset: {
    readonly button: string;
    readonly title: string;
    readonly body: string;
    readonly confirm: string;
  };
  /** The settings view (SettingsView): the plan period, the areas, the unit, colours, names, presets. */
  readonly settings: SettingsTexts;
  /** A scenario's lines in the scenario panel: frame, needs, requests, funding, sums per area. */
  readonly lines: LineTexts;
  /** How the measure editor prices a measure: typed, a phased full-year effect, a volume. */
  readonly pricing: PricingTexts;
  readonly decisions: DecisionViewTexts;
  readonly common: {
    readonly cancel: string;
    readonly save: string;
    readonly close: string;
    readonly unit: string;
  };
  readonly kinds: {
    readonly measure: string;
    readonly proposal: string;
    readonly measures: string;
    readonly proposals: string;
  };
  readonly colours: {
    readonly ambitionColumn: string;
    readonly goalsColumn: string;
    readonly ambitionShort: string;
    readonly goalsShort: string;
    readonly ambition: { readonly lowers: string; readonly keeps: string; readonly raises: string };
    readonly goals: { readonly negative: string; readonly none: string; readonly positive: string };
    readonly unjudged: string;
    readonly unjudgedMeaning: string;
    readonly legendTitle: string;
  };
  readonly list: {
    readonly addMeasure: string;
    readonly addProposal: string;
    readonly empty: string;
    readonly noMatch: string;
    readonly sortBy: string;
    readonly sortNr: string;
    readonly sortTitle: string;
    readonly sortArea: string;
    readonly sortAmount: string;
    readonly ascending: string;
    readonly descending: string;
    readonly direction: string;
    readonly filters: string;
    readonly filtersActive: string;
    readonly filtersLabel: string;
    readonly clearFilters: string;
    readonly filterArea: string;
    readonly allAreas: string;
    readonly filterKind: string;
    readonly allKinds: string;
    readonly filterColour: string;
    readonly allColours: string;
    readonly colourOption: (column: string, label: string) => string;
    readonly unjudgedOption: string;
    readonly count: (shown: number, total: number) => string;
    readonly showMore: (remaining: number) => string;
    readonly freed: string;
    readonly need: string;
    readonly blank: string;
    readonly edit: (title: string) => string;
    readonly duplicate: (title: string) => string;
    readonly remove: (title: string) => string;
    readonly formula: string;
    readonly readOnly: string;
    readonly untitled: string;
    readonly itemLabel: (kind: string, nr: number) => string;
    readonly listLabel: string;
  };
  readonly editor: {
    readonly newMeasure: string;
    readonly newProposal: string;
    readonly editMeasure: string;
    readonly editProposal: string;
    readonly nr: string;
    readonly kind: string;
    readonly area: string;
    readonly title: string;
    readonly effectsMeasure: string;
    readonly effectsProposal: string;
    readonly effectLabel: (year: number) => string;
    readonly effectHint: string;
    readonly ambition: string;
    readonly goals: string;
    readonly consequence: string;
    readonly consequenceHint: string;
    readonly includeIn: (scenario: string) => string;
    readonly formulaHint: string;
    readonly titleRequired: string;
    readonly notANumber: string;
    readonly nrInvalid: string;
    readonly areaRequired: string;
    readonly fixErrors: string;
    readonly noChanges: string;
  };
  /** Honest input: amounts that are ambiguous or finer than one krona, texts longer than a cell. */
  readonly input: {
    /** The name of a plan year's amount in messages: "Effekt 2027". */
    readonly effectField: (year: number) => string;
    /** `shown` as the pane shows the readings ("1 500", "1,5"), `typed` as the user may type them. */
    readonly ambiguous: (
      field: string,
      shown: readonly string[],
      typed: readonly string[]
    ) => string;
    readonly tooFine: (field: string, typed: string) => string;
    /** `count` and `max` already formatted ("40 000", "32 767"). */
    readonly tooLong: (field: string, count: string, max: string) => string;
    /** Names of the text fields in messages. */
    readonly fields: {
      readonly title: string;
      readonly area: string;
      readonly consequence: string;
      readonly scenarioName: string;
      readonly areaSetting: string;
      readonly colourLabel: string;
      readonly legend: string;
      readonly municipality: string;
      readonly committee: string;
      readonly committeeCell: string;
    };
    /** The port's refusal of a text over the cell limit; says that nothing was saved. */
    readonly portTooLong: (field: string, count: string, max: string) => string;
  };
  readonly undo: {
    readonly deleted: (title: string) => string;
    readonly scenarioDeleted: (name: string) => string;
    readonly undo: string;
  };
  readonly committee: {
    readonly button: string;
    readonly hint: string;
    readonly busy: string;
    readonly written: (sheet: string) => string;
    readonly noPrintSetUp: string;
    readonly downloaded: (file: string) => string;
    readonly failed: string;
    readonly copyForWord: string;
    readonly copiedForWord: string;
    readonly copyForWordFailed: string;
  };
  /** Identity: the add-in's own sheets, known by their marks. */
  readonly identity: {
    /** The committee table went on another sheet than the wanted one, which is not the add-in's. */
    readonly otherSheet: (wanted: string) => string;
  };
  /** "Spara planen som Excel-fil": the whole plan as a workbook, outside Excel (ExportPlanButton.tsx). */
  readonly exportPlan: {
    readonly button: string;
    readonly busy: string;
    /** What the file holds and how to use it, next to the button in the storage status. */
    readonly hint: string;
    readonly saved: (file: string) => string;
    readonly failed: string;
  };
  readonly scenario: {
    readonly picker: string;
    readonly none: string;
    readonly create: string;
    /** Copies the chosen scenario: its amounts and inclusions, under a new name. */
    readonly copy: string;
    readonly copyName: (name: string, n: number) => string;
    readonly rename: string;
    readonly remove: string;
    readonly defaultName: (n: number) => string;
    readonly name: string;
    readonly nameRequired: string;
    readonly renameTitle: string;
    readonly deleteTitle: (name: string) => string;
    readonly deleteBody: string;
    readonly frame: string;
    readonly needs: string;
    readonly requestedIncrease: string;
    readonly increaseCost: string;
    readonly freed: string;
    readonly proposals: string;
    readonly toCover: string;
    readonly balance: string;
    readonly amountNotANumber: string;
    readonly includeTitle: string;
    readonly includeHint: string;
    readonly includedMeasures: string;
    readonly includedProposals: string;
    readonly missing: (n: number) => string;
    readonly balanceFor: (year: number) => string;
    readonly noItems: string;
  };
  readonly balance: {
    readonly surplus: (amount: string) => string;
    readonly deficit: (amount: string) => string;
    readonly balanced: string;
  };
  readonly compare: {
    readonly choose: string;
    readonly needTwo: string;
    readonly tooFew: string;
    readonly year: (year: number) => string;
    readonly scenario: string;
    readonly covered: string;
    readonly toCover: string;
    readonly result: string;
    readonly consequencesTitle: string;
    readonly included: string;
    readonly lowersAmbition: string;
    readonly hurtsGoals: string;
    readonly unjudged: string;
    readonly tableLabel: (year: number) => string;
    readonly consequencesLabel: string;
  };
  readonly problems: {
    readonly title: (n: number) => string;
    readonly intro: string;
    readonly showAll: (n: number) => string;
    readonly showFewer: string;
  };
  readonly errors: {
    readonly title: Readonly<Record<PaneAction, string>>;
    readonly unexpected: (detail: string) => string;
    readonly reloaded: string;
  };
  /** The workbook port's messages (BrowserWorkbook): each says what was and was not done. */
  readonly port: Readonly<Record<WorkbookErrorReason, string>> & {
    readonly idInUse: string;
    readonly headerMismatch: string;
    /** Undo of a deletion whose row had a cell in a column that is gone. */
    readonly columnsGone: string;
    /** The example is not loaded over a stored plan. */
    readonly planExists: string;
  };
  /** A save refused because the plan was changed elsewhere meanwhile (both ports). */
  readonly revisions: RevisionTexts;
}

/** What the other change was, in a refused save's message (src/i18n/revisions.ts joins them). */
export interface RevisionTexts {
  /** The whole message; `others` lists the other changes. Says that nothing was saved. */
  readonly conflict: (others: string) => string;
  readonly setting: Readonly<Record<SettingName, string>>;
  /** "the unit was changed", from a `setting` text. */
  readonly settingChanged: (setting: string) => string;
  readonly lineList: Readonly<Record<LineList, string>>;
  readonly scenarioName: (scenario: string, theirs: string) => string;
  readonly scenarioLine: (scenario: string, list: string, line: string) => string;
  readonly scenarioDeleted: (scenario: string) => string;
  readonly scenarioChanged: (scenario: string) => string;
  readonly scenarioAdded: (scenario: string) => string;
  readonly decisionText: (scenario: string) => string;
  /** After the first few: "and 3 more". */
  readonly more: (n: number) => string;
}

/** One text per problem code, from that code's parameters. */
export type ProblemTexts = { readonly [K in ProblemCode]: (p: ProblemParams[K]) => string };

/**
 * The Office.js port's messages (OfficeWorkbook): each says what was and was not done. Sheet and
 * table names are passed in; an `action` is one of `actions`, said after "Excel could not".
 */
export interface OfficePortTexts {
  readonly actions: {
    readonly load: string;
    readonly createTable: string;
    readonly loadReferenceCase: string;
    readonly addMeasure: string;
    readonly updateMeasure: string;
    readonly deleteMeasure: string;
    readonly saveScenarios: string;
    readonly saveSettings: string;
    readonly createCommitteeTable: string;
    readonly subscribe: string;
    readonly unsubscribe: string;
  };
  readonly nothingChanged: string;
  readonly unknownCause: string;
  readonly excelFailed: (action: string, cause: string, done: string) => string;
  readonly mayBePartlySaved: string;
  readonly unreadable: (storeSheet: string, problem: string, notDone: string) => string;
  readonly noTable: (table: string) => string;
  readonly missingColumns: (columns: readonly string[], notDone: string) => string;
  readonly tableExists: (table: string) => string;
  readonly tableNotCreated: string;
  readonly creationPartlyWritten: (measuresSheet: string, storeSheet: string) => string;
  readonly measureNotAdded: string;
  readonly additionPartlyWritten: string;
  readonly idTakenOrEmpty: (id: string, notDone: string) => string;
  readonly rowUnchanged: (row: number) => string;
  readonly cellsPartlyWritten: (cells: number, row: number) => string;
  readonly rowMayRemain: (row: number) => string;
  readonly notFound: string;
  readonly notWritable: (row: number) => string;
  readonly resignedFormulas: (columns: readonly string[], row: number) => string;
  readonly amountTooLarge: string;
  readonly notReadableBack: (problem: string) => string;
  readonly scenariosNotSaved: string;
  readonly scenariosPartlyWritten: (storeSheet: string) => string;
  readonly settingsNotSaved: string;
  readonly settingsPartlyWritten: (storeSheet: string, measuresSheet: string) => string;
  readonly committeePartlyWritten: (sheet: string) => string;
  readonly notWatching: (doing: string, cause: string) => string;
  /** Undo of a deletion: the row put back whole (rowUndo.ts). */
  readonly undo: {
    readonly action: string;
    readonly notRestored: string;
    readonly idInUse: (id: string) => string;
    readonly partlyWritten: string;
  };
  /** The add-in's own sheets and table, known by their marks (src/adapters/office/workbookMarks.ts). */
  readonly identity: {
    /** The reference case is not loaded over a stored plan. */
    readonly planExists: string;
  };
}
