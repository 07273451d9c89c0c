/**
 * The proposed decisions (förslag till beslut) of a scenario: the numbered att-satser a
 * tjänsteskrivelse opens with, derived from the plan in the order the reference document has
 * them (BRIEF §9):
 *
 *   1. the needs above the frame for the first plan year, by area and cause, requested as a frame
 *      increase where the scenario requests them, else stated;
 *   2. each request for a cost of its own, with its purpose;
 *   then the included measures: those with an amount in the first plan year, those whose effect
 *   comes later in the period, those without an amount; and last the development proposals
 *   requested as a frame increase or funded within the frame.
 *
 * Every amount is the committee table's own figure (the same parts rounded together, shownAmounts.ts),
 * so the decisions and the tables below them never disagree. Pure: no Office.js, no React.
 */
import { ZERO, type Decimal } from "../budget/money";
import { indexMeasures } from "./balance";
import { areaSums } from "./areaSums";
import { DECISION_TEXT as TEXT, areaPart, listed } from "./decisionTexts";
import { planYears, type Measure, type PlanSettings, type Scenario } from "./model";
import { amountIn, frameIn, fundingOf, needAmount } from "./scenarioLines";
import { includedItems, shownColumns, shownParts } from "./shownAmounts";

export interface Decision {
  /** The att-sats's number, counted through all groups from 1. */
  readonly nr: number;
  /** What the sentence is about, stable over regenerations: "needs", "request:<id>", "measure:<id>" … */
  readonly key: string;
  readonly text: string;
}

export interface DecisionGroup {
  /** The sentence that leads into the group's att-satser, or null for the first group. */
  readonly intro: string | null;
  readonly decisions: readonly Decision[];
}

export interface Decisions {
  readonly heading: string;
  readonly opening: string;
  /** The groups with at least one att-sats, in order; empty when the scenario gives none. */
  readonly groups: readonly DecisionGroup[];
}

type Draft = { readonly key: string; readonly text: string };

interface Context {
  readonly scenario: Scenario;
  readonly measures: readonly Measure[];
  readonly settings: PlanSettings;
  readonly years: readonly number[];
}

/** Att-sats 1: the needs of the first plan year by area and cause, requested or stated. */
function needsDecision(ctx: Context): Draft | null {
  const { scenario, years } = ctx;
  const year = years[0];
  if (year === undefined || scenario.needLines.length === 0) return null;
  const frame = frameIn(scenario, year);
  const lines = shownParts(scenario.needLines.map((l) => needAmount(l, frame, year)));
  if (lines.total.isZero()) return null;
  const { areas } = areaSums(scenario, indexMeasures(ctx.measures), ctx.settings, year);
  const areaShown = shownParts(areas.map((a) => a.needs)).parts;
  // The areas in the order the economist lists their need lines, as the document reads.
  const firstLine = (area: string) => scenario.needLines.findIndex((l) => l.area === area);
  const order = areas.map((_, i) => i).filter((i) => firstLine(areas[i]!.area) >= 0);
  order.sort((i, j) => firstLine(areas[i]!.area) - firstLine(areas[j]!.area));
  const parts = order.flatMap((i) => {
    const a = areas[i]!;
    const amount = areaShown[i] ?? ZERO;
    if (amount.isZero()) return [];
    const causes = scenario.needLines.flatMap((l, j) =>
      l.area === a.area && !(lines.parts[j] ?? ZERO).isZero()
        ? [{ cause: l.cause, amount: lines.parts[j]! }]
        : []
    );
    return [areaPart(a.area, amount, causes)];
  });
  const requested = requestParts(ctx, year)
    .filter((p) => p.covers === "needs")
    .reduce((s, p) => s.plus(p.amount), ZERO);
  const text = requested.isZero()
    ? TEXT.needsStated(lines.total, year, listed(parts))
    : TEXT.needsRequested(requested, year, lines.total, listed(parts));
  return { key: "needs", text };
}

/** The request lines of one year as the balance section shows them (rounded together). */
function requestParts(ctx: Context, year: number) {
  const { scenario } = ctx;
  const requested = includedItems(scenario.requestedProposals, ctx.measures, "proposal");
  const shown = shownParts([
    ...scenario.requests.map((r) => amountIn(r.amounts, year)),
    ...requested.map((m) => m.effects[year] ?? ZERO),
  ]).parts;
  return scenario.requests.map((r, i) => ({ line: r, covers: r.covers, amount: shown[i] ?? ZERO }));
}

/** Att-satser for the requests of a cost of their own, each with its purpose. */
function ownRequestDecisions(ctx: Context): Draft[] {
  // Each year's lines rounded together once, then each request stated for its first year.
  const perYear = ctx.years.map((year) => requestParts(ctx, year));
  return ctx.scenario.requests.flatMap((request, i) => {
    if (request.covers !== "ownCost") return [];
    const y = perYear.findIndex((parts) => !(parts[i]?.amount ?? ZERO).isZero());
    if (y < 0) return [];
    const amount = perYear[y]![i]!.amount;
    const text = TEXT.ownRequest(amount, ctx.years[y]!, request.purpose);
    return [{ key: `request:${request.id}`, text }];
  });
}

