import fc from "fast-check";
import type { BudgetErrorKind, BudgetErrorReason } from "../../src/budget/errors";
import {
  forecast,
  parseVarianceKind,
  periodBudget,
  priceVolume,
  variance,
} from "../../src/budget/followup";
import { dec, roundHalfAwayFromZero } from "../../src/budget/money";

function budgetError(kind: BudgetErrorKind, reason: BudgetErrorReason) {
  return expect.objectContaining({ name: "BudgetError", kind, reason });
}

describe("parseVarianceKind", () => {
  it("reads cost words in English and Swedish, any case, trimmed", () => {
    for (const text of ["cost", "Cost", "  COST ", "kostnad", "Kostnad", "KOSTNAD\t"]) {
      expect(parseVarianceKind(text)).toBe("cost");
    }
  });

  it("reads revenue words in English and Swedish, any case, trimmed", () => {
    for (const text of ["revenue", "REVENUE", "income", " Income ", "intäkt", "INTÄKT", "Intäkt"]) {
      expect(parseVarianceKind(text)).toBe("revenue");
    }
  });

  it("reads an ä typed as a plus a combining diaeresis", () => {
    expect(parseVarianceKind("inta\u0308kt")).toBe("revenue");
  });

  it("refuses other words, naming them", () => {
    for (const text of ["", "costs", "utgift", "intakt", "toString", "__proto__"]) {
      expect(() => parseVarianceKind(text)).toThrow(budgetError("value", "unknownKind"));
    }
    expect(() => parseVarianceKind("utgift")).toThrow(
      expect.objectContaining({ detail: "utgift" })
    );
  });
});

describe("variance", () => {
  it("gives −11.2 mnkr for a cost budget of 487.6 against 498.8", () => {
    expect(variance(dec("487.6"), dec("498.8"), "cost").toString()).toBe("-11.2");
  });

  it("is favourable when positive, for costs and revenue alike", () => {
    expect(variance(dec(120), dec(100), "cost").toString()).toBe("20");
    expect(variance(dec(100), dec(120), "revenue").toString()).toBe("20");
    expect(variance(dec(120), dec(100), "revenue").toString()).toBe("-20");
  });
});

describe("forecast", () => {
  it("projects 122.4 after four months to 367.2 for the year", () => {
    expect(forecast(dec("122.4"), 4).toString()).toBe("367.2");
  });

  it("keeps a full year's outcome", () => {
    expect(forecast(dec("498.8"), 12).toString()).toBe("498.8");
  });

  it("refuses months outside 1–12", () => {
    for (const months of [0, 13, -1, 2.5, Number.NaN]) {
      expect(() => forecast(dec(1), months)).toThrow(budgetError("num", "monthsOutOfRange"));
    }
  });
});

describe("periodBudget", () => {
  it("gives 332.1 of 996.2 for four months", () => {
    expect(roundHalfAwayFromZero(periodBudget(dec("996.2"), 4), 1).toFixed(1)).toBe("332.1");
  });

  it("runs from nothing to the whole budget", () => {
    expect(periodBudget(dec("996.2"), 0).isZero()).toBe(true);
    expect(periodBudget(dec("996.2"), 12).toString()).toBe("996.2");
    expect(periodBudget(dec(1200), 6).toString()).toBe("600");
  });

  it("refuses months outside 0–12", () => {
    for (const months of [-1, 13, 1.5]) {
      expect(() => periodBudget(dec(1), months)).toThrow(budgetError("num", "monthsOutOfRange"));
    }
  });
});

describe("priceVolume", () => {
  it("splits the HVB change 2019→2020 into volume and price", () => {
    const [volume, price] = priceVolume(dec(5963), dec(3907), dec(2471), dec(3090));
    expect(volume.toString()).toBe("-13643244");
    expect(price.toString()).toBe("-2018807");
    expect(volume.plus(price).toString()).toBe("-15662051");
  });

  it("has no price effect when the price stands still, and no volume effect when the volume does", () => {
    expect(priceVolume(dec(10), dec(5), dec(12), dec(5))[1].isZero()).toBe(true);
    expect(priceVolume(dec(10), dec(5), dec(10), dec(7))[0].isZero()).toBe(true);
  });

  it("adds up exactly to the change in cost", () => {
    const amount = fc.integer({ min: -1e12, max: 1e12 }).map((n) => dec(n).dividedBy(1000));
    fc.assert(
      fc.property(amount, amount, amount, amount, (v0, p0, v1, p1) => {
        const [volume, price] = priceVolume(v0, p0, v1, p1);
        return volume.plus(price).eq(v1.times(p1).minus(v0.times(p0)));
      })
    );
  });
});
