/**
 * The editing rules of the plan's settings: a draft as the settings view holds it (the years as
 * typed, each budget area with the name it is stored under), the area edits (add, rename, move,
 * remove) and the check of a whole draft before it is saved. Pure: no storage, no texts; a
 * problem is a code the pane words in its language.
 *
 * Areas are compared as words (normaliseWord): "äldreomsorg " and "Äldreomsorg" are the same
 * area, as the store reads them. A measure keeps its area by name, so renaming an area renames it
 * in the measures that use it (areaRenamePatches), and an area in use is not removed.
 */
import { MAX_CELL_TEXT } from "../budget/limits";
import { PLAN_YEAR_COUNT_MAX } from "./model";
import type { AmountUnit, ColourLabels, Measure, PlanSettings } from "./model";
import { normaliseWord } from "./words";

/** The plan's first year: as the stored schema allows. */
export const FIRST_YEAR_MIN = 1900;
export const FIRST_YEAR_MAX = 9999;

/** One budget area of a draft. */
export interface AreaEntry {
  /** Stable within the draft (React's key, the field a message belongs to). */
  readonly key: number;
  /** The name as typed. */
  readonly name: string;
  /** The name it is stored under, which measures use; null for an area added in the draft. */
  readonly saved: string | null;
}

/** The settings as the view edits them; the years as typed, so text can be told apart from a number. */
export interface SettingsDraft {
  readonly firstYear: string;
  readonly yearCount: string;
  readonly areas: readonly AreaEntry[];
  readonly unit: AmountUnit;
  readonly colourLabels: ColourLabels;
  readonly legend: { readonly ambition: string; readonly goals: string };
  readonly municipality: string;
  readonly committee: string;
}

/** What is wrong with one field; `measures` are those using an area that is to go. */
export type FieldProblem =
  | { readonly code: "notAWholeNumber" }
  | { readonly code: "outOfRange"; readonly min: number; readonly max: number }
  | { readonly code: "periodAfter9999" }
  | { readonly code: "required" }
  | { readonly code: "duplicate" }
  | { readonly code: "sameColour" }
  | { readonly code: "noAreas" }
  | { readonly code: "tooLong"; readonly length: number }
  | { readonly code: "inUse"; readonly measures: readonly Measure[] };

/** The fields of a draft besides its areas. */
export type SettingsField =
  | "firstYear"
  | "yearCount"
  | "areas"
  | "colourRed"
  | "colourYellow"
  | "colourGreen"
  | "legendAmbition"
  | "legendGoals"
  | "municipality"
  | "committee";

export interface DraftProblems {
  readonly fields: Partial<Record<SettingsField, FieldProblem>>;
  /** By AreaEntry.key. */
  readonly areas: ReadonlyMap<number, FieldProblem>;
}

/** An area whose stored name changes; the measures using `from` are to use `to`. */
export interface AreaRename {
  readonly from: string;
  readonly to: string;
}

export type AreaResult =
  | { readonly ok: true; readonly areas: readonly AreaEntry[] }
  | { readonly ok: false; readonly problem: FieldProblem };

export function draftOf(settings: PlanSettings): SettingsDraft {
  return {
    firstYear: String(settings.firstYear),
    yearCount: String(settings.yearCount),
    areas: settings.areas.map((name, key) => ({ key, name, saved: name })),
    unit: settings.unit,
    colourLabels: { ...settings.colourLabels },
    legend: { ...settings.legend },
    municipality: settings.municipality,
    committee: settings.committee,
  };
}

/**
 * The draft filled from a preset, still to be saved: a preset area that is one of the stored areas
 * (as a word) keeps that stored name, so its measures follow it; the others are new.
 */
export function draftFromPreset(current: SettingsDraft, preset: PlanSettings): SettingsDraft {
  const stored = current.areas.flatMap((a) => (a.saved === null ? [] : [a.saved]));
  const next = draftOf(preset);
  const key0 = nextKey(current.areas);
  return {
    ...next,
    areas: preset.areas.map((name, i) => ({
      key: key0 + i,
      name,
      saved: stored.find((s) => normaliseWord(s) === normaliseWord(name)) ?? null,
    })),
  };
}

