/**
 * The settings view's messages at its fields: a FieldProblem of plan/settingsEdits.ts in the
 * pane's language; an area in use names the measures using it by kind, Nr and title.
 */
import type { Language } from "../../../i18n/language";
import type { Texts } from "../../../i18n/texts";
import type { Measure } from "../../../plan/model";
import type { FieldProblem } from "../../../plan/settingsEdits";
import { MAX_CELL_TEXT } from "../../../budget/limits";
import { dec } from "../../../budget/money";
import { formatNumber } from "../../format";

/** The measures as a list: "åtgärd 1 ”…”, utvecklingsförslag 2 ”…”". */
export function measureList(measures: readonly Measure[], t: Texts): string {
  return measures.map((m) => t.settings.measureRef(m.kind, m.nr, m.title.trim())).join(", ");
}

/**
 * The message of `problem` at a field named `field` (the name a too-long text is counted for);
 * `area` when the field is a budget area's name.
 */
export function problemMessage(
  problem: FieldProblem,
  field: string,
  t: Texts,
  lang: Language,
  area = false
): string {
  const p = t.settings.problems;
  switch (problem.code) {
    case "notAWholeNumber":
      return p.notAWholeNumber;
    case "outOfRange":
      return p.outOfRange(problem.min, problem.max);
    case "periodAfter9999":
      return p.periodAfter9999;
    case "required":
      return area ? p.areaRequired : p.required;
    case "duplicate":
      return p.duplicate;
    case "sameColour":
      return p.sameColour;
    case "noAreas":
      return p.noAreas;
    case "tooLong":
      return t.input.tooLong(
        field,
        formatNumber(dec(problem.length), lang),
        formatNumber(dec(MAX_CELL_TEXT), lang)
      );
    case "inUse":
      return (area ? p.inUse : p.droppedInUse)(measureList(problem.measures, t));
  }
}
