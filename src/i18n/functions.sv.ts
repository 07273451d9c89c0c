/**
 * The BUDGET functions in Swedish: the names and descriptions of functions.sv.json, which the
 * manifest names for sv-SE, and the short messages beside a #VALUE! error. Examples use the
 * Swedish argument separator (;) and decimal comma.
 */
import type { Described, ErrorMessages, FunctionText } from "./functions.en";

const YEAR: Described = {
  name: "år",
  description:
    "Valfritt kalenderår, t.ex. 2028: räknar årets verkliga dagar (366 under skottår) i stället för 365.",
};

export const FUNCTION_TEXTS_SV = {
  FRAMEADJUST: {
    name: "RAMJUSTERING",
    description:
      "Budgetram efter justeringar (samma enhet som bas, t.ex. tkr): bas + summan av justeringarna. Med en kolumn justeringar per planår blir svaret en rad med varje års ram. Exempel: =BUDGET.RAMJUSTERING(1215669; B2:B5) med 4382, -8096, 49 och 3042 i B2:B5 ger 1215046.",
    parameters: [
      { name: "bas", description: "Ramen före justeringar, t.ex. 1215669 (tkr)." },
      {
        name: "justeringar",
        description:
          "Justeringar i samma enhet: en kolumn, eller en kolumn per planår. Tomma celler räknas som 0.",
      },
    ],
  },
  PLCOMP: {
    name: "PLKOMPENSATION",
    description:
      "Pris- och lönekompensation (samma enhet som kostnaderna, t.ex. tkr): personalkostnader × löneökning + övriga kostnader × prisökning. Procentsatser som decimaltal. Exempel: =BUDGET.PLKOMPENSATION(800000; 0,03; 400000; 0,02) ger 32000.",
    parameters: [
      { name: "personalkostnader", description: "Personalkostnader, t.ex. 800000 (tkr)." },
      { name: "löneökning", description: "Löneökning som decimaltal: 3 % är 0,03." },
      { name: "övriga_kostnader", description: "Övriga kostnader, t.ex. 400000 (tkr)." },
      { name: "prisökning", description: "Prisökning som decimaltal: 2 % är 0,02." },
    ],
  },
  POADJUST: {
    name: "POJUSTERING",
    description:
      "Förändrat PO-pålägg (samma enhet som lönerna, t.ex. tkr): löner × (nytt PO-pålägg − tidigare PO-pålägg); negativt när pålägget sänks. Exempel: =BUDGET.POJUSTERING(500000; 0,4115; 0,3953) ger -8100.",
    parameters: [
      { name: "löner", description: "Lönesumman som pålägget tas ut på, t.ex. 500000 (tkr)." },
      { name: "po_före", description: "PO-pålägg före, som decimaltal: 41,15 % är 0,4115." },
      { name: "po_efter", description: "PO-pålägg efter, som decimaltal." },
    ],
  },
  DAILYCOST: {
    name: "DYGNSKOSTNAD",
    description:
      "Kostnad per vårddygn (kr per dygn när kostnaden är i kr): kostnad / vårddygn. Exempel: =BUDGET.DYGNSKOSTNAD(9000000; 821,25) ger 10958,90.",
    parameters: [
      { name: "kostnad", description: "Total kostnad, t.ex. 9000000 (kr)." },
      { name: "dygn", description: "Antal vårddygn, t.ex. 821,25 (dygn)." },
    ],
  },
  FULLYEARPLACEMENTS: {
    name: "HELÅRSPLACERINGAR",
    description:
      "Helårsplaceringar (antal): vårddygn / 365, eller / det angivna kalenderårets dagar. Exempel: =BUDGET.HELÅRSPLACERINGAR(26867; 2020) ger 73,41.",
    parameters: [{ name: "dygn", description: "Vårddygn under året (dygn)." }, YEAR],
  },
  ANNUALCOST: {
    name: "ÅRSKOSTNAD",
    description:
      "Kostnad för ett år (kr när dygnskostnaden är i kr): dygnskostnad × placeringar × 365 (eller det angivna årets dagar). Exempel: =BUDGET.ÅRSKOSTNAD(8000; 3) ger 8760000.",
    parameters: [
      { name: "dygnskostnad", description: "Kostnad per vårddygn, t.ex. 8000 (kr)." },
      { name: "placeringar", description: "Antal helårsplaceringar (antal); 1 om det utelämnas." },
      YEAR,
    ],
  },
  PLACEMENTDAYS: {
    name: "VÅRDDYGN",
    description:
      "Vårddygn (dygn) av en placering som faller inom ett kalenderår, från start till slut; slutdagen räknas bara när räkna_slutdag är SANT; tomt slut betyder att placeringen pågår. Exempel: =BUDGET.VÅRDDYGN(DATUM(2025;11;1); DATUM(2026;3;1); 2026) ger 59.",
    parameters: [
      { name: "start", description: "Placeringens startdatum." },
      { name: "slut", description: "Slutdatum; lämna cellen tom för en pågående placering." },
      { name: "år", description: "Kalenderåret som räknas, t.ex. 2026." },
      {
        name: "räkna_slutdag",
        description: "SANT för att räkna även slutdagen; FALSKT om det utelämnas.",
      },
    ],
  },
  OCCUPANCY: {
    name: "BELÄGGNING",
    description:
      "Beläggning (andel; formatera cellen som %): vårddygn / (platser × 365, eller det angivna årets dagar). Exempel: =BUDGET.BELÄGGNING(4604; 24) ger 0,526 (52,6 %).",
    parameters: [
      { name: "vårddygn", description: "Utnyttjade vårddygn (dygn)." },
      { name: "platser", description: "Antal platser (antal)." },
      YEAR,
    ],
  },
  MEASUREEFFECT: {
    name: "ÅTGÄRDSEFFEKT",
    description:
      "En åtgärds effekt per planår (samma enhet som helårseffekt, t.ex. tkr), en rad värden från första_år: 0 före start, resterande månader under startåret (startmånaden i proportion till dagarna), helt därefter. Exempel: =BUDGET.ÅTGÄRDSEFFEKT(1000; DATUM(2026;7;1); 2026) ger 500, 1000, 1000.",
    parameters: [
      { name: "helårseffekt", description: "Effekt för ett helt år, t.ex. 1000 (tkr)." },
      {
        name: "start",
        description: "Datum då åtgärden börjar verka; tomt betyder 1 januari första_år.",
      },
      { name: "första_år", description: "Första planåret, t.ex. 2026." },
      { name: "antal_år", description: "Antal planår (1–50); 3 om det utelämnas." },
      {
        name: "infasning",
        description:
          "En rad faktorer för åtgärdens första, andra … år, t.ex. 0,5 och 1; saknade faktorer är 1.",
      },
    ],
  },
  VOLUMEEFFECT: {
    name: "VOLYMEFFEKT",
    description:
      "Frigjorda medel av en volymförändring (styckkostnadens enhet gånger volym): −volymförändring × styckkostnad, så att en minskning ger ett positivt belopp. Exempel: =BUDGET.VOLYMEFFEKT(-2; 4000) ger 8000.",
    parameters: [
      { name: "volymförändring", description: "Förändrad volym, t.ex. -2 placeringar (antal)." },
      { name: "styckkostnad", description: "Kostnad per enhet, t.ex. 4000 (tkr per placering)." },
    ],
  },
  BREAKEVEN: {
    name: "BRYTPUNKT",
    description:
      "Antal enheter (t.ex. placeringsår) som måste undvikas för att en satsning ska löna sig: satsning / kostnad per enhet. Exempel: =BUDGET.BRYTPUNKT(9800; 4000) ger 2,45.",
    parameters: [
      { name: "satsning", description: "Satsningen, t.ex. 9800 (tkr)." },
      {
        name: "kostnad_per_enhet",
        description: "Kostnad för en enhet i samma enhet, t.ex. 4000 (tkr).",
      },
    ],
  },
  VARIANCE: {
    name: "AVVIKELSE",
    description:
      "Budgetavvikelse (samma enhet som indata), positiv när den är gynnsam: budget − utfall för kostnader, utfall − budget för intäkter. Exempel: =BUDGET.AVVIKELSE(487,6; 498,8) ger -11,2.",
    parameters: [
      { name: "budget", description: "Budget, t.ex. 487,6 (mnkr)." },
      { name: "utfall", description: "Utfall eller prognos i samma enhet." },
      { name: "typ", description: 'Vad som jämförs: "kostnad" (om det utelämnas) eller "intäkt".' },
    ],
  },
  FORECAST: {
    name: "HELÅRSPROGNOS",
    description:
      "Helårsprognos (samma enhet som utfallet): utfall hittills × 12 / antal månader (1–12). Exempel: =BUDGET.HELÅRSPROGNOS(122,4; 4) ger 367,2.",
    parameters: [
      { name: "utfall_hittills", description: "Utfall hittills i år, t.ex. 122,4 (mnkr)." },
      { name: "månader", description: "Antal gångna månader, ett heltal 1–12." },
    ],
  },
  PERIODBUDGET: {
    name: "PERIODBUDGET",
    description:
      "Periodiserad budget för gångna månader (samma enhet som budgeten): årsbudget × månader / 12 (0–12). Exempel: =BUDGET.PERIODBUDGET(996,2; 4) ger 332,07.",
    parameters: [
      { name: "årsbudget", description: "Budget för hela året, t.ex. 996,2 (mnkr)." },
      { name: "månader", description: "Antal gångna månader, ett heltal 0–12." },
    ],
  },
  PRICEVOLUME: {
    name: "PRISVOLYM",
    description:
      "Delar upp en kostnadsförändring (kr) i en rad [volymeffekt, priseffekt] = [(V1 − V0) × P0, V1 × (P1 − P0)]; de två summerar till förändringen. Exempel: =BUDGET.PRISVOLYM(5963; 3907; 2471; 3090) ger -13643244 och -2018807.",
    parameters: [
      { name: "volym_före", description: "Volym före, t.ex. 5963 vårddygn." },
      { name: "pris_före", description: "Pris per enhet före, t.ex. 3907 (kr per dygn)." },
      { name: "volym_efter", description: "Volym efter, t.ex. 2471 vårddygn." },
      { name: "pris_efter", description: "Pris per enhet efter, t.ex. 3090 (kr per dygn)." },
    ],
  },
  ROUNDSUM: {
    name: "AVRUNDASUMMA",
    description:
      "Avrundar värden så att de avrundade delarna summerar exakt till den avrundade summan (största rest; vid lika rest får den tidigare cellen); samma form som värdena. Exempel: =BUDGET.AVRUNDASUMMA(A1:A3) med 0,4 i varje cell ger 1, 0, 0.",
    parameters: [
      { name: "värden", description: "Beloppen som ska avrundas, t.ex. en kolumn i tkr." },
      { name: "decimaler", description: "Antal decimaler, 0–10; 0 om det utelämnas." },
    ],
  },
} satisfies Record<string, FunctionText>;

export const ERROR_MESSAGES_SV: ErrorMessages = {
  notANumber: "Här behövs ett tal",
  notABoolean: "Här behövs SANT eller FALSKT",
  unknownKind: "Okänd typ: skriv kostnad eller intäkt",
  shapeMismatch: "Områdena har olika storlek",
  yearOutOfRange: "Året måste vara ett heltal 1900–9999",
  dateOutOfRange: "Datumet ligger utanför Excels datumintervall",
  monthsOutOfRange: "Antalet månader ligger utanför det tillåtna",
  yearsOutOfRange: "Antalet år måste vara ett heltal 1–50",
  decimalsOutOfRange: "Antalet decimaler måste vara ett heltal 0–10",
  endBeforeStart: "Slutdatum före startdatum",
  negative: "Värdet får inte vara negativt",
  divisionByZero: "Division med noll",
  tooLarge: "Resultatet är för stort",
};
