/**
 * An input for an amount in tkr. Shows the exact stored value (grouped, never rounded), reports
 * each valid value as it is typed (so sums can follow at once) and commits on leaving the field or
 * Enter. Text that is not a number, an ambiguous "1.500" and an amount finer than one krona are
 * marked, reported with a message that names the field, and never committed.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { Input } from "@fluentui/react-components";
import { ZERO } from "../../budget/money";
import type { Decimal } from "../../budget/money";
import { formatAmountInput, readAmountField } from "../format";
import { amountMessage } from "../inputMessages";
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
  const [problem, setProblem] = useState<string | null>(null);
  const invalid = problem !== null;
  const editing = useRef(false);
  const tell = useToldValidity(onValidity);

  // A new value from outside (another scenario, a reload) replaces the text unless the user is typing.
  useEffect(() => {
    if (!editing.current) {
      setText(formatAmountInput(value, lang));
      setProblem(null);
      tell(null);
    }
  }, [value, lang, tell]);

  const parse = (raw: string) => readAmountField(raw, lang, value);
  const read = (raw: string): Decimal | null | undefined => {
    const parsed = parse(raw);
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
      title={problem ?? undefined}
      inputMode="decimal"
      size="small"
      value={text}
      onFocus={() => {
        editing.current = true;
      }}
      onChange={(_, data) => {
        editing.current = true;
        setText(data.value);
        const parsed = parse(data.value);
        const message = amountMessage(parsed, label, t.scenario.amountNotANumber, t, lang);
        tell(message);
        setProblem(message);
        if (parsed.ok && onPreview) onPreview(parsed.value ?? ZERO);
      }}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === "Enter") commit();
      }}
    />
  );
}

/**
 * Tells `onValidity` each change of the field's problem, once, and withdraws a told problem when
 * the field goes away, so no stale warning stays under the table.
 */
function useToldValidity(onValidity: ((message: string | null) => void) | undefined) {
  const told = useRef<{ message: string | null; onValidity?: (m: string | null) => void }>({
    message: null,
  });
  told.current.onValidity = onValidity;
  const tell = useCallback((message: string | null) => {
    if (message !== told.current.message) told.current.onValidity?.(message);
    told.current.message = message;
  }, []);
  useEffect(() => {
    const current = told.current;
    return () => {
      if (current.message !== null) current.onValidity?.(null);
    };
  }, []);
  return tell;
}
