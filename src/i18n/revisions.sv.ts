/** Svenska: the messages of a save refused by the plan document's merge (revisions.ts). */
import type { RevisionTexts } from "./texts.types";

export const revisionsSv: RevisionTexts = {
  conflict: (others) =>
    `Planen ändrades samtidigt på ett annat ställe (en annan flik, ett annat fönster eller en medförfattare): ${others}. ` +
    "Din ändring gäller samma sak. Ingenting av den har sparats. Ramkoll visar nu den nyare planen; gör om ändringen där om den fortfarande behövs.",
  setting: {
    firstYear: "planens första år",
    yearCount: "antalet planår",
    areas: "verksamhetsområdena",
    colourLabels: "färgorden",
    legend: "teckenförklaringen",
    signConvention: "teckenkonventionen",
    unit: "enheten",
    municipality: "kommunens namn",
    committee: "nämndens namn",
  },
  settingChanged: (setting) => `${setting} ändrades`,
  lineList: {
    frameLines: "ramen",
    needLines: "behoven",
    requests: "begärda ramökningar",
  },
  scenarioName: (scenario, theirs) => `scenariot ”${scenario}” fick namnet ”${theirs}”`,
  scenarioLine: (scenario, list, line) =>
    `raden ”${line || "utan text"}” under ${list} i scenariot ”${scenario}” ändrades eller togs bort`,
  scenarioDeleted: (scenario) => `scenariot ”${scenario}” togs bort`,
  scenarioChanged: (scenario) => `scenariot ”${scenario}” ändrades (du tog bort det)`,
  scenarioAdded: (scenario) => `ett annat scenario ”${scenario}” lades till med samma id`,
  decisionText: (scenario) => `samma beslutssats i ”${scenario}” skrevs om på ett annat sätt`,
  more: (n) => `och ${n} till`,
};
