/**
 * Amounts between the model and a cell. The model holds tkr, a measure's effect positive when it
 * frees money and a proposal's need positive when it costs money; a cell holds the amount in the
 * unit its column header states and, under the "resultEffect" sign convention, a proposal negated
 * (its effect on the result). Reading and writing use the same factors, so a round trip is exact.
 */
import { Decimal, ZERO } from "../budget/money";
import type { AmountUnit, MeasureKind, SignConvention } from "../plan/model";

/** How many tkr one unit is. */
export const TKR_PER_UNIT: Readonly<Record<AmountUnit, Decimal>> = {
  kr: new Decimal("0.001"),
  tkr: new Decimal(1),
  mnkr: new Decimal(1000),
};

function signFor(kind: MeasureKind, signConvention: SignConvention): 1 | -1 {
  return signConvention === "resultEffect" && kind === "proposal" ? -1 : 1;
}

/** The model's amount (tkr) for the amount a cell states in `unit`; zero is always +0. */
export function tkrOfCell(
  amount: Decimal,
  kind: MeasureKind,
  unit: AmountUnit,
  signConvention: SignConvention
): Decimal {
  let tkr = amount.times(TKR_PER_UNIT[unit]);
  if (signFor(kind, signConvention) < 0) tkr = tkr.neg();
  return tkr.isZero() ? ZERO : tkr;
}

/** The amount a cell shows for the model's amount `tkr`: in `unit`, signed by the convention. */
export function shownAmount(
  tkr: Decimal,
  kind: MeasureKind,
  unit: AmountUnit,
  signConvention: SignConvention
): Decimal {
  const shown = tkr.div(TKR_PER_UNIT[unit]);
  return signFor(kind, signConvention) < 0 ? shown.neg() : shown;
}

/** Reads a number typed in a text cell: "14 000", "−1,5", "1234.5". Undefined when it is not one. */
export function parseNumberText(text: string): Decimal | undefined {
  const cleaned = text
    .normalize("NFC")
    .replace(/[\s\u00a0\u2007\u202f']/g, "")
    .replace(/^[\u2212\u2013]/, "-");
  let t = cleaned;
  if (t.includes(",")) {
    if (t.includes(".")) return undefined;
    t = t.replace(",", ".");
  }
  if (!/^[+-]?(\d+(\.\d+)?|\.\d+)$/.test(t)) return undefined;
  try {
    const d = new Decimal(t);
    return d.isFinite() ? d : undefined;
  } catch {
    return undefined;
  }
}
