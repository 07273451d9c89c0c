/**
 * Sorting and filtering of the measures list (by area, kind and colour). Loaded when the user
 * opens it: the list itself starts without it.
 */
import type { ReactNode } from "react";
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

  return (
    <div className={classes.filters} role="group" aria-label={t.list.filtersLabel}>
      <SelectField
        label={t.list.sortBy}
        value={state.sortKey}
        onChange={(v) => state.setSortKey(v as SortKey)}
      >
        {options(Object.entries(sortText))}
      </SelectField>
      <SelectField
        label={t.list.direction}
        value={state.descending ? "desc" : "asc"}
        onChange={(v) => state.setDescending(v === "desc")}
      >
        {options([
          ["asc", t.list.ascending],
          ["desc", t.list.descending],
        ])}
      </SelectField>
      <SelectField
        label={t.list.filterArea}
        value={state.areaFilter ?? ALL}
        onChange={(v) => state.setAreaFilter(v === ALL ? null : v)}
      >
        <option value={ALL}>{t.list.allAreas}</option>
        {options(state.areas.map((a) => [a, a] as const))}
      </SelectField>
      <SelectField
        label={t.list.filterKind}
        value={state.kindFilter}
        onChange={(v) => state.setKindFilter(v as KindFilter)}
      >
        {options(Object.entries(kindText))}
      </SelectField>
      <ColourSelect state={state} />
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

/** A small labelled Select whose options are its children. */
function SelectField(props: {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly children: ReactNode;
}) {
  return (
    <Field label={props.label} size="small">
      <Select size="small" value={props.value} onChange={(_, data) => props.onChange(data.value)}>
        {props.children}
      </Select>
    </Field>
  );
}

/** One option per [value, text] pair, in order. */
function options(pairs: readonly (readonly [string, string])[]) {
  return pairs.map(([value, text]) => (
    <option key={value} value={value}>
      {text}
    </option>
  ));
}

/** The colour filter: every colour of either judgement, grouped by column, or unjudged. */
function ColourSelect({ state }: { readonly state: MeasureListState }) {
  const { t } = useLocale();
  const labels = state.props.settings.colourLabels;
  const group = (column: "ambition" | "goals", label: string, short: string) => (
    <optgroup label={label}>
      {options(
        COLOURS.map((c) => [`${column}:${c}`, t.list.colourOption(short, labels[c])] as const)
      )}
    </optgroup>
  );
  return (
    <SelectField
      label={t.list.filterColour}
      value={state.colourFilter}
      onChange={(v) => state.setColourFilter(v as ColourFilter)}
    >
      <option value="all">{t.list.allColours}</option>
      {group("ambition", t.colours.ambitionColumn, t.colours.ambitionShort)}
      {group("goals", t.colours.goalsColumn, t.colours.goalsShort)}
      <option value="unjudged">{t.list.unjudgedOption}</option>
    </SelectField>
  );
}

export default MeasureFilters;
