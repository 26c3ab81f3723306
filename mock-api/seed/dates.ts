// Calendar helpers on "YYYY-MM-DD" strings, computed in UTC so output never depends on the
// machine's time zone. Year/month steps clamp to the month's last day (2024-02-29 + 1 y =
// 2025-02-28), the same convention as the domain rules.

const DAY_MS = 86_400_000;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): boolean {
  const m = ISO.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** Days since 1970-01-01. */
export function toDay(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;
}

export function fromDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return fromDay(toDay(iso) + days);
}

export function addMonths(iso: string, months: number): string {
  const total = Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1 + months;
  const y = Math.floor(total / 12);
  const m = total - y * 12;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const d = Math.min(Number(iso.slice(8, 10)), last);
  return fromDay(Date.UTC(y, m, d) / DAY_MS);
}

export function addYears(iso: string, years: number): string {
  return addMonths(iso, years * 12);
}

/**
 * Event dates never fall on 29 February, so "date + 1 year" is exact whichever clamping
 * convention a consumer uses.
 */
export function noLeapDay(day: number): number {
  return fromDay(day).endsWith("-02-29") ? day - 1 : day;
}
