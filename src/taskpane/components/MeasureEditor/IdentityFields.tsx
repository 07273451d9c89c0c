/** What the item is: its kind, number, area and title. */
import { Dropdown, Field, Input, Option, Radio, RadioGroup } from "@fluentui/react-components";
import type { MeasureKind } from "../../../plan/model";
import { useLocale } from "../../locale";
import type { MeasureEditorState } from "./MeasureEditor.types";
import { useMeasureEditorStyles } from "./useMeasureEditorStyles.styles";

export function IdentityFields({ state }: { readonly state: MeasureEditorState }) {
  const { t } = useLocale();
  const classes = useMeasureEditorStyles();
  const { draft, errors, hint, shown } = state;
  // The three fields that must be filled in: marked required, their error once tried, their hint.
  const required = (field: "nr" | "area" | "title") => ({
    required: true,
    validationMessage: shown(errors[field]),
    hint: hint(field),
  });
  return (
    <>
      <Field label={t.editor.kind} hint={hint("kind")}>
        <RadioGroup
          layout="horizontal"
          value={draft.kind}
          onChange={(_, data) => state.set("kind", data.value as MeasureKind)}
        >
          <Radio value="measure" label={t.kinds.measure} />
          <Radio value="proposal" label={t.kinds.proposal} />
        </RadioGroup>
      </Field>

      <div className={classes.row}>
        <Field className={classes.nr} label={t.editor.nr} {...required("nr")}>
          <Input
            className={classes.fill}
            inputMode="numeric"
            value={draft.nr}
            onChange={(_, data) => state.set("nr", data.value)}
          />
        </Field>
        <Field className={classes.grow} label={t.editor.area} {...required("area")}>
          <Dropdown
            value={draft.area}
            selectedOptions={draft.area === "" ? [] : [draft.area]}
            onOptionSelect={(_, data) =>
              data.optionValue !== undefined && state.set("area", data.optionValue)
            }
          >
            {state.areas.map((a) => (
              <Option key={a} value={a}>
                {a}
              </Option>
            ))}
          </Dropdown>
        </Field>
      </div>

      <Field label={t.editor.title} {...required("title")}>
        <Input
          className={classes.fill}
          value={draft.title}
          onChange={(_, data) => state.set("title", data.value)}
        />
      </Field>
    </>
  );
}
