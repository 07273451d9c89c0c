/**
 * The two judgements of the committee table: the change of ambition level and the effect on the
 * goals, each one of three colours (in the municipality's words) or not yet judged.
 */
import { Field, Radio, RadioGroup } from "@fluentui/react-components";
import { AMBITION_COLOUR, GOAL_COLOUR } from "../../../plan/model";
import type { Ambition, Colour, GoalEffect } from "../../../plan/model";
import { useLocale } from "../../locale";
import type { EditorDraft, MeasureEditorState } from "./MeasureEditor.types";

const UNJUDGED = "unjudged";

const AMBITIONS: readonly Ambition[] = ["lowers", "keeps", "raises"];
const GOAL_EFFECTS: readonly GoalEffect[] = ["negative", "none", "positive"];

/** Per judgement, its values with their colours, from red to green. */
const CHOICES: Readonly<Record<Judgement, readonly (readonly [string, Colour])[]>> = {
  ambition: AMBITIONS.map((v) => [v, AMBITION_COLOUR[v]]),
  goals: GOAL_EFFECTS.map((v) => [v, GOAL_COLOUR[v]]),
};

type Judgement = "ambition" | "goals";

export function JudgementFields({ state }: { readonly state: MeasureEditorState }) {
  return (
    <>
      <JudgementField state={state} column="ambition" />
      <JudgementField state={state} column="goals" />
    </>
  );
}

/** One judgement: "RÖD – Sänkt ambitionsnivå" … and "Ej bedömd" (null). */
function JudgementField({
  state,
  column,
}: {
  readonly state: MeasureEditorState;
  readonly column: Judgement;
}) {
  const { t } = useLocale();
  const labels = state.settings.colourLabels;
  const meaning: Readonly<Record<string, string>> = t.colours[column];
  return (
    <Field label={t.editor[column]} hint={state.hint(column)}>
      <RadioGroup
        value={state.draft[column] ?? UNJUDGED}
        onChange={(_, data) =>
          state.set(column, data.value === UNJUDGED ? null : (data.value as EditorDraft[Judgement]))
        }
      >
        {CHOICES[column].map(([value, colour]) => (
          <Radio key={value} value={value} label={`${labels[colour]} – ${meaning[value]}`} />
        ))}
        <Radio value={UNJUDGED} label={t.colours.unjudged} />
      </RadioGroup>
    </Field>
  );
}
