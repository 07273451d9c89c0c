/**
 * A text field of a line (its text, cause or purpose) that saves when the user leaves it or
 * presses Enter, not on every keystroke. A text longer than one Excel cell holds is refused with
 * its count at the field and never saved.
 */
import { useEffect, useRef, useState } from "react";
import { Field, Input } from "@fluentui/react-components";
import { textLengthMessage } from "../../inputMessages";
import { useLocale } from "../../locale";

export interface CommitTextProps {
  readonly label: string;
  readonly value: string;
  readonly onCommit: (text: string) => void;
  readonly className?: string;
}

export function CommitText({ label, value, onCommit, className }: CommitTextProps) {
  const { t, lang } = useLocale();
  const [text, setText] = useState(value);
  const editing = useRef(false);
  // A new value from outside (another tab, a reload) replaces the text unless the user is typing.
  useEffect(() => {
    if (!editing.current) setText(value);
  }, [value]);
  const problem = textLengthMessage(text, label, t, lang);
  const commit = () => {
    editing.current = false;
    if (problem === null && text !== value) onCommit(text);
  };
  return (
    <Field
      label={label}
      size="small"
      className={className}
      validationState={problem ? "error" : "none"}
      validationMessage={problem ?? undefined}
    >
      <Input
        size="small"
        value={text}
        onFocus={() => {
          editing.current = true;
        }}
        onChange={(_, data) => {
          editing.current = true;
          setText(data.value);
        }}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === "Enter") commit();
        }}
      />
    </Field>
  );
}
