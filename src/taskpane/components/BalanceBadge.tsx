/**
 * The result of one plan year in words and colour: "Underskott 1 900 tkr" on red, "Överskott …" or
 * "I balans" on green. The words carry the meaning; the colour only repeats it.
 */
import { Badge } from "@fluentui/react-components";
import type { Decimal } from "../../budget/money";
import type { BalanceStatus } from "../../plan/balance";
import { formatTkr } from "../format";
import { useLocale } from "../locale";
import type { Texts } from "../../i18n/texts";
import type { Language } from "../../i18n/language";

/** What the badge needs of a year's balance, exact or as shown (shownAmounts.ts): the same words. */
interface BalanceWords {
  readonly status: BalanceStatus;
  readonly size: Decimal;
}

/** The result in words, e.g. "Överskott 1 100 tkr". */
function balanceText(year: BalanceWords, t: Texts, lang: Language): string {
  if (year.status === "balanced") return t.balance.balanced;
  const amount = formatTkr(year.size, lang);
  return year.status === "surplus" ? t.balance.surplus(amount) : t.balance.deficit(amount);
}

export function BalanceBadge(props: {
  readonly year: BalanceWords;
  /** Put before the words, e.g. the year in the balance bar: "2026: Överskott 1 100 tkr". */
  readonly prefix?: string;
}) {
  const { year, prefix } = props;
  const { t, lang } = useLocale();
  return (
    <Badge
      appearance="filled"
      shape="rounded"
      size="large"
      color={year.status === "deficit" ? "danger" : "success"}
      data-status={year.status}
    >
      {prefix === undefined ? "" : `${prefix}: `}
      {balanceText(year, t, lang)}
    </Badge>
  );
}
