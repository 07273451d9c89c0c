/**
 * Excel's limit of 32 767 characters per cell (MAX_CELL_TEXT), checked before anything is written:
 * every adapter asks here first, so no text over the limit reaches a cell, the plan document or
 * the .xlsx writer, and the user is told instead of finding the text cut. Counted as Excel counts,
 * in UTF-16 units (String length). The pane refuses such text where it is typed; this is the
 * store's own guard for every other way in (an old plan, a script, another pane).
 */
import { MAX_CELL_TEXT } from "../budget/limits";
import type { CommitteeTable } from "../plan/committeeTable";
import type { Measure, PlanSettings, Scenario } from "../plan/model";

/** The texts the limit applies to, by what they are to the user. */
export type LimitedTextField =
  | "title"
  | "area"
  | "consequence"
  | "scenarioName"
  | "areaSetting"
  | "colourLabel"
  | "legend"
  | "municipality"
  | "committee"
  | "committeeCell";

/** The first text over the limit: what it is and how long. */
export interface OverlongText {
  readonly field: LimitedTextField;
  readonly length: number;
}

type Entry = readonly [LimitedTextField, string | undefined];

function firstOverlong(entries: Iterable<Entry>): OverlongText | null {
  for (const [field, text] of entries) {
    if (text !== undefined && text.length > MAX_CELL_TEXT) return { field, length: text.length };
  }
  return null;
}

/** A measure's (or a patch's) texts: title, area, consequence. */
export function overlongMeasureText(
  measure: Partial<Pick<Measure, "title" | "area" | "consequence">>
): OverlongText | null {
  return firstOverlong([
    ["title", measure.title],
    ["area", measure.area],
    ["consequence", measure.consequence],
  ]);
}

/** The settings' texts: the areas, the colour words, the legend and the two names. */
export function overlongSettingsText(settings: PlanSettings): OverlongText | null {
  const { colourLabels, legend } = settings;
  return firstOverlong([
    ...settings.areas.map((a): Entry => ["areaSetting", a]),
    ...[colourLabels.red, colourLabels.yellow, colourLabels.green].map((c): Entry => [
      "colourLabel",
      c,
    ]),
    ["legend", legend.ambition],
    ["legend", legend.goals],
    ["municipality", settings.municipality],
    ["committee", settings.committee],
  ]);
}

/** The scenarios' names. */
export function overlongScenarioText(scenarios: readonly Scenario[]): OverlongText | null {
  return firstOverlong(scenarios.map((s): Entry => ["scenarioName", s.name]));
}

/** Every text cell of a committee table (its title holds the scenario's name, its rows the texts). */
export function overlongCommitteeText(table: CommitteeTable): OverlongText | null {
  function* texts(): Generator<Entry> {
    for (const row of table.rows) {
      for (const cell of row) {
        if (cell && typeof cell.value === "string") yield ["committeeCell", cell.value];
      }
    }
  }
  return firstOverlong(texts());
}
