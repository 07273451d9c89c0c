/** Svenska: the measure editor's pricing. */
import type { PricingTexts } from "./pricing.types";

export const pricingSv: PricingTexts = {
  how: "Hur beloppen tas fram",
  modes: {
    typed: "Skrivs in per år",
    phased: "Helårseffekt från ett startdatum",
    volume: "Volym × kostnad per enhet",
  },
  annualEffect: "Helårseffekt (tkr)",
  annualEffectHint: "Beloppet för ett helt år när åtgärden har full effekt.",
  start: "Startdatum",
  startHint:
    "Första dagen åtgärden ger effekt. Startåret får så många tolftedelar som månader återstår (start 1 juli ger 6/12).",
  phaseIn: "Infasning (valfritt)",
  phaseInHint:
    "En faktor per år från startåret, åtskilda med semikolon, t.ex. 0,5; 1. Saknade år räknas som 1.",
  volumeChange: "Förändring i volym (antal)",
  volumeChangeHint: "Till exempel −2 placeringar eller 24 platser. En minskning frigör medel.",
  unitCost: "Kostnad per enhet och år (tkr)",
  fromYear: "Från och med år",
  result: "Ger per år",
  formulaNote:
    "I Excel skrivs en BUDGET-formel in i varje års cell, så att beräkningen syns i bladet.",
  required: "Fyll i ett belopp.",
  notADate: "Skriv ett datum, t.ex. 2026-07-01.",
  notAFactor: (text) => `”${text}” är ingen faktor. Skriv tal åtskilda med semikolon.`,
  cannotCompute: "Beloppen kan inte räknas fram för det här startdatumet.",
};
