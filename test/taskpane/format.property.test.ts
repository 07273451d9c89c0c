/**
 * Properties of amount input (issue 9, item 7): every amount the pane shows reads back exactly in
 * both languages, and a Swedish point before exactly three digits is never read silently.
 */
import fc from "fast-check";
import { Decimal } from "../../src/budget/money";
import { formatAmountInput, parseAmountInput, readAmountField } from "../../src/taskpane/format";

/** Amounts to the krona: up to three decimals in tkr, any sign, up to a trillion tkr. */
const toTheKrona = fc
  .tuple(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }))
  .map(([n]) => new Decimal(n.toString()).div(1000));

describe("amount input", () => {
  it("reads every shown amount to the krona back exactly, in Swedish and English", () => {
    fc.assert(
      fc.property(toTheKrona, fc.constantFrom("sv" as const, "en" as const), (value, lang) => {
        const parsed = readAmountField(formatAmountInput(value, lang), lang);
        expect(parsed.ok && parsed.value !== null && parsed.value.eq(value)).toBe(true);
      }),
      { numRuns: 1000 }
    );
  });

  it("never reads a Swedish point before exactly three digits as a number", () => {
    const head = fc.integer({ min: 1, max: 999 }).map(String);
    const group = fc.integer({ min: 0, max: 999 }).map((n) => String(n).padStart(3, "0"));
    const tail = fc.constantFrom("", ",5", ",25", ",");
    const sign = fc.constantFrom("", "-", "−");
    fc.assert(
      fc.property(
        sign,
        head,
        fc.array(group, { minLength: 1, maxLength: 4 }),
        tail,
        (s, h, gs, t) => {
          const text = `${s}${h}.${gs.join(".")}${t}`;
          const parsed = parseAmountInput(text, "sv");
          expect(parsed.ok).toBe(false);
          expect(!parsed.ok && parsed.reason).toBe("ambiguous");
        }
      ),
      { numRuns: 1000 }
    );
  });

  it("refuses every typed amount finer than one krona", () => {
    const fine = fc
      .tuple(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), fc.integer({ min: 1, max: 9 }))
      .map(([n, d]) => new Decimal(n.toString()).div(1000).plus(new Decimal(d).div(10_000)));
    fc.assert(
      fc.property(fine, (value) => {
        const parsed = readAmountField(formatAmountInput(value, "sv"), "sv");
        expect(!parsed.ok && parsed.reason).toBe("tooFine");
      }),
      { numRuns: 1000 }
    );
  });
});
