import { associated } from "../support/customFunctionsFake";
import { FUNCTION_IDS } from "../../src/functions/catalog";
import { IMPLEMENTATIONS } from "../../src/functions/budgetFunctions";
import { registerFunctions } from "../../src/functions/functions";

describe("registration", () => {
  it("associates every catalog id with its implementation", () => {
    associated.clear();
    expect(registerFunctions()).toBe(true);
    expect([...associated.keys()].sort()).toEqual([...FUNCTION_IDS].sort());
    for (const id of FUNCTION_IDS) expect(associated.get(id)).toBe(IMPLEMENTATIONS[id]);
  });

  it("has an implementation for every id and no other", () => {
    expect(Object.keys(IMPLEMENTATIONS).sort()).toEqual([...FUNCTION_IDS].sort());
  });
});
