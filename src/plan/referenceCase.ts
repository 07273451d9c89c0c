/**
 * The reference case for the sample workbook: Vänersborg's social-services committee, MRP
 * 2026–2028 (seed 000; BRIEF §6). The figures are the document's; every sentence is ours.
 *
 * What the document states for 2026 and what we assumed:
 * - Frame 2026: 1 215 046 tkr = 1 215 669 + 4 382 (inflation compensation) − 8 096 (lower PO
 *   rate) + 49 (rents) + 3 042 (general state grants).
 * - Needs above the frame 2026: 48 900 tkr = IFO 36 400 (child placements 23 500 + income support
 *   12 900) + PSO 9 200 (external adult placements) + administration 3 300 (IT service catalogue).
 * - Requested frame increase besides: 1 210 tkr "from 2026 on", a general state grant passed on
 *   for sheltered housing for children and adults exposed to violence. It pays for a duty of its
 *   own that is not among the 48 900, so it is entered with an equal increaseCost and leaves the
 *   balance as it is (see balance.ts).
 * - The scenario "Budget i balans 2026" is the committee's proposal within the frame without
 *   increase: the 48 900 requested as frame increase is not counted as granted, all five measures
 *   are included and the development proposals are listed unfunded. The scenario "Med begärda
 *   ramökningar" requests the 48 900, the 1 210 and the 9 800 tkr proposal and takes no measure.
 *
 * ASSUMPTIONS for 2027 and 2028, where the document gives no figures:
 * - Frame and needs carried unchanged from 2026 (1 215 046 and 48 900 tkr): the document prices
 *   only 2026, and the needs come from volumes that do not go away.
 * - The 1 210 tkr request and its cost run every year ("från och med 2026").
 * - The measures that keep places or a post vacant or cut costs (1, 3, 4) keep their full effect
 *   every year: the 24 places are to stay vacant for the whole plan period.
 * - Stopping the planning of two housing units frees 5 000 tkr from 2027 on, not in 2026: the
 *   document lists it as a measure "within the plan period" apart from the three 2026 measures,
 *   its table's goal column is headed "2026 (2027)", and the units would have opened after 2026.
 * - The 9 800 tkr children-and-youth proposal is needed every year (a permanent frame increase
 *   is asked for); the other three proposals carry no amount in the document and stay blank.
 * - Colours: the document marks measures 1 and 2 RÖD for ambition. The goal colours of 1 and 2,
 *   and all colours of 4, 5 and the proposals, are our sample judgements; measure 3 is left
 *   unjudged, as on paper, so the sample also shows that state.
 */
import { Decimal, dec, sum } from "../budget/money";
import { planYears } from "./model";
import { VANERSBORG_SETTINGS } from "./settingsPresets";
import type {
  Effects,
  FrameLine,
  Measure,
  MeasureKind,
  NeedLine,
  PlanSettings,
  RequestLine,
  Scenario,
} from "./model";

/** Vänersborg's social-services committee: the names its decisions and titles are written with. */
export const REFERENCE_SETTINGS: PlanSettings = VANERSBORG_SETTINGS;

const [Y2026, Y2027, Y2028] = [2026, 2027, 2028] as const;

/** The frame 2026 and its adjustments (tkr), as stated. */
export const REFERENCE_FRAME_2026 = Object.freeze({
  base: dec(1_215_669),
  adjustments: Object.freeze([
    { title: "Inflationskompensation", amount: dec(4_382) },
    { title: "Sänkt personalomkostnadspålägg", amount: dec(-8_096) },
    { title: "Höjda hyror", amount: dec(49) },
    { title: "Generella statsbidrag", amount: dec(3_042) },
  ]),
});

