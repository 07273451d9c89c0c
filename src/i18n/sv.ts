/**
 * Every Swedish text: the task pane's (sv) and the problems found when reading the workbook
 * (svProblems). Swedish is the pane's language by default; en.ts has the same keys in English.
 */
import { plural } from "./plural";
import type { ProblemTexts, Texts } from "./texts.types";
import { settingsSv } from "./settings.sv";
import { linesSv } from "./lines.sv";
import { pricingSv } from "./pricing.sv";
import { decisionsSv } from "./decisions.sv";
import { revisionsSv } from "./revisions.sv";

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
    balanceBar: (scenario) => `Resultat per år i scenariot ”${scenario}”`,
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
  storageStatus: {
    fullTitle: "Webbläsarens lagring är full.",
    fullBody:
      "Planen som redan är sparad visas som den är, men nya ändringar får inte plats och sparas inte.",
    unavailableTitle: "Webbläsaren sparar inte planen.",
    unavailableBody:
      "Webbläsaren tillåter inte att Ramkoll sparar här (till exempel i privat läge eller när webbplatsdata är blockerade). Planen finns bara så länge sidan är öppen och försvinner när du stänger eller laddar om den.",
    whatToDo: "Det här kan du göra:",
    exportTable: "Spara nämndtabellen som .xlsx-fil: välj Skapa nämndtabell under Scenarier.",
    freeSpace:
      "Frigör plats: ta bort sparade webbplatsdata för andra webbplatser i webbläsarens inställningar och läs sedan om sidan.",
    allowStorage:
      "Tillåt webbplatsdata för den här sidan i webbläsarens inställningar, eller öppna sidan i ett vanligt fönster i stället för ett privat.",
    openInExcel: "Öppna Ramkoll i Excel: där sparas planen i arbetsboken.",
  },
  recover: {
    title: "Åtgärdstabellen saknas",
    found: (scenarios, period, unit, areas) =>
      `Ramkoll hittade den sparade planen: ${scenarios} ${plural(scenarios, "scenario", "scenarier")}, planperiod ${period}, belopp i ${unit}, ${areas} ${plural(areas, "verksamhetsområde", "verksamhetsområden")}. Men åtgärdstabellen finns inte.`,
    scenarioNames: (names) => `Scenarier: ${names}.`,
    whyExcel:
      "Tabellen kan ha bytt namn, gjorts om till ett vanligt cellområde eller tagits bort med sitt blad. Har du nyss gjort det kan du ångra det i Excel.",
    whyBrowser: "Tabellen finns inte i webbläsarens lagring, men planen gör det.",
    recreate: "Återskapa tabellen",
    recreateHint:
      "En ny åtgärdstabell med planens egna inställningar. Scenarierna och inställningarna behålls som de är; ingenting skrivs över.",
    unreadableTitle: "Den sparade planen kunde inte läsas",
    unreadableExcel:
      "Det finns en sparad plan men den kunde inte läsas (se problemen ovan), och åtgärdstabellen saknas. Ramkoll skriver ingenting över planen: rätta texten på det dolda bladet Ramkoll och läs om planen.",
    unreadableBrowser:
      "Det finns en sparad plan men den kunde inte läsas (se problemen ovan), och åtgärdstabellen saknas. Ramkoll skriver ingenting över planen. Vill du börja om väljer du Börja om med tom plan, som tar bort den.",
  },
  reset: {
    button: "Börja om med tom plan",
    title: "Börja om med en tom plan?",
    body: "Alla åtgärder, utvecklingsförslag och scenarier som sparats i den här webbläsaren tas bort. Det går inte att ångra.",
    confirm: "Töm planen",
  },
  settings: settingsSv,
  lines: linesSv,
  pricing: pricingSv,
  decisions: decisionsSv,
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
  input: {
    effectField: (year) => `Effekt ${year}`,
    ambiguous: (field, shown, typed) =>
      shown.length > 1
        ? `${field}: Menar du ${shown[0]} eller ${shown[1]}? Skriv ${typed[0]} eller ${typed[1]}.`
        : `${field}: Menar du ${shown[0]}? Skriv ${typed[0]}, utan punkt.`,
    tooFine: (field, typed) =>
      `${field}: ${typed} tkr är mindre än en krona. Skriv beloppet med högst tre decimaler (1 krona = 0,001 tkr).`,
    tooLong: (field, count, max) =>
      `${field}: ${count} tecken, högst ${max} (det som ryms i en cell i Excel). Korta texten.`,
    fields: {
      title: "Rubrik",
      area: "Verksamhetsområde",
      consequence: "Konsekvensbeskrivning",
      scenarioName: "Scenariots namn",
      areaSetting: "Ett verksamhetsområde i inställningarna",
      colourLabel: "Ett färgord i inställningarna",
      legend: "Teckenförklaringen",
      municipality: "Kommunens namn",
      committee: "Nämndens namn",
      committeeCell: "En cell i nämndtabellen",
    },
    portTooLong: (field, count, max) =>
      `${field} har ${count} tecken, men en cell i Excel rymmer högst ${max}. Ingenting har sparats; korta texten och försök igen.`,
  },
  undo: {
    deleted: (title) => `”${title}” togs bort.`,
    scenarioDeleted: (name) => `Scenariot ”${name}” togs bort.`,
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
    failed: "Nämndtabellen kunde inte skapas.",
    copyForWord: "Kopiera för Word",
    copiedForWord:
      "Besluten och tabellerna är kopierade, med sina färger. Klistra in dem i Word-dokumentet.",
    copyForWordFailed:
      "Ingenting kopierades: urklipp är inte tillgängligt här. Skapa nämndtabellen och kopiera den från bladet.",
  },
  identity: {
    otherSheet: (wanted) =>
      `Bladet ”${wanted}” är inte Ramkolls nämndtabell för scenariot, så det har lämnats orört.`,
  },
  exportPlan: {
    button: "Spara planen som Excel-fil",
    busy: "Sparar planen …",
    hint: "Åtgärder, scenarier och inställningar i en arbetsbok som du öppnar i Excel med Ramkoll.",
    saved: (file) =>
      `Planen har sparats som ${file}. Öppna filen i Excel med Ramkoll så finns hela planen där.`,
    failed: "Planen kunde inte sparas som fil.",
  },
  scenario: {
    picker: "Scenario",
    none: "Det finns inga scenarier ännu. Ett scenario väljer vilka åtgärder och förslag som ska med och visar om budgeten går ihop.",
    create: "Nytt scenario",
    copy: "Kopiera",
    copyName: (name, n) => (n === 1 ? `${name} (kopia)` : `${name} (kopia ${n})`),
    rename: "Byt namn",
    remove: "Ta bort scenario",
    defaultName: (n) => `Scenario ${n}`,
    name: "Namn",
    nameRequired: "Skriv ett namn.",
    renameTitle: "Byt namn på scenariot",
    deleteTitle: (name) => `Ta bort scenariot ”${name}”?`,
    deleteBody:
      "Åtgärderna och utvecklingsförslagen finns kvar. Bara scenariots rader och urval tas bort.",
    frame: "Anvisad ram",
    needs: "Behov utöver ram",
    requestedIncrease: "Begärd ramökning",
    increaseCost: "Kostnad som ramökningen ska täcka",
    freed: "Frigjorda medel",
    proposals: "Utvecklingsförslag",
    toCover: "Att täcka",
    balance: "Resultat",
    amountNotANumber: "Skriv ett tal.",
    includeTitle: "Med i scenariot",
    includeHint: "Slå på det som ska ingå. Resultatet räknas om direkt.",
    includedMeasures: "Åtgärder",
    includedProposals: "Utvecklingsförslag",
    missing: (n) =>
      `${n} ${plural(n, "post", "poster")} i scenariot finns inte längre i åtgärdstabellen, eller visas där bara (se problemen ovan), och räknas inte.`,
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
      settings: "Inställningarna sparades inte.",
      areaRename:
        "Inställningarna sparades, men alla åtgärder fick inte verksamhetsområdets nya namn.",
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
    conflict:
      "Planen ändrades samtidigt på ett annat ställe, i samma uppgift. Ingenting av din ändring har sparats; Ramkoll visar nu den nyare planen.",
    unreadable: "Den sparade planen kunde inte läsas och lämnas orörd. Ingenting har ändrats.",
    idInUse: "En post med samma id finns redan. Ingenting har lagts till.",
    headerMismatch:
      "Tabellens rubrikrad stämmer inte med planens inställningar, så ingenting skrivs. Ingenting har ändrats.",
    columnsGone:
      "Raden kan inte läggas tillbaka hel: en kolumn med innehåll på raden finns inte längre (till exempel ett planår som tagits bort). Ingenting har lagts till.",
    planExists:
      "Det finns redan en sparad plan, och exemplet läses inte in över den. Ingenting har ändrats.",
  },
  revisions: revisionsSv,
};

