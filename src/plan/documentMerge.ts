/**
 * Three-way merge of the plan document's content (settings and scenarios), for a save that was
 * based on an older state than the one stored now: `base` is what the writer read, `theirs` what
 * is stored now, `mine` what the writer wants to store. Field by field, where only one side changed
 * a field that side's value is taken; where both changed it to different values, it is a conflict
 * naming what the other change was, and nothing is merged. Pure: no storage, no texts.
 *
 * The fields: each setting (the colour words and the legend texts one by one; the municipality
 * and the committee as any other); each scenario by id: its name; its frame lines, need lines and
 * requests line by line (by id: added, removed, and each field and each year's amount of a line);
 * its included measures and requested proposals as sets (additions and removals of both sides are
 * kept, never a conflict); its rewritten decisions one by one; scenarios added or deleted on either side. Deleting a scenario or a
 * line the other side changed is a conflict, as is changing one the other side deleted.
 */
import { Decimal } from "../budget/money";
import { LINE_LISTS, lineText, type AnyLine, type LineList } from "./lineEdits";
import type { DecisionEdit, PlanSettings, Scenario } from "./model";

/** What the plan document holds besides its version and revision. */
export interface PlanContent {
  readonly settings: PlanSettings;
  readonly scenarios: readonly Scenario[];
}

export type SettingName = keyof PlanSettings;
/** A field both sides changed, described by the other side's change. `scenario` is its name. */
export type Conflict =
  | { readonly kind: "setting"; readonly setting: SettingName }
  | { readonly kind: "scenarioName"; readonly scenario: string; readonly theirs: string }
  /** A line both sides changed, or one side changed and the other removed; `line` is its text. */
  | {
      readonly kind: "scenarioLine";
      readonly scenario: string;
      readonly list: LineList;
      readonly line: string;
    }
  /** The other side deleted a scenario this side changed. */
  | { readonly kind: "scenarioDeleted"; readonly scenario: string }
  /** The other side changed a scenario this side deleted. */
  | { readonly kind: "scenarioChanged"; readonly scenario: string }
  /** Both sides added a scenario with the same id and different content. */
  | { readonly kind: "scenarioAdded"; readonly scenario: string }
  /** Both sides rewrote the same proposed decision of a scenario differently. */
  | { readonly kind: "decisionText"; readonly scenario: string };

export type MergeResult =
  | { readonly ok: true; readonly merged: PlanContent }
  | { readonly ok: false; readonly conflicts: readonly Conflict[] };

/** Deep equality of stored values: Decimals by value, arrays and plain objects member by member. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Decimal.isDecimal(a) || Decimal.isDecimal(b)) {
    return Decimal.isDecimal(a) && Decimal.isDecimal(b) && (a as Decimal).equals(b as Decimal);
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((v, i) => sameValue(v, b[i]));
  }
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  return [...keys].every((k) => sameValue(ra[k], rb[k]));
}

/** One field three ways: the merged value, or "conflict" when both sides changed it differently. */
function mergeField<T>(base: T, theirs: T, mine: T): { value: T } | "conflict" {
  if (sameValue(mine, base)) return { value: theirs };
  if (sameValue(theirs, base) || sameValue(theirs, mine)) return { value: mine };
  return "conflict";
}

/**
 * The order of a merged list of keys: the order of `mine` where mine reordered what it shares with
 * base, else that of `theirs`; the other side's additions go in after the key they followed there.
 */
export function mergeOrder(
  base: readonly string[],
  theirs: readonly string[],
  mine: readonly string[],
  kept: ReadonlySet<string>
): string[] {
  const inBase = new Set(base);
  const reordered = (side: readonly string[]) => {
    const inSide = new Set(side);
    const common = side.filter((k) => inBase.has(k));
    return !sameValue(
      common,
      base.filter((k) => inSide.has(k))
    );
  };
  const [primary, other] = reordered(mine) ? [mine, theirs] : [theirs, mine];
  const out = primary.filter((k) => kept.has(k));
  const placed = new Set(out);
  other.forEach((key, i) => {
    if (placed.has(key) || !kept.has(key)) return;
    let at = 0;
    for (let j = i - 1; j >= 0; j--) {
      const before = out.indexOf(other[j] as string);
      if (before >= 0) {
        at = before + 1;
        break;
      }
    }
    out.splice(at, 0, key);
    placed.add(key);
  });
  return out;
}

/** A set of keys three ways: theirs, without what mine removed, with what mine added. */
export function mergeSet(
  base: readonly string[],
  theirs: readonly string[],
  mine: readonly string[]
): string[] {
  const inBase = new Set(base);
  const inMine = new Set(mine);
  const kept = new Set([
    ...theirs.filter((k) => inMine.has(k) || !inBase.has(k)),
    ...mine.filter((k) => !inBase.has(k)),
  ]);
  return mergeOrder(base, theirs, mine, kept);
}

