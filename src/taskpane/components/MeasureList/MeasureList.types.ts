import type { Decimal } from "../../../budget/money";
import type { Colour, MeasureKind, PlanSettings } from "../../../plan/model";
import type { PlanSnapshot, StoredMeasure } from "../../../port/workbookPort";

/** A problem found when reading (the store's Problem, named through the port). */
type Problem = PlanSnapshot["problems"][number];

export type SortKey = "nr" | "title" | "area" | "amount";
export type KindFilter = "all" | MeasureKind;
/** "ambition:red" = Ändrad ambitionsnivå is RÖD; "unjudged" = either colour not judged. */
export type ColourFilter = "all" | "unjudged" | `ambition:${Colour}` | `goals:${Colour}`;

export interface MeasureListProps {
  readonly measures: readonly StoredMeasure[];
  readonly settings: PlanSettings;
  readonly problems: readonly Problem[];
  readonly onAdd: (kind: MeasureKind) => void;
  readonly onEdit: (id: string) => void;
  readonly onDuplicate: (id: string) => void;
  readonly onDelete: (id: string) => void;
}

/** One measure as listed: the stored measure, its sum over the plan period and, when read-only, its problems. */
export interface MeasureListRow {
  readonly stored: StoredMeasure;
  readonly total: Decimal;
  readonly problems: readonly Problem[];
  /** Stable React key (the sheet row: ids may be missing or repeated in a damaged table). */
  readonly key: string;
}

export interface MeasureListState {
  readonly props: MeasureListProps;
  readonly years: readonly number[];
  /** The areas to filter by: the settings' areas, then any other area found in the rows. */
  readonly areas: readonly string[];
  readonly sortKey: SortKey;
  readonly descending: boolean;
  readonly areaFilter: string | null;
  readonly kindFilter: KindFilter;
  readonly colourFilter: ColourFilter;
  readonly setSortKey: (key: SortKey) => void;
  readonly setDescending: (descending: boolean) => void;
  readonly setAreaFilter: (area: string | null) => void;
  readonly setKindFilter: (kind: KindFilter) => void;
  readonly setColourFilter: (colour: ColourFilter) => void;
  /** The sort and filter controls are shown (loaded on first opening). */
  readonly filtersOpen: boolean;
  readonly toggleFilters: () => void;
  /** A filter (not the order) hides some rows. */
  readonly filtered: boolean;
  readonly clearFilters: () => void;
  /** The rows shown now (the first page of the matching rows). */
  readonly rows: readonly MeasureListRow[];
  /** How many rows match the filter, and how many there are at all. */
  readonly matching: number;
  readonly total: number;
  readonly showMore: () => void;
}
