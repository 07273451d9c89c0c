import type { AmountUnit, PlanSettings } from "../../../plan/model";
import type {
  AreaEntry,
  AreaRename,
  SettingsDraft,
  SettingsField,
} from "../../../plan/settingsEdits";
import type { PresetId } from "../../../plan/settingsPresets";
import type { PlanSnapshot } from "../../../port/workbookPort";
import type { PaneError } from "../../hooks/usePlan";

export interface SettingsViewProps {
  readonly snapshot: PlanSnapshot;
  /** Saves the settings, then gives the measures of each renamed area its new name. */
  readonly onSave: (
    settings: PlanSettings,
    renames: readonly AreaRename[]
  ) => Promise<PaneError | null>;
}

/** The text fields of the form besides the years and the areas. */
export type TextField =
  | "municipality"
  | "committee"
  | "colourRed"
  | "colourYellow"
  | "colourGreen"
  | "legendAmbition"
  | "legendGoals";

/** What became of the last press of Spara. */
export type SaveStatus = "saved" | "fixFirst" | null;

export interface SettingsViewState {
  /** What the form shows: the stored settings, or the changes not yet saved. */
  readonly draft: SettingsDraft;
  /** True while there are changes not yet saved. */
  readonly dirty: boolean;
  readonly saving: boolean;
  readonly status: SaveStatus;
  /** The plan years the two year fields give, when both are valid. */
  readonly period: { readonly first: number; readonly last: number } | null;
  /** The units offered: tkr and kr, and the stored one if it is another (mnkr from an older plan). */
  readonly units: readonly AmountUnit[];
  /** The message at each field that cannot be saved as it is. */
  readonly messages: Partial<Record<SettingsField, string>>;
  /** The message at each area's field, by AreaEntry.key. */
  readonly areaMessages: ReadonlyMap<number, string>;
  readonly newArea: string;
  readonly newAreaMessage: string | undefined;
  /** The preset last filled in, until the form is saved or reverted. */
  readonly presetNote: string | null;
  readonly setYearText: (field: "firstYear" | "yearCount", text: string) => void;
  readonly setText: (field: TextField, text: string) => void;
  readonly setUnit: (unit: AmountUnit) => void;
  readonly setNewArea: (text: string) => void;
  readonly addArea: () => void;
  readonly renameArea: (entry: AreaEntry, name: string) => void;
  readonly moveArea: (entry: AreaEntry, by: -1 | 1) => void;
  readonly removeArea: (entry: AreaEntry) => void;
  readonly applyPreset: (id: PresetId) => void;
  readonly save: () => void;
  readonly revert: () => void;
}
