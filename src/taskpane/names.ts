/** The words the pane shows for a measure or a scenario, the same in every view. */
import type { Texts } from "../i18n/texts";
import type { Measure } from "../plan/model";

/** A measure's title as typed; an untitled one says so. */
export function measureTitle(measure: Measure, t: Texts): string {
  return measure.title.trim() === "" ? t.list.untitled : measure.title;
}

/** Its kind and number: "Åtgärd 3", "Utvecklingsförslag 2". */
export function itemLabel(measure: Measure, t: Texts): string {
  const kindWord = measure.kind === "measure" ? t.kinds.measure : t.kinds.proposal;
  return t.list.itemLabel(kindWord, measure.nr);
}

/** A scenario's name; a nameless one shows a dash. */
export function scenarioName(name: string): string {
  return name || "–";
}
