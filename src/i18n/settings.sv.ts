/** The settings view's texts in Swedish (the section `settings` of sv.ts). */
import type { SettingsTexts } from "./settings.types";

export const settingsSv: SettingsTexts = {
  tab: "Inställningar",
  intro:
    "Det här gäller hela planen: planperioden, verksamhetsområdena, enheten och orden i nämndtabellen. Ingenting sparas förrän du trycker på Spara.",
  periodHeading: "Planperiod",
  firstYear: "Första planår",
  yearCount: "Antal planår",
  period: (first, last) => (first === last ? `Planåret ${first}` : `MRP ${first}–${last}`),
  namesHeading: "Kommun och nämnd",
  municipality: "Kommun",
  municipalityHint: "Som det ska stå i rubriker, till exempel Vänersborgs kommun.",
  committee: "Nämnd",
  committeeHint: "Till exempel Socialnämnden.",
  areasHeading: "Verksamhetsområden",
  areasHint:
    "I den ordning nämndtabellen visar dem. Byter du namn på ett område får dess åtgärder det nya namnet när du sparar.",
  areaLabel: (n) => `Verksamhetsområde ${n}`,
  newArea: "Nytt verksamhetsområde",
  addArea: "Lägg till",
  moveUp: (area) => `Flytta upp ${area}`,
  moveDown: (area) => `Flytta ned ${area}`,
  removeArea: (area) => `Ta bort ${area}`,
  unitHeading: "Belopp",
  unit: "Enhet för åtgärdernas belopp",
  unitHint: "Beloppen i åtgärdstabellen skrivs om i den nya enheten när du sparar.",
  unitNames: { tkr: "tkr (tusen kronor)", kr: "kr (kronor)" },
  coloursHeading: "Färgord och teckenförklaring",
  colourRed: "Ord för röd",
  colourYellow: "Ord för gul",
  colourGreen: "Ord för grön",
  legendAmbition: "Förklaring till ändrad ambitionsnivå",
  legendGoals: "Förklaring till påverkan på mål",
  preset: "Använd förinställning",
  presetNames: {
    vanersborg: "Vänersborg (exemplet): fem verksamhetsområden",
    askersund: "Askersund: verksamhetskoder, hela tkr",
  },
  presetFilled: (preset) =>
    `Formuläret är ifyllt med ${preset}. Det är inte sparat: granska det och tryck på Spara.`,
  save: "Spara",
  revert: "Ångra ändringarna",
  saved: "Inställningarna är sparade.",
  unsaved: "Du har ändringar som inte är sparade.",
  fixFirst: "Inget sparades. Rätta det som är markerat och försök igen.",
  problems: {
    notAWholeNumber: "Skriv ett helt tal med siffror, till exempel 2026.",
    outOfRange: (min, max) => `Skriv ett tal från ${min} till ${max}.`,
    periodAfter9999: "Planperioden får inte sluta efter år 9999.",
    required: "Fältet får inte vara tomt.",
    areaRequired: "Skriv ett namn på verksamhetsområdet.",
    duplicate: "Det finns redan ett verksamhetsområde med det namnet.",
    sameColour: "Varje färg behöver ett eget ord.",
    noAreas: "Planen behöver minst ett verksamhetsområde.",
    inUse: (measures) =>
      `Området kan inte tas bort, eftersom det används av ${measures}. Flytta dem till ett annat område först.`,
    droppedInUse: (measures) =>
      `Ett borttaget område används fortfarande av ${measures}. Flytta dem till ett annat område först, eller lägg tillbaka området.`,
  },
  measureRef: (kind, nr, title) =>
    `${kind === "measure" ? "åtgärd" : "utvecklingsförslag"} ${nr} ”${title}”`,
};
