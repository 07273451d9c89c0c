/**
 * Reads one data row of the measures table into a measure. Every cell the model cannot hold is
 * reported by row and column, and such a row is flagged as not writable, so that the add-in never
 * writes its idea of the row over what the user typed.
 */
import { dec } from "../budget/money";
import type { Decimal } from "../budget/money";
import { COLOUR_AMBITION, COLOUR_GOAL, DEFAULT_SETTINGS } from "../plan/model";
import type { Colour, Measure, MeasureKind, PlanSettings } from "../plan/model";
import { parseNumberText, tkrOfCell } from "./amounts";
import { cellValueSchema, textOfCell } from "./cellValue";
import type { CellValue } from "./cellValue";
import type { ColumnLayout } from "./measureColumns";
import { headerTitle } from "./measuresHeader";
import type { MeasureProblem } from "./problems";
import { normaliseWord, withoutDiacritics } from "./words";

export interface ParsedRow {
  /** The row in the sheet, 1-based. */
  readonly row: number;
  readonly measure: Measure;
  /**
   * False when the row had something the model could not hold (no id, text in an amount cell, an unknown colour or kind word, a bad Nr, an unreadable cell): writing the
   * model back would overwrite what the user typed, so the add-in must leave this row alone.
   */
  readonly writable: boolean;
  /** The values of the extra columns, in the order of layout.extras, to be written back as they were. */
  readonly extra: readonly CellValue[];
}

interface ColourMatcher {
  readonly match: (text: string) => Colour | undefined;
  readonly accepted: string;
}

const DEFAULT_COLOUR_WORDS: readonly [string, Colour][] = [
  ["röd", "red"],
  ["gul", "yellow"],
  ["grön", "green"],
  ["red", "red"],
  ["yellow", "yellow"],
  ["green", "green"],
];

function colourMatcher(settings: PlanSettings): ColourMatcher {
  const exact = new Map<string, Colour>();
  const loose = new Map<string, Colour>();
  const add = (word: string, colour: Colour) => {
    const w = normaliseWord(word);
    if (w === "") return;
    if (!exact.has(w)) exact.set(w, colour);
    const l = withoutDiacritics(w);
    if (!loose.has(l)) loose.set(l, colour);
  };
  const labels = settings.colourLabels ?? DEFAULT_SETTINGS.colourLabels;
  // The configured words first, so they win any clash with the defaults.
  add(labels.red, "red");
  add(labels.yellow, "yellow");
  add(labels.green, "green");
  for (const [w, c] of DEFAULT_COLOUR_WORDS) add(w, c);
  return {
    match: (text) => {
      const w = normaliseWord(text);
      return exact.get(w) ?? loose.get(withoutDiacritics(w));
    },
    accepted: [labels.red, labels.yellow, labels.green].join(", "),
  };
}

const KIND_BY_WORD: ReadonlyMap<string, MeasureKind> = new Map([
  ["åtgärd", "measure"],
  ["åtgärdsförslag", "measure"],
  ["atgard", "measure"],
  ["measure", "measure"],
  ["utvecklingsförslag", "proposal"],
  ["utvecklingsforslag", "proposal"],
  ["proposal", "proposal"],
]);

/** What the rows of one table share while they are read, one row after the other. */
export interface RowContext {
  readonly settings: PlanSettings;
  /** The layout, with the extra columns beyond the header included. */
  readonly layout: ColumnLayout;
  readonly headerCells: readonly unknown[];
  readonly problems: MeasureProblem[];
  readonly colours: ColourMatcher;
  /** The configured areas by their normalised word, in the configured spelling. */
  readonly areaByWord: ReadonlyMap<string, string>;
  /** The highest Nr so far of each kind, so that a row without Nr gets the next one. */
  readonly usedNrs: Record<MeasureKind, number>;
}

export function rowContext(
  settings: PlanSettings,
  layout: ColumnLayout,
  headerCells: readonly unknown[],
  problems: MeasureProblem[]
): RowContext {
  const areaByWord = new Map<string, string>();
  for (const a of Array.isArray(settings.areas) ? settings.areas : []) {
    if (typeof a === "string" && !areaByWord.has(normaliseWord(a)))
      areaByWord.set(normaliseWord(a), a);
  }
  return {
    settings,
    layout,
    headerCells,
    problems,
    colours: colourMatcher(settings),
    areaByWord,
    usedNrs: { measure: 0, proposal: 0 },
  };
}

/** The row being read: its sheet row, its checked cells, and whether it may be written over. */
interface RowRead {
  readonly ctx: RowContext;
  readonly number: number;
  readonly cells: readonly CellValue[];
  writable: boolean;
}

function at(row: RowRead, index: number): CellValue {
  return index >= 0 ? (row.cells[index] ?? null) : null;
}

function columnTitle(row: RowRead, index: number): string {
  return headerTitle(row.ctx.headerCells[index]);
}

/** The row's cells, each checked to be a cell value; any other value is reported and left blank. */
function readCells(ctx: RowContext, rawRow: readonly unknown[], rowNumber: number): RowRead {
  const cells = new Array<CellValue>(Math.max(rawRow.length, ctx.headerCells.length)).fill(null);
  const row: RowRead = { ctx, number: rowNumber, cells, writable: true };
  for (let i = 0; i < rawRow.length; i++) {
    const v = rawRow[i];
    if (v === undefined) continue;
    const ok = cellValueSchema.safeParse(v);
    if (ok.success) {
      cells[i] = ok.data;
    } else {
      ctx.problems.push({
        code: "badCell",
        params: { row: rowNumber, column: columnTitle(row, i) },
      });
      row.writable = false;
    }
  }
  return row;
}

