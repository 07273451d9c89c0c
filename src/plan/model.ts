/**
 * The plan model for scenario planning: measures (åtgärder) and development proposals
 * (utvecklingsförslag), scenarios that combine them, and the settings that differ between
 * municipalities. Pure data and pure functions: no Office.js, no React.
 *
 * Every amount is a Decimal in tkr, whatever unit the sheet shows (the unit and the sign convention
 * of the sheet are settings applied only where a row is read or written, in src/store/).
 * A measure's effect is positive when it frees money; a proposal's amount is positive when it
 * costs money (it is a need).
 */
import type { Decimal } from "../budget/money";
import { MAX_PLAN_YEARS } from "../budget/limits";
import type { MeasurePricing } from "./pricing";

// ---------------------------------------------------------------------------------------------
// Measures
// ---------------------------------------------------------------------------------------------

/** "measure" = åtgärd (frees money); "proposal" = utvecklingsförslag (an unfunded need). */
export type MeasureKind = "measure" | "proposal";

/** Ändrad ambitionsnivå: lowers = RÖD, keeps = GUL, raises = GRÖN. */
export type Ambition = "lowers" | "keeps" | "raises";

/** Påverkan mål/målvärden: negative = RÖD, none = GUL, positive = GRÖN. */
export type GoalEffect = "negative" | "none" | "positive";

/** The three colours of the committee table, independent of the words a municipality uses. */
export type Colour = "red" | "yellow" | "green";

/**
 * The effect of a measure (or the need of a proposal) per plan year, keyed by the year. A year
 * that is absent or null is blank: "not stated", counted as 0 in sums and shown as an empty cell.
 */
export type Effects = Readonly<Record<number, Decimal | null>>;

export interface Measure {
  /** Stable and never reused; "" only for a row read from the sheet without an id (flagged there). */
  readonly id: string;
  /** Display order within its kind (the committee numbers measures and proposals separately); a positive integer. */
  readonly nr: number;
  readonly kind: MeasureKind;
  /** Budget area (verksamhetsområde), normally one of PlanSettings.areas. */
  readonly area: string;
  /** Text exactly as the user wrote it; a title starting with "=" is plain text here. */
  readonly title: string;
  /**
   * tkr per year; see Effects. Holds the plan years and also any year outside the plan period
   * that the measures table still has a column for (kept when the period changed; see
   * outsidePeriod.ts): read it at planYears(settings) wherever amounts count or are listed.
   */
  readonly effects: Effects;
  /** null = not yet judged. */
  readonly ambition: Ambition | null;
  /** null = not yet judged. */
  readonly goals: GoalEffect | null;
  /** Konsekvensbeskrivning, free text. */
  readonly consequence: string;
  /**
   * How the effects were priced when they come from a formula (pricing.ts); absent or null when
   * they are typed amounts. The effects always hold the amounts it gives.
   */
  readonly pricing?: MeasurePricing | null;
}

export const AMBITION_COLOUR: Readonly<Record<Ambition, Colour>> = {
  lowers: "red",
  keeps: "yellow",
  raises: "green",
};
export const GOAL_COLOUR: Readonly<Record<GoalEffect, Colour>> = {
  negative: "red",
  none: "yellow",
  positive: "green",
};

/** A one-to-one map read backwards: from each value to its key. */
function inverse<K extends string, V extends string>(map: Readonly<Record<K, V>>): Record<V, K> {
  const entries = Object.entries<V>(map).map(([key, value]) => [value, key]);
  return Object.fromEntries(entries) as Record<V, K>;
}

/** The judgements the colours stand for, read from the colour cells. */
export const COLOUR_AMBITION: Readonly<Record<Colour, Ambition>> = inverse(AMBITION_COLOUR);
export const COLOUR_GOAL: Readonly<Record<Colour, GoalEffect>> = inverse(GOAL_COLOUR);

// ---------------------------------------------------------------------------------------------
// Scenarios
// ---------------------------------------------------------------------------------------------

/**
 * A scenario is built from lines, as the committee's document builds it (balance.ts says how they
 * make the balance per year):
 * - frame lines: the frame handed down and its adjustments; the frame is their sum;
 * - need lines: what the costs exceed the frame by, per area and cause;
 * - requests: the frame increases the committee asks for, each with its purpose;
 * - the measures and proposals it includes, and the proposals it requests as a frame increase.
 * Every line has an amount per plan year (Effects: absent or null = blank, counted as 0).
 */
export interface FrameLine {
  /** Stable within its scenario; a copied scenario keeps its lines' ids. */
  readonly id: string;
  /** E.g. "Anvisad ram", "Pris- och lönekompensation". */
  readonly text: string;
  readonly amounts: Effects;
}

/**
 * How a need line gets its amount: typed per year, or derived as the area's estimated cost minus
 * its share of the year's frame (`frameShare` in per cent of the frame), so a changed frame moves it.
 */
export type NeedSource =
  | { readonly kind: "typed"; readonly amounts: Effects }
  | { readonly kind: "derived"; readonly cost: Effects; readonly frameShare: Decimal };

export interface NeedLine {
  readonly id: string;
  /** One of PlanSettings.areas, or "" when the need is not put on an area. */
  readonly area: string;
  /** Orsak, e.g. "Placeringar barn och unga". */
  readonly cause: string;
  readonly source: NeedSource;
}

/**
 * What a requested frame increase pays for: the need lines (it reduces what the measures must
 * cover) or a cost of its own that is not among the needs (a state grant passed on for a new
 * duty: it comes with an equal cost and leaves the balance as it is). An increase for a
 * development proposal is the proposal listed in Scenario.requestedProposals.
 */
