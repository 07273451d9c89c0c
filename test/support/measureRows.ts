/**
 * Rows of the measures table as a sheet holds them, for the tests of the parser: the default
 * header, a well-formed row with overrides by header title, and the problems' codes and params.
 */
import type { MeasureProblem, Problem, ProblemCode, ProblemParams } from "../../src/store/problems";
import type { CellValue } from "../../src/store/cellValue";

export const HEADER = [
  "Id",
  "Nr",
  "Typ",
  "Verksamhetsområde",
  "Åtgärd",
  "Effekt 2026 (tkr)",
  "Effekt 2027 (tkr)",
  "Effekt 2028 (tkr)",
  "Ändrad ambitionsnivå",
  "Påverkan mål/målvärden",
  "Konsekvensbeskrivning",
];
export const COL = Object.fromEntries(HEADER.map((h, i) => [h, i])) as Record<string, number>;

/** The cells of a well-formed data row, by header title. */
export const WELL_FORMED: Readonly<Record<string, CellValue>> = {
  Id: "m-1",
  Nr: 1,
  Typ: "Åtgärd",
  Verksamhetsområde: "Äldreomsorg",
  Åtgärd: "Vakanshålla 24 platser",
  "Effekt 2026 (tkr)": 14_000,
  "Effekt 2027 (tkr)": 14_000,
  "Effekt 2028 (tkr)": "",
  "Ändrad ambitionsnivå": "RÖD",
  "Påverkan mål/målvärden": "RÖD",
  Konsekvensbeskrivning: "Kön kan växa.",
};

/** A well-formed data row in the default layout, with overrides by header title. */
export function row(overrides: Record<string, CellValue> = {}): CellValue[] {
  const merged = { ...WELL_FORMED, ...overrides };
  return HEADER.map((h) => merged[h] ?? null);
}

export function codes(problems: readonly MeasureProblem[]): string[] {
  return problems.map((p) => p.code);
}

export function only<C extends ProblemCode>(
  problems: readonly Problem[],
  code: C
): ProblemParams[C][] {
  return problems.filter((p) => p.code === code).map((p) => p.params as ProblemParams[C]);
}