/** The included measures by when they take effect, with the committee table's amounts. */
function measureDecisions(ctx: Context) {
  const { years } = ctx;
  const items = includedItems(ctx.scenario.included, ctx.measures, "measure");
  const { rows } = shownColumns(items, years);
  const firstYear: Draft[] = [];
  const later: Draft[] = [];
  const without: Draft[] = [];
  items.forEach((m, i) => {
    const shown = rows[i] ?? [];
    const key = `measure:${m.id}`;
    const first = shown[0] ?? ZERO;
    if (!first.isZero()) {
      firstYear.push({ key, text: TEXT.measureFirstYear(m.nr, m.title, first) });
      return;
    }
    const effects = years.flatMap((year, y) =>
      shown[y] && !shown[y]!.isZero() ? [{ year, amount: shown[y]! }] : []
    );
    if (effects.length === 0) without.push({ key, text: TEXT.measureWithoutAmount(m.nr, m.title) });
    else later.push({ key, text: TEXT.measureLater(m.nr, m.title, laterAmounts(effects, years)) });
  });
  return { firstYear, later, without };
}

/** "5 000 tkr per år från 2027" when the effect holds to the period's end, else year by year. */
function laterAmounts(
  effects: readonly { year: number; amount: Decimal }[],
  years: readonly number[]
) {
  const from = effects[0]!;
  const steady =
    effects.length === years.length - years.indexOf(from.year) &&
    effects.every((e) => e.amount.eq(from.amount));
  if (steady) return TEXT.fromYear(from.amount, from.year);
  return listed(effects.map((e) => TEXT.inYear(e.amount, e.year)));
}

/** Att-satser for the development proposals requested as an increase or funded within the frame. */
function proposalDecisions(ctx: Context): Draft[] {
  const { scenario, years } = ctx;
  const all = includedItems(
    ctx.measures.map((m) => m.id),
    ctx.measures,
    "proposal"
  );
  const group = (funding: "requested" | "withinFrame") =>
    all.filter((m) => fundingOf(scenario, m.id) === funding);
  const drafts: Draft[] = [];
  for (const funding of ["requested", "withinFrame"] as const) {
    const items = group(funding);
    const { rows } = shownColumns(items, years);
    items.forEach((m, i) => {
      const y = (rows[i] ?? []).findIndex((a) => a !== null && !a.isZero());
      if (y < 0) return;
      const amount = rows[i]![y]!;
      const text =
        funding === "requested"
          ? TEXT.proposalRequested(amount, years[y]!, m.nr, m.title)
          : TEXT.proposalWithinFrame(m.nr, m.title, amount, years[y]!);
      drafts.push({ key: `proposal:${m.id}`, text });
    });
  }
  return drafts;
}

/**
 * The scenario whose measures the decisions of `scenario` propose should its increase not be
 * granted: the one it names, when that is another scenario of the plan; else none.
 */
export function fallbackOf(scenario: Scenario, scenarios: readonly Scenario[]): Scenario | null {
  const id = scenario.fallbackScenarioId;
  if (!id || id === scenario.id) return null;
  return scenarios.find((s) => s.id === id) ?? null;
}

/**
 * The proposed decisions of a scenario, numbered through; see the top of this file. With a
 * `fallback` (fallbackOf), the measures are that scenario's, proposed for the case that the
 * requested increase is not granted, as the committee's document does.
 */
export function decisionsOf(
  scenario: Scenario,
  measures: readonly Measure[],
  settings: PlanSettings,
  fallback: Scenario | null = null
): Decisions {
  const years = planYears(settings);
  const first = years[0] ?? settings.firstYear;
  const last = years[years.length - 1] ?? first;
  const ctx: Context = { scenario, measures, settings, years };
  const committee = settings.committee;
  const needs = needsDecision(ctx);
  const measureDrafts = measureDecisions(fallback ? { ...ctx, scenario: fallback } : ctx);
  const requestsNeeds =
    fallback !== null ||
    requestParts(ctx, first).some((p) => p.covers === "needs" && !p.amount.isZero());
  const drafted: { intro: string | null; drafts: Draft[] }[] = [
    { intro: null, drafts: [...(needs ? [needs] : []), ...ownRequestDecisions(ctx)] },
    {
      intro: TEXT.withinFrameIntro(committee, first, requestsNeeds),
      drafts: measureDrafts.firstYear,
    },
    { intro: TEXT.laterIntro(committee, first, last), drafts: measureDrafts.later },
    { intro: TEXT.withoutAmountIntro(committee), drafts: measureDrafts.without },
    { intro: TEXT.proposalsIntro(committee), drafts: proposalDecisions(ctx) },
  ];
  let nr = 0;
  const groups = drafted
    .filter((g) => g.drafts.length > 0)
    .map((g) => ({ intro: g.intro, decisions: g.drafts.map((d) => ({ ...d, nr: ++nr })) }));
  return { heading: TEXT.heading, opening: TEXT.opening(committee, first, last), groups };
}
