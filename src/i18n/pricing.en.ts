/** English: the measure editor's pricing. */
import type { PricingTexts } from "./pricing.types";

export const pricingEn: PricingTexts = {
  how: "How the amounts are reached",
  modes: {
    typed: "Typed per year",
    phased: "Full-year effect from a start date",
    volume: "Volume × cost per unit",
  },
  annualEffect: "Full-year effect (tkr)",
  annualEffectHint: "The amount of a whole year once the measure has its full effect.",
  start: "Start date",
  startHint:
    "The first day the measure takes effect. The start year gets as many twelfths as months remain (1 July gives 6/12).",
  phaseIn: "Phase-in (optional)",
  phaseInHint:
    "One factor per year from the start year, separated by semicolons, e.g. 0.5; 1. Missing years count as 1.",
  volumeChange: "Change in volume (units)",
  volumeChangeHint: "For example −2 placements or 24 places. A decrease frees money.",
  unitCost: "Cost per unit and year (tkr)",
  fromYear: "From year",
  result: "Gives per year",
  formulaNote:
    "In Excel a BUDGET formula is written into each year's cell, so the sheet shows how.",
  required: "Enter an amount.",
  notADate: "Enter a date, e.g. 2026-07-01.",
  notAFactor: (text) => `“${text}” is not a factor. Enter numbers separated by semicolons.`,
  cannotCompute: "The amounts cannot be computed for this start date.",
};
