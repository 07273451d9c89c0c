/**
 * The committee table (nämndens tabell över åtgärder och konsekvenser) as a model: a grid of
 * cells with values, live formulas and styles, plus merges, column widths and print settings.
 * Built from a scenario by pure code; rendered by two writers (Office.js in Excel, exceljs as an
 * .xlsx file) that must give the same cells, formulas, fills and formats.
 *
 * The parts: the measures and proposals tables (committeeSections.ts), the balance per year
 * (committeeBalance.ts), the texts (committeeTexts.ts), how each cell style looks
 * (committeeStyles.ts), addresses and the sheet name (sheetAddress.ts).
 */
import { balanceOf } from "./balance";
import { addBalance } from "./committeeBalance";
import { emptyRow, fitRowHeights, spanningRow, type Builder } from "./committeeGrid";
import { addConsequences } from "./committeeConsequences";
import { addDecisions } from "./committeeDecisions";
import { addTable, type TableGroup } from "./committeeSections";
import type { CellStyle } from "./committeeStyles";
import { COMMITTEE_TEXT as TEXT } from "./committeeTexts";
import { shownDecisions } from "./decisionEdits";
import { decisionsOf } from "./decisions";
import { planYears, type Measure, type PlanSettings, type Scenario } from "./model";
import { includedItems } from "./shownAmounts";
import { committeeSheetName } from "./sheetAddress";

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
  /** The scenario the table is of: in Excel its sheet is tied to this id, not to the sheet name. */
  readonly scenarioId: string;
  /** The wanted sheet name (a free one is taken if a sheet of the user's has it). */
  readonly sheetName: string;
  /** Column widths in characters, one per column. */
  readonly columnWidths: readonly number[];
  /** Row-major, 0-based; null is an empty cell. Every row has columnWidths.length cells. */
  readonly rows: readonly (readonly (TableCell | null)[])[];
  readonly merges: readonly Merge[];
  /** Heights in points of rows whose merged, wrapped text Excel would not fit by itself (0-based row → pt). */
  readonly rowHeights: Readonly<Record<number, number>>;
  /**
   * Rows (0-based, inclusive) repeated at the top of every printed page: the measures table's
   * heading and header, only where that table is long enough to be continued on a next page
   * (a sheet has one such range, which would otherwise stand above the later tables too).
   */
  readonly repeatRows: { readonly first: number; readonly last: number } | null;
  readonly print: {
    readonly orientation: "landscape";
    readonly paper: "A4";
    readonly fitToPagesWide: 1;
    /** The printed footer in the spreadsheet's header/footer codes: the plan's name, the page. */
    readonly footer: { readonly left: string; readonly right: string };
  };
}

/** Column widths in characters: Nr, title, the amounts, the two colours (both tables alike). */
function columnWidthsFor(yearCount: number): number[] {
  return [7, 40, ...Array.from({ length: yearCount }, () => 13), 14, 14];
}

/** More measures than fit on the first page with the decisions above them: the table goes on. */
const CONTINUED_AFTER = 15;

/** Text in a printed footer: "&" starts a code there, so a plain one is written "&&". */
const footerText = (text: string) => text.replace(/&/g, "&&");

/** True when a listed item has a colour not judged yet, shown as "–": the legend then says so. */
const anyUnjudged = (items: readonly Measure[]) =>
  items.some((m) => m.ambition === null || m.goals === null);

const hasItems = (group: TableGroup) => group.items.length > 0;

/**
 * Every development proposal of the plan, by its funding in the scenario: within the frame,
 * requested as a frame increase, unfunded. The committee sees each one, funded or not.
 */
function proposalGroups(
  scenario: Scenario,
  measures: readonly Measure[]
): [TableGroup, TableGroup, TableGroup] {
  const requested = includedItems(scenario.requestedProposals, measures, "proposal");
  const requestedIds = new Set(requested.map((m) => m.id));
  const within = includedItems(scenario.included, measures, "proposal").filter(
    (m) => !requestedIds.has(m.id)
  );
  const funded = new Set([...requestedIds, ...within.map((m) => m.id)]);
  const all = includedItems(
    measures.map((m) => m.id),
    measures,
    "proposal"
  );
  return [
    { heading: TEXT.groupWithinFrame, sumLabel: TEXT.sumWithinFrame, items: within },
    { heading: TEXT.groupRequested, sumLabel: TEXT.sumRequested, items: requested },
    {
      heading: TEXT.groupUnfunded,
      sumLabel: TEXT.sumUnfunded,
      items: all.filter((m) => !funded.has(m.id)),
    },
  ];
}

