/**
 * The one source of the BUDGET functions' names, parameters and descriptions in English and
 * Swedish. Both metadata files (functions.json and functions.sv.json) are generated from it at
 * build, so the two languages cannot drift apart, and the implementations are keyed by the same ids.
 *
 * Descriptions state the unit and give an example, because Excel shows them while a formula is
 * typed. Swedish examples use the Swedish argument separator (;) and decimal comma.
 */

export const FUNCTION_IDS = [
  "FRAMEADJUST",
  "PLCOMP",
  "POADJUST",
  "DAILYCOST",
  "FULLYEARPLACEMENTS",
  "ANNUALCOST",
  "PLACEMENTDAYS",
  "OCCUPANCY",
  "MEASUREEFFECT",
  "VOLUMEEFFECT",
  "BREAKEVEN",
  "VARIANCE",
  "FORECAST",
  "PERIODBUDGET",
  "PRICEVOLUME",
  "ROUNDSUM",
] as const;

export type FunctionId = (typeof FUNCTION_IDS)[number];

/** A name and a description in one language. */
export interface Text {
  name: string;
  description: string;
}

export interface ParameterDefinition {
  optional?: boolean;
  en: Text;
  sv: Text;
}

export interface FunctionDefinition {
  id: FunctionId;
  en: Text;
  sv: Text;
  parameters: readonly ParameterDefinition[];
}

function param(en: [string, string], sv: [string, string], optional = false): ParameterDefinition {
  return {
    optional,
    en: { name: en[0], description: en[1] },
    sv: { name: sv[0], description: sv[1] },
  };
}

const YEAR = param(
  [
    "year",
    "Optional calendar year, e.g. 2028: counts its real days (366 in leap years) instead of 365.",
  ],
  [
    "år",
    "Valfritt kalenderår, t.ex. 2028: räknar årets verkliga dagar (366 under skottår) i stället för 365.",
  ],
  true
);

