// Calendar arithmetic on ISO "YYYY-MM-DD" strings, done on calendar fields (never on
// milliseconds) so results do not depend on the machine's time zone or daylight saving.
// Periods follow the Civil Code (arts. 200–203): a period in years or months ends on the
// corresponding day of the last month, or that month's last day when it has no such day
// (2024-02-29 + 1 year = 2025-02-28). Valid ISO strings also compare correctly as strings.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

interface Ymd {
  y: number;
  m: number; // 1–12
  d: number;
}

const isLeapYear = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

export function daysInMonth(y: number, m: number): number {
  return [31, isLeapYear(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
}

function parse(value: unknown): Ymd | undefined {
  if (typeof value !== "string") return undefined;
  const match = ISO_DATE.exec(value);
  if (!match) return undefined;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  return { y, m, d };
}

function parseOrThrow(value: string): Ymd {
  const ymd = parse(value);
  if (!ymd) throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${value}`);
  return ymd;
}

const pad = (n: number, width: number) => String(n).padStart(width, "0");

export function formatYmd(y: number, m: number, d: number): string {
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/** True for a real calendar date written exactly as "YYYY-MM-DD" (no time part, no time zone). */
export function isIsoDate(value: unknown): value is string {
  return parse(value) !== undefined;
}

/** Adds (or subtracts) whole months, clamping to the target month's last day. */
export function addMonths(date: string, months: number): string {
  const { y, m, d } = parseOrThrow(date);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = total - ny * 12 + 1;
  return formatYmd(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}

export function addYears(date: string, years: number): string {
  return addMonths(date, years * 12);
}

export function addDays(date: string, days: number): string {
  const { y, m, d } = parseOrThrow(date);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return formatYmd(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** The first day of the calendar block of `months` months (1, 3, 6, 12) that contains `date`. */
export function startOfBlock(date: string, months: number): string {
  const { y, m } = parseOrThrow(date);
  return formatYmd(y, Math.floor((m - 1) / months) * months + 1, 1);
}