function nextKey(areas: readonly AreaEntry[]): number {
  return areas.reduce((max, a) => Math.max(max, a.key + 1), 0);
}

/** A text's problem: too long for one Excel cell, or (when required) empty. */
function textProblem(text: string, required: boolean): FieldProblem | null {
  if (required && text.trim() === "") return { code: "required" };
  if (text.length > MAX_CELL_TEXT) return { code: "tooLong", length: text.length };
  return null;
}

/** What is wrong with `name` as an area beside the others (`except` is the area's own key). */
export function areaNameProblem(
  areas: readonly AreaEntry[],
  name: string,
  except: number | null = null
): FieldProblem | null {
  const text = textProblem(name, true);
  if (text) return text;
  const word = normaliseWord(name);
  const twice = areas.some((a) => a.key !== except && normaliseWord(a.name) === word);
  return twice ? { code: "duplicate" } : null;
}

/** Adds a new area at the end; an empty or repeated name is refused. */
export function addArea(areas: readonly AreaEntry[], name: string): AreaResult {
  const problem = areaNameProblem(areas, name);
  if (problem) return { ok: false, problem };
  return { ok: true, areas: [...areas, { key: nextKey(areas), name: name.trim(), saved: null }] };
}

/** The area's name as typed; whether it may be saved is areaNameProblem's (shown at the field). */
export function renameArea(areas: readonly AreaEntry[], key: number, name: string): AreaEntry[] {
  return areas.map((a) => (a.key === key ? { ...a, name } : a));
}

/** Moves the area one place up (-1) or down (+1); at either end the list stays as it is. */
export function moveArea(areas: readonly AreaEntry[], key: number, by: -1 | 1): AreaEntry[] {
  const from = areas.findIndex((a) => a.key === key);
  const to = from + by;
  if (from < 0 || to < 0 || to >= areas.length) return [...areas];
  const next = [...areas];
  [next[from], next[to]] = [next[to] as AreaEntry, next[from] as AreaEntry];
  return next;
}

/** The measures whose area is one of `names` (as words), in their order. */
export function measuresInArea(
  measures: readonly Measure[],
  names: readonly (string | null)[]
): Measure[] {
  const words = new Set(names.flatMap((n) => (n === null ? [] : [normaliseWord(n)])));
  return measures.filter((m) => words.has(normaliseWord(m.area)));
}

/** Removes the area, unless a measure uses it (by its stored name or the name typed). */
export function removeArea(
  areas: readonly AreaEntry[],
  key: number,
  measures: readonly Measure[]
): AreaResult {
  const entry = areas.find((a) => a.key === key);
  if (!entry) return { ok: true, areas: [...areas] };
  const using = measuresInArea(measures, [entry.saved, entry.name]);
  if (using.length > 0) return { ok: false, problem: { code: "inUse", measures: using } };
  return { ok: true, areas: areas.filter((a) => a.key !== key) };
}

/** A whole number typed into a year field, or its problem. */
export function wholeNumberIn(
  text: string,
  min: number,
  max: number
): { value: number } | FieldProblem {
  const t = text.trim();
  if (!/^\d+$/.test(t)) return { code: "notAWholeNumber" };
  const value = Number(t);
  if (value < min || value > max) return { code: "outOfRange", min, max };
  return { value };
}

function yearProblems(draft: SettingsDraft): Partial<Record<SettingsField, FieldProblem>> {
  const first = wholeNumberIn(draft.firstYear, FIRST_YEAR_MIN, FIRST_YEAR_MAX);
  const count = wholeNumberIn(draft.yearCount, 1, PLAN_YEAR_COUNT_MAX);
  const out: Partial<Record<SettingsField, FieldProblem>> = {};
  if ("code" in first) out.firstYear = first;
  if ("code" in count) out.yearCount = count;
  else if ("value" in first && first.value + count.value - 1 > FIRST_YEAR_MAX)
    out.yearCount = { code: "periodAfter9999" };
  return out;
}

