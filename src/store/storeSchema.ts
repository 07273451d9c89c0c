/**
 * What the workbook stores, and how it is read back without trusting it:
 *
 * 1. The plan document: { version: 1, settings, scenarios } as JSON. Amounts are written as
 *    decimal strings so nothing passes through a double. A document of another version is
 *    reported (unknownVersion), never guessed at.
 * 2. The measures table: one row per measure or proposal under a header of Swedish column titles
 *    with the unit in each amount header ("Effekt 2026 (tkr)"). The sheet is the user's, so every
 *    damaged cell is reported by row and column, and a row the model could not read completely is
 *    flagged so that the add-in never writes the model's idea of it over what the user typed.
 *
 * Nothing here throws, whatever it is given.
 */
import { z } from "zod";
import { Decimal, ZERO, dec, toFiniteNumber } from "../budget/money";
import {
  COLOUR_AMBITION,
  COLOUR_GOAL,
  AMBITION_COLOUR,
  GOAL_COLOUR,
  DEFAULT_SETTINGS,
  planYears,
} from "../plan/model";
import { MAX_PLAN_YEARS } from "../budget/phasing";
import type {
  AmountUnit,
  Colour,
  Measure,
  MeasureKind,
  PlanSettings,
  Scenario,
} from "../plan/model";
import type { DocumentProblem, MeasureProblem } from "./problems";

// zod would otherwise probe `new Function("")` to compile faster parsers; the pane's
// Content-Security-Policy forbids eval, so the probe would be refused (and logged) in the browser.
z.config({ jitless: true });

// =============================================================================================
// 1. The plan document
// =============================================================================================

export const PLAN_DOCUMENT_VERSION = 1;

export interface PlanDocument {
  readonly version: 1;
  readonly settings: PlanSettings;
  readonly scenarios: readonly Scenario[];
}

const DECIMAL_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

/** An exact amount: a decimal string (as written) or a finite JSON number, read as a Decimal. */
export const decimalSchema = z.union([z.string(), z.number()]).transform((value, ctx): Decimal => {
  if (typeof value === "string" && !DECIMAL_TEXT.test(value.trim())) {
    ctx.issues.push({ code: "custom", message: "not a decimal number", input: value });
    return z.NEVER;
  }
  try {
    const d = new Decimal(typeof value === "string" ? value.trim() : value);
    if (d.isFinite()) return d;
  } catch {
    // reported below
  }
  ctx.issues.push({ code: "custom", message: "not a finite decimal number", input: value });
  return z.NEVER;
});

const nonEmptyText = z.string().trim().min(1);

function uniqueBy<T>(items: readonly T[], key: (t: T) => string): number {
  const seen = new Set<string>();
  for (let i = 0; i < items.length; i++) {
    const k = key(items[i] as T);
    if (seen.has(k)) return i;
    seen.add(k);
  }
  return -1;
}

export const settingsSchema = z
  .object({
    firstYear: z.int().min(1900).max(9999).default(DEFAULT_SETTINGS.firstYear),
    yearCount: z.int().min(1).max(MAX_PLAN_YEARS).default(DEFAULT_SETTINGS.yearCount),
    areas: z.array(nonEmptyText).default(() => [...DEFAULT_SETTINGS.areas]),
    colourLabels: z
      .object({ red: nonEmptyText, yellow: nonEmptyText, green: nonEmptyText })
      .default(() => ({ ...DEFAULT_SETTINGS.colourLabels })),
    legend: z
      .object({ ambition: z.string(), goals: z.string() })
      .default(() => ({ ...DEFAULT_SETTINGS.legend })),
    signConvention: z.enum(["positive", "resultEffect"]).default(DEFAULT_SETTINGS.signConvention),
    unit: z.enum(["kr", "tkr", "mnkr"]).default(DEFAULT_SETTINGS.unit),
  })
  .superRefine((s, ctx) => {
    if (s.firstYear + s.yearCount - 1 > 9999) {
      ctx.addIssue({
        code: "custom",
        message: "the plan period ends after 9999",
        path: ["yearCount"],
      });
    }
    const dup = uniqueBy(s.areas, (a) => normaliseWord(a));
    if (dup >= 0)
      ctx.addIssue({ code: "custom", message: "the same budget area twice", path: ["areas", dup] });
    const labels = [s.colourLabels.red, s.colourLabels.yellow, s.colourLabels.green].map(
      normaliseWord
    );
    if (new Set(labels).size !== 3) {
      ctx.addIssue({
        code: "custom",
        message: "two colours have the same label",
        path: ["colourLabels"],
      });
    }
  });

