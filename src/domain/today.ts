// "Today" for derived fields and warnings: the calendar date in the hospital's time zone, the same
// for the mock API (a server anywhere) and the UI (a browser anywhere). Domain rules take it as a
// parameter; this is the one place it is read from the clock.

/** The hospital's time zone when none is configured. */
export const DEFAULT_TIME_ZONE = "Asia/Shanghai";

const formats = new Map<string, Intl.DateTimeFormat>();

/** The ISO date (YYYY-MM-DD) it is at `now` in `timeZone`. */
export function todayIn(timeZone: string = DEFAULT_TIME_ZONE, now: Date = new Date()): string {
  let format = formats.get(timeZone);
  if (!format) formats.set(timeZone, (format = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" })));
  const part = (type: string) => format.formatToParts(now).find((p) => p.type === type)!.value;
  return `${part("year")}-${part("month")}-${part("day")}`;
}
