/** Renders the settings view from its state (no hooks here besides the sections' own texts). */
import {
  Button,
  Dropdown,
  Field,
  Input,
  Menu,
  MenuButton,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  MessageBar,
  MessageBarBody,
  Option,
  SpinButton,
  Text,
  Textarea,
} from "@fluentui/react-components";
import type { Texts } from "../../../i18n/texts";
import { PLAN_YEAR_COUNT_MAX } from "../../../plan/model";
import { FIRST_YEAR_MAX, FIRST_YEAR_MIN } from "../../../plan/settingsEdits";
import { PRESET_IDS } from "../../../plan/settingsPresets";
import { AreasSection } from "./AreasSection";
import type { SettingsViewState, TextField } from "./SettingsView.types";
import type { useSettingsViewStyles } from "./useSettingsViewStyles.styles";

type Classes = ReturnType<typeof useSettingsViewStyles>;
type Part = { readonly state: SettingsViewState; readonly classes: Classes; readonly t: Texts };

/** The number a year field shows, or null while its text is no whole number. */
const shownNumber = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : null);

function YearField(props: Part & { field: "firstYear" | "yearCount"; min: number; max: number }) {
  const { state, classes, t, field } = props;
  const text = state.draft[field];
  return (
    <Field
      className={classes.short}
      label={t.settings[field]}
      validationMessage={state.messages[field]}
    >
      <SpinButton
        value={shownNumber(text)}
        displayValue={text}
        min={props.min}
        max={props.max}
        onChange={(_, data) =>
          state.setYearText(
            field,
            data.value !== undefined && data.value !== null
              ? String(data.value)
              : (data.displayValue ?? "")
          )
        }
      />
    </Field>
  );
}

function PeriodSection(props: Part) {
  const { state, classes, t } = props;
  return (
    <section className={classes.section} aria-labelledby="settings-period">
      <h3 id="settings-period" className={classes.heading}>
        {t.settings.periodHeading}
      </h3>
      <div className={classes.row}>
        <YearField {...props} field="firstYear" min={FIRST_YEAR_MIN} max={FIRST_YEAR_MAX} />
        <YearField {...props} field="yearCount" min={1} max={PLAN_YEAR_COUNT_MAX} />
      </div>
      {state.period && (
        <Text className={classes.hint} aria-live="polite">
          {t.settings.period(state.period.first, state.period.last)}
        </Text>
      )}
    </section>
  );
}

function TextInput(
  props: Part & { field: TextField; label: string; hint?: string; className: string }
) {
  const { state, field } = props;
  const value = {
    municipality: state.draft.municipality,
    committee: state.draft.committee,
    colourRed: state.draft.colourLabels.red,
    colourYellow: state.draft.colourLabels.yellow,
    colourGreen: state.draft.colourLabels.green,
    legendAmbition: state.draft.legend.ambition,
    legendGoals: state.draft.legend.goals,
  }[field];
  const long = field === "legendAmbition" || field === "legendGoals";
  return (
    <Field
      className={props.className}
      label={props.label}
      hint={props.hint}
      validationMessage={state.messages[field]}
    >
      {long ? (
        <Textarea
          rows={4}
          resize="vertical"
          value={value}
          onChange={(_, d) => state.setText(field, d.value)}
        />
      ) : (
        <Input
          className={props.classes.input}
          input={{ className: props.classes.inputText }}
          value={value}
          onChange={(_, d) => state.setText(field, d.value)}
        />
      )}
    </Field>
  );
}

function NamesSection(props: Part) {
  const { classes, t } = props;
  const s = t.settings;
  return (
    <section className={classes.section} aria-labelledby="settings-names">
      <h3 id="settings-names" className={classes.heading}>
        {s.namesHeading}
      </h3>
      <div className={classes.row}>
        <TextInput
          {...props}
          className={classes.wide}
          field="municipality"
          label={s.municipality}
          hint={s.municipalityHint}
        />
        <TextInput
          {...props}
          className={classes.wide}
          field="committee"
          label={s.committee}
          hint={s.committeeHint}
        />
      </div>
    </section>
  );
}