/**
 * The id as stated ("" when blank). Whether a repeated id counts is the read model's decision
 * (readModel.ts), made once over all rows, not here.
 */
function readId(row: RowRead): string {
  const { problems, layout } = row.ctx;
  if (layout.fields.id < 0) {
    row.writable = false; // the missing column was reported once with the header
    return "";
  }
  const id = textOfCell(at(row, layout.fields.id)).trim();
  if (id === "") {
    problems.push({ code: "missingId", params: { row: row.number } });
    row.writable = false;
  }
  return id;
}

function readKind(row: RowRead): MeasureKind {
  const index = row.ctx.layout.fields.kind;
  if (index < 0) return "measure";
  const text = textOfCell(at(row, index));
  if (text.trim() === "") {
    row.ctx.problems.push({ code: "missingKind", params: { row: row.number } });
    return "measure";
  }
  const kind =
    KIND_BY_WORD.get(normaliseWord(text)) ??
    KIND_BY_WORD.get(withoutDiacritics(normaliseWord(text)));
  if (kind !== undefined) return kind;
  row.ctx.problems.push({ code: "unknownKind", params: { row: row.number, text } });
  row.writable = false;
  return "measure";
}

/** The Nr as stated; a row without a readable Nr gets the next after the highest of its kind. */
function readNr(row: RowRead, kind: MeasureKind): number {
  const { problems, layout, usedNrs } = row.ctx;
  let nr: number | undefined;
  if (layout.fields.nr >= 0) {
    const v = at(row, layout.fields.nr);
    const text = textOfCell(v).trim();
    if (text === "") {
      problems.push({ code: "missingNr", params: { row: row.number } });
    } else {
      const n = typeof v === "number" ? v : typeof v === "string" ? Number(text) : NaN;
      if (Number.isSafeInteger(n) && n > 0) {
        nr = n;
      } else {
        problems.push({ code: "badNr", params: { row: row.number, text: textOfCell(v) } });
        row.writable = false;
      }
    }
  }
  if (nr === undefined) nr = usedNrs[kind] + 1;
  if (nr > usedNrs[kind]) usedNrs[kind] = nr;
  return nr;
}

function readArea(row: RowRead): string {
  const index = row.ctx.layout.fields.area;
  if (index < 0) return "";
  const text = textOfCell(at(row, index));
  const canonical = row.ctx.areaByWord.get(normaliseWord(text));
  if (canonical !== undefined) return canonical;
  if (text.trim() === "")
    row.ctx.problems.push({ code: "missingArea", params: { row: row.number } });
  else row.ctx.problems.push({ code: "unknownArea", params: { row: row.number, text } });
  return text;
}

/** The amount a cell states, undefined when it is not a number; blank cells are not read. */
function cellAmount(v: CellValue): Decimal | undefined {
  if (typeof v === "number") return Number.isFinite(v) ? dec(v) : undefined;
  if (typeof v === "string") return parseNumberText(v);
  return undefined;
}

function readEffects(row: RowRead, kind: MeasureKind): Record<number, Decimal | null> {
  const { problems, layout, settings } = row.ctx;
  const effects: Record<number, Decimal | null> = {};
  for (const col of layout.effects) {
    effects[col.year] = null;
    if (col.index < 0) continue;
    const v = at(row, col.index);
    if (v === null || (typeof v === "string" && v.trim() === "")) continue;
    const amount = cellAmount(v);
    if (amount === undefined) {
      problems.push({
        code: "notANumber",
        params: { row: row.number, column: columnTitle(row, col.index), text: textOfCell(v) },
      });
      row.writable = false;
      continue;
    }
    effects[col.year] = tkrOfCell(amount, kind, col.unit, settings.signConvention);
  }
  return effects;
}

/** The colour of a judgement cell: null when blank, undefined (and reported) when unknown. */
function readColour(row: RowRead, index: number): Colour | null | undefined {
  if (index < 0) return null;
  const v = at(row, index);
  const text = textOfCell(v);
  if (text.trim() === "") return null;
  const { colours } = row.ctx;
  const c = typeof v === "string" ? colours.match(text) : undefined;
  if (c === undefined) {
    row.ctx.problems.push({
      code: "unknownColour",
      params: {
        row: row.number,
        column: columnTitle(row, index),
        text,
        accepted: colours.accepted,
      },
    });
    row.writable = false;
  }
  return c;
}

/** One data row (not empty) as a measure. */
export function parseRow(
  ctx: RowContext,
  rawRow: readonly unknown[],
  rowNumber: number
): ParsedRow {
  const row = readCells(ctx, rawRow, rowNumber);
  const f = ctx.layout.fields;
  const id = readId(row);
  const kind = readKind(row);
  const nr = readNr(row, kind);
  const area = readArea(row);
  const effects = readEffects(row, kind);
  const ambitionColour = readColour(row, f.ambition);
  const goalsColour = readColour(row, f.goals);
  const measure: Measure = {
    id,
    nr,
    kind,
    area,
    title: f.title >= 0 ? textOfCell(at(row, f.title)) : "",
    effects,
    ambition: ambitionColour ? COLOUR_AMBITION[ambitionColour] : null,
    goals: goalsColour ? COLOUR_GOAL[goalsColour] : null,
    consequence: f.consequence >= 0 ? textOfCell(at(row, f.consequence)) : "",
  };
  const extra = ctx.layout.extras.map((e) => at(row, e.index));
  return { row: rowNumber, measure, writable: row.writable, extra };
}
