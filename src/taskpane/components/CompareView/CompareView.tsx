/**
 * Two or more scenarios side by side: per plan year what is freed, what must be covered and the
 * result; and how many included items lower the ambition level or hurt the goals. Loaded lazily
 * (not part of the first view). Fluent v9 split: types / hook / styles / render.
 */
import { useLocale } from "../../locale";
import type { CompareViewProps } from "./CompareView.types";
import { renderCompareView } from "./renderCompareView";
import { useCompareView } from "./useCompareView";
import { useCompareViewStyles } from "./useCompareViewStyles.styles";

export type { CompareViewProps } from "./CompareView.types";

export function CompareView(props: CompareViewProps) {
  const { t } = useLocale();
  const state = useCompareView(props);
  const classes = useCompareViewStyles();
  return renderCompareView(state, classes, t);
}

export default CompareView;
