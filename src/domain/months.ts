// Calendar months as "YYYY-MM" strings: the unit dues are owed and paid in. Like ISO dates, valid
// month strings compare correctly as strings.
import { isIsoDate } from "./dates";

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(value: unknown): value is string {
  return typeof value === "string" && MONTH.test(value);
}

const index = (month: string) => {
  if (!isMonth(month)) throw new RangeError(`Not a month (YYYY-MM): ${month}`);
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
};

const fromIndex = (i: number) => `${String(Math.floor(i / 12)).padStart(4, "0")}-${String((i % 12) + 1).padStart(2, "0")}`;

/** The month a "YYYY-MM-DD" date falls in. */
export function monthOf(date: string): string {
  if (!isIsoDate(date)) throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${date}`);
  return date.slice(0, 7);
}

export const addMonthsTo = (month: string, n: number) => fromIndex(index(month) + n);

/** How many months `to` lies after `from` (negative when before). */
export const monthsBetween = (from: string, to: string) => index(to) - index(from);

/** Every month from `from` to `to`, both included; empty when `to` is before `from`. */
export function monthRange(from: string, to: string): string[] {
  const months: string[] = [];
  for (let i = index(from); i <= index(to); i++) months.push(fromIndex(i));
  return months;
}

export const monthKey = (year: number, month: number) => fromIndex(year * 12 + month - 1);
export const yearOfMonth = (month: string) => Number(month.slice(0, 4));
export const monthNumber = (month: string) => Number(month.slice(5, 7));