export const scenarioYearSchema = z.object({
  year: z.int().min(1900).max(9999),
  frame: decimalSchema,
  needs: decimalSchema,
  requestedIncrease: decimalSchema.default(ZERO),
  increaseCost: decimalSchema.default(ZERO),
});

export const scenarioSchema = z
  .object({
    id: nonEmptyText,
    name: z.string(),
    years: z.array(scenarioYearSchema),
    included: z.array(z.string().min(1)),
  })
  .superRefine((s, ctx) => {
    const dup = uniqueBy(s.years, (y) => String(y.year));
    if (dup >= 0)
      ctx.addIssue({
        code: "custom",
        message: "the same year twice",
        path: ["years", dup, "year"],
      });
  });

export const planDocumentV1Schema = z
  .object({
    version: z.literal(1),
    settings: settingsSchema,
    scenarios: z.array(scenarioSchema),
  })
  .superRefine((d, ctx) => {
    const dup = uniqueBy(d.scenarios, (s) => s.id);
    if (dup >= 0)
      ctx.addIssue({
        code: "custom",
        message: "the same scenario id twice",
        path: ["scenarios", dup, "id"],
      });
  });

// The schema's output must be a PlanDocument; this line stops the build if the two drift apart.
const _outputIsPlanDocument = (x: z.output<typeof planDocumentV1Schema>): PlanDocument => x;
void _outputIsPlanDocument;

export type PlanDocumentResult =
  | { readonly ok: true; readonly document: PlanDocument }
  | { readonly ok: false; readonly problem: DocumentProblem };

/**
 * Reads a stored plan document: the JSON text (or an already parsed value). A document whose
 * version is not 1 is reported as unknownVersion with the version it states and nothing is read
 * from it, so a later release's plan is never half-understood and then saved over.
 */
export function parsePlanDocument(input: unknown): PlanDocumentResult {
  try {
    return readPlanDocument(input);
  } catch (e) {
    // Only hostile input (a proxy or getter that throws) gets here.
    return {
      ok: false,
      problem: { code: "invalidDocument", params: { path: "", detail: String(e) } },
    };
  }
}

function readPlanDocument(input: unknown): PlanDocumentResult {
  let value: unknown = input;
  if (typeof input === "string") {
    try {
      value = JSON.parse(input);
    } catch {
      return { ok: false, problem: { code: "invalidJson", params: {} } };
    }
  }
  if (
    typeof value !== "object" ||
    value === null ||
    Array.isArray(value) ||
    !("version" in value)
  ) {
    return { ok: false, problem: { code: "notAPlanDocument", params: {} } };
  }
  const version = (value as { version: unknown }).version;
  if (version !== PLAN_DOCUMENT_VERSION) {
    let shown: string;
    try {
      shown = typeof version === "string" ? version : String(JSON.stringify(version));
    } catch {
      shown = "?";
    }
    return { ok: false, problem: { code: "unknownVersion", params: { version: shown } } };
  }
  const parsed = planDocumentV1Schema.safeParse(value);
  if (parsed.success) return { ok: true, document: parsed.data };
  const issue = parsed.error.issues[0];
  return {
    ok: false,
    problem: {
      code: "invalidDocument",
      params: { path: (issue?.path ?? []).map(String).join("."), detail: issue?.message ?? "" },
    },
  };
}

