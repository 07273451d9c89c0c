/**
 * The rules for editing a scenario's lines (frame lines, need lines, requests): add, change,
 * remove (with what undo needs to put it back) and one amount of one year. Pure functions over
 * the plan model; the pane's hooks only call them.
 */
import type { Decimal } from "../budget/money";
import { newLineId, type RandomSource } from "./ids";
import type {
  Effects,
  FrameLine,
  NeedLine,
  NeedSource,
  RequestCover,
  RequestLine,
  Scenario,
} from "./model";

/** The three lists of lines a scenario has. */
export type LineList = "frameLines" | "needLines" | "requests";
export const LINE_LISTS: readonly LineList[] = ["frameLines", "needLines", "requests"];

export interface LineOf {
  readonly frameLines: FrameLine;
  readonly needLines: NeedLine;
  readonly requests: RequestLine;
}
export type AnyLine = FrameLine | NeedLine | RequestLine;

/** Which amounts of a line a year's cell holds: its amount, or a derived need line's estimated cost. */
export type LineCell = "amount" | "cost";

function lineIds(scenario: Scenario): string[] {
  return LINE_LISTS.flatMap((list) => scenario[list].map((l) => l.id));
}

function withList<L extends LineList>(
  scenario: Scenario,
  list: L,
  lines: readonly LineOf[L][]
): Scenario {
  return { ...scenario, [list]: lines };
}

/** What a line says of itself: a frame line's text, a need's cause, a request's purpose. */
export function lineText(line: AnyLine): string {
  return "text" in line ? line.text : "cause" in line ? line.cause : line.purpose;
}

export function newFrameLine(scenario: Scenario, text: string, random?: RandomSource): FrameLine {
  return { id: newLineId(lineIds(scenario), random), text, amounts: {} };
}

export function newNeedLine(scenario: Scenario, area: string, random?: RandomSource): NeedLine {
  const id = newLineId(lineIds(scenario), random);
  return { id, area, cause: "", source: { kind: "typed", amounts: {} } };
}

export function newRequestLine(
  scenario: Scenario,
  covers: RequestCover,
  random?: RandomSource
): RequestLine {
  return { id: newLineId(lineIds(scenario), random), purpose: "", covers, amounts: {} };
}

/** The scenario with `line` added at the end of its list. */
export function withAddedLine<L extends LineList>(
  scenario: Scenario,
  list: L,
  line: LineOf[L]
): Scenario {
  return withList(scenario, list, [...(scenario[list] as readonly LineOf[L][]), line]);
}

/** The scenario with the line `id` replaced by `change(line)`; unchanged when there is none. */
export function withChangedLine<L extends LineList>(
  scenario: Scenario,
  list: L,
  id: string,
  change: (line: LineOf[L]) => LineOf[L]
): Scenario {
  const lines = scenario[list] as readonly LineOf[L][];
  if (!lines.some((l) => l.id === id)) return scenario;
  return withList(
    scenario,
    list,
    lines.map((l) => (l.id === id ? change(l) : l))
  );
}

/** The scenario without the line `id`, with the line and its place for undo; null when absent. */
export function withoutLine<L extends LineList>(
  scenario: Scenario,
  list: L,
  id: string
): { scenario: Scenario; line: LineOf[L]; index: number } | null {
  const lines = scenario[list] as readonly LineOf[L][];
  const index = lines.findIndex((l) => l.id === id);
  if (index < 0) return null;
  const kept = lines.filter((l) => l.id !== id);
  return { scenario: withList(scenario, list, kept), line: lines[index] as LineOf[L], index };
}

/** Undo of a removal: the line back at its place; unchanged when a line of that id is there. */
export function withLineAt<L extends LineList>(
  scenario: Scenario,
  list: L,
  line: LineOf[L],
  index: number
): Scenario {
  const lines = scenario[list] as readonly LineOf[L][];
  if (lines.some((l) => l.id === line.id)) return scenario;
  const at = Math.min(Math.max(index, 0), lines.length);
  return withList(scenario, list, [...lines.slice(0, at), line, ...lines.slice(at)]);
}

/** The amounts `cell` stands for in a line (a typed need line's or a derived one's cost). */
export function lineAmounts(line: AnyLine, cell: LineCell = "amount"): Effects {
  if (!("source" in line)) return line.amounts;
  if (line.source.kind === "typed") return line.source.amounts;
  return cell === "cost" ? line.source.cost : {};
}

function withAmount(amounts: Effects, year: number, value: Decimal | null): Effects {
  return { ...amounts, [year]: value };
}

/** One year's amount of one line set (null = blank). For a need line it is its typed amount or its cost. */
export function withLineAmount(
  scenario: Scenario,
  list: LineList,
  id: string,
  year: number,
  value: Decimal | null
): Scenario {
  return withChangedLine(scenario, list, id, (line: AnyLine) => {
    if (!("source" in line)) return { ...line, amounts: withAmount(line.amounts, year, value) };
    const source: NeedSource =
      line.source.kind === "typed"
        ? { kind: "typed", amounts: withAmount(line.source.amounts, year, value) }
        : { ...line.source, cost: withAmount(line.source.cost, year, value) };
    return { ...line, source };
  });
}

/**
 * A need line switched between typed and derived. The amounts typed so far become the cost of a
 * derived line and back, so switching to and fro loses nothing; `frameShare` is kept when given.
 */
export function withNeedSource(
  line: NeedLine,
  kind: NeedSource["kind"],
  frameShare: Decimal
): NeedLine {
  if (line.source.kind === kind) {
    return line.source.kind === "derived"
      ? { ...line, source: { ...line.source, frameShare } }
      : line;
  }
  const source: NeedSource =
    kind === "derived"
      ? { kind, cost: lineAmounts(line), frameShare }
      : { kind, amounts: lineAmounts(line, "cost") };
  return { ...line, source };
}
