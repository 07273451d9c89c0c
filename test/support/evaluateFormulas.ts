/**
 * Evaluates the formulas the committee table uses (=SUM(A1:B2), =A1, =A1+B2-C3, =0) over a grid,
 * the way a spreadsheet would, so tests can check a formula against the cells it points at.
 */
export type Grid = readonly (readonly ({ value: string | number; formula?: string } | null)[])[];

function position(address: string): [number, number] {
  const match = /^([A-Z]+)(\d+)$/.exec(address);
  if (!match) throw new Error(`Not an A1 address: ${address}`);
  const col = [...(match[1] ?? "")].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return [Number(match[2]) - 1, col];
}

export function evaluate(grid: Grid, formula: string, depth = 0): number {
  if (depth > 50) throw new Error("circular reference");
  const body = formula.replace(/^=/, "");
  const valueAt = (address: string): number => {
    const [r, c] = position(address);
    const cell = grid[r]?.[c];
    if (!cell) return 0;
    if (cell.formula) return evaluate(grid, cell.formula, depth + 1);
    return typeof cell.value === "number" ? cell.value : 0;
  };
  const sum = /^SUM\(([A-Z]+\d+):([A-Z]+\d+)\)$/.exec(body);
  if (sum) {
    const [r0, c0] = position(sum[1] ?? "");
    const [r1, c1] = position(sum[2] ?? "");
    let total = 0;
    for (let r = r0; r <= r1; r++)
      for (let c = c0; c <= c1; c++) total += valueAt(`${String.fromCharCode(65 + c)}${r + 1}`);
    return total;
  }
  const terms = body.match(/[+-]?[^+-]+/g) ?? [];
  return terms.reduce((total, term) => {
    const sign = term.startsWith("-") ? -1 : 1;
    const operand = term.replace(/^[+-]/, "");
    return total + sign * (/^\d+$/.test(operand) ? Number(operand) : valueAt(operand));
  }, 0);
}
