/**
 * The committee table (nämndens tabell över åtgärder och konsekvenser) as a model: a grid of
 * cells with values, live formulas and styles, plus merges, column widths and print settings.
 * Built from a scenario by pure code; rendered by two writers (Office.js in Excel, exceljs as an
 * .xlsx file) that must give the same cells, formulas, fills and formats.
 *
 * Amounts are whole tkr. Each year's column is rounded so that the rounded amounts add up exactly
 * to the rounded total (largest remainder), so the Summa row, a live SUM over the cells above,
 * shows the total the exact amounts have. The balance rows are formulas over the cells above, so a
 * correction typed into the sheet flows through.
 */
import { ZERO, roundHalfAwayFromZero, type Decimal } from "../budget/money";
import {
  AMBITION_COLOUR,
  GOAL_COLOUR,
  planYears,
  type Colour,
  type Measure,
  type MeasureKind,
  type PlanSettings,
  type Scenario,
} from "./model";
import { roundToSum } from "../budget/rounding";

export type CellStyle =
  | "title"
  | "subtitle"
  | "section"
  | "header"
  | "nr"
  | "text"
  | "longText"
  | "amount"
  | "sumLabel"
  | "sumAmount"
  | "colourRed"
  | "colourYellow"
  | "colourGreen"
  | "colourNone"
  | "legend"
  | "balanceLabel"
  | "balanceAmount"
  | "balanceResultLabel"
  | "balanceResult";

export interface TableCell {
  /** Text is always written as text, never read as a formula; numbers as numbers. */
  readonly value: string | number;
  /**
   * A live formula in Excel's invariant (English, comma-separated) syntax, with its leading "=".
   * When present, `value` is what the formula gives on the table as written (for checks).
   */
  readonly formula?: string;
  readonly style: CellStyle;
}

