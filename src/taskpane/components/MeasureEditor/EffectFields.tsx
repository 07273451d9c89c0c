/** The amount per plan year: what a measure frees, or what a proposal costs. */
import { Caption1, Field, Input } from "@fluentui/react-components";
import { effectField } from "../../../port/workbookPort";
import { useLocale } from "../../locale";
import type { MeasureEditorState } from "./MeasureEditor.types";
import { useMeasureEditorStyles } from "./useMeasureEditorStyles.styles";

export function EffectFields({ state }: { readonly state: MeasureEditorState }) {
  const { t } = useLocale();
  const classes = useMeasureEditorStyles();
  const { draft, errors, hint, shown } = state;
  const amountWord = draft.kind === "measure" ? t.editor.effectsMeasure : t.editor.effectsProposal;
  return (
    <fieldset className={classes.fieldset}>
      <legend className={classes.legend}>{amountWord}</legend>
      <div className={classes.years}>
        {state.years.map((year) => (
          <Field
            key={year}
            label={t.editor.effectLabel(year)}
            validationMessage={shown(errors.effects[year])}
            hint={hint(effectField(year))}
          >
            <Input
              className={classes.fill}
              inputMode="decimal"
              input={{ className: classes.amount }}
              value={draft.effects[year] ?? ""}
              onChange={(_, data) => state.setEffect(year, data.value)}
            />
          </Field>
        ))}
      </div>
      <Caption1 className={classes.hint}>{t.editor.effectHint}</Caption1>
    </fieldset>
  );
}