/** The plan document as JSON text, amounts as exact decimal strings. */
export function serializePlanDocument(document: Omit<PlanDocument, "version">): string {
  const s = document.settings;
  const plain = {
    version: PLAN_DOCUMENT_VERSION,
    settings: {
      firstYear: s.firstYear,
      yearCount: s.yearCount,
      areas: [...s.areas],
      colourLabels: {
        red: s.colourLabels.red,
        yellow: s.colourLabels.yellow,
        green: s.colourLabels.green,
      },
      legend: { ambition: s.legend.ambition, goals: s.legend.goals },
      signConvention: s.signConvention,
      unit: s.unit,
    },
    scenarios: document.scenarios.map((sc) => ({
      id: sc.id,
      name: sc.name,
      years: sc.years.map((y) => ({
        year: y.year,
        frame: y.frame.toString(),
        needs: y.needs.toString(),
        requestedIncrease: y.requestedIncrease.toString(),
        increaseCost: y.increaseCost.toString(),
      })),
      included: [...sc.included],
    })),
  };
  return JSON.stringify(plain);
}

// =============================================================================================
// 2. The measures table
// =============================================================================================

/** A cell value as Office.js reports it. */
export type CellValue = string | number | boolean | null;

export const cellValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const COLUMN_TITLES = {
  id: "Id",
  nr: "Nr",
  kind: "Typ",
  area: "Verksamhetsområde",
  title: "Åtgärd",
  ambition: "Ändrad ambitionsnivå",
  goals: "Påverkan mål/målvärden",
  consequence: "Konsekvensbeskrivning",
} as const;

/** The words written in the Typ column. */
export const KIND_WORDS: Readonly<Record<MeasureKind, string>> = {
  measure: "Åtgärd",
  proposal: "Utvecklingsförslag",
};

type TextField = keyof typeof COLUMN_TITLES;

/** The header of an amount column, e.g. "Effekt 2026 (tkr)". */
export function effectColumnTitle(year: number, unit: AmountUnit): string {
  return `Effekt ${year} (${unit})`;
}

/**
 * The header titles of the measures table, in order: Id, Nr, Typ, Verksamhetsområde, Åtgärd, one
 * "Effekt <year> (<unit>)" per plan year, Ändrad ambitionsnivå, Påverkan mål/målvärden,
 * Konsekvensbeskrivning.
 */
export function MEASURE_COLUMNS(settings: PlanSettings): string[] {
  return [
    COLUMN_TITLES.id,
    COLUMN_TITLES.nr,
    COLUMN_TITLES.kind,
    COLUMN_TITLES.area,
    COLUMN_TITLES.title,
    ...planYears(settings).map((y) => effectColumnTitle(y, settings.unit)),
    COLUMN_TITLES.ambition,
    COLUMN_TITLES.goals,
    COLUMN_TITLES.consequence,
  ];
}

/** How many tkr one unit is. */
const TKR_PER_UNIT: Readonly<Record<AmountUnit, Decimal>> = {
  kr: new Decimal("0.001"),
  tkr: new Decimal(1),
  mnkr: new Decimal(1000),
};

const UNIT_WORDS: Readonly<Record<string, AmountUnit>> = {
  kr: "kr",
  tkr: "tkr",
  mnkr: "mnkr",
  mkr: "mnkr",
  "tusen kronor": "tkr",
  "miljoner kronor": "mnkr",
  kronor: "kr",
};

/** NFC, every kind of space as one plain space, trimmed, lower case (Swedish rules). */
function normaliseWord(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[\s\u00a0\u2007\u202f]+/g, " ")
    .trim()
    .toLocaleLowerCase("sv-SE");
}

/** A header as compared: normaliseWord plus no spaces around "/" or inside parentheses. */
function normaliseHeader(text: string): string {
  return normaliseWord(text)
    .replace(/ ?\/ ?/g, "/")
    .replace(/ ?\( ?/g, " (")
    .replace(/ ?\)/g, ")")
    .trim();
}

function withoutDiacritics(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .normalize("NFC");
}

const EFFECT_HEADER = /^effekt (\d{4})(?: \(([^)]*)\))?$/;

/** Where each field is in the sheet's header. */
export interface ColumnLayout {
  /** Column index (0-based) of each text field, or -1 when the column is missing. */
  readonly fields: Readonly<Record<TextField, number>>;
  /** Column index of each plan year's amount column, or -1; with the unit the header states. */
  readonly effects: readonly {
    readonly year: number;
    readonly index: number;
    readonly unit: AmountUnit;
  }[];
  /** Columns the model does not read, in sheet order (0-based index and title as written). */
  readonly extras: readonly { readonly index: number; readonly title: string }[];
  /**
   * True when the header is exactly MEASURE_COLUMNS(settings) (spaces and case aside) followed
   * only by extra columns: then a row can be written in place as measureToRow(measure, settings,
   * row.extra). Otherwise the table must be rewritten as a whole, header first.
   */
  readonly matches: boolean;
}

