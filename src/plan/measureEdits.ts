/**
 * The rules for adding and copying measures: numbering within a kind, what a new measure holds and
 * what a copy keeps. Pure functions over the plan model; the pane's hooks only call them.
 */
import type { Decimal } from "../budget/money";
import { newMeasureId, type RandomSource } from "./ids";
import { planYears, type Measure, type MeasureKind, type PlanSettings } from "./model";

/** The next free display number within a kind: one more than the largest in use. */
export function nextNr(measures: readonly Measure[], kind: MeasureKind): number {
  let max = 0;
  for (const m of measures) if (m.kind === kind && m.nr > max) max = m.nr;
  return max + 1;
}

/**
 * A new, empty measure or proposal with a fresh id, numbered after the last of its kind.
 * Effects are blank for every plan year and both colours unjudged until `init` says otherwise.
 */
export function createMeasure(
  kind: MeasureKind,
  existing: readonly Measure[],
  settings: PlanSettings,
  init: Partial<Omit<Measure, "id" | "kind">> = {},
  random?: RandomSource
): Measure {
  const effects: Record<number, Decimal | null> = {};
  for (const year of planYears(settings)) effects[year] = null;
  return {
    id: newMeasureId(
      existing.map((m) => m.id),
      random
    ),
    nr: init.nr ?? nextNr(existing, kind),
    kind,
    area: init.area ?? settings.areas[0] ?? "",
    title: init.title ?? "",
    effects: { ...effects, ...(init.effects ?? {}) },
    ambition: init.ambition ?? null,
    goals: init.goals ?? null,
    consequence: init.consequence ?? "",
  };
}

export const COPY_SUFFIX = " (kopia)";

/**
 * A copy of `source` with a fresh id, " (kopia)" appended to the title and the next display
 * number of its kind; everything else (effects, colours, consequence) is copied.
 */
export function duplicateMeasure(
  source: Measure,
  existing: readonly Measure[],
  random?: RandomSource
): Measure {
  const ids = existing.map((m) => m.id);
  ids.push(source.id);
  return {
    ...source,
    effects: { ...source.effects },
    id: newMeasureId(ids, random),
    nr: nextNr(existing, source.kind),
    title: source.title + COPY_SUFFIX,
  };
}

/**
 * The measures a scenario can include: all but rows read from the sheet without an id (flagged
 * there), as nothing can refer to them.
 */
export function referableMeasures(all: readonly Measure[]): Measure[] {
  return all.filter((m) => m.id !== "");
}

/** The measures of one kind in display order (by nr). */
export function ofKindInOrder(all: readonly Measure[], kind: MeasureKind): Measure[] {
  return all.filter((m) => m.kind === kind).sort((a, b) => a.nr - b.nr);
}
