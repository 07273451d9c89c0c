/**
 * Every text the task pane shows, in Swedish and English, in one place. Swedish is the default;
 * English is used when Office's display language is not Swedish (the caller passes it in).
 * Amounts are formatted by the caller (format.ts) and passed in as finished strings.
 */
import type { WorkbookErrorReason } from "../port/workbookPort";

export type UiLanguage = "sv" | "en";

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
  | "scenarios";

export interface Texts {
  readonly language: UiLanguage;
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
  };
  readonly firstUse: {
    readonly title: string;
    readonly intro: string;
    readonly createTable: string;
    readonly createTableHint: string;
    readonly loadExample: string;
    readonly loadExampleHint: string;
  };
  readonly reset: {
    readonly button: string;
    readonly title: string;
    readonly body: string;
    readonly confirm: string;
  };
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
  readonly undo: {
    readonly deleted: (title: string) => string;
    readonly undo: string;
  };
  readonly committee: {
    readonly button: string;
    readonly hint: string;
    readonly busy: string;
    readonly written: (sheet: string) => string;
    readonly noPrintSetUp: string;
    readonly downloaded: (file: string) => string;
    readonly confirmTitle: string;
    readonly confirmBody: (sheet: string) => string;
    readonly replace: string;
    readonly failed: string;
  };
  readonly scenario: {
    readonly picker: string;
    readonly none: string;
    readonly create: string;
    readonly rename: string;
    readonly remove: string;
    readonly defaultName: (n: number) => string;
    readonly name: string;
    readonly nameRequired: string;
    readonly renameTitle: string;
    readonly deleteTitle: (name: string) => string;
    readonly deleteBody: string;
    readonly amountsTitle: string;
    readonly frame: string;
    readonly needs: string;
    readonly requestedIncrease: string;
    readonly increaseCost: string;
    readonly freed: string;
    readonly proposals: string;
    readonly toCover: string;
    readonly balance: string;
    readonly inputLabel: (field: string, year: number) => string;
    readonly amountNotANumber: string;
    readonly includeTitle: string;
    readonly includeHint: string;
    readonly includedMeasures: string;
    readonly includedProposals: string;
    readonly includeLabel: (item: string) => string;
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
  };
}

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const sv: Texts = {
  language: "sv",
  app: {
    title: "Ramkoll",
    subtitle: "Åtgärder, utvecklingsförslag och budget i balans",
    tabsLabel: "Vyer",
    tabMeasures: "Åtgärder",
    tabScenarios: "Scenarier",
    tabCompare: "Jämför",
    loading: "Läser planen …",
    loadingView: "Laddar …",
    storedInBrowser: "Planen sparas i den här webbläsaren, inte i en arbetsbok.",
  },
  firstUse: {
    title: "Kom igång",
    intro: "Det finns ingen åtgärdstabell här ännu. Börja med en tom tabell eller med exemplet.",
    createTable: "Skapa åtgärdstabell",
    createTableHint:
      "En tom tabell för åtgärder och utvecklingsförslag, planperiod 2026–2028, belopp i tkr.",
    loadExample: "Läs in exemplet",
    loadExampleHint:
      "Socialnämnden i Vänersborg, MRP 2026–2028: fem åtgärder, fyra utvecklingsförslag och scenariot Budget i balans 2026.",
  },
  reset: {
    button: "Börja om med tom plan",
    title: "Börja om med en tom plan?",
    body: "Alla åtgärder, utvecklingsförslag och scenarier som sparats i den här webbläsaren tas bort. Det går inte att ångra.",
    confirm: "Töm planen",
  },
  common: { cancel: "Avbryt", save: "Spara", close: "Stäng", unit: "tkr" },
  kinds: {
    measure: "Åtgärd",
    proposal: "Utvecklingsförslag",
    measures: "Åtgärder",
    proposals: "Utvecklingsförslag",
  },
  colours: {
    ambitionColumn: "Ändrad ambitionsnivå",
    goalsColumn: "Påverkan mål/målvärden",
    ambitionShort: "Ambitionsnivå",
    goalsShort: "Mål",
    ambition: {
      lowers: "Sänker ambitionsnivån",
      keeps: "Oförändrad ambitionsnivå",
      raises: "Höjer ambitionsnivån",
    },
    goals: {
      negative: "Påverkar målen negativt",
      none: "Ingen påverkan på målen",
      positive: "Påverkar målen positivt",
    },
    unjudged: "Ej bedömd",
    unjudgedMeaning: "Inte bedömd ännu",
    legendTitle: "Förklaring",
  },
  list: {
    addMeasure: "Ny åtgärd",
    addProposal: "Nytt utvecklingsförslag",
    empty: "Inga åtgärder eller utvecklingsförslag ännu.",
    noMatch: "Inget matchar filtret.",
    sortBy: "Sortera efter",
    sortNr: "Nr",
    sortTitle: "Rubrik",
    sortArea: "Verksamhetsområde",
    sortAmount: "Belopp (hela perioden)",
    ascending: "Stigande",
    descending: "Fallande",
    direction: "Ordning",
    filters: "Sortera och filtrera",
    filtersActive: "Sortera och filtrera (filter på)",
    filtersLabel: "Sortering och filter",
    clearFilters: "Visa alla",
    filterArea: "Verksamhetsområde",
    allAreas: "Alla områden",
    filterKind: "Typ",
    allKinds: "Alla typer",
    filterColour: "Färg",
    allColours: "Alla färger",
    colourOption: (column, label) => `${column}: ${label}`,
    unjudgedOption: "Någon färg ej bedömd",
    count: (shown, total) => `Visar ${shown} av ${total}`,
    showMore: (remaining) => `Visa fler (${remaining} till)`,
    freed: "Frigjorda medel",
    need: "Behov",
    blank: "–",
    edit: (title) => `Redigera ${title}`,
    duplicate: (title) => `Kopiera ${title}`,
    remove: (title) => `Ta bort ${title}`,
    formula: "Formel i bladet",
    readOnly: "Raden kunde inte läsas och ändras inte härifrån",
    untitled: "(utan rubrik)",
    itemLabel: (kind, nr) => `${kind} ${nr}`,
    listLabel: "Åtgärder och utvecklingsförslag",
  },
  editor: {
    newMeasure: "Ny åtgärd",
    newProposal: "Nytt utvecklingsförslag",
    editMeasure: "Redigera åtgärd",
    editProposal: "Redigera utvecklingsförslag",
    nr: "Nr",
    kind: "Typ",
    area: "Verksamhetsområde",
    title: "Rubrik",
    effectsMeasure: "Frigjorda medel per år",
    effectsProposal: "Behov per år",
    effectLabel: (year) => `${year} (tkr)`,
    effectHint: "Lämna tomt om beloppet inte är känt.",
    ambition: "Ändrad ambitionsnivå",
    goals: "Påverkan mål/målvärden",
    consequence: "Konsekvensbeskrivning",
    consequenceHint: "Vad händer för brukare, personal och mål om förslaget genomförs?",
    includeIn: (scenario) => `Ta med i scenariot ”${scenario}”`,
    formulaHint: "Cellen har en formel i bladet. Ändrar du värdet här ersätts formeln.",
    titleRequired: "Skriv en rubrik.",
    notANumber: "Skriv ett belopp i tkr, till exempel 14 000 eller 583,5.",
    nrInvalid: "Nr ska vara ett positivt heltal.",
    areaRequired: "Välj ett verksamhetsområde.",
    fixErrors: "Rätta de markerade fälten innan du sparar.",
    noChanges: "Inget har ändrats.",
  },
  undo: {
    deleted: (title) => `”${title}” togs bort.`,
    undo: "Ångra",
  },
  committee: {
    button: "Skapa nämndtabell",
    hint: "Tabellen över åtgärder och konsekvenser för scenariot, färgkodad och summerad, klar att skriva ut.",
    busy: "Skapar nämndtabellen …",
    written: (sheet) => `Nämndtabellen finns på bladet ”${sheet}”.`,
    noPrintSetUp:
      "Den här Excelversionen kan inte ställa in utskriften. Välj själv A4 liggande, anpassat till en sida i bredd.",
    downloaded: (file) => `Nämndtabellen har laddats ned som ${file}.`,
    confirmTitle: "Bladet finns redan",
    confirmBody: (sheet) =>
      `Arbetsboken har redan ett blad som heter ”${sheet}”, och det är inte Ramkoll som har skapat det. Vill du ersätta bladets innehåll med nämndtabellen?`,
    replace: "Ersätt innehållet",
    failed: "Nämndtabellen kunde inte skapas.",
  },
  scenario: {
    picker: "Scenario",
    none: "Det finns inga scenarier ännu. Ett scenario väljer vilka åtgärder och förslag som ska med och visar om budgeten går ihop.",
    create: "Nytt scenario",
    rename: "Byt namn",
    remove: "Ta bort scenario",
    defaultName: (n) => `Scenario ${n}`,
    name: "Namn",
    nameRequired: "Skriv ett namn.",
    renameTitle: "Byt namn på scenariot",
    deleteTitle: (name) => `Ta bort scenariot ”${name}”?`,
    deleteBody:
      "Åtgärderna och utvecklingsförslagen finns kvar. Bara scenariots urval och belopp tas bort.",
    amountsTitle: "Ram och behov (tkr)",
    frame: "Anvisad ram",
    needs: "Behov utöver ram",
    requestedIncrease: "Begärd ramökning",
    increaseCost: "Kostnad som ramökningen ska täcka",
    freed: "Frigjorda medel",
    proposals: "Utvecklingsförslag",
    toCover: "Att täcka",
    balance: "Resultat",
    inputLabel: (field, year) => `${field} ${year} (tkr)`,
    amountNotANumber: "Skriv ett tal.",
    includeTitle: "Med i scenariot",
    includeHint: "Slå på det som ska ingå. Resultatet räknas om direkt.",
    includedMeasures: "Åtgärder",
    includedProposals: "Utvecklingsförslag",
    includeLabel: (item) => `Ta med ${item}`,
    missing: (n) =>
      `${n} ${plural(n, "post", "poster")} i scenariot finns inte längre i åtgärdstabellen och räknas inte.`,
    balanceFor: (year) => `Resultat ${year}`,
    noItems: "Inga åtgärder eller utvecklingsförslag att välja.",
  },
  balance: {
    surplus: (amount) => `Överskott ${amount}`,
    deficit: (amount) => `Underskott ${amount}`,
    balanced: "I balans",
  },
  compare: {
    choose: "Scenarier att jämföra",
    needTwo: "Välj minst två scenarier.",
    tooFew: "Det behövs minst två scenarier för en jämförelse. Skapa fler under Scenarier.",
    year: (year) => `${year}`,
    scenario: "Scenario",
    covered: "Frigjorda medel",
    toCover: "Att täcka",
    result: "Resultat",
    consequencesTitle: "Konsekvenser",
    included: "Med i scenariot",
    lowersAmbition: "Sänker ambitionsnivån",
    hurtsGoals: "Påverkar målen negativt",
    unjudged: "Ej bedömda",
    tableLabel: (year) => `Jämförelse ${year} (tkr)`,
    consequencesLabel: "Konsekvenser per scenario (antal)",
  },
  problems: {
    title: (n) => `${n} ${plural(n, "problem", "problem")} när planen lästes`,
    intro: "Det som inte kunde läsas visas men skrivs aldrig över.",
    showAll: (n) => `Visa alla ${n}`,
    showFewer: "Visa färre",
  },
  errors: {
    title: {
      load: "Planen kunde inte läsas.",
      createTable: "Åtgärdstabellen skapades inte.",
      loadExample: "Exemplet lästes inte in.",
      reset: "Planen tömdes inte.",
      add: "Åtgärden lades inte till.",
      update: "Ändringen sparades inte.",
      duplicate: "Kopian skapades inte.",
      delete: "Åtgärden togs inte bort.",
      undo: "Borttagningen kunde inte ångras.",
      scenarios: "Scenariot sparades inte.",
    },
    unexpected: (detail) =>
      `Oväntat fel: ${detail}. Ändringen kan ha sparats helt, delvis eller inte alls.`,
    reloaded: "Planen har lästs in på nytt och visar det som nu är sparat.",
  },
  port: {
    storage:
      "Webbläsarens lagring tog inte emot ändringen (den kan vara full). Ingenting har sparats; planen är som förut.",
    notFound:
      "Posten finns inte längre (den kan ha tagits bort i en annan flik). Ingenting har ändrats.",
    notWritable: "Raden kunde inte läsas och skrivs därför inte över. Ingenting har ändrats.",
    noTable: "Det finns ingen åtgärdstabell. Ingenting har sparats.",
    tableExists: "Det finns redan en åtgärdstabell med innehåll. Ingenting har ändrats.",
    unreadable: "Den sparade planen kunde inte läsas och lämnas orörd. Ingenting har ändrats.",
    idInUse: "En post med samma id finns redan. Ingenting har lagts till.",
    headerMismatch:
      "Tabellens rubrikrad stämmer inte med planens inställningar, så ingenting skrivs. Ingenting har ändrats.",
  },
};

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
  reset: {
    button: "Start over with an empty plan",
    title: "Start over with an empty plan?",
    body: "All measures, development proposals and scenarios stored in this browser are removed. This cannot be undone.",
    confirm: "Empty the plan",
  },
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
  undo: {
    deleted: (title) => `"${title}" was deleted.`,
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
    confirmTitle: "The sheet already exists",
    confirmBody: (sheet) =>
      `The workbook already has a sheet named "${sheet}" that Ramkoll did not create. Replace its contents with the committee table?`,
    replace: "Replace contents",
    failed: "The committee table could not be created.",
  },
  scenario: {
    picker: "Scenario",
    none: "There are no scenarios yet. A scenario chooses which measures and proposals are included and shows whether the budget balances.",
    create: "New scenario",
    rename: "Rename",
    remove: "Delete scenario",
    defaultName: (n) => `Scenario ${n}`,
    name: "Name",
    nameRequired: "Enter a name.",
    renameTitle: "Rename the scenario",
    deleteTitle: (name) => `Delete the scenario "${name}"?`,
    deleteBody:
      "The measures and development proposals stay. Only the scenario's selection and amounts are removed.",
    amountsTitle: "Frame and needs (tkr)",
    frame: "Budget frame",
    needs: "Needs above the frame",
    requestedIncrease: "Requested frame increase",
    increaseCost: "Cost the increase is to pay for",
    freed: "Money freed",
    proposals: "Development proposals",
    toCover: "To cover",
    balance: "Result",
    inputLabel: (field, year) => `${field} ${year} (tkr)`,
    amountNotANumber: "Enter a number.",
    includeTitle: "Included in the scenario",
    includeHint: "Switch on what is to be included. The result is recalculated at once.",
    includedMeasures: "Measures",
    includedProposals: "Development proposals",
    includeLabel: (item) => `Include ${item}`,
    missing: (n) =>
      `${n} ${plural(n, "item", "items")} in the scenario no longer exist in the measures table and are not counted.`,
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
    unreadable: "The stored plan could not be read and is left untouched. Nothing was changed.",
    idInUse: "An item with the same id already exists. Nothing was added.",
    headerMismatch:
      "The table's header row does not match the plan's settings, so nothing is written. Nothing was changed.",
  },
};

/**
 * The pane's language from Office's display language ("sv-SE", "en-US" …): Swedish for any
 * Swedish locale and when nothing is known, English for every other language.
 */
export function uiLanguage(displayLanguage?: string | null): UiLanguage {
  if (displayLanguage === undefined || displayLanguage === null || displayLanguage.trim() === "")
    return "sv";
  return /^sv\b/i.test(displayLanguage.trim()) ? "sv" : "en";
}

/** The texts for Office's display language (or "sv" / "en"); Swedish by default. */
export function textsFor(language?: string | null): Texts {
  return uiLanguage(language) === "sv" ? sv : en;
}