function UnitSection({ state, classes, t }: Part) {
  const s = t.settings;
  const name = (unit: string) => (unit === "tkr" || unit === "kr" ? s.unitNames[unit] : unit);
  return (
    <section className={classes.section} aria-labelledby="settings-unit">
      <h3 id="settings-unit" className={classes.heading}>
        {s.unitHeading}
      </h3>
      <Field label={s.unit} hint={s.unitHint}>
        <Dropdown
          className={classes.dropdown}
          value={name(state.draft.unit)}
          selectedOptions={[state.draft.unit]}
          onOptionSelect={(_, data) => {
            const unit = state.units.find((u) => u === data.optionValue);
            if (unit) state.setUnit(unit);
          }}
        >
          {state.units.map((u) => (
            <Option key={u} value={u} text={name(u)}>
              {name(u)}
            </Option>
          ))}
        </Dropdown>
      </Field>
    </section>
  );
}

function ColoursSection(props: Part) {
  const { classes, t } = props;
  const s = t.settings;
  return (
    <section className={classes.section} aria-labelledby="settings-colours">
      <h3 id="settings-colours" className={classes.heading}>
        {s.coloursHeading}
      </h3>
      <div className={classes.row}>
        <TextInput {...props} className={classes.colour} field="colourRed" label={s.colourRed} />
        <TextInput
          {...props}
          className={classes.colour}
          field="colourYellow"
          label={s.colourYellow}
        />
        <TextInput
          {...props}
          className={classes.colour}
          field="colourGreen"
          label={s.colourGreen}
        />
      </div>
      <TextInput
        {...props}
        className={classes.input}
        field="legendAmbition"
        label={s.legendAmbition}
      />
      <TextInput {...props} className={classes.input} field="legendGoals" label={s.legendGoals} />
    </section>
  );
}

function PresetMenu({ state, t }: Part) {
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <MenuButton>{t.settings.preset}</MenuButton>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {PRESET_IDS.map((id) => (
            <MenuItem key={id} onClick={() => state.applyPreset(id)}>
              {t.settings.presetNames[id]}
            </MenuItem>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

function SaveBar({ state, classes, t }: Part) {
  const s = t.settings;
  return (
    <div className={classes.section}>
      {state.status === "fixFirst" && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>{s.fixFirst}</MessageBarBody>
        </MessageBar>
      )}
      {state.status === "saved" && (
        <MessageBar intent="success" layout="multiline" role="status">
          <MessageBarBody>{s.saved}</MessageBarBody>
        </MessageBar>
      )}
      {state.dirty && state.status === null && <Text className={classes.hint}>{s.unsaved}</Text>}
      <div className={classes.actions}>
        <Button appearance="primary" disabled={!state.dirty || state.saving} onClick={state.save}>
          {s.save}
        </Button>
        {state.dirty && <Button onClick={state.revert}>{s.revert}</Button>}
      </div>
    </div>
  );
}

export function renderSettingsView(state: SettingsViewState, classes: Classes, t: Texts) {
  const part = { state, classes, t };
  return (
    <div className={classes.root}>
      <Text className={classes.intro}>{t.settings.intro}</Text>
      <div className={classes.actions}>
        <PresetMenu {...part} />
      </div>
      {state.presetNote && (
        <MessageBar intent="info" layout="multiline" role="status">
          <MessageBarBody>{state.presetNote}</MessageBarBody>
        </MessageBar>
      )}
      <PeriodSection {...part} />
      <NamesSection {...part} />
      <AreasSection state={state} headingId="settings-areas" />
      <UnitSection {...part} />
      <ColoursSection {...part} />
      <SaveBar {...part} />
    </div>
  );
}
