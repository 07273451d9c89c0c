/**
 * Sorting and filtering of the measures list (by area, kind and colour). Loaded when the user
 * opens it: the list itself starts without it.
 */
import { Button, Field, Select } from "@fluentui/react-components";
import type { Colour } from "../../../plan/model";
import { useLocale } from "../../locale";
import type { ColourFilter, KindFilter, MeasureListState, SortKey } from "./MeasureList.types";
import { useMeasureListStyles } from "./useMeasureListStyles.styles";

const COLOURS: readonly Colour[] = ["red", "yellow", "green"];
const ALL = ""; // no area is empty (the parser reports an empty area)

export function MeasureFilters({ state }: { readonly state: MeasureListState }) {
  const { t } = useLocale();
  const classes = useMeasureListStyles();
  const labels = state.props.settings.colourLabels;
  const sortText: Record<SortKey, string> = {
    nr: t.list.sortNr,
    title: t.list.sortTitle,
    area: t.list.sortArea,
    amount: t.list.sortAmount,
  };
  const kindText: Record<KindFilter, string> = {
    all: t.list.allKinds,
    measure: t.kinds.measures,
    proposal: t.kinds.proposals,
  };
  const colourText = (f: ColourFilter): string => {
    if (f === "all") return t.list.allColours;
    if (f === "unjudged") return t.list.unjudgedOption;
    const [column, colour] = f.split(":") as ["ambition" | "goals", Colour];
    return t.list.colourOption(
      column === "ambition" ? t.colours.ambitionShort : t.colours.goalsShort,
      labels[colour]
    );
  };

  return (
    <div className={classes.filters} role="group" aria-label={t.list.filtersLabel}>
      <Field label={t.list.sortBy} size="small">
        <Select
          size="small"
          value={state.sortKey}
          onChange={(_, data) => state.setSortKey(data.value as SortKey)}
        >
          {(Object.keys(sortText) as SortKey[]).map((k) => (
            <option key={k} value={k}>
              {sortText[k]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.list.direction} size="small">
        <Select
          size="small"
          value={state.descending ? "desc" : "asc"}
          onChange={(_, data) => state.setDescending(data.value === "desc")}
        >
          <option value="asc">{t.list.ascending}</option>
          <option value="desc">{t.list.descending}</option>
        </Select>
      </Field>
      <Field label={t.list.filterArea} size="small">
        <Select
          size="small"
          value={state.areaFilter ?? ALL}
          onChange={(_, data) => state.setAreaFilter(data.value === ALL ? null : data.value)}
        >
          <option value={ALL}>{t.list.allAreas}</option>
          {state.areas.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.list.filterKind} size="small">
        <Select
          size="small"
          value={state.kindFilter}
          onChange={(_, data) => state.setKindFilter(data.value as KindFilter)}
        >
          {(Object.keys(kindText) as KindFilter[]).map((k) => (
            <option key={k} value={k}>
              {kindText[k]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.list.filterColour} size="small">
        <Select
          size="small"
          value={state.colourFilter}
          onChange={(_, data) => state.setColourFilter(data.value as ColourFilter)}
        >
          <option value="all">{t.list.allColours}</option>
          <optgroup label={t.colours.ambitionColumn}>
            {COLOURS.map((c) => (
              <option key={c} value={`ambition:${c}`}>
                {colourText(`ambition:${c}`)}
              </option>
            ))}
          </optgroup>
          <optgroup label={t.colours.goalsColumn}>
            {COLOURS.map((c) => (
              <option key={c} value={`goals:${c}`}>
                {colourText(`goals:${c}`)}
              </option>
            ))}
          </optgroup>
          <option value="unjudged">{t.list.unjudgedOption}</option>
        </Select>
      </Field>
      <Button
        size="small"
        appearance="subtle"
        disabled={!state.filtered}
        onClick={state.clearFilters}
      >
        {t.list.clearFilters}
      </Button>
    </div>
  );
}

export default MeasureFilters;
