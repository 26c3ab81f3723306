// Day-number helpers on "YYYY-MM-DD" strings for the seed, computed in UTC so output never depends
// on the machine's time zone.

// Calendar steps are the domain rules' own, so seed data and rules agree on every boundary.
export { addDays, addMonths, addYears, isIsoDate } from "../../src/domain/dates";

const DAY_MS = 86_400_000;

/** Days since 1970-01-01. */
export function toDay(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;
}

export function fromDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Event dates never fall on 29 February, so "date + 1 year" is exact whichever clamping
 * convention a consumer uses.
 */
export function noLeapDay(day: number): number {
  return fromDay(day).endsWith("-02-29") ? day - 1 : day;
}
