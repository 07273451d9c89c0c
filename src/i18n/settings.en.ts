/** The settings view's texts in English (the section `settings` of en.ts). */
import type { SettingsTexts } from "./settings.types";

export const settingsEn: SettingsTexts = {
  tab: "Settings",
  intro:
    "These apply to the whole plan: the plan period, the budget areas, the unit and the words of the committee table. Nothing is saved until you press Save.",
  periodHeading: "Plan period",
  firstYear: "First plan year",
  yearCount: "Number of plan years",
  period: (first, last) => (first === last ? `Plan year ${first}` : `MRP ${first}–${last}`),
  namesHeading: "Municipality and committee",
  municipality: "Municipality",
  municipalityHint: "As titles should show it, for example Vänersborgs kommun.",
  committee: "Committee",
  committeeHint: "For example Socialnämnden.",
  areasHeading: "Budget areas",
  areasHint:
    "In the order the committee table shows them. If you rename an area, its measures get the new name when you save.",
  areaLabel: (n) => `Budget area ${n}`,
  newArea: "New budget area",
  addArea: "Add",
  moveUp: (area) => `Move ${area} up`,
  moveDown: (area) => `Move ${area} down`,
  removeArea: (area) => `Remove ${area}`,
  unitHeading: "Amounts",
  unit: "Unit of the measures' amounts",
  unitHint: "The amounts in the measures table are rewritten in the new unit when you save.",
  unitNames: { tkr: "tkr (thousand kronor)", kr: "kr (kronor)" },
  coloursHeading: "Colour words and legend",
  colourRed: "Word for red",
  colourYellow: "Word for yellow",
  colourGreen: "Word for green",
  legendAmbition: "Legend for the changed level of ambition",
  legendGoals: "Legend for the effect on goals",
  preset: "Use a preset",
  presetNames: {
    vanersborg: "Vänersborg (the example): five budget areas",
    askersund: "Askersund: activity codes, whole tkr",
  },
  presetFilled: (preset) =>
    `The form is filled with ${preset}. It is not saved: check it and press Save.`,
  save: "Save",
  revert: "Undo the changes",
  saved: "The settings are saved.",
  unsaved: "You have changes that are not saved.",
  fixFirst: "Nothing was saved. Correct what is marked and try again.",
  problems: {
    notAWholeNumber: "Type a whole number in digits, for example 2026.",
    outOfRange: (min, max) => `Type a number from ${min} to ${max}.`,
    periodAfter9999: "The plan period may not end after the year 9999.",
    required: "The field may not be empty.",
    areaRequired: "Type a name for the budget area.",
    duplicate: "There is already a budget area with that name.",
    sameColour: "Each colour needs a word of its own.",
    noAreas: "The plan needs at least one budget area.",
    inUse: (measures) =>
      `The area cannot be removed, since ${measures} use it. Move them to another area first.`,
    droppedInUse: (measures) =>
      `A removed area is still used by ${measures}. Move them to another area first, or put the area back.`,
  },
  measureRef: (kind, nr, title) =>
    `${kind === "measure" ? "measure" : "development proposal"} ${nr} "${title}"`,
};
