// Members' organizational life: the last meeting a member attended, and since when they have had
// no organizational life without good reason (the date the 自行脱党 flag counts from).
import { isIsoDate } from "./dates";
import { LEAVE_STATUSES, type AttendanceStatus } from "./meetings";

/** Whole calendar months from `from` to `to` (a month counts once its day-of-month is reached). */
export function wholeMonthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split("-").map(Number);
  const [ty, tm, td] = to.split("-").map(Number);
  return Math.max(0, (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0));
}

export interface AttendanceMark {
  date: string;
  status: AttendanceStatus | string;
}

export interface OrgLifeStanding {
  /** The last meeting the member attended, if any. */
  lastAttended?: string;
  /** The last meeting attended or excused from (请假, 因公, 病假 and recorded exclusions are good reasons), else `since`. */
  accountedUntil?: string;
  /** Whole months since `accountedUntil`: months without organizational life and without good reason. */
  months: number;
}

/**
 * From a member's marks at held meetings. `since` (e.g. the admission date) starts the count for
 * a member with no marks after it. Marks after today are ignored.
 */
export function orgLifeStanding(marks: readonly AttendanceMark[], today: string, since?: string): OrgLifeStanding {
  let lastAttended: string | undefined;
  let accountedUntil = isIsoDate(since) && since <= today ? since : undefined;
  for (const mark of marks) {
    if (!isIsoDate(mark.date) || mark.date > today) continue;
    const attended = mark.status === "present";
    const excused = attended || mark.status === "excluded" || (LEAVE_STATUSES as readonly string[]).includes(mark.status);
    if (attended && (!lastAttended || mark.date > lastAttended)) lastAttended = mark.date;
    if (excused && (!accountedUntil || mark.date > accountedUntil)) accountedUntil = mark.date;
  }
  return { lastAttended, accountedUntil, months: accountedUntil ? wholeMonthsBetween(accountedUntil, today) : 0 };
}
