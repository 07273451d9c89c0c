/**
 * The sentences of the proposed decisions (förslag till beslut), in the committee's style: each
 * att-sats starts with "Att" and states its amount in whole tkr. Always Swedish, like the rest of
 * the committee's documents (committeeTexts.ts). Amounts arrive already rounded as the committee
 * table shows them (decisions.ts); here they are only written out.
 */
import type { Decimal } from "../budget/money";

const NBSP = "\u00a0";
const MINUS = "\u2212";

/** A whole number as Swedish text: "48 900", "−8 096" (no-break spaces, a real minus). */
export function wholeNumber(amount: Decimal): string {
  const digits = amount.abs().toFixed(0);
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
  return `${amount.isNegative() && !amount.isZero() ? MINUS : ""}${grouped}`;
}

/** A whole amount as Swedish text: "48 900 tkr" (no-break spaces, so it never wraps). */
export function tkr(amount: Decimal): string {
  return `${wholeNumber(amount)}${NBSP}tkr`;
}

/**
 * A name or title inside a sentence: its first letter in lower case, unless the word is an
 * abbreviation or a code ("IFO", "51 Äldreomsorg", "LSS-boende" stay as they are).
 */
export function inSentence(text: string): string {
  const trimmed = text.trim();
  const [first, second] = [trimmed[0] ?? "", trimmed[1] ?? ""];
  const upperFirst = first !== first.toLowerCase();
  const lowerSecond = second !== second.toUpperCase();
  return upperFirst && lowerSecond ? first.toLowerCase() + trimmed.slice(1) : trimmed;
}

/** "a", "a och b", "a, b och c". */
export function listed(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? "";
  return `${parts.slice(0, -1).join(", ")} och ${parts[parts.length - 1]}`;
}

/** One area's part of the needs: "36 400 tkr inom individ- och familjeomsorg (23 500 tkr …)". */
export function areaPart(
  area: string,
  amount: Decimal,
  causes: readonly { cause: string; amount: Decimal }[]
): string {
  const where = area === "" ? "" : ` inom ${inSentence(area)}`;
  const named = causes.filter((c) => c.cause.trim() !== "");
  if (named.length === 0) return `${tkr(amount)}${where}`;
  if (named.length === 1 && causes.length === 1)
    return `${tkr(amount)}${where} för ${inSentence(named[0]!.cause)}`;
  const inner = listed(causes.map((c) => `${tkr(c.amount)} ${inSentence(c.cause) || "övrigt"}`));
  return `${tkr(amount)}${where} (${inner})`;
}

// Words ending in -a that start a title without being a verb's infinitive.
const NOT_VERBS = new Set(["nya", "extra", "flera", "andra", "sista", "stora", "hela", "samtliga"]);

/**
 * What a measure does, to follow "Att": its title when the title starts with a verb's infinitive
 * ("Vakanshålla 24 platser" → "vakanshålla 24 platser"; Swedish infinitives end in -a), else
 * "genomföra åtgärd 5, färre placeringar …", so the sentence stays Swedish whatever the title.
 */
export function measureDoing(nr: number, title: string): string {
  const first = (title.trim().split(/\s+/)[0] ?? "").toLowerCase();
  const verb = /^\p{L}+a$/u.test(first) && !NOT_VERBS.has(first);
  return verb ? inSentence(title) : `genomföra åtgärd ${nr}, ${inSentence(title)}`;
}

/** The committee as the subject of a sentence; "nämnden" when the settings name none. */
export const subject = (committee: string) => (committee.trim() === "" ? "Nämnden" : committee);

export const DECISION_TEXT = {
  heading: "Förslag till beslut",
  opening: (committee: string, first: number, last: number) =>
    `${subject(committee)} överlämnar förslaget till mål och resursplan ${first}–${last} med följande förslag:`,
  needsRequested: (requested: Decimal, year: number, needs: Decimal, parts: string) =>
    requested.eq(needs)
      ? `Att begära ramökning om ${tkr(requested)} inför ${year} för behov utöver ram. Dessa ${tkr(needs)} fördelar sig på ${parts}.`
      : `Att begära ramökning om ${tkr(requested)} inför ${year} för behov utöver ram om ${tkr(needs)}, som fördelar sig på ${parts}.`,
  needsStated: (needs: Decimal, year: number, parts: string) =>
    `Att notera att verksamheten inför ${year} har behov utöver ram om ${tkr(needs)}, som fördelar sig på ${parts}.`,
  ownRequest: (amount: Decimal, year: number, purpose: string) =>
    `Att begära ramökning om ${tkr(amount)} inför ${year} avseende ${inSentence(purpose) || "en egen kostnad"}.`,
  withinFrameIntro: (committee: string, year: number, requested: boolean) =>
    requested
      ? `Om ramökningen inte beviljas, och för att lägga en budget inom ram ${year}, föreslår ${inSentence(subject(committee))} följande:`
      : `För att lägga en budget inom ram ${year} utan ramökning föreslår ${inSentence(subject(committee))} följande:`,
  measureFirstYear: (nr: number, title: string, amount: Decimal) =>
    `Att ${measureDoing(nr, title)}, ${tkr(amount)}.`,
  laterIntro: (committee: string, first: number, last: number) =>
    `Som åtgärder inom planperioden ${first}–${last} föreslår ${inSentence(subject(committee))}:`,
  measureLater: (nr: number, title: string, amounts: string) =>
    `Att ${measureDoing(nr, title)}, ${amounts}.`,
  fromYear: (amount: Decimal, year: number) => `${tkr(amount)} per år från ${year}`,
  inYear: (amount: Decimal, year: number) => `${tkr(amount)} ${year}`,
  withoutAmountIntro: (committee: string) =>
    `Som ytterligare åtgärder, utan beräknad ekonomisk effekt, föreslår ${inSentence(subject(committee))}:`,
  measureWithoutAmount: (nr: number, title: string) => `Att ${measureDoing(nr, title)}.`,
  proposalsIntro: (committee: string) =>
    `För utvecklingsförslagen föreslår ${inSentence(subject(committee))}:`,
  proposalRequested: (amount: Decimal, year: number, nr: number, title: string) =>
    `Att begära ramökning om ${tkr(amount)} inför ${year} för utvecklingsförslag ${nr}, ${inSentence(title)}.`,
  proposalWithinFrame: (nr: number, title: string, amount: Decimal, year: number) =>
    `Att inom ramen genomföra utvecklingsförslag ${nr}, ${inSentence(title)}, ${tkr(amount)} ${year}.`,
  none: "Scenariot ger ännu inga beslutssatser: lägg till behov, begäranden eller åtgärder.",
} as const;
