/**
 * The texts of a scenario's lines in the scenario panel (frame lines, need lines, requests, the
 * proposals' funding, the sums per area), one section of Texts.
 */
import type { Funding, RequestCover } from "../plan/model";

export interface LineTexts {
  readonly frameTitle: string;
  readonly frameHint: string;
  readonly frameText: string;
  /** The text a new frame line gets: the first is the frame handed down, the others adjustments. */
  readonly firstFrameLine: string;
  readonly addFrameLine: string;
  readonly frameSum: string;
  readonly needsTitle: string;
  readonly needsHint: string;
  readonly area: string;
  readonly noArea: string;
  readonly cause: string;
  readonly addNeedLine: string;
  readonly derived: string;
  readonly derivedHint: string;
  readonly frameShare: string;
  readonly cost: string;
  /** The need a derived line gives, shown per year. */
  readonly derivedNeed: (year: number, amount: string) => string;
  readonly needsSum: string;
  readonly requestsTitle: string;
  readonly requestsHint: string;
  readonly purpose: string;
  readonly covers: string;
  readonly coverNames: Readonly<Record<RequestCover, string>>;
  readonly addRequest: string;
  readonly requestsSum: string;
  /** The accessible name of a line's group: its text or "Rad 2". */
  readonly lineName: (text: string, n: number) => string;
  readonly amountLabel: (line: string, year: number) => string;
  readonly costLabel: (line: string, year: number) => string;
  readonly removeLine: (line: string) => string;
  readonly lineRemoved: (line: string) => string;
  readonly noLines: string;
  readonly funding: string;
  readonly fundingNames: Readonly<Record<Funding, string>>;
  readonly fundingLabel: (proposal: string) => string;
  readonly proposalsHint: string;
  readonly areaSumsTitle: string;
  readonly areaSumsHint: string;
  /** Names the scenario whose sums are shown, where the view does not (the measures list). */
  readonly areaSumsOf: (scenario: string) => string;
  readonly areaSumsYear: string;
  readonly areaColumn: string;
  readonly areaNeeds: string;
  readonly areaProposals: string;
  readonly areaFreed: string;
  readonly areaRemains: string;
  readonly requestedForNeeds: string;
  readonly areaTotal: string;
  readonly areaSumsLabel: (year: number) => string;
  readonly resultTitle: string;
  readonly resultFrame: string;
  readonly resultNeeds: string;
  readonly resultProposals: string;
  readonly resultIncreaseCost: string;
  readonly resultRequested: string;
  readonly resultFormula: string;
}
