/** The frame as lines: the frame handed down and its adjustments; the frame per year is their sum. */
import type { FrameLine } from "../../../plan/model";
import { frameIn } from "../../../plan/scenarioLines";
import { useLocale } from "../../locale";
import { CommitText } from "./CommitText";
import { LineCard, LineSection } from "./LineCard";
import type { ScenarioPanelState } from "./ScenarioPanel.types";
import { SumLine } from "./SumLine";
import { YearAmounts } from "./YearAmounts";

export function FrameLines({ state }: { readonly state: ScenarioPanelState }) {
  const { t } = useLocale();
  const lines = state.saved?.frameLines ?? [];
  const shown = state.shown;
  return (
    <LineSection
      title={t.lines.frameTitle}
      hint={t.lines.frameHint}
      addLabel={t.lines.addFrameLine}
      onAdd={() => state.addLine("frameLines")}
      empty={lines.length === 0}
    >
      {lines.map((line, i) => (
        <FrameLineCard key={line.id} state={state} line={line} n={i + 1} />
      ))}
      {shown && lines.length > 0 && (
        <SumLine label={t.lines.frameSum} years={state.years} amountIn={(y) => frameIn(shown, y)} />
      )}
    </LineSection>
  );
}

function FrameLineCard(props: {
  readonly state: ScenarioPanelState;
  readonly line: FrameLine;
  readonly n: number;
}) {
  const { state, line, n } = props;
  const { t } = useLocale();
  const name = t.lines.lineName(line.text, n);
  return (
    <LineCard
      name={name}
      onRemove={() => state.removeLine("frameLines", line.id)}
      fields={
        <CommitText
          label={t.lines.frameText}
          value={line.text}
          onCommit={(text) => state.changeLine("frameLines", line.id, (l) => ({ ...l, text }))}
        />
      }
    >
      <YearAmounts
        state={state}
        list="frameLines"
        lineId={line.id}
        labelOf={(year) => t.lines.amountLabel(name, year)}
      />
    </LineCard>
  );
}
