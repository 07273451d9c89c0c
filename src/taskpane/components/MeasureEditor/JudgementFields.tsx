/**
 * The two judgements of the committee table: the change of ambition level and the effect on the
 * goals, each one of three colours (in the municipality's words) or not yet judged.
 */
import { Field, Radio, RadioGroup } from "@fluentui/react-components";
import { AMBITION_COLOUR, GOAL_COLOUR } from "../../../plan/model";
import type { Ambition, Colour, ColourLabels, GoalEffect } from "../../../plan/model";
import { useLocale } from "../../locale";
import type { MeasureEditorState } from "./MeasureEditor.types";

const UNJUDGED = "unjudged";
const AMBITIONS: readonly Ambition[] = ["lowers", "keeps", "raises"];
const GOAL_EFFECTS: readonly GoalEffect[] = ["negative", "none", "positive"];

export function JudgementFields({ state }: { readonly state: MeasureEditorState }) {
  const { t } = useLocale();
  const { draft, hint } = state;
  const labels = state.settings.colourLabels;
  return (
    <>
      <ColourRadios
        label={t.editor.ambition}
        hint={hint("ambition")}
        value={draft.ambition}
        values={AMBITIONS}
        colourOf={AMBITION_COLOUR}
        meaning={t.colours.ambition}
        labels={labels}
        onChange={(v) => state.set("ambition", v)}
      />
      <ColourRadios
        label={t.editor.goals}
        hint={hint("goals")}
        value={draft.goals}
        values={GOAL_EFFECTS}
        colourOf={GOAL_COLOUR}
        meaning={t.colours.goals}
        labels={labels}
        onChange={(v) => state.set("goals", v)}
      />
    </>
  );
}

interface ColourRadiosProps<V extends string> {
  readonly label: string;
  readonly hint: string | undefined;
  readonly value: V | null;
  /** The choices from red to green. */
  readonly values: readonly V[];
  readonly colourOf: Readonly<Record<V, Colour>>;
  readonly meaning: Readonly<Record<V, string>>;
  readonly labels: ColourLabels;
  readonly onChange: (value: V | null) => void;
}

/** One judgement: "RÖD – sänkt ambitionsnivå" … and "Ej bedömd" (null). */
function ColourRadios<V extends string>(props: ColourRadiosProps<V>) {
  const { t } = useLocale();
  const { values, colourOf, meaning, labels, onChange } = props;
  return (
    <Field label={props.label} hint={props.hint}>
      <RadioGroup
        value={props.value ?? UNJUDGED}
        onChange={(_, data) => onChange(data.value === UNJUDGED ? null : (data.value as V))}
      >
        {values.map((v) => (
          <Radio key={v} value={v} label={`${labels[colourOf[v]]} – ${meaning[v]}`} />
        ))}
        <Radio value={UNJUDGED} label={t.colours.unjudged} />
      </RadioGroup>
    </Field>
  );
}
