import { BudgetError } from "../../src/budget/errors";
import { broadcastShape, cellAt, rowCellAt, rowCount, shapeOf } from "../../src/functions/shape";

describe("shapes and broadcasting", () => {
  it("the shape of a ragged matrix is its widest row", () => {
    expect(shapeOf([[1], [1, 2, 3], []])).toEqual({ rows: 3, cols: 3 });
  });

  it("single cells and left-out arguments repeat against a range", () => {
    expect(broadcastShape([[[1]], null, [[1], [2]]])).toEqual({ rows: 2, cols: 1 });
    expect(cellAt([[7]], 5, 5)).toBe(7);
    expect(cellAt(null, 0, 0)).toBeUndefined();
    expect(cellAt([[1, 2]], 0, 1)).toBe(2);
  });

  it("ranges of different shapes do not pair", () => {
    expect(() => broadcastShape([[[1], [2]], [[1, 2]]])).toThrow(BudgetError);
  });

  it("per-row arguments are single cells or one column of one height", () => {
    expect(rowCount([[[1]], [[1], [2], [3]]])).toBe(3);
    expect(rowCellAt([[9]], 2)).toBe(9);
    expect(rowCellAt([[1], [2]], 1)).toBe(2);
    expect(() => rowCount([[[1, 2]]])).toThrow(BudgetError);
    expect(() =>
      rowCount([
        [[1], [2]],
        [[1], [2], [3]],
      ])
    ).toThrow(BudgetError);
  });
});