function colourProblems(labels: ColourLabels): Partial<Record<SettingsField, FieldProblem>> {
  const fields = [
    ["colourRed", labels.red],
    ["colourYellow", labels.yellow],
    ["colourGreen", labels.green],
  ] as const;
  const out: Partial<Record<SettingsField, FieldProblem>> = {};
  fields.forEach(([field, text], i) => {
    const problem = textProblem(text, true);
    const earlier = fields.slice(0, i).some(([, o]) => normaliseWord(o) === normaliseWord(text));
    if (problem) out[field] = problem;
    else if (earlier) out[field] = { code: "sameColour" };
  });
  return out;
}

/**
 * Everything wrong with the draft, field by field. `stored` are the areas as saved and `measures`
 * the plan's: a stored area the draft drops while a measure still uses it is refused at the
 * areas, naming those measures. No problem at all: the draft may be saved.
 */
export function draftProblems(
  draft: SettingsDraft,
  stored: readonly string[],
  measures: readonly Measure[]
): DraftProblems {
  const fields: Partial<Record<SettingsField, FieldProblem>> = {
    ...yearProblems(draft),
    ...colourProblems(draft.colourLabels),
  };
  const texts = [
    ["legendAmbition", draft.legend.ambition],
    ["legendGoals", draft.legend.goals],
    ["municipality", draft.municipality],
    ["committee", draft.committee],
  ] as const;
  for (const [field, text] of texts) {
    const problem = textProblem(text, false);
    if (problem) fields[field] = problem;
  }
  const using = droppedAreasInUse(draft, stored, measures);
  if (using.length > 0) fields.areas = { code: "inUse", measures: using };
  else if (draft.areas.length === 0) fields.areas = { code: "noAreas" };
  const areas = new Map<number, FieldProblem>();
  for (const a of draft.areas) {
    const problem = areaNameProblem(draft.areas, a.name, a.key);
    if (problem) areas.set(a.key, problem);
  }
  return { fields, areas };
}

export function hasProblems(problems: DraftProblems): boolean {
  return Object.keys(problems.fields).length > 0 || problems.areas.size > 0;
}

/** The stored areas the draft no longer has, and the measures that still use them. */
export function droppedAreasInUse(
  draft: SettingsDraft,
  stored: readonly string[],
  measures: readonly Measure[]
): Measure[] {
  const kept = new Set(draft.areas.flatMap((a) => (a.saved === null ? [] : [a.saved])));
  return measuresInArea(
    measures,
    stored.filter((s) => !kept.has(s))
  );
}

/** The settings the draft stands for (texts trimmed where the stored schema trims them). */
export function settingsOfDraft(draft: SettingsDraft, base: PlanSettings): PlanSettings {
  const labels = draft.colourLabels;
  return {
    ...base,
    firstYear: Number(draft.firstYear.trim()),
    yearCount: Number(draft.yearCount.trim()),
    areas: draft.areas.map((a) => a.name.trim()),
    unit: draft.unit,
    colourLabels: {
      red: labels.red.trim(),
      yellow: labels.yellow.trim(),
      green: labels.green.trim(),
    },
    legend: { ...draft.legend },
    municipality: draft.municipality.trim(),
    committee: draft.committee.trim(),
  };
}

/** The stored areas the draft gives another name (a change of case or spaces included). */
export function areaRenames(draft: SettingsDraft): AreaRename[] {
  return draft.areas.flatMap((a) =>
    a.saved !== null && a.saved !== a.name.trim() ? [{ from: a.saved, to: a.name.trim() }] : []
  );
}

/** The area each measure is to get after the renames: one patch per measure whose area changes. */
export function areaRenamePatches(
  measures: readonly Measure[],
  renames: readonly AreaRename[]
): { readonly id: string; readonly area: string }[] {
  const to = new Map(renames.map((r) => [normaliseWord(r.from), r.to]));
  return measures.flatMap((m) => {
    const area = to.get(normaliseWord(m.area));
    return area !== undefined && area !== m.area && m.id !== "" ? [{ id: m.id, area }] : [];
  });
}
