/**
 * A measure's pricing read back from the formulas in its amount cells: the inverse of
 * pricingFormula.ts. In Excel the formulas are where the pricing lives (the browser keeps it
 * beside the table, storedPricing.ts), so a measure priced in the pane comes back priced when the
 * workbook is opened again, on any machine, and its inputs come back in the editor.
 *
 * Only the shapes the add-in writes are recognised, in English or Swedish function names:
 *
 *   =BUDGET.MEASUREEFFECT(<annual>,DATE(y,m,d),<the cell's year>,1[,{f1,f2,…}])  in every plan year
 *   =[-]BUDGET.VOLUMEEFFECT(<volume change>,<unit cost>)  from a year on, plain 0 before it
 *
 * Anything else (a formula of the economist's own, a cell typed over, a year that disagrees with
 * the others) means the amounts are not that pricing's, and the measure reads as typed amounts.
 * The read pricing is then checked against the amounts read (pricingHolds), so a pricing is only
 * ever shown for amounts it gives. Pure: no Office.js.
 */
import { Decimal } from "../budget/money";
import type { AmountUnit, Measure, PlanSettings } from "../plan/model";
import { planYears } from "../plan/model";
import type { MeasurePricing } from "../plan/pricing";
import { startSerial } from "../plan/pricing";
import { TKR_PER_UNIT, shownAmount, tkrOfCell } from "./amounts";
import { isEmptyCell } from "./cellValue";
import { isFormulaCell } from "./measureCells";
import type { ColumnLayout } from "./measureColumns";

const NUM = String.raw`\s*(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)\s*`;
const INT = String.raw`\s*(\d{1,4})\s*`;
const PHASED = new RegExp(
  String.raw`^=\s*BUDGET\.(?:MEASUREEFFECT|ÅTGÄRDSEFFEKT)\(${NUM},\s*(?:DATE|DATUM)\(${INT},${INT},${INT}\)\s*,${INT},\s*1\s*(?:,\s*\{([^}]*)\}\s*)?\)$`,
  "iu"
);
const VOLUME = new RegExp(
  String.raw`^=\s*(-?)\s*BUDGET\.(?:VOLUMEEFFECT|VOLYMEFFEKT)\(${NUM},${NUM}\)$`,
  "iu"
);

/** One plan year's amount cell: its year, the unit its column states, its value and formula. */
interface AmountCell {
  readonly year: number;
  readonly unit: AmountUnit;
  readonly value: unknown;
  readonly formula: string | null;
}

interface PhasedCell {
  readonly annual: Decimal;
  readonly start: string;
  readonly year: number;
  readonly factors: readonly Decimal[];
}

const pad = (n: string) => n.padStart(2, "0");

function parseFactors(text: string | undefined): Decimal[] | null {
  if (text === undefined) return [];
  const parts = text.split(/[,;]/).map((p) => p.trim());
  if (!parts.every((p) => /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$/.test(p))) return null;
  return parts.map((p) => new Decimal(p));
}

function parsePhased(formula: string): PhasedCell | null {
  const m = PHASED.exec(formula);
  if (!m) return null;
  const factors = parseFactors(m[6]);
  if (!factors) return null;
  const start = `${m[2]!.padStart(4, "0")}-${pad(m[3]!)}-${pad(m[4]!)}`;
  if (startSerial(start) === undefined) return null;
  return { annual: new Decimal(m[1]!), start, year: Number(m[5]), factors };
}

const sameDecimals = (a: readonly Decimal[], b: readonly Decimal[]) =>
  a.length === b.length && a.every((x, i) => x.eq(b[i]!));

/** A full-year effect from a start date, when every plan year's cell states the same one. */
function phasedPricing(cells: readonly AmountCell[], measure: Measure, settings: PlanSettings) {
  let found: MeasurePricing | null = null;
  for (const cell of cells) {
    const parsed = cell.formula === null ? null : parsePhased(cell.formula);
    if (!parsed || parsed.year !== cell.year) return null;
    const annualEffect = tkrOfCell(parsed.annual, measure.kind, cell.unit, settings.signConvention);
    if (found === null) {
      found = { kind: "phased", annualEffect, start: parsed.start, phaseIn: parsed.factors };
    } else if (
      found.kind !== "phased" ||
      !found.annualEffect.eq(annualEffect) ||
      found.start !== parsed.start ||
      !sameDecimals(found.phaseIn, parsed.factors)
    ) {
      return null;
    }
  }
  return found;
}

/** The leading minus the writer puts before VOLUMEEFFECT for this kind and sign convention. */
function expectedMinus(measure: Measure, settings: PlanSettings): boolean {
  const shownSign = shownAmount(new Decimal(1), measure.kind, "tkr", settings.signConvention);
  const volumeSign = measure.kind === "measure" ? 1 : -1;
  return shownSign.toNumber() * volumeSign < 0;
}

/** A volume change from a year on, when the cells before it are 0 and the rest state the same. */
function volumePricing(cells: readonly AmountCell[], measure: Measure, settings: PlanSettings) {
  let found: Extract<MeasurePricing, { kind: "volume" }> | null = null;
  for (const cell of cells) {
    if (cell.formula === null) {
      const zero = isEmptyCell(cell.value) || cell.value === 0;
      if (found !== null || !zero) return null;
      continue;
    }
    const m = VOLUME.exec(cell.formula);
    if (!m || (m[1] === "-") !== expectedMinus(measure, settings)) return null;
    const volumeChange = new Decimal(m[2]!);
    const unitCost = new Decimal(m[3]!).times(TKR_PER_UNIT[cell.unit]);
    if (found === null) {
      found = { kind: "volume", volumeChange, unitCost, fromYear: cell.year };
    } else if (!found.volumeChange.eq(volumeChange) || !found.unitCost.eq(unitCost)) {
      return null;
    }
  }
  return found;
}

/**
 * The pricing the formulas of one row's plan-year amount cells state, or null when they state
 * none (typed amounts, a formula of the user's own, or cells that disagree).
 */
export function pricingFromFormulas(
  measure: Measure,
  settings: PlanSettings,
  layout: ColumnLayout,
  values: readonly unknown[],
  formulas: readonly unknown[]
): MeasurePricing | null {
  const cells: AmountCell[] = [];
  for (const year of planYears(settings)) {
    const col = layout.effects.find((e) => e.year === year);
    if (!col || col.index < 0) return null;
    const value = values[col.index];
    const formula = formulas[col.index];
    const isFormula = isFormulaCell(value, formula);
    cells.push({ year, unit: col.unit, value, formula: isFormula ? (formula as string) : null });
  }
  if (!cells.some((c) => c.formula !== null)) return null;
  const first = cells.find((c) => c.formula !== null)!.formula!;
  return PHASED.test(first)
    ? phasedPricing(cells, measure, settings)
    : volumePricing(cells, measure, settings);
}