export interface Merge {
  /** 0-based first row and column, and how many rows and columns the merge spans. */
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

export interface CommitteeTable {
  readonly sheetName: string;
  /** Column widths in characters, one per column. */
  readonly columnWidths: readonly number[];
  /** Row-major, 0-based; null is an empty cell. Every row has columnWidths.length cells. */
  readonly rows: readonly (readonly (TableCell | null)[])[];
  readonly merges: readonly Merge[];
  /** Heights in points of rows whose merged, wrapped text Excel would not fit by itself (0-based row → pt). */
  readonly rowHeights: Readonly<Record<number, number>>;
  /** Rows (0-based, inclusive) repeated at the top of every printed page. */
  readonly repeatRows: { readonly first: number; readonly last: number };
  readonly print: {
    readonly orientation: "landscape";
    readonly paper: "A4";
    readonly fitToPagesWide: 1;
  };
}

/** The Excel number format of amounts: thousands separators, whole numbers (Excel localises it). */
export const AMOUNT_FORMAT = "#,##0";

/** Fill and font colours (RGB hex) of the colour cells: Excel's own Bad / Neutral / Good styles. */
export const COLOUR_STYLE: Readonly<
  Record<Colour, { readonly fill: string; readonly font: string }>
> = {
  red: { fill: "FFC7CE", font: "9C0006" },
  yellow: { fill: "FFEB9C", font: "9C5700" },
  green: { fill: "C6EFCE", font: "006100" },
};

const STYLE_OF_COLOUR: Readonly<Record<Colour, CellStyle>> = {
  red: "colourRed",
  yellow: "colourYellow",
  green: "colourGreen",
};

/** Spreadsheet column letters for a 0-based index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** An A1 address for a 0-based row and column. */
export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

const FORBIDDEN_IN_SHEET_NAMES = /[[\]:*?/\\]/g;
const MAX_SHEET_NAME = 31;

/**
 * A valid sheet name from a scenario's name: Excel's forbidden characters replaced, no leading or
 * trailing apostrophe, at most 31 characters, not "History", and not one of `reserved` (compared
 * case-insensitively, as Excel does), such as the add-in's own storage sheets.
 */
export function committeeSheetName(scenarioName: string, reserved: readonly string[] = []): string {
  let name = scenarioName.replace(FORBIDDEN_IN_SHEET_NAMES, "-").replace(/\s+/g, " ").trim();
  name = name.replace(/^'+|'+$/g, "").trim();
  if (name.length === 0) name = "Nämndtabell";
  name = [...name].slice(0, MAX_SHEET_NAME).join("").trim();
  const taken = new Set([...reserved, "History"].map((n) => n.toLocaleLowerCase("sv-SE")));
  if (!taken.has(name.toLocaleLowerCase("sv-SE"))) return name;
  const suffix = " (nämnd)";
  return (
    [...name]
      .slice(0, MAX_SHEET_NAME - suffix.length)
      .join("")
      .trim() + suffix
  );
}

/** The texts of the table; Swedish, as the committee reads it. */
const TEXT = {
  title: (scenario: string) => `Åtgärder och konsekvenser – ${scenario}`,
  subtitle: (first: number, last: number) =>
    `Mål och resursplan ${first}–${last}. Belopp i tusen kronor (tkr), avrundade till hela tkr.`,
  measuresSection: "Åtgärdsförslag – hålla ramen och skapa utvecklingsutrymme",
  proposalsSection: "Utvecklingsförslag (ofinansierade behov)",
  nr: "Nr",
  freed: (year: number) => `Frigjorda medel ${year} (tkr)`,
  need: (year: number) => `Behov ${year} (tkr)`,
  measureTitle: "Effektiviseringar/åtgärdsförslag",
  proposalTitle: "Utvecklingsförslag",
  ambition: "Ändrad ambitionsnivå",
  goals: "Påverkan mål/målvärden",
  consequence: "Konsekvensbeskrivning",
  sum: "Summa",
  none: "Inga förslag ingår i scenariot.",
  unjudged: "–",
  balanceSection: "Budget i balans per år",
  balanceYear: (year: number) => `${year} (tkr)`,
  balanceLabel: "Belopp (tkr)",
  frame: "Anvisad budgetram",
  needs: "Behov utöver ram",
  proposals: "Utvecklingsförslag enligt ovan",
  increaseCost: "Kostnad som begärd ramökning avser",
  increase: "Begärd ramökning",
  toCover: "Att täcka",
  freedTotal: "Frigjorda medel enligt åtgärdsförslagen",
  remains: "Kvar (+ överskott, − underskott)",
  legendSection: "Teckenförklaring",
} as const;

/** The columns of one of the two tables, in order. */
type Column = "nr" | "title" | "amounts" | "ambition" | "goals" | "consequence";

const LAYOUT: Readonly<Record<MeasureKind, readonly Column[]>> = {
  measure: ["nr", "amounts", "title", "ambition", "goals", "consequence"],
  proposal: ["nr", "title", "amounts", "ambition", "goals", "consequence"],
};

interface Builder {
  rows: (TableCell | null)[][];
  merges: Merge[];
  rowHeights: Record<number, number>;
  width: number;
}

/** Balance rows: the label spans the first two columns, the years follow. */
const BALANCE_LABEL_COLS = 2;

function emptyRow(builder: Builder): (TableCell | null)[] {
  const row = Array.from({ length: builder.width }, () => null);
  builder.rows.push(row);
  return row;
}

/** A row with one text spanning the whole width. */
function spanningRow(builder: Builder, value: string, style: CellStyle): void {
  const row = emptyRow(builder);
  row[0] = { value, style };
  builder.merges.push({ row: builder.rows.length - 1, col: 0, rows: 1, cols: builder.width });
}

function colourCell(colour: Colour | null, settings: PlanSettings): TableCell {
  if (colour === null) return { value: TEXT.unjudged, style: "colourNone" };
  return { value: settings.colourLabels[colour], style: STYLE_OF_COLOUR[colour] };
}

/** Each year's amounts of `items`, rounded to whole tkr so that each column adds up to its rounded total. */
function roundedColumns(items: readonly Measure[], years: readonly number[]): (number | null)[][] {
  const perItem: (number | null)[][] = items.map(() => years.map(() => null));
  years.forEach((year, y) => {
    const present = items
      .map((m, i) => [i, m.effects[year]] as const)
      .filter((e): e is readonly [number, Decimal] => !!e[1]);
    const rounded = roundToSum(
      present.map(([, amount]) => amount),
      0
    );
    present.forEach(([i], k) => {
      const row = perItem[i];
      if (row) row[y] = rounded[k]?.toNumber() ?? 0;
    });
  });
  return perItem;
}

interface Section {
  /** 0-based row of each year's Summa cell, and its column, for the balance formulas. */
  readonly sumCells: readonly {
    readonly row: number;
    readonly col: number;
    readonly value: number;
  }[];
}

/** One of the two tables: section heading, header row, a row per item, the Summa row. */
function addTable(
  builder: Builder,
  kind: MeasureKind,
  items: readonly Measure[],
  settings: PlanSettings
): Section {
  const years = planYears(settings);
  const columns = LAYOUT[kind];
  spanningRow(
    builder,
    kind === "measure" ? TEXT.measuresSection : TEXT.proposalsSection,
    "section"
  );
  const header = emptyRow(builder);
  const colOf = new Map<Column, number>();
  let c = 0;
  for (const column of columns) {
    colOf.set(column, c);
    if (column === "amounts") {
      years.forEach(
        (year) =>
          (header[c++] = {
            value: kind === "measure" ? TEXT.freed(year) : TEXT.need(year),
            style: "header",
          })
      );
    } else {
      const title = {
        nr: TEXT.nr,
        title: kind === "measure" ? TEXT.measureTitle : TEXT.proposalTitle,
        ambition: TEXT.ambition,
        goals: TEXT.goals,
        consequence: TEXT.consequence,
      }[column];
      header[c++] = { value: title, style: "header" };
    }
  }
  const amountCol = colOf.get("amounts") ?? 0;
  const firstItemRow = builder.rows.length;
  const amounts = roundedColumns(items, years);
  items.forEach((item, i) => {
    const row = emptyRow(builder);
    row[colOf.get("nr") ?? 0] = { value: i + 1, style: "nr" };
    row[colOf.get("title") ?? 0] = { value: item.title, style: "text" };
    years.forEach((_, y) => {
      const amount = amounts[i]?.[y];
      if (amount !== null && amount !== undefined)
        row[amountCol + y] = { value: amount, style: "amount" };
    });
    row[colOf.get("ambition") ?? 0] = colourCell(
      item.ambition === null ? null : AMBITION_COLOUR[item.ambition],
      settings
    );
    row[colOf.get("goals") ?? 0] = colourCell(
      item.goals === null ? null : GOAL_COLOUR[item.goals],
      settings
    );
    row[colOf.get("consequence") ?? 0] = { value: item.consequence, style: "longText" };
  });
  if (items.length === 0) spanningRow(builder, TEXT.none, "subtitle");
  const sumRowIndex = builder.rows.length;
  const sumRow = emptyRow(builder);
  sumRow[0] = { value: TEXT.sum, style: "sumLabel" };
  const sumCells = years.map((_, y) => {
    const col = amountCol + y;
    const value = amounts.reduce((total, row) => total + (row[y] ?? 0), 0);
    const formula =
      items.length === 0
        ? "=0"
        : `=SUM(${cellAddress(firstItemRow, col)}:${cellAddress(firstItemRow + items.length - 1, col)})`;
    sumRow[col] = { value, formula, style: "sumAmount" };
    return { row: sumRowIndex, col, value };
  });
  return { sumCells };
}

/** The balance per year, each line a value or a formula over the cells above. */
function addBalance(
  builder: Builder,
  scenario: Scenario,
  settings: PlanSettings,
  measures: Section,
  proposals: Section
): void {
  const years = planYears(settings);
  spanningRow(builder, TEXT.balanceSection, "section");
  const labelRow = (row: (TableCell | null)[], value: string, style: CellStyle) => {
    row[0] = { value, style };
    builder.merges.push({
      row: builder.rows.length - 1,
      col: 0,
      rows: 1,
      cols: BALANCE_LABEL_COLS,
    });
  };
  const header = emptyRow(builder);
  labelRow(header, TEXT.balanceLabel, "header");
  years.forEach(
    (year, y) =>
      (header[BALANCE_LABEL_COLS + y] = { value: TEXT.balanceYear(year), style: "header" })
  );
  const whole = (d: Decimal | undefined) => roundHalfAwayFromZero(d ?? ZERO).toNumber();
  const yearOf = (year: number) => scenario.years.find((sy) => sy.year === year);

  const lineRow = new Map<string, number>();
  const addLine = (
    key: string,
    label: string,
    cellFor: (y: number) => TableCell,
    labelStyle: CellStyle = "balanceLabel"
  ) => {
    const row = emptyRow(builder);
    lineRow.set(key, builder.rows.length - 1);
    labelRow(row, label, labelStyle);
    years.forEach((_, y) => (row[BALANCE_LABEL_COLS + y] = cellFor(y)));
  };
  const ref = (key: string, y: number) =>
    cellAddress(lineRow.get(key) ?? 0, BALANCE_LABEL_COLS + y);
  const valueAt = (key: string, y: number) => {
    const cell = builder.rows[lineRow.get(key) ?? 0]?.[BALANCE_LABEL_COLS + y];
    return typeof cell?.value === "number" ? cell.value : 0;
  };
  const sumRef = (section: Section, y: number) => {
    const cell = section.sumCells[y];
    return cell
      ? { formula: `=${cellAddress(cell.row, cell.col)}`, value: cell.value }
      : { formula: "=0", value: 0 };
  };

  addLine("frame", TEXT.frame, (y) => ({
    value: whole(yearOf(years[y] ?? 0)?.frame),
    style: "balanceAmount",
  }));
  addLine("needs", TEXT.needs, (y) => ({
    value: whole(yearOf(years[y] ?? 0)?.needs),
    style: "balanceAmount",
  }));
  addLine("proposals", TEXT.proposals, (y) => ({
    ...sumRef(proposals, y),
    style: "balanceAmount",
  }));
  addLine("cost", TEXT.increaseCost, (y) => ({
    value: whole(yearOf(years[y] ?? 0)?.increaseCost),
    style: "balanceAmount",
  }));
  addLine("increase", TEXT.increase, (y) => ({
    value: whole(yearOf(years[y] ?? 0)?.requestedIncrease),
    style: "balanceAmount",
  }));
  addLine("toCover", TEXT.toCover, (y) => ({
    formula: `=${ref("needs", y)}+${ref("proposals", y)}+${ref("cost", y)}-${ref("increase", y)}`,
    value:
      valueAt("needs", y) + valueAt("proposals", y) + valueAt("cost", y) - valueAt("increase", y),
    style: "balanceAmount",
  }));
  addLine("freed", TEXT.freedTotal, (y) => ({ ...sumRef(measures, y), style: "balanceAmount" }));
  addLine(
    "remains",
    TEXT.remains,
    (y) => ({
      formula: `=${ref("freed", y)}-${ref("toCover", y)}`,
      value: valueAt("freed", y) - valueAt("toCover", y),
      style: "balanceResult",
    }),
    "balanceResultLabel"
  );
}

const LINE_HEIGHT = 15; // points per line of 11-point text
const WRAPPED: ReadonlySet<CellStyle> = new Set(["header", "text", "longText"]);

/**
 * Row heights for wrapped text: the spreadsheet programs do not all grow a row to fit text written
 * by a program, so the model states how many lines each row needs at its column widths.
 */
function fitRowHeights(builder: Builder, columnWidths: readonly number[]): void {
  builder.rows.forEach((row, r) => {
    if (builder.rowHeights[r] !== undefined) return;
    const lines = row.reduce((most, cell, c) => {
      if (!cell || !WRAPPED.has(cell.style) || typeof cell.value !== "string") return most;
      // A unit of column width is one digit; running text fits about 1.15 characters per unit,
      // less some room for word breaks.
      const perUnit = cell.style === "header" ? 0.8 : 1.05; // bold headers run wider
      const perLine = Math.max(1, Math.floor((columnWidths[c] ?? 10) * perUnit));
      const needed = cell.value
        .split("\n")
        .reduce((n, part) => n + Math.max(1, Math.ceil(part.length / perLine)), 0);
      return Math.max(most, needed);
    }, 1);
    if (lines > 1) builder.rowHeights[r] = lines * LINE_HEIGHT;
  });
}

function itemsOf(kind: MeasureKind, scenario: Scenario, measures: readonly Measure[]): Measure[] {
  const included = new Set(scenario.included);
  return measures.filter((m) => m.kind === kind && included.has(m.id)).sort((a, b) => a.nr - b.nr);
}

/**
 * The committee table of one scenario: the measures it includes, the development proposals it
 * includes, the balance per year and the legend. `reservedSheetNames` are names the table's
 * sheet must not take (the add-in's own storage sheets).
 */
export function buildCommitteeTable(
  scenario: Scenario,
  measures: readonly Measure[],
  settings: PlanSettings,
  reservedSheetNames: readonly string[] = []
): CommitteeTable {
  const years = planYears(settings);
  const width = 5 + years.length;
  const builder: Builder = { rows: [], merges: [], rowHeights: {}, width };
  spanningRow(builder, TEXT.title(scenario.name), "title");
  spanningRow(
    builder,
    TEXT.subtitle(years[0] ?? settings.firstYear, years[years.length - 1] ?? settings.firstYear),
    "subtitle"
  );
  emptyRow(builder);
  const headerOfMeasures = builder.rows.length + 1;
  const measureSection = addTable(
    builder,
    "measure",
    itemsOf("measure", scenario, measures),
    settings
  );
  emptyRow(builder);
  const proposalSection = addTable(
    builder,
    "proposal",
    itemsOf("proposal", scenario, measures),
    settings
  );
  emptyRow(builder);
  addBalance(builder, scenario, settings, measureSection, proposalSection);
  emptyRow(builder);
  spanningRow(builder, TEXT.legendSection, "section");
  for (const text of [settings.legend.ambition, settings.legend.goals]) {
    spanningRow(builder, text, "legend");
    builder.rowHeights[builder.rows.length - 1] = 30;
  }

  const amountWidth = 13;
  const columnWidths = [
    8,
    ...Array.from({ length: years.length }, () => amountWidth),
    34,
    14,
    14,
    60,
  ];
  // The proposals table puts its title where the measures table has its first amount: widen it.
  columnWidths[1] = Math.max(amountWidth, 28);
  fitRowHeights(builder, columnWidths);
  return {
    sheetName: committeeSheetName(scenario.name, reservedSheetNames),
    columnWidths,
    rows: builder.rows,
    merges: builder.merges,
    rowHeights: builder.rowHeights,
    repeatRows: { first: 0, last: headerOfMeasures },
    print: { orientation: "landscape", paper: "A4", fitToPagesWide: 1 },
  };
}
