/** Renders the measures list from its state (no hooks here). */
import { Suspense, lazy } from "react";
import { Button, Caption1 } from "@fluentui/react-components";
import { Add20Regular, Filter16Regular } from "@fluentui/react-icons";
import type { Texts } from "../../../i18n/texts";
import { ColourLegend } from "../ColourLegend";
import { MeasureCard } from "./MeasureCard";

const MeasureFilters = lazy(() => import(/* webpackChunkName: "filters" */ "./MeasureFilters"));
import type { MeasureListState } from "./MeasureList.types";
import type { useMeasureListStyles } from "./useMeasureListStyles.styles";

export function renderMeasureList(
  state: MeasureListState,
  classes: ReturnType<typeof useMeasureListStyles>,
  t: Texts
) {
  const { settings, onAdd, onEdit, onDuplicate, onDelete } = state.props;
  const labels = settings.colourLabels;

  return (
    <div className={classes.root}>
      <div className={classes.toolbar}>
        <Button appearance="primary" icon={<Add20Regular />} onClick={() => onAdd("measure")}>
          {t.list.addMeasure}
        </Button>
        <Button icon={<Add20Regular />} onClick={() => onAdd("proposal")}>
          {t.list.addProposal}
        </Button>
        <Button
          appearance="subtle"
          icon={<Filter16Regular />}
          aria-expanded={state.filtersOpen}
          onClick={state.toggleFilters}
        >
          {state.filtered ? t.list.filtersActive : t.list.filters}
        </Button>
      </div>

      {state.filtersOpen && (
        <Suspense fallback={null}>
          <MeasureFilters state={state} />
        </Suspense>
      )}

      <Caption1 className={classes.count} aria-live="polite">
        {state.total === 0
          ? t.list.empty
          : state.matching === 0
            ? t.list.noMatch
            : t.list.count(state.rows.length, state.matching)}
      </Caption1>

      {state.rows.length > 0 && (
        <ul className={classes.list} aria-label={t.list.listLabel}>
          {state.rows.map((row) => (
            <MeasureCard
              key={row.key}
              row={row}
              years={state.years}
              labels={labels}
              onEdit={onEdit}
              onDuplicate={onDuplicate}
              onDelete={onDelete}
            />
          ))}
        </ul>
      )}
      {state.rows.length < state.matching && (
        <Button appearance="secondary" onClick={state.showMore}>
          {t.list.showMore(state.matching - state.rows.length)}
        </Button>
      )}
      {state.total > 0 && <ColourLegend settings={settings} className={classes.legend} />}
    </div>
  );
}
