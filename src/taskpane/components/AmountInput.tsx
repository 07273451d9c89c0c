/**
 * An input for an amount in tkr. Shows the exact stored value (grouped, never rounded), reports
 * each valid value as it is typed (so sums can follow at once) and commits on leaving the field or
 * Enter. Text that is not a number is marked and never committed.
 */
import { useEffect, useRef, useState } from "react";
import { Input } from "@fluentui/react-components";
import { ZERO } from "../../budget/money";
import type { Decimal } from "../../budget/money";
import { formatAmountInput, parseAmountInput } from "../format";
import { useLocale } from "../locale";

export interface AmountInputProps {
  readonly value: Decimal;
  readonly label: string;
  /** Called for every valid value while typing. */
  readonly onPreview?: (value: Decimal) => void;
  /** Called once the user leaves the field (or presses Enter) with a changed, valid value. */
  readonly onCommit: (value: Decimal) => void;
  /** Called with the error text (or null) whenever validity changes. */
  readonly onValidity?: (message: string | null) => void;
  readonly className?: string;
  /** Class of the inner <input> (alignment, padding). */
  readonly inputClassName?: string;
}

export function AmountInput({
  value,
  label,
  onPreview,
  onCommit,
  onValidity,
  className,
  inputClassName,
}: AmountInputProps) {
  const { t, lang } = useLocale();
  const [text, setText] = useState(() => formatAmountInput(value, lang));
  const [invalid, setInvalid] = useState(false);
  const editing = useRef(false);

  // A new value from outside (another scenario, a reload) replaces the text unless the user is typing.
  useEffect(() => {
    if (!editing.current) {
      setText(formatAmountInput(value, lang));
      setInvalid(false);
    }
  }, [value, lang]);

  const read = (raw: string): Decimal | null | undefined => {
    const parsed = parseAmountInput(raw, lang);
    if (!parsed.ok) return undefined;
    return parsed.value; // blank = null
  };

  const commit = () => {
    editing.current = false;
    const parsed = read(text);
    if (parsed === undefined) return; // stays marked invalid
    const next = parsed ?? ZERO; // an emptied field means 0
    if (!next.eq(value)) onCommit(next);
    setText(formatAmountInput(next, lang));
  };

  return (
    <Input
      className={className}
      input={{ className: inputClassName }}
      aria-label={label}
      aria-invalid={invalid || undefined}
      title={invalid ? t.scenario.amountNotANumber : undefined}
      inputMode="decimal"
      size="small"
      value={text}
      onFocus={() => {
        editing.current = true;
      }}
      onChange={(_, data) => {
        editing.current = true;
        setText(data.value);
        const parsed = read(data.value);
        const bad = parsed === undefined;
        if (bad !== invalid) onValidity?.(bad ? t.scenario.amountNotANumber : null);
        setInvalid(bad);
        if (!bad && onPreview) onPreview(parsed ?? ZERO);
      }}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === "Enter") commit();
      }}
    />
  );
}