/** The needs above the frame 2026 (tkr), by area. */
export const REFERENCE_NEEDS_2026: readonly {
  readonly area: string;
  readonly title: string;
  readonly amount: Decimal;
}[] = Object.freeze([
  { area: "Individ- och familjeomsorg", title: "Placeringar barn och unga", amount: dec(23_500) },
  { area: "Individ- och familjeomsorg", title: "Försörjningsstöd", amount: dec(12_900) },
  {
    area: "Personligt stöd och omsorg",
    title: "Externa placeringar vuxna LSS och SoL",
    amount: dec(9_200),
  },
  {
    area: "Nämnd och administration",
    title: "Ökade IT-kostnader (tjänstekatalogen)",
    amount: dec(3_300),
  },
]);

/** The requested frame increase besides the needs (tkr per year): state grant for sheltered housing. */
export const REFERENCE_GRANT_INCREASE = dec(1_210);

/** The parts of the 9 800 tkr children-and-youth proposal (tkr). */
export const REFERENCE_CHILDREN_PROPOSAL_PARTS: readonly {
  readonly title: string;
  readonly amount: Decimal;
}[] = Object.freeze([
  {
    title: "Råd och stöd: åtta medarbetare för föräldrastöd och insatser för barn och unga",
    amount: dec(5_600),
  },
  { title: "Samordnande roller som håller ihop arbetet", amount: dec(1_400) },
  { title: "Familjecentralen: tidig upptäckt och främjande insatser", amount: dec(700) },
  {
    title: "Gemensam roll för placerade barns skolgång (IFO och barn- och utbildning)",
    amount: dec(700),
  },
  { title: "Tidiga hembesök tillsammans med BVC", amount: dec(700) },
  { title: "Samordnare för SSPF (skola, socialtjänst, polis, fritid)", amount: dec(700) },
]);

function needs2026(): Decimal {
  return sum(REFERENCE_NEEDS_2026.map((n) => n.amount));
}

/** The same amount (tkr) in each of the three plan years. */
function every(amount: Decimal | null): readonly (Decimal | null)[] {
  return [amount, amount, amount];
}

const BLANK = every(null);
const CHILDREN = sum(REFERENCE_CHILDREN_PROPOSAL_PARTS.map((p) => p.amount));

/** An item of the reference case as the document lists it; ids and numbers follow from the order. */
interface ReferenceItem extends Omit<Measure, "id" | "nr" | "effects"> {
  /** tkr in 2026, 2027 and 2028; null is blank. */
  readonly perYear: readonly (Decimal | null)[];
}

