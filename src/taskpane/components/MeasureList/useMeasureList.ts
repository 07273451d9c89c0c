/**
 * The state of the measures list: sorting, filtering and paging. Sums and problem lookups are
 * computed once per snapshot, not per render.
 */
import { useCallback, useMemo, useState } from "react";
import { ZERO } from "../../../budget/money";
import { AMBITION_COLOUR, GOAL_COLOUR, planYears } from "../../../plan/model";
import type { Problem } from "../../../store/problems";
import { useLocale } from "../../locale";
import type {
  ColourFilter,
  KindFilter,
  MeasureListProps,
  MeasureListRow,
  MeasureListState,
  SortKey,
} from "./MeasureList.types";

/** How many rows are rendered at first, and added by "show more". */
export const PAGE_SIZE = 100;

function rowOfProblem(p: Problem): number | undefined {
  const params = p.params as { row?: unknown };
  return typeof params.row === "number" ? params.row : undefined;
}

function matchesColour(row: MeasureListRow, filter: ColourFilter): boolean {
  const m = row.stored.measure;
  if (filter === "all") return true;
  if (filter === "unjudged") return m.ambition === null || m.goals === null;
  const [column, colour] = filter.split(":");
  if (column === "ambition") return m.ambition !== null && AMBITION_COLOUR[m.ambition] === colour;
  return m.goals !== null && GOAL_COLOUR[m.goals] === colour;
}

export function useMeasureList(props: MeasureListProps): MeasureListState {
  const { measures, settings, problems } = props;
  const { lang } = useLocale();
  const [sortKey, setSortKeyState] = useState<SortKey>("nr");
  const [descending, setDescending] = useState(false);
  const [areaFilter, setAreaFilterState] = useState<string | null>(null);
  const [kindFilter, setKindFilterState] = useState<KindFilter>("all");
  const [colourFilter, setColourFilterState] = useState<ColourFilter>("all");
  const [limit, setLimit] = useState(PAGE_SIZE);
  const [filtersOpen, setFiltersOpen] = useState(false);

  const years = useMemo(() => planYears(settings), [settings]);

  const allRows = useMemo<MeasureListRow[]>(() => {
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
  }, [measures, problems, years]);

  const areas = useMemo(() => {
    const list = [...settings.areas];
    for (const r of allRows)
      if (r.stored.measure.area !== "" && !list.includes(r.stored.measure.area))
        list.push(r.stored.measure.area);
    return list;
  }, [settings.areas, allRows]);

  const matchingRows = useMemo(() => {
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
      title: (a, b) =>
        collator.compare(a.stored.measure.title, b.stored.measure.title) || byNr(a, b),
      area: (a, b) => collator.compare(a.stored.measure.area, b.stored.measure.area) || byNr(a, b),
      amount: (a, b) => a.total.comparedTo(b.total) || byNr(a, b),
    };
    const rows = allRows.filter(
      (r) =>
        (areaFilter === null || r.stored.measure.area === areaFilter) &&
        (kindFilter === "all" || r.stored.measure.kind === kindFilter) &&
        matchesColour(r, colourFilter)
    );
    const cmp = compare[sortKey];
    rows.sort(descending ? (a, b) => cmp(b, a) : cmp);
    return rows;
  }, [allRows, areaFilter, kindFilter, colourFilter, sortKey, descending, lang]);

  const rows = useMemo(() => matchingRows.slice(0, limit), [matchingRows, limit]);

  // A new filter or order starts again at the first page.
  const resetting =
    <T>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      setLimit(PAGE_SIZE);
    };

  return {
    props,
    years,
    areas,
    sortKey,
    descending,
    areaFilter,
    kindFilter,
    colourFilter,
    setSortKey: resetting(setSortKeyState),
    setDescending: resetting(setDescending),
    setAreaFilter: resetting(setAreaFilterState),
    setKindFilter: resetting(setKindFilterState),
    setColourFilter: resetting(setColourFilterState),
    filtersOpen,
    toggleFilters: useCallback(() => setFiltersOpen((o) => !o), []),
    filtered: areaFilter !== null || kindFilter !== "all" || colourFilter !== "all",
    clearFilters: () => {
      setAreaFilterState(null);
      setKindFilterState("all");
      setColourFilterState("all");
      setLimit(PAGE_SIZE);
    },
    rows,
    matching: matchingRows.length,
    total: allRows.length,
    showMore: useCallback(() => setLimit((n) => n + PAGE_SIZE), []),
  };
}
