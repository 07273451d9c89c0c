/** The settings view's texts (src/taskpane/components/SettingsView), one section of Texts. */
export interface SettingsTexts {
  readonly tab: string;
  readonly intro: string;
  readonly periodHeading: string;
  readonly firstYear: string;
  readonly yearCount: string;
  /** The period the two fields give, "MRP 2026–2028". */
  readonly period: (first: number, last: number) => string;
  readonly namesHeading: string;
  readonly municipality: string;
  readonly municipalityHint: string;
  readonly committee: string;
  readonly committeeHint: string;
  readonly areasHeading: string;
  readonly areasHint: string;
  /** The label of the n-th area's name field (1-based). */
  readonly areaLabel: (n: number) => string;
  readonly newArea: string;
  readonly addArea: string;
  readonly moveUp: (area: string) => string;
  readonly moveDown: (area: string) => string;
  readonly removeArea: (area: string) => string;
  readonly unitHeading: string;
  readonly unit: string;
  readonly unitHint: string;
  readonly unitNames: { readonly tkr: string; readonly kr: string };
  readonly coloursHeading: string;
  readonly colourRed: string;
  readonly colourYellow: string;
  readonly colourGreen: string;
  readonly legendAmbition: string;
  readonly legendGoals: string;
  readonly preset: string;
  readonly presetNames: { readonly vanersborg: string; readonly askersund: string };
  /** Said when a preset has filled the form; it is not saved yet. */
  readonly presetFilled: (preset: string) => string;
  readonly save: string;
  readonly revert: string;
  readonly saved: string;
  readonly unsaved: string;
  readonly fixFirst: string;
  readonly problems: {
    readonly notAWholeNumber: string;
    readonly outOfRange: (min: number, max: number) => string;
    readonly periodAfter9999: string;
    readonly required: string;
    readonly areaRequired: string;
    readonly duplicate: string;
    readonly sameColour: string;
    readonly noAreas: string;
    /** `measures` already listed: "åtgärd 1 ”…”, utvecklingsförslag 2 ”…”". */
    readonly inUse: (measures: string) => string;
    readonly droppedInUse: (measures: string) => string;
  };
  /** One measure in a list of those using an area: its kind, Nr and title. */
  readonly measureRef: (kind: "measure" | "proposal", nr: number, title: string) => string;
}
