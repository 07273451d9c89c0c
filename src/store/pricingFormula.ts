/**
 * The formulas a priced measure's amount cells hold in Excel, so the sheet shows how each amount
 * was reached. One formula per year cell, each complete in itself:
 *
 *   =BUDGET.MEASUREEFFECT(<annual>,DATE(y,m,d),<the cell's year>,1[,{f1,f2,…}])
 *   =BUDGET.VOLUMEEFFECT(<volume change>,<unit cost>)      (or with a leading minus)
 *
 * Why one per cell rather than one spilled row: a spill needs the year columns to be adjacent and
 * in order, blocks (#SPILL!) when any of them holds a value, and Excel's table rows do not spill
 * at all; MEASUREEFFECT with years = 1 and first_year = the cell's own year gives exactly that
 * year of the row (the phase-in factor is indexed by the measure's own year, not the plan's), so
 * every cell stays right when columns are moved, and the add-in can replace one cell at a time.
 *
 * Amounts are written in the cell's unit and signed by the sheet's convention, as shownAmount
 * does for a typed amount: both functions are linear in their amount argument, so scaling or
 * negating it scales or negates the result. Formulas are in Office.js's English syntax (range.formulas):
 * "," between arguments, "." as decimal sign.
 */
import { ONE, toFiniteNumber } from "../budget/money";
import type { Decimal } from "../budget/money";
import type { AmountUnit, Measure, MeasureKind, PlanSettings, SignConvention } from "../plan/model";
import { planYears } from "../plan/model";
import { startParts, volumeSign } from "../plan/pricing";
import type { MeasurePricing } from "../plan/pricing";
import { TKR_PER_UNIT, shownAmount } from "./amounts";
import type { FieldCell } from "./measureCells";
import type { ColumnLayout } from "./measureColumns";
import { effectYearOf } from "./measureFields";

/** A number as a formula states it; throws a RangeError (as EXCEL_CELLS does) when it does not fit. */
function formulaNumber(value: Decimal): string {
  const n = toFiniteNumber(value);
  if (n === undefined)
    throw new RangeError(`The amount ${value.toString()} does not fit in a cell.`);
  return String(n);
}

function measureEffectFormula(
  pricing: Extract<MeasurePricing, { kind: "phased" }>,
  year: number,
  kind: MeasureKind,
  unit: AmountUnit,
  signConvention: SignConvention
): string {
  const annual = formulaNumber(shownAmount(pricing.annualEffect, kind, unit, signConvention));
  const { year: y, month, day } = startParts(pricing.start);
  const factors =
    pricing.phaseIn.length > 0 ? `,{${pricing.phaseIn.map(formulaNumber).join(",")}}` : "";
  return `=BUDGET.MEASUREEFFECT(${annual},DATE(${y},${month},${day}),${year},1${factors})`;
}

function volumeEffectFormula(
  pricing: Extract<MeasurePricing, { kind: "volume" }>,
  kind: MeasureKind,
  unit: AmountUnit,
  signConvention: SignConvention
): string {
  const cost = formulaNumber(pricing.unitCost.div(TKR_PER_UNIT[unit]));
  // The cell shows shownAmount(model); the model is the volume effect signed by the kind.
  const shownSign = shownAmount(ONE, kind, "tkr", signConvention).isNegative() ? -1 : 1;
  const minus = shownSign * volumeSign(kind) < 0 ? "-" : "";
  return `=${minus}BUDGET.VOLUMEEFFECT(${formulaNumber(pricing.volumeChange)},${cost})`;
}

/**
 * The formula of one year's amount cell in `unit`; null for a year the pricing gives a plain 0
 * (a volume change before its first year), which is written as a value.
 */
export function pricingCellFormula(
  pricing: MeasurePricing,
  year: number,
  kind: MeasureKind,
  unit: AmountUnit,
  signConvention: SignConvention
): string | null {
  if (pricing.kind === "phased")
    return measureEffectFormula(pricing, year, kind, unit, signConvention);
  if (year < pricing.fromYear) return null;
  return volumeEffectFormula(pricing, kind, unit, signConvention);
}

/** The unit of a year's column as the layout found it, else the settings' unit. */
function unitOf(layout: ColumnLayout, year: number, settings: PlanSettings): AmountUnit {
  return layout.effects.find((e) => e.year === year)?.unit ?? settings.unit;
}

/**
 * The cells of an edit with the pricing's formula on each plan year's amount cell it writes
 * (the value stays, for the browser's storage and for a reader that ignores formulas).
 */
export function withPricingFormulas(
  cells: readonly FieldCell[],
  pricing: MeasurePricing,
  kind: MeasureKind,
  settings: PlanSettings,
  layout: ColumnLayout
): FieldCell[] {
  const years = new Set(planYears(settings));
  return cells.map((cell) => {
    const year = effectYearOf(cell.field);
    if (year === undefined || !years.has(year)) return cell;
    const formula = pricingCellFormula(
      pricing,
      year,
      kind,
      unitOf(layout, year, settings),
      settings.signConvention
    );
    return formula === null ? cell : { ...cell, formula };
  });
}

/** The column index and formula of each plan year's amount cell of a new, priced measure. */
export function newRowFormulas(
  measure: Measure,
  settings: PlanSettings,
  layout: ColumnLayout
): { readonly index: number; readonly formula: string }[] {
  const pricing = measure.pricing;
  if (!pricing) return [];
  const result: { index: number; formula: string }[] = [];
  for (const year of planYears(settings)) {
    const col = layout.effects.find((e) => e.year === year);
    if (!col || col.index < 0) continue;
    const formula = pricingCellFormula(
      pricing,
      year,
      measure.kind,
      col.unit,
      settings.signConvention
    );
    if (formula !== null) result.push({ index: col.index, formula });
  }
  return result;
}