export interface ParsedRow {
  /** The row in the sheet, 1-based. */
  readonly row: number;
  readonly measure: Measure;
  /**
   * False when the row had something the model could not hold (no id, a repeated id, text in an
   * amount cell, an unknown colour or kind word, a bad Nr, an unreadable cell): writing the
   * model back would overwrite what the user typed, so the add-in must leave this row alone.
   */
  readonly writable: boolean;
  /** The values of the extra columns, in the order of layout.extras, to be written back as they were. */
  readonly extra: readonly CellValue[];
}

export interface MeasureParseResult {
  /** The measures the model uses: every read row, except rows whose id an earlier row already had. Rows without an id have id "". */
  readonly measures: Measure[];
  /** Every non-empty data row, in sheet order, with its row number and flags. */
  readonly rows: ParsedRow[];
  readonly problems: MeasureProblem[];
  readonly layout: ColumnLayout;
}

export interface ParseOptions {
  /** The sheet row of the header (1-based); data starts on the next row. Default 1. */
  readonly headerRow?: number;
}

function cellText(value: CellValue): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

/** Reads a number typed in a text cell: "14 000", "−1,5", "1234.5". Undefined when it is not one. */
function parseNumberText(text: string): Decimal | undefined {
  const cleaned = text
    .normalize("NFC")
    .replace(/[\s\u00a0\u2007\u202f']/g, "")
    .replace(/^[\u2212\u2013]/, "-");
  let t = cleaned;
  if (t.includes(",")) {
    if (t.includes(".")) return undefined;
    t = t.replace(",", ".");
  }
  if (!/^[+-]?(\d+(\.\d+)?|\.\d+)$/.test(t)) return undefined;
  try {
    const d = new Decimal(t);
    return d.isFinite() ? d : undefined;
  } catch {
    return undefined;
  }
}

interface ColourMatcher {
  readonly match: (text: string) => Colour | undefined;
  readonly accepted: string;
}

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
  const defaults: [string, Colour][] = [
    ["röd", "red"],
    ["gul", "yellow"],
    ["grön", "green"],
    ["red", "red"],
    ["yellow", "yellow"],
    ["green", "green"],
  ];
  for (const [w, c] of defaults) add(w, c);
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

function layoutOf(
  header: readonly unknown[],
  settings: PlanSettings,
  headerRow: number,
  problems: MeasureProblem[]
): ColumnLayout {
  const years = planYears(settings);
  const fields: Record<TextField, number> = {
    id: -1,
    nr: -1,
    kind: -1,
    area: -1,
    title: -1,
    ambition: -1,
    goals: -1,
    consequence: -1,
  };
  const fieldByHeader = new Map<string, TextField>();
  for (const key of Object.keys(COLUMN_TITLES) as TextField[])
    fieldByHeader.set(normaliseHeader(COLUMN_TITLES[key]), key);
  const yearIndex = new Map<number, { index: number; unit: AmountUnit }>();
  const unreadableYears = new Set<number>();
  const extras: { index: number; title: string }[] = [];
  const expected = MEASURE_COLUMNS(settings).map(normaliseHeader);
  let matches = true;

  for (let i = 0; i < header.length; i++) {
    const raw = header[i];
    const title =
      typeof raw === "string"
        ? raw
        : raw === null || raw === undefined
          ? ""
          : typeof raw === "number" || typeof raw === "boolean"
            ? String(raw)
            : "";
    const norm = normaliseHeader(title);
    if (i < expected.length && norm !== expected[i]) matches = false;
    const field = fieldByHeader.get(norm);
    if (field !== undefined) {
      if (fields[field] === -1) {
        fields[field] = i;
      } else {
        problems.push({
          code: "duplicateColumn",
          params: { row: headerRow, column: title, columnNumber: i + 1 },
        });
        extras.push({ index: i, title });
      }
      continue;
    }
    const effect = EFFECT_HEADER.exec(norm);
    const year = effect ? Number(effect[1]) : NaN;
    if (effect && years.includes(year)) {
      if (yearIndex.has(year) || unreadableYears.has(year)) {
        problems.push({
          code: "duplicateColumn",
          params: { row: headerRow, column: title, columnNumber: i + 1 },
        });
        extras.push({ index: i, title });
        continue;
      }
      const unitText = effect[2];
      if (unitText === undefined || unitText.trim() === "") {
        problems.push({
          code: "missingUnit",
          params: { row: headerRow, column: title, expected: settings.unit },
        });
        yearIndex.set(year, { index: i, unit: settings.unit });
        continue;
      }
      const unit = UNIT_WORDS[unitText.trim()];
      if (unit === undefined) {
        problems.push({
          code: "unknownUnit",
          params: { row: headerRow, column: title, unit: unitText.trim() },
        });
        unreadableYears.add(year);
        extras.push({ index: i, title });
        continue;
      }
      if (unit !== settings.unit) {
        problems.push({
          code: "columnUnit",
          params: { row: headerRow, column: title, unit, expected: settings.unit },
        });
      }
      yearIndex.set(year, { index: i, unit });
      continue;
    }
    problems.push({
      code: "extraColumn",
      params: { row: headerRow, column: title, columnNumber: i + 1 },
    });
    extras.push({ index: i, title });
  }
  if (header.length < expected.length) matches = false;

  // Missing columns, in table order, each reported once.
  for (const key of ["id", "nr", "kind", "area", "title"] as const) {
    if (fields[key] === -1)
      problems.push({
        code: "missingColumn",
        params: { row: headerRow, column: COLUMN_TITLES[key] },
      });
  }
  for (const year of years) {
    if (!yearIndex.has(year) && !unreadableYears.has(year)) {
      problems.push({
        code: "missingColumn",
        params: { row: headerRow, column: effectColumnTitle(year, settings.unit) },
      });
    }
  }
  for (const key of ["ambition", "goals", "consequence"] as const) {
    if (fields[key] === -1)
      problems.push({
        code: "missingColumn",
        params: { row: headerRow, column: COLUMN_TITLES[key] },
      });
  }

  return {
    fields,
    effects: years.map((year) => {
      const found = yearIndex.get(year);
      return { year, index: found?.index ?? -1, unit: found?.unit ?? settings.unit };
    }),
    extras,
    matches,
  };
}

function isEmptyCell(v: unknown): boolean {
  return v === null || v === undefined || v === "";
}

/**
 * Reads the measures table: the header row and the data rows as Office.js reports them
 * (range.values). Problems name the sheet row (headerRow + 1 for the first data row) and say
 * what is wrong; see problemTexts.ts. Entirely empty rows are skipped without a report. Linear in
 * the number of cells; never throws.
 */
export function parseMeasureRows(
  header: readonly unknown[],
  rows: readonly unknown[],
  settings: PlanSettings,
  options: ParseOptions = {}
): MeasureParseResult {
  const problems: MeasureProblem[] = [];
  const measures: Measure[] = [];
  const parsedRows: ParsedRow[] = [];
  const headerRow =
    Number.isInteger(options.headerRow) && (options.headerRow as number) > 0
      ? (options.headerRow as number)
      : 1;
  let headerCells: readonly unknown[] = Array.isArray(header) ? header : [];
  let dataRows: readonly unknown[] = Array.isArray(rows) ? rows : [];
  let layout: ColumnLayout;
  try {
    if (headerCells.every(isEmptyCell))
      problems.push({ code: "noHeader", params: { row: headerRow } });
    layout = layoutOf(headerCells, settings, headerRow, problems);
  } catch {
    // Only a hostile header (a getter that throws) gets here.
    headerCells = [];
    problems.push({ code: "noHeader", params: { row: headerRow } });
    layout = layoutOf(headerCells, settings, headerRow, problems);
  }

  // Cells to the right of the header are kept as extra columns without a title, reported once each.
  const extras = [...layout.extras];
  try {
    const beyond = new Set<number>();
    for (const rawRow of dataRows) {
      if (!Array.isArray(rawRow)) continue;
      for (let i = headerCells.length; i < rawRow.length; i++)
        if (!isEmptyCell(rawRow[i])) beyond.add(i);
    }
    for (const i of [...beyond].sort((a, b) => a - b)) {
      extras.push({ index: i, title: "" });
      problems.push({
        code: "extraColumn",
        params: { row: headerRow, column: "", columnNumber: i + 1 },
      });
    }
  } catch {
    dataRows = [];
  }
  layout = { ...layout, extras };

  const colours = colourMatcher(settings);
  const areaByWord = new Map<string, string>();
  for (const a of Array.isArray(settings.areas) ? settings.areas : []) {
    if (typeof a === "string" && !areaByWord.has(normaliseWord(a)))
      areaByWord.set(normaliseWord(a), a);
  }
  const firstRowOfId = new Map<string, number>();
  const headerTitle = (index: number): string => {
    const raw = headerCells[index];
    return typeof raw === "string"
      ? raw
      : typeof raw === "number" || typeof raw === "boolean"
        ? String(raw)
        : "";
  };
  const usedNrs: Record<MeasureKind, number> = { measure: 0, proposal: 0 };

  for (let r = 0; r < dataRows.length; r++) {
    const rowNumber = headerRow + 1 + r;
    try {
      const rawRow = dataRows[r];
      if (!Array.isArray(rawRow)) {
        if (rawRow === null || rawRow === undefined) continue;
        problems.push({ code: "notARow", params: { row: rowNumber } });
        continue;
      }
      if (rawRow.every(isEmptyCell)) continue;
      const parsed = parseRow(rawRow, rowNumber);
      parsedRows.push(parsed.row);
      if (parsed.keep) measures.push(parsed.row.measure);
    } catch {
      problems.push({ code: "notARow", params: { row: rowNumber } });
    }
  }

  return { measures, rows: parsedRows, problems, layout };

  function parseRow(
    rawRow: readonly unknown[],
    rowNumber: number
  ): { row: ParsedRow; keep: boolean } {
    let writable = true;
    const cells: CellValue[] = new Array<CellValue>(
      Math.max(rawRow.length, headerCells.length)
    ).fill(null);
    for (let i = 0; i < rawRow.length; i++) {
      const v = rawRow[i];
      if (v === undefined) continue;
      const ok = cellValueSchema.safeParse(v);
      if (ok.success) {
        cells[i] = ok.data;
      } else {
        problems.push({ code: "badCell", params: { row: rowNumber, column: headerTitle(i) } });
        writable = false;
      }
    }
    const at = (index: number): CellValue => (index >= 0 ? (cells[index] ?? null) : null);
    const f = layout.fields;

    // Id
    let id = "";
    if (f.id >= 0) {
      id = cellText(at(f.id)).trim();
      if (id === "") {
        problems.push({ code: "missingId", params: { row: rowNumber } });
        writable = false;
      }
    } else {
      writable = false; // the missing column was reported once with the header
    }
    let keep = true;
    if (id !== "") {
      const first = firstRowOfId.get(id);
      if (first !== undefined) {
        problems.push({ code: "duplicateId", params: { row: rowNumber, id, firstRow: first } });
        writable = false;
        keep = false;
      } else {
        firstRowOfId.set(id, rowNumber);
      }
    }

    // Typ
    let kind: MeasureKind = "measure";
    if (f.kind >= 0) {
      const text = cellText(at(f.kind));
      if (text.trim() === "") {
        problems.push({ code: "missingKind", params: { row: rowNumber } });
      } else {
        const k =
          KIND_BY_WORD.get(normaliseWord(text)) ??
          KIND_BY_WORD.get(withoutDiacritics(normaliseWord(text)));
        if (k === undefined) {
          problems.push({ code: "unknownKind", params: { row: rowNumber, text } });
          writable = false;
        } else {
          kind = k;
        }
      }
    }

    // Nr
    let nr: number | undefined;
    if (f.nr >= 0) {
      const v = at(f.nr);
      const text = cellText(v).trim();
      if (text === "") {
        problems.push({ code: "missingNr", params: { row: rowNumber } });
      } else {
        const n = typeof v === "number" ? v : typeof v === "string" ? Number(text) : NaN;
        if (Number.isSafeInteger(n) && n > 0) {
          nr = n;
        } else {
          problems.push({ code: "badNr", params: { row: rowNumber, text: cellText(v) } });
          writable = false;
        }
      }
    }
    if (nr === undefined) nr = usedNrs[kind] + 1;
    if (nr > usedNrs[kind]) usedNrs[kind] = nr;

    // Verksamhetsområde
    let area = "";
    if (f.area >= 0) {
      const text = cellText(at(f.area));
      const canonical = areaByWord.get(normaliseWord(text));
      if (canonical !== undefined) {
        area = canonical;
      } else if (text.trim() === "") {
        area = text;
        problems.push({ code: "missingArea", params: { row: rowNumber } });
      } else {
        area = text;
        problems.push({ code: "unknownArea", params: { row: rowNumber, text } });
      }
    }

    // Effects
    const effects: Record<number, Decimal | null> = {};
    for (const col of layout.effects) {
      effects[col.year] = null;
      if (col.index < 0) continue;
      const v = at(col.index);
      let amount: Decimal | undefined;
      if (v === null || (typeof v === "string" && v.trim() === "")) {
        continue;
      } else if (typeof v === "number") {
        amount = Number.isFinite(v) ? dec(v) : undefined;
      } else if (typeof v === "string") {
        amount = parseNumberText(v);
      }
      if (amount === undefined) {
        problems.push({
          code: "notANumber",
          params: { row: rowNumber, column: headerTitle(col.index), text: cellText(v) },
        });
        writable = false;
        continue;
      }
      let tkr = amount.times(TKR_PER_UNIT[col.unit]);
      if (settings.signConvention === "resultEffect" && kind === "proposal") tkr = tkr.neg();
      effects[col.year] = tkr.isZero() ? ZERO : tkr;
    }

    // Colours
    const colourOf = (index: number): Colour | null | undefined => {
      if (index < 0) return null;
      const v = at(index);
      const text = cellText(v);
      if (text.trim() === "") return null;
      const c = typeof v === "string" ? colours.match(text) : undefined;
      if (c === undefined) {
        problems.push({
          code: "unknownColour",
          params: { row: rowNumber, column: headerTitle(index), text, accepted: colours.accepted },
        });
        writable = false;
      }
      return c;
    };
    const ambitionColour = colourOf(f.ambition);
    const goalsColour = colourOf(f.goals);

    const measure: Measure = {
      id,
      nr,
      kind,
      area,
      title: f.title >= 0 ? cellText(at(f.title)) : "",
      effects,
      ambition: ambitionColour ? COLOUR_AMBITION[ambitionColour] : null,
      goals: goalsColour ? COLOUR_GOAL[goalsColour] : null,
      consequence: f.consequence >= 0 ? cellText(at(f.consequence)) : "",
    };
    const extra = extras.map((e) => at(e.index));
    return { row: { row: rowNumber, measure, writable, extra }, keep };
  }
}

/**
 * One measure as the cells of a row, in the order of MEASURE_COLUMNS(settings), followed by
 * `extra` (the row's extra columns as read, so they are written back unchanged). Amounts are in
 * the settings' unit and sign convention; a blank effect is "". Text is returned exactly as in the
 * model: whoever writes the row must write text cells as text (e.g. number format "@"), so that a
 * title starting with "=", "+", "-" or "@" stays a title and never becomes a formula.
 */
export function measureToRow(
  measure: Measure,
  settings: PlanSettings,
  extra: readonly CellValue[] = []
): CellValue[] {
  const labels = settings.colourLabels;
  const amounts = planYears(settings).map((year): CellValue => {
    const e = measure.effects[year];
    if (e === null || e === undefined) return "";
    let shown = e.div(TKR_PER_UNIT[settings.unit]);
    if (settings.signConvention === "resultEffect" && measure.kind === "proposal")
      shown = shown.neg();
    return toFiniteNumber(shown) ?? shown.toString();
  });
  return [
    measure.id,
    measure.nr,
    KIND_WORDS[measure.kind],
    measure.area,
    measure.title,
    ...amounts,
    measure.ambition === null ? "" : labels[AMBITION_COLOUR[measure.ambition]],
    measure.goals === null ? "" : labels[GOAL_COLOUR[measure.goals]],
    measure.consequence,
    ...extra,
  ];
}
