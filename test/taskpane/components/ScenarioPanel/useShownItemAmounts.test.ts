/** @jest-environment jsdom */
/**
 * The include rows' shown amounts: by largest remainder beside the totals, and the same array for
 * a row whose shown amounts a click did not change (so the memoised row does not re-render).
 */
import { renderHook } from "@testing-library/react";
import { indexMeasures } from "../../../../src/plan/balance";
import { useShownItemAmounts } from "../../../../src/taskpane/components/ScenarioPanel/useShownItemAmounts";
import { measureWith } from "../../../support/committeeRows";

const measures = [
  measureWith("a", 1, { 2026: "0.4" }),
  measureWith("b", 2, { 2026: "0.4" }),
  measureWith("c", 3, { 2026: "0.4" }),
  measureWith("p", 1, { 2026: "7" }, "proposal"),
];
const index = indexMeasures(measures);
const years = [2026];

describe("useShownItemAmounts", () => {
  it("shows three included measures of 0,4 as 1, 0, 0, and a proposal on its own", () => {
    const { result } = renderHook(() => useShownItemAmounts(["c", "a", "b", "p"], index, years));
    const shown = (id: string) => result.current.get(id)?.[0]?.toNumber();
    expect(["a", "b", "c", "p"].map(shown)).toEqual([1, 0, 0, 7]);
  });

  it("keeps the array of a row whose shown amounts did not change", () => {
    const { result, rerender } = renderHook(
      ({ included }) => useShownItemAmounts(included, index, years),
      { initialProps: { included: ["a", "b", "c", "p"] } }
    );
    const before = result.current;
    // Leaving out c: 0,8 shows as 1 and 0, as before, for a and b; the proposal is untouched.
    rerender({ included: ["a", "b", "p"] });
    expect(result.current.get("a")).toBe(before.get("a"));
    expect(result.current.get("b")).toBe(before.get("b"));
    expect(result.current.get("p")).toBe(before.get("p"));
    expect(result.current.has("c")).toBe(false);
    // Leaving out a and taking c back: b, now the first of b and c, shows 1 instead of 0.
    rerender({ included: ["b", "c", "p"] });
    expect(result.current.get("b")?.[0]?.toNumber()).toBe(1);
    expect(result.current.get("b")).not.toBe(before.get("b"));
  });
});
