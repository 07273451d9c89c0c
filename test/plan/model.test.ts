import { MAX_PLAN_YEARS } from "../../src/budget/limits";
import {
  AMBITION_COLOUR,
  COLOUR_AMBITION,
  COLOUR_GOAL,
  DEFAULT_SETTINGS,
  GOAL_COLOUR,
  planYears,
} from "../../src/plan/model";

describe("planYears", () => {
  it("lists the plan years from the settings", () => {
    expect(planYears(DEFAULT_SETTINGS)).toEqual([2026, 2027, 2028]);
    expect(planYears({ firstYear: 2024, yearCount: 1 })).toEqual([2024]);
    expect(planYears({ firstYear: 2024, yearCount: 0 })).toEqual([]);
    expect(planYears({ firstYear: 2024, yearCount: Number.NaN })).toEqual([]);
  });

  it("clamps the year count to the most plan years a plan may have", () => {
    expect(planYears({ firstYear: 2024, yearCount: MAX_PLAN_YEARS + 10 })).toHaveLength(
      MAX_PLAN_YEARS
    );
    expect(planYears({ firstYear: 2024, yearCount: -3 })).toEqual([]);
  });
});

describe("colours", () => {
  it("stand for one judgement each, read both ways", () => {
    expect(COLOUR_AMBITION).toEqual({ red: "lowers", yellow: "keeps", green: "raises" });
    expect(COLOUR_GOAL).toEqual({ red: "negative", yellow: "none", green: "positive" });
    expect(AMBITION_COLOUR).toEqual({ lowers: "red", keeps: "yellow", raises: "green" });
    expect(GOAL_COLOUR).toEqual({ negative: "red", none: "yellow", positive: "green" });
  });
});
