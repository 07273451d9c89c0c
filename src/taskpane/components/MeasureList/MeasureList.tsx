/**
 * The measures and development proposals: sortable, filterable by area, kind and colour, each with
 * its colours in words and its actions. Fluent v9 split: types / hook / styles / render.
 */
import { useLocale } from "../../locale";
import type { MeasureListProps } from "./MeasureList.types";
import { renderMeasureList } from "./renderMeasureList";
import { useMeasureList } from "./useMeasureList";
import { useMeasureListStyles } from "./useMeasureListStyles.styles";

export type { MeasureListProps } from "./MeasureList.types";

export function MeasureList(props: MeasureListProps) {
  const { t } = useLocale();
  const state = useMeasureList(props);
  const classes = useMeasureListStyles();
  return renderMeasureList(state, classes, t);
}
