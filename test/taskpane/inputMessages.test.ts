import { dec } from "../../src/budget/money";
import { MAX_CELL_TEXT } from "../../src/budget/limits";
import { en, sv } from "../../src/i18n/texts";
import { parseAmountInput, readAmountField } from "../../src/taskpane/format";
import { amountMessage, textLengthMessage } from "../../src/taskpane/inputMessages";

const plain = (text: string | null) => (text ?? "").replace(/\u00a0/g, " ");

describe("amountMessage", () => {
  it("asks what an ambiguous Swedish amount means, naming the field", () => {
    const parsed = parseAmountInput("1.500", "sv");
    expect(plain(amountMessage(parsed, "Effekt 2027", "?", sv, "sv"))).toBe(
      "Effekt 2027: Menar du 1 500 eller 1,5? Skriv 1500 eller 1,5."
    );
    expect(
      plain(amountMessage(parseAmountInput("−12.000", "sv"), "Effekt 2027", "?", sv, "sv"))
    ).toBe("Effekt 2027: Menar du −12 000 eller −12? Skriv −12000 eller −12.");
  });

  it("refuses an amount finer than one krona, naming the field", () => {
    const parsed = readAmountField("0,0005", "sv");
    expect(amountMessage(parsed, "Effekt 2027", "?", sv, "sv")).toMatch(
      /^Effekt 2027: 0,0005 tkr är mindre än en krona/
    );
    expect(amountMessage(readAmountField("0.0005", "en"), "Effect 2027", "?", en, "en")).toMatch(
      /^Effect 2027: 0\.0005 tkr is less than one krona/
    );
  });

  it("is null for an amount that can be saved, and the field's own text for no number", () => {
    expect(amountMessage(readAmountField("1 500", "sv", dec(0)), "x", "?", sv, "sv")).toBeNull();
    expect(amountMessage(parseAmountInput("abc", "sv"), "x", "Skriv ett tal.", sv, "sv")).toBe(
      "Skriv ett tal."
    );
  });
});

describe("textLengthMessage", () => {
  it("gives the count and the limit for a text longer than a cell holds", () => {
    expect(plain(textLengthMessage("a".repeat(40_000), "Konsekvensbeskrivning", sv, "sv"))).toBe(
      "Konsekvensbeskrivning: 40 000 tecken, högst 32 767 (det som ryms i en cell i Excel). Korta texten."
    );
    expect(textLengthMessage("a".repeat(40_000), "Consequences", en, "en")).toMatch(
      /^Consequences: 40,000 characters, at most 32,767/
    );
  });

  it("accepts exactly the limit, counted in UTF-16 units as Excel counts", () => {
    expect(textLengthMessage("a".repeat(MAX_CELL_TEXT), "x", sv, "sv")).toBeNull();
    expect(textLengthMessage("😀".repeat(16_384), "x", sv, "sv")).not.toBeNull();
  });
});