export const CATALOG: readonly FunctionDefinition[] = [
  {
    id: "FRAMEADJUST",
    en: {
      name: "FRAMEADJUST",
      description:
        "Budget frame after adjustments (unit of base, e.g. tkr): base + the sum of the adjustments. With one column of adjustments per plan year it returns a row with each year's frame. Example: =BUDGET.FRAMEADJUST(1215669, B2:B5) with 4382, -8096, 49, 3042 in B2:B5 gives 1215046.",
    },
    sv: {
      name: "RAMJUSTERING",
      description:
        "Budgetram efter justeringar (samma enhet som bas, t.ex. tkr): bas + summan av justeringarna. Med en kolumn justeringar per planår blir svaret en rad med varje års ram. Exempel: =BUDGET.RAMJUSTERING(1215669; B2:B5) med 4382, -8096, 49 och 3042 i B2:B5 ger 1215046.",
    },
    parameters: [
      param(
        ["base", "The frame before adjustments, e.g. 1215669 (tkr)."],
        ["bas", "Ramen före justeringar, t.ex. 1215669 (tkr)."]
      ),
      param(
        [
          "adjustments",
          "Adjustments in the same unit: one column, or one column per plan year. Blank cells count as 0.",
        ],
        [
          "justeringar",
          "Justeringar i samma enhet: en kolumn, eller en kolumn per planår. Tomma celler räknas som 0.",
        ]
      ),
    ],
  },
  {
    id: "PLCOMP",
    en: {
      name: "PLCOMP",
      description:
        "Price and wage compensation (unit of the costs, e.g. tkr): personnel costs × wage increase + other costs × price increase. Rates as fractions. Example: =BUDGET.PLCOMP(800000, 0.03, 400000, 0.02) gives 32000.",
    },
    sv: {
      name: "PLKOMPENSATION",
      description:
        "Pris- och lönekompensation (samma enhet som kostnaderna, t.ex. tkr): personalkostnader × löneökning + övriga kostnader × prisökning. Procentsatser som decimaltal. Exempel: =BUDGET.PLKOMPENSATION(800000; 0,03; 400000; 0,02) ger 32000.",
    },
    parameters: [
      param(
        ["personnel_costs", "Personnel costs, e.g. 800000 (tkr)."],
        ["personalkostnader", "Personalkostnader, t.ex. 800000 (tkr)."]
      ),
      param(
        ["wage_increase", "Wage increase as a fraction: 3 % is 0.03."],
        ["löneökning", "Löneökning som decimaltal: 3 % är 0,03."]
      ),
      param(
        ["other_costs", "Other costs, e.g. 400000 (tkr)."],
        ["övriga_kostnader", "Övriga kostnader, t.ex. 400000 (tkr)."]
      ),
      param(
        ["price_increase", "Price increase as a fraction: 2 % is 0.02."],
        ["prisökning", "Prisökning som decimaltal: 2 % är 0,02."]
      ),
    ],
  },
  {
    id: "POADJUST",
    en: {
      name: "POADJUST",
      description:
        "Change in payroll overhead (unit of wages, e.g. tkr): wages × (new PO rate − old PO rate); negative when the rate falls. Example: =BUDGET.POADJUST(500000, 0.4115, 0.3953) gives -8100.",
    },
    sv: {
      name: "POJUSTERING",
      description:
        "Förändrat PO-pålägg (samma enhet som lönerna, t.ex. tkr): löner × (nytt PO-pålägg − tidigare PO-pålägg); negativt när pålägget sänks. Exempel: =BUDGET.POJUSTERING(500000; 0,4115; 0,3953) ger -8100.",
    },
    parameters: [
      param(
        ["wages", "Wages the overhead is charged on, e.g. 500000 (tkr)."],
        ["löner", "Lönesumman som pålägget tas ut på, t.ex. 500000 (tkr)."]
      ),
      param(
        ["po_rate_before", "PO rate before, as a fraction: 41.15 % is 0.4115."],
        ["po_före", "PO-pålägg före, som decimaltal: 41,15 % är 0,4115."]
      ),
      param(
        ["po_rate_after", "PO rate after, as a fraction."],
        ["po_efter", "PO-pålägg efter, som decimaltal."]
      ),
    ],
  },
  {
    id: "DAILYCOST",
    en: {
      name: "DAILYCOST",
      description:
        "Cost per care day (kr per day when the cost is in kr): cost / care days. Example: =BUDGET.DAILYCOST(9000000, 821.25) gives 10958.90.",
    },
    sv: {
      name: "DYGNSKOSTNAD",
      description:
        "Kostnad per vårddygn (kr per dygn när kostnaden är i kr): kostnad / vårddygn. Exempel: =BUDGET.DYGNSKOSTNAD(9000000; 821,25) ger 10958,90.",
    },
    parameters: [
      param(
        ["cost", "Total cost, e.g. 9000000 (kr)."],
        ["kostnad", "Total kostnad, t.ex. 9000000 (kr)."]
      ),
      param(
        ["days", "Care days, e.g. 821.25 (days)."],
        ["dygn", "Antal vårddygn, t.ex. 821,25 (dygn)."]
      ),
    ],
  },
  {
    id: "FULLYEARPLACEMENTS",
    en: {
      name: "FULLYEARPLACEMENTS",
      description:
        "Full-year placements (count): care days / 365, or / the days of the given calendar year. Example: =BUDGET.FULLYEARPLACEMENTS(26867, 2020) gives 73.41.",
    },
    sv: {
      name: "HELÅRSPLACERINGAR",
      description:
        "Helårsplaceringar (antal): vårddygn / 365, eller / det angivna kalenderårets dagar. Exempel: =BUDGET.HELÅRSPLACERINGAR(26867; 2020) ger 73,41.",
    },
    parameters: [
      param(["days", "Care days in the year (days)."], ["dygn", "Vårddygn under året (dygn)."]),
      YEAR,
    ],
  },
  {
    id: "ANNUALCOST",
    en: {
      name: "ANNUALCOST",
      description:
        "Cost of a year (kr when the daily cost is in kr): daily cost × placements × 365 (or the days of the given year). Example: =BUDGET.ANNUALCOST(8000, 3) gives 8760000.",
    },
    sv: {
      name: "ÅRSKOSTNAD",
      description:
        "Kostnad för ett år (kr när dygnskostnaden är i kr): dygnskostnad × placeringar × 365 (eller det angivna årets dagar). Exempel: =BUDGET.ÅRSKOSTNAD(8000; 3) ger 8760000.",
    },
    parameters: [
      param(
        ["daily_cost", "Cost per care day, e.g. 8000 (kr)."],
        ["dygnskostnad", "Kostnad per vårddygn, t.ex. 8000 (kr)."]
      ),
      param(
        ["placements", "Number of full-year placements (count); 1 if left out."],
        ["placeringar", "Antal helårsplaceringar (antal); 1 om det utelämnas."],
        true
      ),
      YEAR,
    ],
  },
  {
    id: "PLACEMENTDAYS",
    en: {
      name: "PLACEMENTDAYS",
      description:
        "Care days (days) of a placement that fall in one calendar year, from start up to end; the end day counts only when count_end_day is TRUE; a blank end means the placement goes on. Example: =BUDGET.PLACEMENTDAYS(DATE(2025,11,1), DATE(2026,3,1), 2026) gives 59.",
    },
    sv: {
      name: "VÅRDDYGN",
      description:
        "Vårddygn (dygn) av en placering som faller inom ett kalenderår, från start till slut; slutdagen räknas bara när räkna_slutdag är SANT; tomt slut betyder att placeringen pågår. Exempel: =BUDGET.VÅRDDYGN(DATUM(2025;11;1); DATUM(2026;3;1); 2026) ger 59.",
    },
    parameters: [
      param(["start", "Start date of the placement."], ["start", "Placeringens startdatum."]),
      param(
        ["end", "End date; leave the cell blank for a placement that goes on."],
        ["slut", "Slutdatum; lämna cellen tom för en pågående placering."]
      ),
      param(
        ["year", "The calendar year to count, e.g. 2026."],
        ["år", "Kalenderåret som räknas, t.ex. 2026."]
      ),
      param(
        ["count_end_day", "TRUE to count the end day too; FALSE if left out."],
        ["räkna_slutdag", "SANT för att räkna även slutdagen; FALSKT om det utelämnas."],
        true
      ),
    ],
  },
  {
    id: "OCCUPANCY",
    en: {
      name: "OCCUPANCY",
      description:
        "Occupancy (a fraction; format the cell as %): care days / (places × 365, or the days of the given year). Example: =BUDGET.OCCUPANCY(4604, 24) gives 0.526 (52.6 %).",
    },
    sv: {
      name: "BELÄGGNING",
      description:
        "Beläggning (andel; formatera cellen som %): vårddygn / (platser × 365, eller det angivna årets dagar). Exempel: =BUDGET.BELÄGGNING(4604; 24) ger 0,526 (52,6 %).",
    },
    parameters: [
      param(["care_days", "Care days used (days)."], ["vårddygn", "Utnyttjade vårddygn (dygn)."]),
      param(["places", "Number of places (count)."], ["platser", "Antal platser (antal)."]),
      YEAR,
    ],
  },
  {
    id: "MEASUREEFFECT",
    en: {
      name: "MEASUREEFFECT",
      description:
        "Effect of a measure per plan year (unit of annual_effect, e.g. tkr), a row of values from first_year: 0 before the start, the months left in the start year (the start month pro rata by days), in full after. Example: =BUDGET.MEASUREEFFECT(1000, DATE(2026,7,1), 2026) gives 500, 1000, 1000.",
    },
    sv: {
      name: "ÅTGÄRDSEFFEKT",
      description:
        "En åtgärds effekt per planår (samma enhet som helårseffekt, t.ex. tkr), en rad värden från första_år: 0 före start, resterande månader under startåret (startmånaden i proportion till dagarna), helt därefter. Exempel: =BUDGET.ÅTGÄRDSEFFEKT(1000; DATUM(2026;7;1); 2026) ger 500, 1000, 1000.",
    },
    parameters: [
      param(
        ["annual_effect", "Full-year effect, e.g. 1000 (tkr)."],
        ["helårseffekt", "Effekt för ett helt år, t.ex. 1000 (tkr)."]
      ),
      param(
        ["start", "Date the measure takes effect; blank means 1 January of first_year."],
        ["start", "Datum då åtgärden börjar verka; tomt betyder 1 januari första_år."]
      ),
      param(
        ["first_year", "First plan year, e.g. 2026."],
        ["första_år", "Första planåret, t.ex. 2026."]
      ),
      param(
        ["years", "Number of plan years (1–50); 3 if left out."],
        ["antal_år", "Antal planår (1–50); 3 om det utelämnas."],
        true
      ),
      param(
        [
          "phase_in",
          "A row of factors for the measure's own first, second … year, e.g. 0.5, 1; missing factors are 1.",
        ],
        [
          "infasning",
          "En rad faktorer för åtgärdens första, andra … år, t.ex. 0,5 och 1; saknade faktorer är 1.",
        ],
        true
      ),
    ],
  },
  {
    id: "VOLUMEEFFECT",
    en: {
      name: "VOLUMEEFFECT",
      description:
        "Money freed by a change in volume (unit of unit_cost times volume): −volume change × unit cost, so a decrease frees a positive amount. Example: =BUDGET.VOLUMEEFFECT(-2, 4000) gives 8000.",
    },
    sv: {
      name: "VOLYMEFFEKT",
      description:
        "Frigjorda medel av en volymförändring (styckkostnadens enhet gånger volym): −volymförändring × styckkostnad, så att en minskning ger ett positivt belopp. Exempel: =BUDGET.VOLYMEFFEKT(-2; 4000) ger 8000.",
    },
    parameters: [
      param(
        ["volume_change", "Change in volume, e.g. -2 placements (count)."],
        ["volymförändring", "Förändrad volym, t.ex. -2 placeringar (antal)."]
      ),
      param(
        ["unit_cost", "Cost per unit, e.g. 4000 (tkr per placement)."],
        ["styckkostnad", "Kostnad per enhet, t.ex. 4000 (tkr per placering)."]
      ),
    ],
  },
  {
    id: "BREAKEVEN",
    en: {
      name: "BREAKEVEN",
      description:
        "Units (e.g. placement-years) that must be avoided to earn an investment back: investment / cost per unit. Example: =BUDGET.BREAKEVEN(9800, 4000) gives 2.45.",
    },
    sv: {
      name: "BRYTPUNKT",
      description:
        "Antal enheter (t.ex. placeringsår) som måste undvikas för att en satsning ska löna sig: satsning / kostnad per enhet. Exempel: =BUDGET.BRYTPUNKT(9800; 4000) ger 2,45.",
    },
    parameters: [
      param(
        ["investment", "The investment, e.g. 9800 (tkr)."],
        ["satsning", "Satsningen, t.ex. 9800 (tkr)."]
      ),
      param(
        ["cost_per_unit", "Cost of one unit in the same unit, e.g. 4000 (tkr)."],
        ["kostnad_per_enhet", "Kostnad för en enhet i samma enhet, t.ex. 4000 (tkr)."]
      ),
    ],
  },
  {
    id: "VARIANCE",
    en: {
      name: "VARIANCE",
      description:
        "Budget deviation (unit of the inputs), favourable when positive: budget − actual for costs, actual − budget for income. Example: =BUDGET.VARIANCE(487.6, 498.8) gives -11.2.",
    },
    sv: {
      name: "AVVIKELSE",
      description:
        "Budgetavvikelse (samma enhet som indata), positiv när den är gynnsam: budget − utfall för kostnader, utfall − budget för intäkter. Exempel: =BUDGET.AVVIKELSE(487,6; 498,8) ger -11,2.",
    },
    parameters: [
      param(["budget", "Budget, e.g. 487.6 (mnkr)."], ["budget", "Budget, t.ex. 487,6 (mnkr)."]),
      param(
        ["actual", "Outcome or forecast in the same unit."],
        ["utfall", "Utfall eller prognos i samma enhet."]
      ),
      param(
        ["kind", 'What is compared: "cost" (if left out) or "revenue".'],
        ["typ", 'Vad som jämförs: "kostnad" (om det utelämnas) eller "intäkt".'],
        true
      ),
    ],
  },
  {
    id: "FORECAST",
    en: {
      name: "FORECAST",
      description:
        "Full-year forecast (unit of the outcome): outcome to date × 12 / months elapsed (1–12). Example: =BUDGET.FORECAST(122.4, 4) gives 367.2.",
    },
    sv: {
      name: "HELÅRSPROGNOS",
      description:
        "Helårsprognos (samma enhet som utfallet): utfall hittills × 12 / antal månader (1–12). Exempel: =BUDGET.HELÅRSPROGNOS(122,4; 4) ger 367,2.",
    },
    parameters: [
      param(
        ["actual_to_date", "Outcome so far this year, e.g. 122.4 (mnkr)."],
        ["utfall_hittills", "Utfall hittills i år, t.ex. 122,4 (mnkr)."]
      ),
      param(
        ["months", "Months elapsed, a whole number 1–12."],
        ["månader", "Antal gångna månader, ett heltal 1–12."]
      ),
    ],
  },
  {
    id: "PERIODBUDGET",
    en: {
      name: "PERIODBUDGET",
      description:
        "Budget for the months elapsed (unit of the budget): annual budget × months / 12 (0–12). Example: =BUDGET.PERIODBUDGET(996.2, 4) gives 332.07.",
    },
    sv: {
      name: "PERIODBUDGET",
      description:
        "Periodiserad budget för gångna månader (samma enhet som budgeten): årsbudget × månader / 12 (0–12). Exempel: =BUDGET.PERIODBUDGET(996,2; 4) ger 332,07.",
    },
    parameters: [
      param(
        ["annual_budget", "Budget for the whole year, e.g. 996.2 (mnkr)."],
        ["årsbudget", "Budget för hela året, t.ex. 996,2 (mnkr)."]
      ),
      param(
        ["months", "Months elapsed, a whole number 0–12."],
        ["månader", "Antal gångna månader, ett heltal 0–12."]
      ),
    ],
  },
  {
    id: "PRICEVOLUME",
    en: {
      name: "PRICEVOLUME",
      description:
        "Splits a change in cost (kr) into a row [volume effect, price effect] = [(V1 − V0) × P0, V1 × (P1 − P0)]; the two add up to the change. Example: =BUDGET.PRICEVOLUME(5963, 3907, 2471, 3090) gives -13643244, -2018807.",
    },
    sv: {
      name: "PRISVOLYM",
      description:
        "Delar upp en kostnadsförändring (kr) i en rad [volymeffekt, priseffekt] = [(V1 − V0) × P0, V1 × (P1 − P0)]; de två summerar till förändringen. Exempel: =BUDGET.PRISVOLYM(5963; 3907; 2471; 3090) ger -13643244 och -2018807.",
    },
    parameters: [
      param(
        ["volume_before", "Volume before, e.g. 5963 care days."],
        ["volym_före", "Volym före, t.ex. 5963 vårddygn."]
      ),
      param(
        ["price_before", "Price per unit before, e.g. 3907 (kr per day)."],
        ["pris_före", "Pris per enhet före, t.ex. 3907 (kr per dygn)."]
      ),
      param(
        ["volume_after", "Volume after, e.g. 2471 care days."],
        ["volym_efter", "Volym efter, t.ex. 2471 vårddygn."]
      ),
      param(
        ["price_after", "Price per unit after, e.g. 3090 (kr per day)."],
        ["pris_efter", "Pris per enhet efter, t.ex. 3090 (kr per dygn)."]
      ),
    ],
  },
  {
    id: "ROUNDSUM",
    en: {
      name: "ROUNDSUM",
      description:
        "Rounds values so that the rounded parts add up exactly to the rounded total (largest remainder; ties go to the earlier cell); same shape as values. Example: =BUDGET.ROUNDSUM(A1:A3) with 0.4 in each cell gives 1, 0, 0.",
    },
    sv: {
      name: "AVRUNDASUMMA",
      description:
        "Avrundar värden så att de avrundade delarna summerar exakt till den avrundade summan (största rest; vid lika rest får den tidigare cellen); samma form som värdena. Exempel: =BUDGET.AVRUNDASUMMA(A1:A3) med 0,4 i varje cell ger 1, 0, 0.",
    },
    parameters: [
      param(
        ["values", "The amounts to round, e.g. a column in tkr."],
        ["värden", "Beloppen som ska avrundas, t.ex. en kolumn i tkr."]
      ),
      param(
        ["decimals", "Number of decimals, 0–10; 0 if left out."],
        ["decimaler", "Antal decimaler, 0–10; 0 om det utelämnas."],
        true
      ),
    ],
  },
];
