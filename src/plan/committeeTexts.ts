/**
 * The texts of the committee table. Always Swedish, whatever language the pane shows: the table is
 * a document for the committee (nämnden).
 */

/** The texts of the table; Swedish, as the committee reads it. */
export const COMMITTEE_TEXT = {
  title: (scenario: string) => `Åtgärder och konsekvenser – ${scenario}`,
  subtitle: (first: number, last: number) =>
    `Mål och resursplan ${first}–${last}. Belopp i tusen kronor (tkr), avrundade till hela tkr.`,
  measuresSection: "Åtgärdsförslag – hålla ramen och skapa utvecklingsutrymme",
  proposalsSection: "Utvecklingsförslag",
  groupWithinFrame: "Finansieras inom ramen (räknas i Att täcka)",
  groupRequested: "Begärs som ramökning (ramökningen bär kostnaden)",
  groupUnfunded: "Ofinansierade (räknas inte i balansen)",
  sumWithinFrame: "Summa inom ramen",
  sumRequested: "Summa begärd ramökning",
  sumUnfunded: "Summa ofinansierat",
  noProposals: "Planen har inga utvecklingsförslag.",
  nr: "Nr",
  freed: (year: number) => `Frigjorda medel ${year} (tkr)`,
  need: (year: number) => `Behov ${year} (tkr)`,
  measureTitle: "Effektiviseringar/åtgärdsförslag",
  proposalTitle: "Utvecklingsförslag",
  ambition: "Ändrad ambitionsnivå",
  goals: "Påverkan mål/målvärden",
  consequence: "Konsekvensbeskrivning",
  sum: "Summa",
  none: "Inga förslag ingår i scenariot.",
  unjudged: "–",
  balanceSection: "Budget i balans per år",
  balanceYear: (year: number) => `${year} (tkr)`,
  balanceLabel: "Belopp (tkr)",
  frame: "Anvisad budgetram",
  needs: "Behov utöver ram",
  needLine: (area: string, cause: string) => (area ? `${area}: ${cause}` : cause),
  needsOfArea: (area: string) => `varav ${area}`,
  noArea: "utan område",
  proposals: "Utvecklingsförslag inom ramen enligt ovan",
  requestLine: (purpose: string, covers: "needs" | "ownCost") =>
    `${purpose} (${covers === "needs" ? "för behoven ovan" : "egen kostnad"})`,
  requestedProposal: (nr: number, title: string) => `Utvecklingsförslag ${nr}: ${title}`,
  increaseCost: "Kostnad som begärd ramökning avser",
  increase: "Begärd ramökning",
  toCover: "Att täcka",
  freedTotal: "Frigjorda medel enligt åtgärdsförslagen",
  remains: "Kvar (+ överskott, − underskott)",
  legendSection: "Teckenförklaring",
  footer: (committee: string, first: number, last: number, scenario: string) =>
    `${committee.trim() === "" ? "" : `${committee.trim()} – `}Mål och resursplan ${first}–${last} – ${scenario}`,
  /** "Sida 1 av 3": &P is the page, &N the number of pages. */
  footerPage: "Sida &P av &N",
  legendUnjudged: "– = ännu inte bedömd.",
  consequencesSection: "Konsekvensbeskrivningar",
  consequenceOf: (title: string, consequence: string) =>
    `${title}: ${consequence.trim() === "" ? "Ingen konsekvensbeskrivning ännu." : consequence.trim()}`,
} as const;
