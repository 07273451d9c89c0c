/**
 * Reading the committee table model back for tests: the figures of a labelled row per year, the
 * Summa cells, the item rows' numbers.
 */
import { buildCommitteeTable } from "../../src/plan/committeeTable";
import type { CommitteeTable, TableCell } from "../../src/plan/committeeTable";
import { COMMITTEE_TEXT } from "../../src/plan/committeeTexts";
import { dec } from "../../src/budget/money";
import { DEFAULT_SETTINGS, type Measure, type Scenario } from "../../src/plan/model";
import { createMeasure } from "../../src/plan/measureEdits";
import { evaluate } from "./evaluateFormulas";
import { byYears } from "./scenarios";

/** The balance rows' label spans two columns; the years follow. */
const BALANCE_FIRST_YEAR_COL = 2;

function rowIndexOf(table: CommitteeTable, label: string): number {
  const r = table.rows.findIndex((row) => row[0]?.value === label);
  if (r < 0) throw new Error(`no row labelled ${label}`);
  return r;
}

/** The numbers of a balance line per year, each as the spreadsheet computes it from the cells. */
export function balanceLine(
  table: CommitteeTable,
  line: "toCover" | "freedTotal" | "remains" | "needs" | "proposals",
  years: number
): number[] {
  const row = table.rows[rowIndexOf(table, COMMITTEE_TEXT[line])] ?? [];
  return row.slice(BALANCE_FIRST_YEAR_COL, BALANCE_FIRST_YEAR_COL + years).map((cell) => {
    if (!cell) return 0;
    const computed = cell.formula ? evaluate(table.rows, cell.formula) : cell.value;
    // The model's value must be what the cell gives, or the writers would disagree with it.
    if (computed !== cell.value) throw new Error(`${line}: ${cell.formula} gives ${computed}`);
    return Number(computed);
  });
}

const SUM_LABEL = {
  measures: COMMITTEE_TEXT.sum,
  withinFrame: COMMITTEE_TEXT.sumWithinFrame,
  requested: COMMITTEE_TEXT.sumRequested,
  unfunded: COMMITTEE_TEXT.sumUnfunded,
} as const;

/**
 * The Summa cells of the measures table, or of one funding group of the proposals table, as the
 * sheet computes them; [] when the table has no such group (no proposal has that funding).
 */
export function summa(table: CommitteeTable, group: keyof typeof SUM_LABEL = "measures"): number[] {
  const row = table.rows.find((r) => r[0]?.value === SUM_LABEL[group]);
  return (row ?? [])
    .filter((c): c is TableCell => c?.style === "sumAmount")
    .map((c) => evaluate(table.rows, c.formula ?? "=0"));
}

/** The item rows of a table as written: their Nr and their amount cells (null where blank). */
export function itemRows(table: CommitteeTable): { nr: number; amounts: (number | null)[] }[] {
  return table.rows
    .filter((row) => row.some((c) => c?.style === "nr"))
    .map((row) => ({
      nr: Number(row.find((c) => c?.style === "nr")?.value),
      amounts: row
        .map((c) => (c?.style === "amount" ? Number(c.value) : undefined))
        .filter((v): v is number => v !== undefined),
    }));
}

/** A measure of the default settings with a number and effects in tkr. */
export function measureWith(
  id: string,
  nr: number,
  effects: Record<number, string>,
  kind: Measure["kind"] = "measure"
): Measure {
  const amounts = Object.fromEntries(Object.entries(effects).map(([y, v]) => [y, dec(v)]));
  return { ...createMeasure(kind, [], DEFAULT_SETTINGS, { nr, effects: amounts }), id };
}

/** A scenario of the default settings with its needs per year and the measures it includes. */
export function scenarioWith(needs: Record<number, string>, included: string[]): Scenario {
  return byYears(
    "s",
    Object.entries(needs).map(([year, n]) => ({ year: Number(year), needs: n })),
    included,
    "Scenario"
  );
}

/** The committee table of 20 measures: long enough to be continued, so its header repeats in print. */
export function longCommitteeTable(): CommitteeTable {
  const measures = Array.from({ length: 20 }, (_, i) =>
    measureWith(`m${i}`, i + 1, { 2026: "100" })
  );
  return buildCommitteeTable(
    scenarioWith(
      { 2026: "500" },
      measures.map((m) => m.id)
    ),
    measures,
    DEFAULT_SETTINGS
  );
}
