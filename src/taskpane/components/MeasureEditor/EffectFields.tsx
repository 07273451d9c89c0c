/**
 * The amount per plan year: what a measure frees, or what a proposal costs. Typed per year, or
 * priced (PricingFields): a full-year effect from a start date, or a volume × a unit cost.
 */
import { Caption1, Field, Input, Radio, RadioGroup } from "@fluentui/react-components";
import type { PricingMode } from "../../../plan/pricing";
import { effectField } from "../../../port/workbookPort";
import { useLocale } from "../../locale";
import type { MeasureEditorState } from "./MeasureEditor.types";
import { PricingFields } from "./PricingFields";
import { useMeasureEditorStyles } from "./useMeasureEditorStyles.styles";

const MODES: readonly PricingMode[] = ["typed", "phased", "volume"];

export function EffectFields({ state }: { readonly state: MeasureEditorState }) {
  const { t } = useLocale();
  const classes = useMeasureEditorStyles();
  const { draft } = state;
  const amountWord = draft.kind === "measure" ? t.editor.effectsMeasure : t.editor.effectsProposal;
  return (
    <fieldset className={classes.fieldset}>
      <legend className={classes.legend}>{amountWord}</legend>
      <Field label={t.pricing.how}>
        <RadioGroup
          value={draft.pricing.mode}
          onChange={(_, data) => state.setPricing({ mode: data.value as PricingMode })}
        >
          {MODES.map((mode) => (
            <Radio key={mode} value={mode} label={t.pricing.modes[mode]} />
          ))}
        </RadioGroup>
      </Field>
      {draft.pricing.mode === "typed" ? (
        <TypedYears state={state} />
      ) : (
        <PricingFields state={state} />
      )}
    </fieldset>
  );
}

function TypedYears({ state }: { readonly state: MeasureEditorState }) {
  const { t } = useLocale();
  const classes = useMeasureEditorStyles();
  const { draft, errors, hint, shown } = state;
  return (
    <>
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
    </>
  );
}
