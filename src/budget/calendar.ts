/**
 * Dates as Excel's 1900 date system counts them, so a serial read from a cell means the same day
 * here as in the sheet. Serial 1 is 1900-01-01. Excel keeps Lotus 1-2-3's phantom 1900-02-29 as
 * serial 60, so from 1900-03-01 on a serial is the number of days since 1899-12-30, and before it
 * the days since 1899-12-31. Years themselves follow the real Gregorian rules (1900 has 365 days).
 *
 * Serials, years and day counts are integers well inside 2^53, so plain numbers are exact here;
 * money never passes through this module.
 */
import { BudgetError } from "./errors";

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const MIN_YEAR = 1900;
export const MAX_YEAR = 9999;
/** 1900-01-01. */
const MIN_SERIAL = 1;
/** 9999-12-31, the last day Excel can show. */
export const MAX_SERIAL = 2958465;
/** Excel's non-existent 1900-02-29. */
const PHANTOM_SERIAL = 60;

const MS_PER_DAY = 86_400_000;
/** Day 0 of the serials from 1900-03-01 on; Date.UTC keeps time zones and summer time out. */
const EPOCH_MS = Date.UTC(1899, 11, 30);

/** Throws unless `year` is a whole number Excel can hold (1900–9999); returns it for chaining. */
export function assertYear(year: number): number {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new BudgetError("num", "yearOutOfRange", String(year));
  }
  return year;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** 365 or 366 by the Gregorian rules: 2024 and 2000 are leap years, 1900 and 2100 are not. */
export function daysInYear(year: number): number {
  assertYear(year);
  return isLeapYear(year) ? 366 : 365;
}

/** Days in the month (1–12) of the year; February 1900 has 28, as in reality. */
export function daysInMonth(year: number, month: number): number {
  assertYear(year);
  assertMonth(month);
  // Day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function assertMonth(month: number): void {
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new BudgetError("num", "dateOutOfRange", `month ${month}`);
  }
}

/**
 * Throws unless the serial lies within 1 … 2958465 once a time of day is dropped; returns the
 * whole-day serial, since a care day or a start date is a day, not a moment.
 */
export function assertSerial(serial: number): number {
  const day = Math.floor(serial);
  if (!Number.isFinite(day) || day < MIN_SERIAL || day > MAX_SERIAL) {
    throw new BudgetError("num", "dateOutOfRange", String(serial));
  }
  return day;
}

/**
 * The Excel serial of a calendar date. Month and day must form a real date (no rolling over into
 * the next month as Excel's DATE does: in a budget model that is almost always a typing error);
 * the one exception is 1900-02-29, which Excel has and so must we.
 */
export function dateToSerial(year: number, month: number, day: number): number {
  assertYear(year);
  assertMonth(month);
  if (year === 1900 && month === 2 && day === 29) return PHANTOM_SERIAL;
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) {
    throw new BudgetError("num", "dateOutOfRange", `${year}-${month}-${day}`);
  }
  const days = (Date.UTC(year, month - 1, day) - EPOCH_MS) / MS_PER_DAY;
  // Before the phantom day Excel is one day behind the real count.
  return days <= PHANTOM_SERIAL ? days - 1 : days;
}

/** The calendar date of an Excel serial (a time of day is dropped). */
export function serialToDate(serial: number): CalendarDate {
  const day = assertSerial(serial);
  if (day === PHANTOM_SERIAL) return { year: 1900, month: 2, day: 29 };
  const realDays = day < PHANTOM_SERIAL ? day + 1 : day;
  const date = new Date(EPOCH_MS + realDays * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** The serial of 1 January of the year. */
export function firstSerialOfYear(year: number): number {
  return dateToSerial(year, 1, 1);
}