/** The five measures, then the four development proposals, in the document's order. */
const REFERENCE_ITEMS: readonly ReferenceItem[] = [
  {
    kind: "measure",
    area: "Äldreomsorg",
    title: "Vakanshålla 24 platser i särskilt boende",
    perYear: every(dec(14_000)),
    ambition: "lowers",
    goals: "negative",
    consequence:
      "Ett boende med 24 platser står tomt under hela planperioden. Kön till särskilt boende kan växa igen och väntetiden, " +
      "som redan legat långt över rikets, riskerar att öka med risk för nya viten. Boendet behöver dessutom en brandåtgärd " +
      "för omkring 3 mnkr om det ska användas. Besparingen motsvarar drygt 583 tkr per plats och år.",
  },
  {
    kind: "measure",
    area: "Personligt stöd och omsorg",
    title: "Avbryta planeringen av två boenden: sammansatta behov och serviceboende LSS",
    perYear: [null, dec(5_000), dec(5_000)],
    ambition: "lowers",
    goals: "negative",
    consequence:
      "Två av de planerade boendena byggs inte, eftersom driften inte kan bekostas inom ramen. Beslut om boende enligt LSS " +
      "kan då behöva verkställas genom köpta platser eller med längre väntan. De två enheterna inom socialpsykiatrin " +
      "planeras vidare.",
  },
  {
    kind: "measure",
    area: "Äldreomsorg",
    title: "Sänka kostnaderna i ordinärt boende för äldre",
    perYear: every(dec(35_000)),
    ambition: null,
    goals: null,
    consequence:
      "Hemtjänst, planering, kommunal primärvård och biståndsenhet får i uppdrag att minska kostnaderna med 35 mnkr, " +
      "vilket är skillnaden mot den mest lika kommunen i nettokostnadsavvikelse (jämförelse 2023). Verksamheten växer " +
      "med antalet äldre, så åtgärden kräver nya arbetssätt och en analys av vad som driver kostnaderna.",
  },
  {
    kind: "measure",
    area: "Nämnd och administration",
    title: "Hålla en chefstjänst i administrationen vakant",
    perYear: every(dec(1_000)),
    ambition: "keeps",
    goals: "none",
    consequence:
      "Tjänsten hålls vakant på prov från mitten av maj 2025. Uppgifterna fördelas på övriga chefer; ingen verksamhet " +
      "för brukarna påverkas direkt.",
  },
  {
    kind: "measure",
    area: "Individ- och familjeomsorg",
    title: "Färre placeringar till förmån för insatser på hemmaplan",
    perYear: BLANK,
    ambition: "keeps",
    goals: "positive",
    consequence:
      "Förvaltningen ser över hur placeringar av barn och unga och av vuxna inom socialpsykiatri och LSS kan undvikas " +
      "eller avslutas med stöd i egen regi. Hur mycket det sparar går ännu inte att säga, därför anges inget belopp.",
  },
  {
    kind: "proposal",
    area: "Individ- och familjeomsorg",
    title: "Utvecklingsplan ”satsa oss ur” barn och unga",
    perYear: every(CHILDREN),
    ambition: "raises",
    goals: "positive",
    consequence:
      "Förebyggande och tidiga insatser för barn, unga och föräldrar i stället för fler institutionsplaceringar: " +
      "förstärkt råd och stöd, samordning, familjecentral, tidiga hembesök och stöd för placerade barns skolgång. " +
      "Förslaget bär sig om det ersätter ungefär 2,45 helårsplaceringar på SiS, där 2,25 platser kostar omkring 9 mnkr.",
  },
  {
    kind: "proposal",
    area: "Arbete, sysselsättning och integration",
    title: "Utvecklingsplan ”satsa oss ur försörjningsstöd”",
    perYear: BLANK,
    ambition: "raises",
    goals: "positive",
    consequence:
      "Fler som länge stått utan arbete ska nå egen försörjning, med samarbete mellan arbetsmarknadsenheten och IFO, " +
      "särskilt för unga vuxna. Arbetslösheten stiger och Arbetsförmedlingen skriver ut fler, så trycket på " +
      "försörjningsstödet väntas öka.",
  },
  {
    kind: "proposal",
    area: "Äldreomsorg",
    title: "Utvecklingsplan ”satsa oss ur” äldreomsorg",
    perYear: BLANK,
    ambition: "raises",
    goals: "positive",
    consequence:
      "Fler äldre kräver nya arbetssätt: lättillgängligt, främjande och förebyggande stöd som skjuter upp behovet av " +
      "tyngre insatser. Omställningen har börjat och behöver stärkas.",
  },
  {
    kind: "proposal",
    area: "Personligt stöd och omsorg",
    title: "Utvecklingsplan ”satsa oss ur” personligt stöd och omsorg",
    perYear: BLANK,
    ambition: "raises",
    goals: "positive",
    consequence:
      "Insatser i egen regi som minskar behovet av externa placeringar av vuxna enligt LSS och SoL.",
  },
];

const ID_PREFIX: Readonly<Record<MeasureKind, string>> = {
  measure: "ref-atgard-",
  proposal: "ref-forslag-",
};

/** The five measures and four development proposals, with the reference case's ids and numbers. */
export function referenceMeasures(): Measure[] {
  const counters: Record<MeasureKind, number> = { measure: 0, proposal: 0 };
  return REFERENCE_ITEMS.map(({ kind, area, title, perYear, ambition, goals, consequence }) => {
    const nr = ++counters[kind];
    const effects: Effects = {
      [Y2026]: perYear[0] ?? null,
      [Y2027]: perYear[1] ?? null,
      [Y2028]: perYear[2] ?? null,
    };
    return {
      id: `${ID_PREFIX[kind]}${nr}`,
      nr,
      kind,
      area,
      title,
      effects,
      ambition,
      goals,
      consequence,
    };
  });
}

