/** Scenarios for the tests of the plan's editing rules. */
import type { Scenario } from "../../src/plan/model";

/** A scenario without years, including the measures given. */
export const named = (id: string, included: string[] = [], name = id): Scenario => ({
  id,
  name,
  years: [],
  included,
});
