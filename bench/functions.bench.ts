/**
 * Each BUDGET function called once with a 10 000-row range, next to a plain JavaScript-number
 * implementation of the same arithmetic run in the same process: what exactness (decimal.js) and
 * per-cell validation cost. One JSON object per function.
 */
import "../test/support/customFunctionsFake";
import { IMPLEMENTATIONS } from "../src/functions/budgetFunctions";
import type { FunctionId } from "../src/functions/catalog";
import type { Arg } from "../src/functions/cells";
import { medianMs, round3 } from "./measure";

const ROWS = 10_000;
const column = (make: (i: number) => number): Arg =>
  Array.from({ length: ROWS }, (_, i) => [make(i)]);
const single = (v: number | string): Arg => [[v]];
const serial2026 = 46_023; // 2026-01-01

interface Case {
  id: FunctionId;
  args: Arg[];
  /** The same arithmetic on plain numbers, one row at a time, as the reference. */
  plain: (i: number) => number | number[];
}

const amounts = (i: number) => 1000 + ((i * 7919) % 100_000) / 100;

const CASES: Case[] = [
  {
    id: "FRAMEADJUST",
    args: [column(amounts), Array.from({ length: ROWS }, () => [10, 20, 30])],
    plain: (i) => [amounts(i) + 10, amounts(i) + 30, amounts(i) + 60],
  },
  {
    id: "PLCOMP",
    args: [column(amounts), single(0.03), column(amounts), single(0.02)],
    plain: (i) => amounts(i) * 0.03 + amounts(i) * 0.02,
  },
  {
    id: "POADJUST",
    args: [column(amounts), single(0.4115), single(0.3953)],
    plain: (i) => amounts(i) * (0.3953 - 0.4115),
  },
  { id: "DAILYCOST", args: [column(amounts), single(821.25)], plain: (i) => amounts(i) / 821.25 },
  {
    id: "FULLYEARPLACEMENTS",
    args: [column(amounts), single(2028)],
    plain: (i) => amounts(i) / 366,
  },
  {
    id: "ANNUALCOST",
    args: [column(amounts), single(2.25), single(2026)],
    plain: (i) => amounts(i) * 2.25 * 365,
  },
  {
    id: "PLACEMENTDAYS",
    args: [
      column((i) => serial2026 - 200 + (i % 400)),
      column((i) => serial2026 + 100 + (i % 400)),
      single(2026),
      [[false]],
    ],
    plain: (i) =>
      Math.max(
        0,
        Math.min(serial2026 + 100 + (i % 400), serial2026 + 365) -
          Math.max(serial2026 - 200 + (i % 400), serial2026)
      ),
  },
  {
    id: "OCCUPANCY",
    args: [column(amounts), single(24), [[null]]],
    plain: (i) => amounts(i) / (24 * 365),
  },
  {
    id: "MEASUREEFFECT",
    args: [column(amounts), column((i) => serial2026 + (i % 365)), single(2026), single(3), null],
    plain: (i) => {
      const dayOfYear = i % 365;
      const fraction = (365 - dayOfYear) / 365; // a stand-in of similar cost for the month count
      return [amounts(i) * fraction, amounts(i), amounts(i)];
    },
  },
  {
    id: "VOLUMEEFFECT",
    args: [column((i) => (i % 7) - 3), single(4000)],
    plain: (i) => -((i % 7) - 3) * 4000,
  },
  { id: "BREAKEVEN", args: [column(amounts), single(4000)], plain: (i) => amounts(i) / 4000 },
  {
    id: "VARIANCE",
    args: [column(amounts), column((i) => amounts(i) * 1.01), single("kostnad")],
    plain: (i) => amounts(i) - amounts(i) * 1.01,
  },
  { id: "FORECAST", args: [column(amounts), single(4)], plain: (i) => (amounts(i) * 12) / 4 },
  { id: "PERIODBUDGET", args: [column(amounts), single(4)], plain: (i) => (amounts(i) * 4) / 12 },
  {
    id: "PRICEVOLUME",
    args: [column(amounts), single(3907), column((i) => amounts(i) * 0.9), single(3090)],
    plain: (i) => [(amounts(i) * 0.9 - amounts(i)) * 3907, amounts(i) * 0.9 * (3090 - 3907)],
  },
  {
    id: "ROUNDSUM",
    args: [column(amounts), single(0)],
    plain: () => 0, // replaced below: the reference rounds the whole column at once
  },
];

/** Plain largest-remainder rounding on doubles, the reference for ROUNDSUM. */
function plainRoundSum(values: number[]): number[] {
  const floors = values.map(Math.floor);
  let left = Math.round(values.reduce((a, b) => a + b, 0)) - floors.reduce((a, b) => a + b, 0);
  const order = values
    .map((v, i) => [v - Math.floor(v), i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) if (left-- > 0) floors[i] = (floors[i] ?? 0) + 1;
  return floors;
}

export function runFunctionsBench(): Record<string, unknown>[] {
  return CASES.map(({ id, args, plain }) => {
    const ms = medianMs(() => IMPLEMENTATIONS[id](...args));
    const plainMs =
      id === "ROUNDSUM"
        ? medianMs(() => plainRoundSum(Array.from({ length: ROWS }, (_, i) => amounts(i))))
        : medianMs(() => Array.from({ length: ROWS }, (_, i) => plain(i)));
    return {
      bench: "function",
      function: id,
      rows: ROWS,
      ms: round3(ms),
      usPerRow: round3((ms * 1000) / ROWS),
      plainMs: round3(plainMs),
      ratio: Math.round(ms / Math.max(plainMs, 1e-3)),
    };
  });
}
