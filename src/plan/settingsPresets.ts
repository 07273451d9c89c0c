/**
 * Ready settings for the settings view's "Använd förinställning": the reference case (Vänersborg,
 * five budget areas) and one shaped like Askersund's social services, whose accounts are kept by
 * activity code (verksamhet 10, 51, 55 …) in whole tkr. A preset only fills the draft; the user
 * saves it. The Askersund areas are the activity codes and names of its annual report's operating
 * statement; its colour words and legend are the reference case's, since its report has none.
 */
import { DEFAULT_SETTINGS } from "./model";
import type { PlanSettings } from "./model";

export type PresetId = "vanersborg" | "askersund";

export const PRESET_IDS: readonly PresetId[] = ["vanersborg", "askersund"];

export const VANERSBORG_SETTINGS: PlanSettings = Object.freeze({
  ...DEFAULT_SETTINGS,
  municipality: "Vänersborgs kommun",
  committee: "Socialnämnden",
});

export const ASKERSUND_AREAS: readonly string[] = Object.freeze([
  "10 Politisk verksamhet",
  "51 Äldreomsorg/LSS",
  "55 Vård för vuxna med missbruksproblem",
  "56 Barn- och ungdomsvård",
  "57 Övriga insatser/Ekonomiskt bistånd",
  "60 Flyktingmottagande",
  "92 Gemensamma verksamheter",
]);

export const ASKERSUND_SETTINGS: PlanSettings = Object.freeze({
  ...DEFAULT_SETTINGS,
  areas: ASKERSUND_AREAS,
  unit: "tkr",
  municipality: "Askersunds kommun",
  committee: "Socialnämnden",
});

export const PRESETS: Readonly<Record<PresetId, PlanSettings>> = Object.freeze({
  vanersborg: VANERSBORG_SETTINGS,
  askersund: ASKERSUND_SETTINGS,
});
