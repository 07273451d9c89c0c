/**
 * The sums per area under the measures list: for the chosen scenario, per area the needs, the
 * proposals funded within the frame, what the included measures free and what remains, so the
 * economist sees while editing measures which area carries the deficit. The same table as the
 * scenario view (AreaSumsTable), over the same items (referableMeasures), so both show one figure.
 * Loaded with its own chunk: the list's first view stays small.
 */
import { useMemo } from "react";
import { indexMeasures } from "../../../plan/balance";
import { referableMeasures } from "../../../plan/measureEdits";
import { planYears, type Scenario } from "../../../plan/model";
import type { PlanSnapshot } from "../../../port/workbookPort";
import { AreaSumsTable } from "../ScenarioPanel/AreaSumsTable";

export interface MeasureAreaSumsProps {
  readonly snapshot: PlanSnapshot;
  readonly scenario: Scenario;
}

export default function MeasureAreaSums({ snapshot, scenario }: MeasureAreaSumsProps) {
  const { measures: rows, settings } = snapshot;
  const index = useMemo(() => indexMeasures(referableMeasures(rows.map((m) => m.measure))), [rows]);
  const years = useMemo(() => planYears(settings), [settings]);
  return (
    <AreaSumsTable
      scenario={scenario}
      index={index}
      settings={settings}
      years={years}
      namesScenario
    />
  );
}
