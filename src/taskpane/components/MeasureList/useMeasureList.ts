/**
 * The state of the measures list: sorting, filtering and paging. Sums and problem lookups are
 * computed once per snapshot, not per render (measureRows.ts).
 */
import { useCallback, useMemo, useState } from "react";
import { planYears } from "../../../plan/model";
import { useLocale } from "../../locale";
import { areasOf, listRows, matchingRows } from "./measureRows";
import type {
  ColourFilter,
  KindFilter,
  MeasureListProps,
  MeasureListState,
  SortKey,
} from "./MeasureList.types";

/** How many rows are rendered at first, and added by "show more". */
const PAGE_SIZE = 100;

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
  const allRows = useMemo(() => listRows(measures, problems, years), [measures, problems, years]);
  const areas = useMemo(() => areasOf(settings.areas, allRows), [settings.areas, allRows]);
  const matching = useMemo(
    () =>
      matchingRows(allRows, { areaFilter, kindFilter, colourFilter, sortKey, descending }, lang),
    [allRows, areaFilter, kindFilter, colourFilter, sortKey, descending, lang]
  );
  const rows = useMemo(() => matching.slice(0, limit), [matching, limit]);

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
    matching: matching.length,
    total: allRows.length,
    showMore: useCallback(() => setLimit((n) => n + PAGE_SIZE), []),
  };
}
