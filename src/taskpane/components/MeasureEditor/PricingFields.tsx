/**
 * A priced measure's inputs and, at once, the amounts per plan year they give. A field's message
 * shows once the user has tried to save, as the editor's other fields do.
 */
import { Caption1, Field, Input, Select } from "@fluentui/react-components";
import { ZERO } from "../../../budget/money";
import { formatNumber } from "../../format";
import { useLocale } from "../../locale";
import type { MeasureEditorState } from "./MeasureEditor.types";
import type { PricingField } from "./pricingDraft";
import { useMeasureEditorStyles } from "./useMeasureEditorStyles.styles";

export function PricingFields({ state }: { readonly state: MeasureEditorState }) {
  const { t } = useLocale();
  const classes = useMeasureEditorStyles();
  const pricing = state.draft.pricing;
  return (
    <>
      {pricing.mode === "phased" ? (
        <>
          <TextField
            state={state}
            field="annualEffect"
            label={t.pricing.annualEffect}
            hint={t.pricing.annualEffectHint}
            amount
          />
          <Field
            label={t.pricing.start}
            hint={t.pricing.startHint}
            validationMessage={state.shown(state.errors.pricing.start)}
          >
            <Input
              type="date"
              className={classes.fill}
              value={pricing.start}
              onChange={(_, data) => state.setPricing({ start: data.value })}
            />
          </Field>
          <TextField
            state={state}
            field="phaseIn"
            label={t.pricing.phaseIn}
            hint={t.pricing.phaseInHint}
          />
        </>
      ) : (
        <>
          <TextField
            state={state}
            field="volumeChange"
            label={t.pricing.volumeChange}
            hint={t.pricing.volumeChangeHint}
            amount
          />
          <TextField state={state} field="unitCost" label={t.pricing.unitCost} amount />
          <Field label={t.pricing.fromYear}>
            <Select
              value={String(pricing.fromYear)}
              onChange={(_, data) => state.setPricing({ fromYear: Number(data.value) })}
            >
              {state.years.map((year) => (
                <option key={year} value={year}>
                  {year}
                </option>
              ))}
            </Select>
          </Field>
        </>
      )}
      <PricedAmounts state={state} />
    </>
  );
}

function TextField(props: {
  readonly state: MeasureEditorState;
  readonly field: PricingField;
  readonly label: string;
  readonly hint?: string;
  readonly amount?: boolean;
}) {
  const { state, field } = props;
  const classes = useMeasureEditorStyles();
  return (
    <Field
      label={props.label}
      hint={props.hint}
      validationMessage={state.shown(state.errors.pricing[field])}
    >
      <Input
        className={classes.fill}
        inputMode={props.amount ? "decimal" : "text"}
        input={props.amount ? { className: classes.amount } : undefined}
        value={state.draft.pricing[field]}
        onChange={(_, data) => state.setPricing({ [field]: data.value })}
      />
    </Field>
  );
}

/** "Ger per år: 2026: 7 000 · 2027: 14 000 tkr", or why there is nothing to show yet. */
function PricedAmounts({ state }: { readonly state: MeasureEditorState }) {
  const { t, lang } = useLocale();
  const classes = useMeasureEditorStyles();
  const { effects, errors } = state.priced;
  const amounts = effects
    ? state.years.map((y) => `${y}: ${formatNumber(effects[y] ?? ZERO, lang)}`).join(" · ")
    : null;
  return (
    <div aria-live="polite">
      <Caption1 className={classes.pricedTitle}>{t.pricing.result}</Caption1>{" "}
      <Caption1>
        {amounts ? `${amounts} ${t.common.unit}` : (errors.result ?? t.list.blank)}
      </Caption1>
      <Caption1 className={classes.hint} block>
        {t.pricing.formulaNote}
      </Caption1>
    </div>
  );
}
