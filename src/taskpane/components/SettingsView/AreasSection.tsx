/** The budget areas: each one's name, moved up or down, removed; a new one added at the end. */
import { Button, Field, Input } from "@fluentui/react-components";
import {
  Add20Regular,
  ArrowDown20Regular,
  ArrowUp20Regular,
  Delete20Regular,
} from "@fluentui/react-icons";
import type { AreaEntry } from "../../../plan/settingsEdits";
import { useLocale } from "../../locale";
import type { SettingsViewState } from "./SettingsView.types";
import { useSettingsViewStyles } from "./useSettingsViewStyles.styles";

type Props = { readonly state: SettingsViewState; readonly headingId: string };

function AreaRow({
  state,
  entry,
  index,
}: {
  state: SettingsViewState;
  entry: AreaEntry;
  index: number;
}) {
  const { t } = useLocale();
  const classes = useSettingsViewStyles();
  const s = t.settings;
  const shown = entry.name.trim() || s.areaLabel(index + 1);
  const last = index === state.draft.areas.length - 1;
  return (
    <li className={classes.area}>
      <Field
        className={classes.areaField}
        label={s.areaLabel(index + 1)}
        validationMessage={state.areaMessages.get(entry.key)}
      >
        <Input
          className={classes.input}
          input={{ className: classes.inputText }}
          value={entry.name}
          onChange={(_, data) => state.renameArea(entry, data.value)}
        />
      </Field>
      <div className={classes.areaButtons}>
        <Button
          appearance="subtle"
          icon={<ArrowUp20Regular />}
          aria-label={s.moveUp(shown)}
          title={s.moveUp(shown)}
          disabled={index === 0}
          onClick={() => state.moveArea(entry, -1)}
        />
        <Button
          appearance="subtle"
          icon={<ArrowDown20Regular />}
          aria-label={s.moveDown(shown)}
          title={s.moveDown(shown)}
          disabled={last}
          onClick={() => state.moveArea(entry, 1)}
        />
        <Button
          appearance="subtle"
          icon={<Delete20Regular />}
          aria-label={s.removeArea(shown)}
          title={s.removeArea(shown)}
          onClick={() => state.removeArea(entry)}
        />
      </div>
    </li>
  );
}

export function AreasSection({ state, headingId }: Props) {
  const { t } = useLocale();
  const classes = useSettingsViewStyles();
  const s = t.settings;
  return (
    <section className={classes.section} aria-labelledby={headingId}>
      <h3 id={headingId} className={classes.heading}>
        {s.areasHeading}
      </h3>
      <span className={classes.hint}>{s.areasHint}</span>
      <Field validationMessage={state.messages.areas}>
        <ol className={classes.areas} aria-labelledby={headingId}>
          {state.draft.areas.map((entry, index) => (
            <AreaRow key={entry.key} state={state} entry={entry} index={index} />
          ))}
        </ol>
      </Field>
      <form
        className={classes.add}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          state.addArea();
        }}
      >
        <Field
          className={classes.areaField}
          label={s.newArea}
          validationMessage={state.newAreaMessage}
        >
          <Input
            className={classes.input}
            input={{ className: classes.inputText }}
            value={state.newArea}
            onChange={(_, data) => state.setNewArea(data.value)}
          />
        </Field>
        <Button className={classes.addButton} type="submit" icon={<Add20Regular />}>
          {s.addArea}
        </Button>
      </form>
    </section>
  );
}
