import fc from "fast-check";
import {
  dateToSerial,
  firstSerialOfYear,
  MAX_SERIAL,
  serialToDate,
} from "../../src/budget/calendar";
import type { BudgetErrorKind, BudgetErrorReason } from "../../src/budget/errors";
import { dec, roundHalfAwayFromZero } from "../../src/budget/money";
import {
  annualCost,
  breakEven,
  dailyCost,
  fullYearPlacements,
  occupancy,
  placementDays,
  volumeEffect,
} from "../../src/budget/placements";

function budgetError(kind: BudgetErrorKind, reason: BudgetErrorReason) {
  return expect.objectContaining({ name: "BudgetError", kind, reason });
}

describe("dailyCost", () => {
  it("prices a SiS care day from 2.25 placements costing 9 mnkr", () => {
    const cost = dailyCost(dec(9000000), dec("2.25").times(365));
    expect(roundHalfAwayFromZero(cost, 2).toFixed(2)).toBe("10958.90");
  });

  it("prices an HVB care day from 3 placements costing 9 mnkr", () => {
    const cost = dailyCost(dec(9000000), dec(3).times(365));
    expect(roundHalfAwayFromZero(cost, 2).toFixed(2)).toBe("8219.18");
  });

  it("refuses zero and negative days", () => {
    expect(() => dailyCost(dec(100), dec(0))).toThrow(budgetError("div0", "divisionByZero"));
    expect(() => dailyCost(dec(100), dec(-0))).toThrow(budgetError("div0", "divisionByZero"));
    expect(() => dailyCost(dec(100), dec(-1))).toThrow(budgetError("num", "negative"));
  });
});

describe("fullYearPlacements", () => {
  it("counts 26 867 foster-home days in 2020 as 73.41 placements of 366 days", () => {
    expect(roundHalfAwayFromZero(fullYearPlacements(dec(26867), 2020), 2).toFixed(2)).toBe("73.41");
  });

  it("uses 365 days unless a year is given", () => {
    expect(fullYearPlacements(dec(730)).toString()).toBe("2");
    expect(fullYearPlacements(dec(732), 2024).toString()).toBe("2");
    expect(fullYearPlacements(dec(730), 2026).toString()).toBe("2");
  });

  it("refuses negative days and bad years", () => {
    expect(() => fullYearPlacements(dec(-1))).toThrow(budgetError("num", "negative"));
    expect(() => fullYearPlacements(dec(1), 1899)).toThrow(budgetError("num", "yearOutOfRange"));
  });
});

describe("annualCost", () => {
  it("is one placement's year at the day rate by default", () => {
    expect(annualCost(dec(100)).toString()).toBe("36500");
  });

  it("counts the leap day when the calendar year is asked for", () => {
    expect(annualCost(dec(100), dec(2), 2024).toString()).toBe("73200");
  });

  it("takes a negative change in volume", () => {
    expect(annualCost(dec(100), dec(-1)).toString()).toBe("-36500");
  });

  it("turns the SiS day rate back into 9 mnkr for 2.25 placements", () => {
    const rate = dailyCost(dec(9000000), dec("2.25").times(365));
    expect(roundHalfAwayFromZero(annualCost(rate, dec("2.25")), 2).toString()).toBe("9000000");
  });
});

