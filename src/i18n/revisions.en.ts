/** English: the messages of a save refused by the plan document's merge (revisions.ts). */
import type { RevisionTexts } from "./texts.types";

export const revisionsEn: RevisionTexts = {
  conflict: (others) =>
    `The plan was changed elsewhere at the same time (another tab, another window or a co-author): ${others}. ` +
    "Your change concerns the same thing. Nothing of it was saved. Ramkoll now shows the newer plan; make the change there again if it is still needed.",
  setting: {
    firstYear: "the plan's first year",
    yearCount: "the number of plan years",
    areas: "the budget areas",
    colourLabels: "the colour words",
    legend: "the legend",
    signConvention: "the sign convention",
    unit: "the unit",
    municipality: "the municipality's name",
    committee: "the committee's name",
  },
  settingChanged: (setting) => `${setting} was changed`,
  lineList: {
    frameLines: "the frame",
    needLines: "the needs",
    requests: "the requested frame increases",
  },
  scenarioName: (scenario, theirs) => `scenario "${scenario}" was renamed "${theirs}"`,
  scenarioLine: (scenario, list, line) =>
    `the line "${line || "without text"}" under ${list} in scenario "${scenario}" was changed or removed`,
  scenarioDeleted: (scenario) => `scenario "${scenario}" was deleted`,
  scenarioChanged: (scenario) => `scenario "${scenario}" was changed (you deleted it)`,
  scenarioAdded: (scenario) => `another scenario "${scenario}" was added with the same id`,
  decisionText: (scenario) =>
    `the same proposed decision in "${scenario}" was rewritten differently`,
  more: (n) => `and ${n} more`,
};
