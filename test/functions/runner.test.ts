import { codeOf, isExcelError, setDisplayLanguage } from "../support/customFunctionsFake";
import { BudgetError } from "../../src/budget/errors";
import { Decimal } from "../../src/budget/money";
import { BLANK, byCell, byRange, byRow } from "../../src/functions/runner";

afterEach(() => setDisplayLanguage(undefined));

describe("byCell: the catalog's declarations applied cell by cell", () => {
  // ANNUALCOST: daily_cost required, placements defaults to 1, year absent when blank.
  const received: unknown[][] = [];
  const annualCost = byCell("ANNUALCOST", (daily, placements, year) => {
    received.push([daily.toString(), placements.toString(), year]);
    return daily.times(placements);
  });

  beforeEach(() => (received.length = 0));

  it("a declared default stands in for a blank or left-out optional argument", () => {
    expect(annualCost([[7]], null, null)).toEqual([[7]]);
    expect(annualCost([[7]], [[""]], [[null]])).toEqual([[7]]);
    expect(received).toEqual([
      ["7", "1", undefined],
      ["7", "1", undefined],
    ]);
  });

  it("a blank required argument gives a blank cell without reading the others", () => {
    expect(annualCost([[""]], [["x"]], null)).toEqual([[BLANK]]);
    expect(annualCost(null, [[2]], null)).toEqual([[BLANK]]);
    expect(received).toEqual([]);
  });

  it("text where a number belongs is #VALUE! with the message in Office's language", () => {
    setDisplayLanguage("sv-SE");
    const [[cell]] = annualCost([["abc"]], null, null) as [[unknown]];
    expect(codeOf(cell)).toBe("#VALUE!");
    expect(isExcelError(cell) && cell.message).toBe('Här behövs ett tal: "abc"');
  });

  it("the first bad argument, in declared order, names the error", () => {
    const [[cell]] = annualCost([["first"]], [["second"]], null) as [[unknown]];
    expect(isExcelError(cell) && cell.message).toBe('A number is needed here: "first"');
  });

  it("broadcasts a single cell against a range and keeps errors in their cells", () => {
    const result = annualCost([[1], ["x"], [3]], [[2]], null);
    expect(result[0]).toEqual([2]);
    expect(codeOf(result[1]?.[0])).toBe("#VALUE!");
    expect(result[2]).toEqual([6]);
  });

  it("a core failure of the kind #NUM! or #DIV/0! shows its code", () => {
    const failing = byCell("DAILYCOST", () => {
      throw new BudgetError("div0", "divisionByZero");
    });
    expect(codeOf(failing([[1]], [[1]])[0]?.[0])).toBe("#DIV/0!");
  });
});

describe("byRow: one result row per input row", () => {
  it("a blank row takes its width from the width parameter, checked by the core", () => {
    const widths: number[] = [];
    const effect = byRow("MEASUREEFFECT", (annual, _start, _firstYear, years) => [annual, years], {
      blankWidth: (years) => (widths.push(years), years),
    });
    expect(effect([[""]], null, [[2026]], [[4]], null)).toEqual([["", "", "", ""]]);
    expect(effect([[""]], null, [[2026]], null, null)).toEqual([["", "", ""]]);
    expect(widths).toEqual([4, 3]);
  });

  it("a factors argument with a row per input row must match the rows", () => {
    const effect = byRow("MEASUREEFFECT", (annual) => [annual]);
    const result = effect([[1], [2]], null, [[2026]], null, [[1], [1], [1]]);
    expect(result).toHaveLength(1);
    expect(codeOf(result[0]?.[0])).toBe("#VALUE!");
  });

  it("a fixed width holds for blank rows and error rows alike", () => {
    const split = byRow("PRICEVOLUME", (v0, p0) => [v0, p0]);
    const result = split([[""], ["x"]], [[1]], [[1]], [[1]]);
    expect(result[0]).toEqual(["", ""]);
    expect(result[1]?.map(codeOf)).toEqual(["#VALUE!", "#VALUE!"]);
  });
});

describe("byRange: whole ranges with single-cell options", () => {
  it("passes a range as a grid of Decimals, blanks and errors, and a cell option with its default", () => {
    const seen: unknown[] = [];
    const roundSum = byRange("ROUNDSUM", (values, decimals) => {
      seen.push(
        values?.map((row) => row.map((cell) => (cell instanceof Decimal ? cell.toNumber() : cell)))
      );
      seen.push(decimals);
      return [[0]];
    });
    roundSum([[1.5, "", "x"]], null);
    const [grid, decimals] = seen as [unknown[][], number];
    expect(grid[0]?.slice(0, 2)).toEqual([1.5, ""]);
    expect(grid[0]?.[2]).toBeInstanceOf(BudgetError);
    expect(decimals).toBe(0);
  });

  it("a range where a single cell belongs is #VALUE! naming the parameter", () => {
    const roundSum = byRange("ROUNDSUM", () => [[0]]);
    const [[cell]] = roundSum([[1]], [[1], [2]]) as [[unknown]];
    expect(isExcelError(cell) && cell.message).toBe("The ranges differ in size: decimals");
  });
});