describe("placementDays", () => {
  const jul1 = dateToSerial(2026, 7, 1);

  it("counts an open placement to the end of the year", () => {
    // July 31 + August 31 + September 30 + October 31 + November 30 + December 31.
    expect(placementDays(jul1, undefined, 2026, false)).toBe(184);
    expect(placementDays(jul1, undefined, 2027, false)).toBe(365);
    expect(placementDays(jul1, undefined, 2028, true)).toBe(366);
    expect(placementDays(jul1, undefined, 2025, false)).toBe(0);
  });

  it("counts the end day only when asked", () => {
    const start = dateToSerial(2026, 3, 1);
    const end = dateToSerial(2026, 3, 11);
    expect(placementDays(start, end, 2026, false)).toBe(10);
    expect(placementDays(start, end, 2026, true)).toBe(11);
  });

  it("splits a placement over the turn of the year", () => {
    const start = dateToSerial(2025, 12, 20);
    const end = dateToSerial(2026, 1, 10);
    expect(placementDays(start, end, 2025, false)).toBe(12); // 20–31 December
    expect(placementDays(start, end, 2026, false)).toBe(9); // 1–9 January
    expect(placementDays(start, end, 2026, true)).toBe(10);
    expect(placementDays(start, end, 2027, true)).toBe(0);
  });

  it("gives nothing for a placement that starts after the year", () => {
    expect(placementDays(dateToSerial(2027, 1, 1), undefined, 2026, true)).toBe(0);
  });

  it("gives 0 or 1 day when start and end coincide", () => {
    expect(placementDays(jul1, jul1, 2026, false)).toBe(0);
    expect(placementDays(jul1, jul1, 2026, true)).toBe(1);
  });

  it("refuses an end before the start", () => {
    expect(() => placementDays(jul1, jul1 - 1, 2026, true)).toThrow(
      budgetError("num", "endBeforeStart")
    );
  });

  it("refuses bad serials and years", () => {
    expect(() => placementDays(0, undefined, 2026, false)).toThrow(
      budgetError("num", "dateOutOfRange")
    );
    expect(() => placementDays(jul1, MAX_SERIAL + 1, 2026, false)).toThrow(
      budgetError("num", "dateOutOfRange")
    );
    expect(() => placementDays(jul1, undefined, 10000, false)).toThrow(
      budgetError("num", "yearOutOfRange")
    );
  });

  it("handles the edges of Excel's calendar", () => {
    expect(placementDays(1, undefined, 1900, false)).toBe(366); // Excel's 1900 includes 29 February
    expect(placementDays(firstSerialOfYear(9999), MAX_SERIAL, 9999, true)).toBe(365);
  });

  it("adds up over the years to the whole placement", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: MAX_SERIAL }),
        fc.integer({ min: 0, max: 3000 }),
        fc.boolean(),
        (start, length, countEndDay) => {
          const end = Math.min(start + length, MAX_SERIAL);
          const from = Math.max(1900, serialToDate(start).year - 1);
          const to = Math.min(9999, serialToDate(end).year + 1);
          let total = 0;
          for (let year = from; year <= to; year++)
            total += placementDays(start, end, year, countEndDay);
          return total === end - start + (countEndDay ? 1 : 0);
        }
      )
    );
  });
});

describe("occupancy", () => {
  it("gives 52.6 % for 4 604 care days in 24 places", () => {
    const share = occupancy(dec(4604), dec(24));
    expect(roundHalfAwayFromZero(share.times(100), 1).toFixed(1)).toBe("52.6");
  });

  it("uses 366 days for a leap calendar year", () => {
    expect(occupancy(dec(366), dec(1), 2024).toString()).toBe("1");
    expect(occupancy(dec(365), dec(1)).toString()).toBe("1");
  });

  it("refuses no places and negative counts", () => {
    expect(() => occupancy(dec(10), dec(0))).toThrow(budgetError("div0", "divisionByZero"));
    expect(() => occupancy(dec(10), dec(-1))).toThrow(budgetError("num", "negative"));
    expect(() => occupancy(dec(-10), dec(1))).toThrow(budgetError("num", "negative"));
  });
});

describe("volumeEffect", () => {
  it("frees 14 000 tkr by keeping 24 places at 583.33 tkr vacant", () => {
    const perPlace = dec(14000).dividedBy(24);
    expect(roundHalfAwayFromZero(perPlace, 2).toFixed(2)).toBe("583.33");
    expect(roundHalfAwayFromZero(volumeEffect(dec(-24), perPlace), 0).toString()).toBe("14000");
  });

  it("costs money when the volume grows", () => {
    expect(volumeEffect(dec(2), dec(100)).toString()).toBe("-200");
  });
});

describe("breakEven", () => {
  it("needs 2.45 SiS placement-years avoided to pay for the 9 800 tkr proposal", () => {
    const perPlacement = dec(9000).dividedBy(dec("2.25"));
    expect(breakEven(dec(9800), perPlacement).toString()).toBe("2.45");
  });

  it("refuses a zero cost per unit", () => {
    expect(() => breakEven(dec(9800), dec(0))).toThrow(budgetError("div0", "divisionByZero"));
  });
});
