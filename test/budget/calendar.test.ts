import fc from "fast-check";
import {
  assertSerial,
  assertYear,
  dateToSerial,
  daysInMonth,
  daysInYear,
  firstSerialOfYear,
  serialToDate,
} from "../../src/budget/calendar";
import { BudgetError, type BudgetErrorKind, type BudgetErrorReason } from "../../src/budget/errors";

function budgetError(kind: BudgetErrorKind, reason: BudgetErrorReason) {
  return expect.objectContaining({ name: "BudgetError", kind, reason });
}

describe("daysInYear", () => {
  it("follows the Gregorian leap-year rules", () => {
    expect(daysInYear(2024)).toBe(366);
    expect(daysInYear(2028)).toBe(366);
    expect(daysInYear(2026)).toBe(365);
    expect(daysInYear(2000)).toBe(366); // divisible by 400
    expect(daysInYear(1900)).toBe(365); // divisible by 100, not by 400
    expect(daysInYear(2100)).toBe(365);
    expect(daysInYear(2200)).toBe(365);
    expect(daysInYear(2400)).toBe(366);
  });

  it("refuses years Excel cannot hold", () => {
    for (const year of [1899, 10000, 2026.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => daysInYear(year)).toThrow(budgetError("num", "yearOutOfRange"));
    }
  });
});

describe("assertYear", () => {
  it("accepts the bounds and returns the year", () => {
    expect(assertYear(1900)).toBe(1900);
    expect(assertYear(9999)).toBe(9999);
  });

  it("throws a BudgetError outside them", () => {
    expect(() => assertYear(1899)).toThrow(BudgetError);
    expect(() => assertYear(-2026)).toThrow(budgetError("num", "yearOutOfRange"));
  });
});

describe("daysInMonth", () => {
  it("gives February 29 days in leap years only", () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2100, 2)).toBe(28);
  });

  it("knows the long and short months", () => {
    expect(daysInMonth(2026, 1)).toBe(31);
    expect(daysInMonth(2026, 4)).toBe(30);
    expect(daysInMonth(2026, 7)).toBe(31);
    expect(daysInMonth(2026, 11)).toBe(30);
    expect(daysInMonth(2026, 12)).toBe(31);
  });

  it("refuses months outside 1–12", () => {
    for (const month of [0, 13, 1.5]) {
      expect(() => daysInMonth(2026, month)).toThrow(budgetError("num", "dateOutOfRange"));
    }
  });
});

describe("dateToSerial", () => {
  it("matches Excel's serials at the anchors", () => {
    expect(dateToSerial(1900, 1, 1)).toBe(1);
    expect(dateToSerial(1900, 2, 28)).toBe(59);
    expect(dateToSerial(1900, 2, 29)).toBe(60); // Excel's phantom day
    expect(dateToSerial(1900, 3, 1)).toBe(61);
    expect(dateToSerial(1900, 12, 31)).toBe(366);
    expect(dateToSerial(2024, 1, 1)).toBe(45292);
    expect(dateToSerial(2024, 2, 29)).toBe(45292 + 31 + 28);
    expect(dateToSerial(2026, 1, 1)).toBe(46023);
    expect(dateToSerial(2026, 7, 1)).toBe(46204);
    expect(dateToSerial(9999, 12, 31)).toBe(2958465);
  });

  it("refuses dates that do not exist", () => {
    const bad: [number, number, number][] = [
      [2026, 2, 29],
      [1901, 2, 29],
      [2026, 4, 31],
      [2026, 13, 1],
      [2026, 0, 1],
      [2026, 1, 0],
      [2026, 1, 1.5],
    ];
    for (const [y, m, d] of bad) {
      expect(() => dateToSerial(y, m, d)).toThrow(budgetError("num", "dateOutOfRange"));
    }
    expect(() => dateToSerial(1899, 12, 31)).toThrow(budgetError("num", "yearOutOfRange"));
  });
});

describe("serialToDate", () => {
  it("matches Excel's dates at the anchors", () => {
    expect(serialToDate(1)).toEqual({ year: 1900, month: 1, day: 1 });
    expect(serialToDate(59)).toEqual({ year: 1900, month: 2, day: 28 });
    expect(serialToDate(60)).toEqual({ year: 1900, month: 2, day: 29 });
    expect(serialToDate(61)).toEqual({ year: 1900, month: 3, day: 1 });
    expect(serialToDate(46204)).toEqual({ year: 2026, month: 7, day: 1 });
    expect(serialToDate(2958465)).toEqual({ year: 9999, month: 12, day: 31 });
  });

  it("drops a time of day", () => {
    expect(serialToDate(46204.99)).toEqual({ year: 2026, month: 7, day: 1 });
  });

  it("refuses serials outside Excel's range", () => {
    for (const serial of [0, 0.5, -1, 2958466, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => serialToDate(serial)).toThrow(budgetError("num", "dateOutOfRange"));
    }
  });

  it("round-trips every serial", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2958465 }), (serial) => {
        const { year, month, day } = serialToDate(serial);
        return dateToSerial(year, month, day) === serial;
      })
    );
  });

  it("round-trips every date", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (year, month, rawDay) => {
          const day = Math.min(rawDay, daysInMonth(year, month));
          expect(serialToDate(dateToSerial(year, month, day))).toEqual({ year, month, day });
        }
      )
    );
  });

  it("advances one day per serial", () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2958464 }), (serial) => {
        const today = serialToDate(serial);
        const tomorrow = serialToDate(serial + 1);
        const monthEnds = today.day === daysInMonth(today.year, today.month);
        if (!monthEnds)
          return (
            tomorrow.year === today.year &&
            tomorrow.month === today.month &&
            tomorrow.day === today.day + 1
          );
        return (
          tomorrow.day === 1 &&
          (today.month === 12
            ? tomorrow.year === today.year + 1 && tomorrow.month === 1
            : tomorrow.month === today.month + 1)
        );
      })
    );
  });
});

describe("assertSerial", () => {
  it("returns the whole-day serial", () => {
    expect(assertSerial(1)).toBe(1);
    expect(assertSerial(46204.75)).toBe(46204);
    expect(assertSerial(2958465.5)).toBe(2958465);
  });

  it("refuses serials outside 1 … 2958465", () => {
    expect(() => assertSerial(0.99)).toThrow(budgetError("num", "dateOutOfRange"));
    expect(() => assertSerial(2958466)).toThrow(budgetError("num", "dateOutOfRange"));
  });
});

describe("firstSerialOfYear", () => {
  it("gives the serial of 1 January", () => {
    expect(firstSerialOfYear(1900)).toBe(1);
    expect(firstSerialOfYear(1901)).toBe(367); // 1900 holds 366 serials with the phantom day
    expect(firstSerialOfYear(2026)).toBe(46023);
    expect(firstSerialOfYear(2027)).toBe(46023 + 365);
  });

  it("is daysInYear apart from one year to the next after 1900", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1901, max: 9998 }), (year) => {
        return firstSerialOfYear(year + 1) - firstSerialOfYear(year) === daysInYear(year);
      })
    );
  });
});