/** Swedish quotation marks around a name from the sheet. */
const q = (s: string) => `”${s}”`;

const SV_FORMAT = { date: "datum", time: "tid", percent: "procent" } as const;

export const svProblems: ProblemTexts = {
  noHeader: (p) => `Rad ${p.row}: rubrikraden saknas eller är tom.`,
  missingColumn: (p) => `Rad ${p.row}: kolumnen ${q(p.column)} saknas. Övriga kolumner har lästs.`,
  extraColumn: (p) =>
    `Rad ${p.row}, kolumn ${p.columnNumber}: kolumnen ${q(p.column || "(utan rubrik)")} är okänd. Den används inte i beräkningen men ligger kvar i bladet.`,
  duplicateColumn: (p) =>
    `Rad ${p.row}, kolumn ${p.columnNumber}: kolumnen ${q(p.column)} finns redan. Den första läses, denna ligger kvar orörd.`,
  columnUnit: (p) =>
    `Rad ${p.row}: kolumnen ${q(p.column)} anger enheten ${p.unit} men inställningen är ${p.expected}. Beloppen har lästs som ${p.unit}.`,
  unknownUnit: (p) =>
    `Rad ${p.row}: kolumnen ${q(p.column)} har den okända enheten ${q(p.unit)}. Kolumnen har inte lästs.`,
  missingUnit: (p) =>
    `Rad ${p.row}: kolumnen ${q(p.column)} anger ingen enhet. Beloppen har lästs som ${p.expected}.`,
  notARow: (p) => `Rad ${p.row}: raden kunde inte läsas.`,
  badCell: (p) =>
    `Rad ${p.row}: cellen i kolumnen ${q(p.column)} innehåller ett värde som inte kan läsas.`,
  missingId: (p) =>
    `Rad ${p.row}: raden saknar id. Den visas men räknas inte i något scenario och skrivs inte över.`,
  duplicateId: (p) =>
    `Rad ${p.row}: id ${q(p.id)} används redan på rad ${p.firstRow}. Raden ${p.firstRow} gäller; denna rad (en kopia?) visas men räknas inte och skrivs inte över.`,
  missingNr: (p) => `Rad ${p.row}: Nr saknas. Raden har fått nästa nummer.`,
  badNr: (p) => `Rad ${p.row}: Nr ${q(p.text)} är inte ett positivt heltal.`,
  missingKind: (p) => `Rad ${p.row}: Typ saknas. Raden har lästs som en åtgärd.`,
  unknownKind: (p) =>
    `Rad ${p.row}: Typ ${q(p.text)} är okänd. Skriv Åtgärd eller Utvecklingsförslag; till dess räknas raden inte.`,
  missingArea: (p) => `Rad ${p.row}: verksamhetsområde saknas.`,
  unknownArea: (p) =>
    `Rad ${p.row}: verksamhetsområdet ${q(p.text)} finns inte i inställningarna. Texten behålls.`,
  notANumber: (p) =>
    `Rad ${p.row}: ${q(p.text)} i kolumnen ${q(p.column)} är inte ett tal. Raden räknas inte och skrivs inte över.`,
  amountFormat: (p) =>
    `Rad ${p.row}: beloppet för ${p.year} (kolumnen ${q(p.column)}) är formaterat som ${SV_FORMAT[p.format]} och läses därför inte som ett belopp; raden räknas inte. Skriv beloppet på nytt i en cell med talformat.`,
  offPeriodAmount: (p) =>
    `Rad ${p.row}: beloppet i kolumnen ${q(p.column)} gäller ${p.year}, utanför planperioden ${p.first}–${p.last}. Det ligger kvar i bladet men räknas inte.`,
  repeatedNr: (p) =>
    `Rad ${p.row}: Nr ${p.nr} används redan av ${p.kind === "proposal" ? "utvecklingsförslaget" : "åtgärden"} på rad ${p.firstRow}. Båda raderna räknas; ge en av dem ett annat nummer.`,
  unknownColour: (p) =>
    `Rad ${p.row}: ${q(p.text)} i kolumnen ${q(p.column)} är ingen färg. Skriv ${p.accepted} eller lämna tomt.`,
  invalidJson: () => "Den sparade planen är skadad (inte giltig JSON) och kunde inte läsas.",
  notAPlanDocument: () => "Den sparade texten är ingen plan från Ramkoll.",
  unknownVersion: (p) =>
    `Planen är sparad i version ${p.version}, som den här versionen av Ramkoll inte kan läsa. Uppdatera tillägget; planen har inte ändrats.`,
  invalidDocument: (p) =>
    `Den sparade planen är felaktig vid ${q(p.path || "(roten)")}: ${p.detail}`,
};