/** The legend (with "–" where an item is not judged yet), then the numbered consequence texts. */
function addLegendAndConsequences(
  builder: Builder,
  settings: PlanSettings,
  measureItems: readonly Measure[],
  proposals: readonly Measure[]
): void {
  spanningRow(builder, TEXT.legendSection, "section");
  const unjudged = anyUnjudged([...measureItems, ...proposals]) ? [TEXT.legendUnjudged] : [];
  for (const text of [settings.legend.ambition, settings.legend.goals, ...unjudged])
    spanningRow(builder, text, "legend");
  emptyRow(builder);
  addConsequences(builder, [
    { heading: TEXT.measuresSection, items: measureItems },
    { heading: TEXT.proposalsSection, items: proposals },
  ]);
}

/**
 * The committee table of one scenario: its proposed decisions, the measures it includes, every
 * development proposal by its funding, the balance per year with the lines it comes from, the
 * legend and the consequence texts. `reservedSheetNames` are names the table's sheet must not
 * take (the add-in's own storage sheets).
 */
export function buildCommitteeTable(
  scenario: Scenario,
  measures: readonly Measure[],
  settings: PlanSettings,
  reservedSheetNames: readonly string[] = [],
  /** The scenario whose measures the decisions propose if the increase is not granted (fallbackOf). */
  fallback: Scenario | null = null
): CommitteeTable {
  const years = planYears(settings);
  const width = 4 + years.length;
  const builder: Builder = { rows: [], merges: [], rowHeights: {}, width };
  spanningRow(builder, TEXT.title(scenario.name), "title");
  const first = years[0] ?? settings.firstYear;
  const last = years[years.length - 1] ?? first;
  spanningRow(builder, TEXT.subtitle(first, last), "subtitle");
  emptyRow(builder);
  // The economist's own wording where they rewrote an att-sats (decisionEdits.ts).
  const decisions = decisionsOf(scenario, measures, settings, fallback);
  addDecisions(builder, shownDecisions(decisions, scenario));
  emptyRow(builder);
  const sectionOfMeasures = builder.rows.length;
  const headerOfMeasures = sectionOfMeasures + 1;
  // The items and the balance as the pane has them (balance.ts, shownAmounts.ts), so the table
  // shows the pane's figures: the same items, numbers and totals, each rounded once.
  const measureItems = includedItems(scenario.included, measures, "measure");
  const [freedSums] = addTable(
    builder,
    "measure",
    [{ sumLabel: TEXT.sum, items: measureItems }],
    settings
  );
  emptyRow(builder);
  const groups = proposalGroups(scenario, measures);
  const proposalSums = addTable(builder, "proposal", groups.filter(hasItems), settings);
  const withinFrameSums = groups[0].items.length > 0 ? proposalSums[0] : undefined;
  emptyRow(builder);
  addBalance(builder, {
    scenario,
    measures,
    settings,
    years: balanceOf(scenario, measures, settings).years,
    freedSums: freedSums ?? { sumCells: [] },
    withinFrameSums,
    requested: groups[1].items,
  });
  emptyRow(builder);
  addLegendAndConsequences(
    builder,
    settings,
    measureItems,
    groups.flatMap((g) => g.items)
  );

  const columnWidths = columnWidthsFor(years.length);
  fitRowHeights(builder, columnWidths);
  return {
    scenarioId: scenario.id,
    sheetName: committeeSheetName(scenario.name, reservedSheetNames),
    columnWidths,
    rows: builder.rows,
    merges: builder.merges,
    rowHeights: builder.rowHeights,
    // The measures table's heading and header, not the title and decisions above it.
    repeatRows:
      measureItems.length > CONTINUED_AFTER
        ? { first: sectionOfMeasures, last: headerOfMeasures }
        : null,
    print: {
      orientation: "landscape",
      paper: "A4",
      fitToPagesWide: 1,
      footer: {
        left: footerText(TEXT.footer(settings.committee, first, last, scenario.name)),
        right: TEXT.footerPage,
      },
    },
  };
}
