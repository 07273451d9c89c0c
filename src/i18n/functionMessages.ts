/** The short messages Excel shows beside a #VALUE! or #N/A error, one per failure reason. */
import type { BudgetErrorReason } from "../budget/errors";
import type { Language } from "./language";

type Messages = Record<BudgetErrorReason, string>;

const sv: Messages = {
  notANumber: "Här behövs ett tal",
  notABoolean: "Här behövs SANT eller FALSKT",
  unknownKind: "Okänd typ: skriv kostnad eller intäkt",
  shapeMismatch: "Områdena har olika storlek",
  yearOutOfRange: "Året måste vara ett heltal 1900–9999",
  dateOutOfRange: "Datumet ligger utanför Excels datumintervall",
  monthsOutOfRange: "Antalet månader ligger utanför det tillåtna",
  yearsOutOfRange: "Antalet år måste vara ett heltal 1–50",
  decimalsOutOfRange: "Antalet decimaler måste vara ett heltal 0–10",
  endBeforeStart: "Slutdatum före startdatum",
  negative: "Värdet får inte vara negativt",
  divisionByZero: "Division med noll",
  tooLarge: "Resultatet är för stort",
};

const en: Messages = {
  notANumber: "A number is needed here",
  notABoolean: "TRUE or FALSE is needed here",
  unknownKind: "Unknown kind: use cost or revenue",
  shapeMismatch: "The ranges differ in size",
  yearOutOfRange: "The year must be a whole number 1900–9999",
  dateOutOfRange: "The date is outside Excel's date range",
  monthsOutOfRange: "The number of months is out of range",
  yearsOutOfRange: "The number of years must be a whole number 1–50",
  decimalsOutOfRange: "The number of decimals must be a whole number 0–10",
  endBeforeStart: "End date before start date",
  negative: "The value must not be negative",
  divisionByZero: "Division by zero",
  tooLarge: "The result is too large",
};

export function messageFor(reason: BudgetErrorReason, language: Language, detail?: string): string {
  const text = (language === "sv" ? sv : en)[reason];
  return detail === undefined ? text : `${text}: ${detail}`;
}