type Collect = (conflict: Conflict) => void;

/** Each setting three ways; the colour words and the legend texts one by one. */
function mergeSettings(
  base: PlanSettings,
  theirs: PlanSettings,
  mine: PlanSettings,
  collect: Collect
): PlanSettings {
  const out: Record<string, unknown> = {};
  for (const name of Object.keys(base) as SettingName[]) {
    const nested = name === "colourLabels" || name === "legend";
    const parts = nested ? Object.keys(base[name]) : [null];
    const merged: Record<string, unknown> = {};
    for (const part of parts) {
      const pick = (s: PlanSettings) =>
        part === null ? s[name] : (s[name] as unknown as Record<string, unknown>)[part];
      const field = mergeField(pick(base), pick(theirs), pick(mine));
      if (field === "conflict") collect({ kind: "setting", setting: name });
      const value = field === "conflict" ? pick(theirs) : field.value;
      if (part === null) out[name] = value;
      else merged[part] = value;
    }
    if (nested) out[name] = merged;
  }
  return out as unknown as PlanSettings;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && Object.getPrototypeOf(v) === Object.prototype;

/**
 * A value three ways, plain objects key by key (so two sides changing different years of a line
 * both count), unless their `kind` differs: then the whole value is one field.
 */
function mergeDeep(base: unknown, theirs: unknown, mine: unknown): { value: unknown } | "conflict" {
  const nested =
    isRecord(base) &&
    isRecord(theirs) &&
    isRecord(mine) &&
    base.kind === theirs.kind &&
    base.kind === mine.kind;
  if (!nested) return mergeField(base, theirs, mine);
  const out: Record<string, unknown> = {};
  let conflict = false;
  for (const key of new Set([...Object.keys(base), ...Object.keys(theirs), ...Object.keys(mine)])) {
    const merged = mergeDeep(base[key], theirs[key], mine[key]);
    if (merged === "conflict") conflict = true;
    else if (merged.value !== undefined) out[key] = merged.value;
  }
  return conflict ? "conflict" : { value: out };
}

/** One list of lines three ways, by id; see mergeOne for what a conflict is. */
function mergeLines(
  list: LineList,
  sides: readonly [Scenario, Scenario, Scenario],
  collect: Collect
): AnyLine[] {
  const [base, theirs, mine] = sides.map((s) => s[list] as readonly AnyLine[]);
  const byId = (lines: readonly AnyLine[]) => new Map(lines.map((l) => [l.id, l]));
  const [b, t, m] = [byId(base!), byId(theirs!), byId(mine!)];
  const conflict = (line: AnyLine) =>
    collect({ kind: "scenarioLine", scenario: sides[1].name, list, line: lineText(line) });
  const merged = new Map<string, AnyLine>();
  for (const id of new Set([...b.keys(), ...t.keys(), ...m.keys()])) {
    const [lb, lt, lm] = [b.get(id), t.get(id), m.get(id)];
    let line: AnyLine | undefined;
    if (lb === undefined) {
      // Added on both sides under one id (ids are random, so rarely): equal, or a conflict.
      if (lt && lm && !sameValue(lt, lm)) conflict(lt);
      line = lt ?? lm;
    } else if (lt && lm) {
      const r = mergeDeep(lb, lt, lm);
      if (r === "conflict") conflict(lt);
      line = r === "conflict" ? lt : (r.value as AnyLine);
    } else if (lt || lm) {
      // Removed on one side: a conflict when the other side changed it.
      const kept = (lt ?? lm)!;
      if (!sameValue(kept, lb)) conflict(kept);
    }
    if (line) merged.set(id, line);
  }
  const ids = (lines: readonly AnyLine[]) => lines.map((l) => l.id);
  const order = mergeOrder(ids(base!), ids(theirs!), ids(mine!), new Set(merged.keys()));
  return order.map((id) => merged.get(id)!);
}

/** The rewritten decisions of a scenario, decision by decision (by key); absent when none. */
function mergeDecisionEdits(
  sides: readonly [Scenario, Scenario, Scenario],
  collect: Collect
): { decisionEdits?: DecisionEdit[] } {
  const [b, t, m] = sides.map((s) => new Map((s.decisionEdits ?? []).map((e) => [e.key, e])));
  const merged: DecisionEdit[] = [];
  let conflicted = false;
  for (const key of new Set([...t!.keys(), ...m!.keys(), ...b!.keys()])) {
    const r = mergeField(b!.get(key), t!.get(key), m!.get(key));
    const edit = r === "conflict" ? t!.get(key) : r.value;
    if (r === "conflict") conflicted = true;
    if (edit) merged.push(edit);
  }
  if (conflicted) collect({ kind: "decisionText", scenario: sides[1].name });
  return merged.length > 0 ? { decisionEdits: merged } : {};
}

/** The scenario the decisions fall back on; both sides choosing differently is a conflict. */
function mergeFallback(
  sides: readonly [Scenario, Scenario, Scenario],
  collect: Collect
): { fallbackScenarioId?: string } {
  const [b, t, m] = sides.map((s) => s.fallbackScenarioId);
  const r = mergeField(b, t, m);
  if (r === "conflict") collect({ kind: "decisionText", scenario: sides[1].name });
  const id = r === "conflict" ? t : r.value;
  return id ? { fallbackScenarioId: id } : {};
}

/** One scenario that all three sides hold. */
function mergeScenario(base: Scenario, theirs: Scenario, mine: Scenario, collect: Collect) {
  const name = mergeField(base.name, theirs.name, mine.name);
  if (name === "conflict")
    collect({ kind: "scenarioName", scenario: base.name, theirs: theirs.name });
  const sides = [base, theirs, mine] as const;
  const lines = Object.fromEntries(LINE_LISTS.map((l) => [l, mergeLines(l, sides, collect)]));
  return {
    id: theirs.id,
    name: name === "conflict" ? theirs.name : name.value,
    ...(lines as unknown as Pick<Scenario, LineList>),
    included: mergeSet(base.included, theirs.included, mine.included),
    requestedProposals: mergeSet(
      base.requestedProposals,
      theirs.requestedProposals,
      mine.requestedProposals
    ),
    ...mergeDecisionEdits(sides, collect),
    ...mergeFallback(sides, collect),
  };
}

/** The scenario of `id` after the merge, null when it is deleted; conflicts go to `collect`. */
function mergeOne(
  base: Scenario | undefined,
  theirs: Scenario | undefined,
  mine: Scenario | undefined,
  collect: Collect
): Scenario | null {
  if (base === undefined) {
    // Added on one side or both.
    if (theirs && mine && !sameValue(theirs, mine))
      collect({ kind: "scenarioAdded", scenario: theirs.name });
    return theirs ?? mine ?? null;
  }
  if (theirs && mine) return mergeScenario(base, theirs, mine, collect);
  if (!theirs && mine && !sameValue(mine, base))
    collect({ kind: "scenarioDeleted", scenario: mine.name });
  if (theirs && !mine && !sameValue(theirs, base))
    collect({ kind: "scenarioChanged", scenario: theirs.name });
  return null;
}

/** Merges `mine` into `theirs` over `base`; see the file's comment. */
export function mergePlanContent(
  base: PlanContent,
  theirs: PlanContent,
  mine: PlanContent
): MergeResult {
  const conflicts: Conflict[] = [];
  const collect: Collect = (c) => conflicts.push(c);
  const settings = mergeSettings(base.settings, theirs.settings, mine.settings, collect);
  const byId = (list: readonly Scenario[]) => new Map(list.map((s) => [s.id, s]));
  const [b, t, m] = [byId(base.scenarios), byId(theirs.scenarios), byId(mine.scenarios)];
  const merged = new Map<string, Scenario>();
  for (const id of new Set([...b.keys(), ...t.keys(), ...m.keys()])) {
    const scenario = mergeOne(b.get(id), t.get(id), m.get(id), collect);
    if (scenario) merged.set(id, scenario);
  }
  if (conflicts.length > 0) return { ok: false, conflicts };
  const ids = (list: readonly Scenario[]) => list.map((s) => s.id);
  const order = mergeOrder(
    ids(base.scenarios),
    ids(theirs.scenarios),
    ids(mine.scenarios),
    new Set(merged.keys())
  );
  return { ok: true, merged: { settings, scenarios: order.map((id) => merged.get(id)!) } };
}

/** The plan document's content with the revision it was stored at (or read at, for a base). */
export interface RevisedContent extends PlanContent {
  readonly revision: number;
}

export type SaveDecision =
  | { readonly ok: true; readonly content: PlanContent; readonly revision: number }
  | { readonly ok: false; readonly conflicts: readonly Conflict[] };

/**
 * What a save writes: `mine` when the store still holds what the writer read, else the merge of
 * mine into what is stored now; always at the stored revision plus one. The merge works from the
 * content, not from the revision alone, so a change written by a path that does not count
 * revisions (a hand edit of the store, an older Ramkoll) is not written over either.
 */
export function decideSave(
  stored: RevisedContent,
  base: RevisedContent,
  mine: PlanContent
): SaveDecision {
  const revision = stored.revision + 1;
  const unchanged =
    stored.revision === base.revision &&
    sameValue(stored.settings, base.settings) &&
    sameValue(stored.scenarios, base.scenarios);
  if (unchanged) return { ok: true, content: mine, revision };
  const result = mergePlanContent(base, stored, mine);
  return result.ok ? { ok: true, content: result.merged, revision } : result;
}
