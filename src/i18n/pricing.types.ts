/** The texts of the measure editor's pricing: typed amounts, a phased full-year effect, a volume. */
import type { PricingMode } from "../plan/pricing";

export interface PricingTexts {
  /** The radio group's label. */
  readonly how: string;
  readonly modes: Readonly<Record<PricingMode, string>>;
  readonly annualEffect: string;
  readonly annualEffectHint: string;
  readonly start: string;
  readonly startHint: string;
  readonly phaseIn: string;
  readonly phaseInHint: string;
  readonly volumeChange: string;
  readonly volumeChangeHint: string;
  readonly unitCost: string;
  readonly fromYear: string;
  /** The amounts the pricing gives, shown at once: "2026: 7 000 · 2027: 14 000 tkr". */
  readonly result: string;
  readonly formulaNote: string;
  readonly required: string;
  readonly notADate: string;
  readonly notAFactor: (text: string) => string;
  /** An input whose amounts cannot be computed (a start Excel cannot hold). */
  readonly cannotCompute: string;
}
