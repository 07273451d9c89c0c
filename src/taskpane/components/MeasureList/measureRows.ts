/**
 * The list's rows without React: each measure with its sum over the plan period and its problems,
 * the areas to filter by, and the rows a filter and an order leave.
 */
import { ZERO } from "../../../budget/money";
import type { Language } from "../../../i18n/language";
import { AMBITION_COLOUR, GOAL_COLOUR } from "../../../plan/model";
import type { StoredMeasure } from "../../../port/workbookPort";
import type { ColourFilter, KindFilter, MeasureListRow, SortKey } from "./MeasureList.types";

type Problem = MeasureListRow["problems"][number];

function rowOfProblem(p: Problem): number | undefined {
  const params = p.params as { row?: unknown };
  return typeof params.row === "number" ? params.row : undefined;
}

/** Every measure as a row; a read-only row carries the problems found on its sheet row. */
export function listRows(
  measures: readonly StoredMeasure[],
  problems: readonly Problem[],
  years: readonly number[]
): MeasureListRow[] {
  const byRow = new Map<number, Problem[]>();
  for (const p of problems) {
    const row = rowOfProblem(p);
    if (row === undefined) continue;
    const list = byRow.get(row);
    if (list) list.push(p);
    else byRow.set(row, [p]);
  }
  return measures.map((stored) => {
    let total = ZERO;
    for (const year of years) {
      const e = stored.measure.effects[year];
      if (e) total = total.plus(e);
    }
    return {
      stored,
      total,
      problems: stored.writable ? [] : (byRow.get(stored.row) ?? []),
      key: `${stored.row}:${stored.measure.id}`,
    };
  });
}

/** The settings' areas, then any other area found in the rows. */
export function areasOf(settingsAreas: readonly string[], rows: readonly MeasureListRow[]) {
  const list = [...settingsAreas];
  for (const r of rows)
    if (r.stored.measure.area !== "" && !list.includes(r.stored.measure.area))
      list.push(r.stored.measure.area);
  return list;
}

function matchesColour(row: MeasureListRow, filter: ColourFilter): boolean {
  const m = row.stored.measure;
  if (filter === "all") return true;
  if (filter === "unjudged") return m.ambition === null || m.goals === null;
  const [column, colour] = filter.split(":");
  if (column === "ambition") return m.ambition !== null && AMBITION_COLOUR[m.ambition] === colour;
  return m.goals !== null && GOAL_COLOUR[m.goals] === colour;
}

export interface ListView {
  readonly areaFilter: string | null;
  readonly kindFilter: KindFilter;
  readonly colourFilter: ColourFilter;
  readonly sortKey: SortKey;
  readonly descending: boolean;
}

/** The rows the filters leave, in the chosen order (measures before proposals, then by number). */
export function matchingRows(
  rows: readonly MeasureListRow[],
  view: ListView,
  lang: Language
): MeasureListRow[] {
  const collator = new Intl.Collator(lang === "sv" ? "sv" : "en", {
    numeric: true,
    sensitivity: "base",
  });
  const byNr = (a: MeasureListRow, b: MeasureListRow) => {
    const ma = a.stored.measure;
    const mb = b.stored.measure;
    if (ma.kind !== mb.kind) return ma.kind === "measure" ? -1 : 1;
    return ma.nr - mb.nr || a.stored.row - b.stored.row;
  };
  const compare: Record<SortKey, (a: MeasureListRow, b: MeasureListRow) => number> = {
    nr: byNr,
    title: (a, b) => collator.compare(a.stored.measure.title, b.stored.measure.title) || byNr(a, b),
    area: (a, b) => collator.compare(a.stored.measure.area, b.stored.measure.area) || byNr(a, b),
    amount: (a, b) => a.total.comparedTo(b.total) || byNr(a, b),
  };
  const shown = rows.filter(
    (r) =>
      (view.areaFilter === null || r.stored.measure.area === view.areaFilter) &&
      (view.kindFilter === "all" || r.stored.measure.kind === view.kindFilter) &&
      matchesColour(r, view.colourFilter)
  );
  const cmp = compare[view.sortKey];
  shown.sort(view.descending ? (a, b) => cmp(b, a) : cmp);
  return shown;
}
