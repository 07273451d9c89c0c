/**
 * The included items' amounts as the scenario panel shows them beside its totals: per year by
 * largest remainder (plan/shownAmounts.ts), as the committee table shows them, so the shown parts
 * add up to the shown freed and proposals totals.
 */
import { useMemo, useRef } from "react";
import type { Decimal } from "../../../budget/money";
import type { MeasureIndex } from "../../../plan/balance";
import type { MeasureKind } from "../../../plan/model";
import { includedItems, shownItemAmounts } from "../../../plan/shownAmounts";

type ShownRow = readonly (Decimal | null)[];

const KINDS: readonly MeasureKind[] = ["measure", "proposal"];

const NOTHING_INCLUDED: readonly string[] = [];

function sameRow(a: ShownRow, b: ShownRow): boolean {
  return a.length === b.length && a.every((x, i) => (x === null ? b[i] === null : !!b[i]?.eq(x)));
}

/**
 * By item id. A row whose shown amounts did not change keeps its array, so a click re-renders only
 * the rows whose shown amounts it changed (the include rows are memoised on their props).
 */
export function useShownItemAmounts(
  included: readonly string[] | undefined,
  index: MeasureIndex,
  years: readonly number[]
): ReadonlyMap<string, ShownRow> {
  const previous = useRef<ReadonlyMap<string, ShownRow>>(new Map());
  const ids = included ?? NOTHING_INCLUDED;
  return useMemo(() => {
    const next = new Map<string, ShownRow>();
    for (const kind of KINDS) {
      for (const [id, row] of shownItemAmounts(includedItems(ids, index, kind), years)) {
        const before = previous.current.get(id);
        next.set(id, before && sameRow(before, row) ? before : row);
      }
    }
    previous.current = next;
    return next;
  }, [ids, index, years]);
}