export type RequestCover = "needs" | "ownCost";

export interface RequestLine {
  readonly id: string;
  /** Syfte, e.g. "Statsbidrag skyddat boende". */
  readonly purpose: string;
  readonly covers: RequestCover;
  readonly amounts: Effects;
}

export interface Scenario {
  readonly id: string;
  readonly name: string;
  readonly frameLines: readonly FrameLine[];
  readonly needLines: readonly NeedLine[];
  readonly requests: readonly RequestLine[];
  /**
   * Ids of the included measures, and of the proposals funded within the frame (their cost is to
   * be covered by measures); unknown ids are reported by balanceOf, not counted.
   */
  readonly included: readonly string[];
  /** Ids of the proposals requested as a frame increase (listed, net zero in the balance). */
  readonly requestedProposals: readonly string[];
  /** The proposed decisions the economist has rewritten (decisionEdits.ts); absent is none. */
  readonly decisionEdits?: readonly DecisionEdit[];
  /**
   * The scenario whose measures the decisions propose should the requested increase not be
   * granted ("om ramökningen inte beviljas …", as the committee's document does); absent is none.
   */
  readonly fallbackScenarioId?: string;
}

/**
 * An att-sats as the economist rewrote it: the decision it replaces (decisions.ts's key), the
 * text written, and the generated text it was written over, so the pane can tell when the plan
 * has since changed what would be generated.
 */
export interface DecisionEdit {
  readonly key: string;
  readonly text: string;
  readonly generated: string;
}

/** How a development proposal is funded in a scenario (scenarioLines.ts fundingOf). */
export type Funding = "requested" | "withinFrame" | "unfunded";

// ---------------------------------------------------------------------------------------------
// Settings
// ---------------------------------------------------------------------------------------------

/** The unit amounts are shown in in the measures sheet; the model itself is always in tkr. */
export type AmountUnit = "kr" | "tkr" | "mnkr";

/**
 * How amounts are signed in the measures sheet (the model is unaffected):
 * - "positive": every amount is written as a positive size; the Typ column says whether it frees
 *   money (åtgärd) or needs money (utvecklingsförslag). The reference case's convention.
 * - "resultEffect": amounts are written as their effect on the result, so freed money is positive
 *   and a proposal's need (a cost) is negative, as in tables where costs carry a minus sign.
 */
export type SignConvention = "positive" | "resultEffect";

export interface ColourLabels {
  readonly red: string;
  readonly yellow: string;
  readonly green: string;
}

export interface PlanSettings {
  /** The first plan year, e.g. 2026 for MRP 2026–2028. */
  readonly firstYear: number;
  /** How many plan years, normally 3: 1–PLAN_YEAR_COUNT_MAX in the settings view (older files may hold up to 50). */
  readonly yearCount: number;
  /** The budget areas (verksamhetsområden / anslagsnivåer), in display order. */
  readonly areas: readonly string[];
  /** The words written in the colour cells. */
  readonly colourLabels: ColourLabels;
  /** The legend under the committee table, one text per colour column. */
  readonly legend: { readonly ambition: string; readonly goals: string };
  readonly signConvention: SignConvention;
  readonly unit: AmountUnit;
  /** The municipality's name as titles show it, e.g. "Vänersborgs kommun"; "" when not given. */
  readonly municipality: string;
  /** The committee's name as titles show it, e.g. "Socialnämnden"; "" when not given. */
  readonly committee: string;
}

/**
 * The most plan years the settings view offers: a plan (MRP) spans three to five years, so ten
 * leaves room and keeps the tables readable. The stored schema still reads older plans of up to
 * MAX_PLAN_YEARS.
 */
export const PLAN_YEAR_COUNT_MAX = 10;

export const DEFAULT_AREAS: readonly string[] = Object.freeze([
  "Nämnd och administration",
  "Äldreomsorg",
  "Individ- och familjeomsorg",
  "Personligt stöd och omsorg",
  "Arbete, sysselsättning och integration",
]);

export const DEFAULT_SETTINGS: PlanSettings = Object.freeze({
  firstYear: 2026,
  yearCount: 3,
  areas: DEFAULT_AREAS,
  colourLabels: Object.freeze({ red: "RÖD", yellow: "GUL", green: "GRÖN" }),
  legend: Object.freeze({
    ambition:
      "Ändrad ambitionsnivå: RÖD = förslaget sänker ambitionsnivån, GUL = ambitionsnivån är oförändrad, GRÖN = ambitionsnivån höjs.",
    goals:
      "Påverkan mål/målvärden: RÖD = målen påverkas negativt, GUL = ingen påverkan på målen, GRÖN = målen påverkas positivt.",
  }),
  signConvention: "positive",
  unit: "tkr",
  // A new plan names no municipality: the reference case's would be wrong for most users.
  municipality: "",
  committee: "",
});

/**
 * The plan years, e.g. [2026, 2027, 2028]. A year count outside 0–50 or not a whole number is
 * clamped (truncated) rather than thrown on; validated settings never need it.
 */
export function planYears(settings: Pick<PlanSettings, "firstYear" | "yearCount">): number[] {
  const count = Number.isFinite(settings.yearCount)
    ? Math.max(0, Math.min(MAX_PLAN_YEARS, Math.trunc(settings.yearCount)))
    : 0;
  const first = Math.trunc(settings.firstYear);
  if (!Number.isFinite(first)) return [];
  return Array.from({ length: count }, (_, i) => first + i);
}
