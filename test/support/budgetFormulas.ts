/**
 * Evaluates the BUDGET formulas Ramkoll writes into a priced measure's amount cells, with the
 * functions' own implementation (as Excel would call it): =BUDGET.MEASUREEFFECT(a,DATE(y,m,d),
 * year,1[,{f,…}]) and =[-]BUDGET.VOLUMEEFFECT(v,c). Anything else is not evaluated (throws).
 */
import { dateToSerial } from "../../src/budget/calendar";
import { IMPLEMENTATIONS } from "../../src/functions/budgetFunctions";
import type { Arg } from "../../src/functions/cells";

const NUM = String.raw`-?\d+(?:\.\d+)?(?:e[+-]?\d+)?`;
const MEASURE = new RegExp(
  String.raw`^=BUDGET\.MEASUREEFFECT\((${NUM}),DATE\((\d+),(\d+),(\d+)\),(\d+),1(?:,\{([^}]*)\})?\)$`,
  "i"
);
const VOLUME = new RegExp(String.raw`^=(-?)BUDGET\.VOLUMEEFFECT\((${NUM}),(${NUM})\)$`, "i");

const c = (v: number): Arg => [[v]];

export function evaluateBudgetFormula(formula: string): number {
  const m = MEASURE.exec(formula);
  if (m) {
    const [, annual, y, mo, d, year, factors] = m;
    const serial = dateToSerial(Number(y), Number(mo), Number(d));
    const phase: Arg = factors ? [factors.split(",").map(Number)] : null;
    const [[cell]] = IMPLEMENTATIONS.MEASUREEFFECT(
      c(Number(annual)),
      c(serial),
      c(Number(year)),
      c(1),
      phase
    ) as [[number]];
    return cell;
  }
  const v = VOLUME.exec(formula);
  if (v) {
    const [, minus, volume, cost] = v;
    const [[cell]] = IMPLEMENTATIONS.VOLUMEEFFECT(c(Number(volume)), c(Number(cost))) as [[number]];
    return minus ? -cell : cell;
  }
  throw new Error(`Not a formula Ramkoll writes: ${formula}`);
}