/** The same amount in each plan year of the reference case. */
function everyYear(amount: Decimal): Effects {
  return Object.fromEntries(planYears(REFERENCE_SETTINGS).map((y) => [y, amount]));
}

/** The frame lines: the frame handed down and its four adjustments (2027–2028 carried, assumption). */
function referenceFrameLines(): FrameLine[] {
  const base = {
    id: "ref-ram-1",
    text: "Anvisad ram före justeringar",
    amount: REFERENCE_FRAME_2026.base,
  };
  const adjustments = REFERENCE_FRAME_2026.adjustments.map((a, i) => ({
    id: `ref-ram-${i + 2}`,
    text: a.title,
    amount: a.amount,
  }));
  return [base, ...adjustments].map(({ id, text, amount }) => ({
    id,
    text,
    amounts: everyYear(amount),
  }));
}

/** The four need lines by area and cause (2027–2028 carried, assumption). */
function referenceNeedLines(): NeedLine[] {
  return REFERENCE_NEEDS_2026.map((n, i) => ({
    id: `ref-behov-${i + 1}`,
    area: n.area,
    cause: n.title,
    source: { kind: "typed", amounts: everyYear(n.amount) },
  }));
}

const GRANT_REQUEST: RequestLine = {
  id: "ref-begaran-statsbidrag",
  purpose: "Statsbidrag för skyddat boende för barn och vuxna utsatta för våld",
  covers: "ownCost",
  amounts: {},
};

const ALL_MEASURES = [
  "ref-atgard-1",
  "ref-atgard-2",
  "ref-atgard-3",
  "ref-atgard-4",
  "ref-atgard-5",
];
/** The 9 800 tkr "satsa oss ur" proposal for children and youth. */
export const REFERENCE_CHILDREN_PROPOSAL_ID = "ref-forslag-1";

/**
 * The scenario "Budget i balans 2026": the committee's proposal within the frame. The needs are
 * covered by all five measures, the state grant is requested for its own cost, and the
 * development proposals are listed unfunded.
 */
export function referenceScenario(): Scenario {
  return {
    id: "ref-scenario-balans-2026",
    name: "Budget i balans 2026",
    frameLines: referenceFrameLines(),
    needLines: referenceNeedLines(),
    requests: [{ ...GRANT_REQUEST, amounts: everyYear(REFERENCE_GRANT_INCREASE) }],
    included: [...ALL_MEASURES],
    requestedProposals: [],
  };
}

/**
 * The scenario the document weighs against it: the needs requested as a frame increase (48 900
 * tkr), the state grant (1 210) and the 9 800 tkr proposal (att-sats 8) requested too, and no
 * measure taken, so the quality is kept and the frame must grow instead. Its decisions propose
 * the first scenario's measures should the increase not be granted: the eight att-satser of 000.
 */
export function referenceIncreaseScenario(): Scenario {
  const needs = everyYear(needs2026());
  return {
    id: "ref-scenario-ramokning",
    name: "Med begärda ramökningar",
    frameLines: referenceFrameLines(),
    needLines: referenceNeedLines(),
    requests: [
      {
        id: "ref-begaran-behov",
        purpose:
          "Behov utöver ram inom individ- och familjeomsorg, personligt stöd och administration",
        covers: "needs",
        amounts: needs,
      },
      { ...GRANT_REQUEST, amounts: everyYear(REFERENCE_GRANT_INCREASE) },
    ],
    included: [],
    requestedProposals: [REFERENCE_CHILDREN_PROPOSAL_ID],
    // Should the increase not be granted, the decisions propose the measures within the frame.
    fallbackScenarioId: "ref-scenario-balans-2026",
  };
}

/** The whole reference plan, freshly built (callers may change it freely). */
export function referencePlan(): {
  settings: PlanSettings;
  scenarios: Scenario[];
  measures: Measure[];
} {
  return {
    settings: REFERENCE_SETTINGS,
    scenarios: [referenceScenario(), referenceIncreaseScenario()],
    measures: referenceMeasures(),
  };
}
