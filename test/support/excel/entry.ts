/**
 * What Excel makes of text entered in a cell, for the fake: a few of the conversions of Excel's
 * own (sv-SE and en-US), enough to prove that user text is guarded. Returns the number or truth
 * value Excel would store, or undefined when the text stays text. Excel converts more than this
 * (month names, other date orders); the add-in's guard (src/store/cellText.ts) covers those too.
 */
const DAY_MS = 86_400_000;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

const serial = (y: number, m: number, d: number) => (Date.UTC(y, m - 1, d) - EXCEL_EPOCH) / DAY_MS;
const num = (s: string) => Number(s.replace(/[\s\u00a0]/g, "").replace(",", "."));

const RULES: readonly [RegExp, (m: RegExpMatchArray) => number | boolean][] = [
  // 1e5, 2E-3
  [/^(\d+(?:[.,]\d+)?)e([+-]?\d+)$/i, (m) => num(m[1]!) * 10 ** Number(m[2])],
  // 5%, 12,5 %
  [/^(\d+(?:[.,]\d+)?)\s?%$/, (m) => num(m[1]!) / 100],
  // (500): a negative number
  [/^\((\d[\d\s]*(?:[.,]\d+)?)\)$/, (m) => -num(m[1]!)],
  // 500 kr, $5, 5 €
  [/^(\d[\d\s]*(?:[.,]\d+)?)\s?(kr|€)$/i, (m) => num(m[1]!)],
  [/^\$(\d+(?:\.\d+)?)$/, (m) => num(m[1]!)],
  // 12:30, 8:00 AM
  [
    /^(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s?(am|pm))?$/i,
    (m) => {
      const half = m[4]?.toLowerCase();
      const hours =
        half === undefined ? Number(m[1]) : (Number(m[1]) % 12) + (half === "pm" ? 12 : 0);
      return hours / 24 + Number(m[2]) / 1440 + Number(m[3] ?? 0) / 86_400;
    },
  ],
  // 2026-03-01
  [/^(\d{4})-(\d{1,2})-(\d{1,2})$/, (m) => serial(Number(m[1]), Number(m[2]), Number(m[3]))],
  // 1/3 (a date this year, day first as in sv-SE), 1 1/2 (a fraction)
  [/^(\d{1,2})\/(\d{1,2})$/, (m) => serial(2026, Number(m[2]), Number(m[1]))],
  [/^(\d+) (\d+)\/(\d+)$/, (m) => Number(m[1]) + Number(m[2]) / Number(m[3])],
  [/^(true|sant)$/i, () => true],
  [/^(false|falskt)$/i, () => false],
];

export function excelEntryValue(text: string): number | boolean | undefined {
  const t = text.trim();
  for (const [pattern, convert] of RULES) {
    const m = t.match(pattern);
    if (m) return convert(m);
  }
  return undefined;
}
