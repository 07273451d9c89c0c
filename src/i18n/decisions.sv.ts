/** Svenska: the decisions view. */
import type { DecisionViewTexts } from "./decisions.types";

export const decisionsSv: DecisionViewTexts = {
  tab: "Beslut",
  title: "Förslag till beslut",
  hint: "Satserna tas fram ur scenariot: behoven, begärda ramökningar, åtgärderna och utvecklingsförslagen. De skrivs överst i nämndtabellen. Skriv om en sats om du vill formulera den själv; din text behålls.",
  noScenario: "Skapa ett scenario under Scenarier, så tas förslagen till beslut fram här.",
  listLabel: (scenario) => `Förslag till beslut i scenariot ”${scenario}”`,
  rewrite: "Skriv om",
  rewriteLabel: (nr) => `Skriv om sats ${nr}`,
  textLabel: (nr) => `Sats ${nr}`,
  emptyText: "Skriv en text, eller använd den framtagna.",
  rewritten: "Omskriven",
  rewrittenHint: "Din text. Den behålls när planen ändras.",
  useGenerated: "Använd framtagen text",
  useGeneratedLabel: (nr) => `Använd framtagen text i sats ${nr}`,
  stale: "Planen har ändrats sedan satsen skrevs om. Framtagen text nu:",
  replace: "Ersätt med den nya texten",
  copy: "Kopiera satserna",
  copied: "Satserna är kopierade. Klistra in dem i tjänsteskrivelsen.",
  copyFailed:
    "Satserna kunde inte kopieras: urklipp är inte tillgängligt här. Markera texten och kopiera den själv.",
  regenerate: "Ta fram alla satser på nytt",
  regenerateTitle: "Ta fram alla satser på nytt?",
  regenerateBody: (count) =>
    count === 1
      ? "Den omskrivna satsen ersätts med text som tas fram ur planen."
      : `De ${count} omskrivna satserna ersätts med text som tas fram ur planen.`,
  regenerateConfirm: "Ersätt",
  fallback: "Om ramökningen inte beviljas",
  fallbackHint:
    "Välj scenariot inom ram vars åtgärder nämnden föreslår om den begärda ramökningen inte beviljas. Besluten tar då åtgärderna därifrån.",
  fallbackNone: "Scenariots egna åtgärder",
};
