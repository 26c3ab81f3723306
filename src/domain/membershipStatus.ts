// Party constitution: six consecutive months without organizational life, dues or assigned work,
// without good reason, is treated as leaving the Party (自行脱党). It needs a human review, so this
// only flags; local practice warns at three months.
import { addMonths, isIsoDate } from "./dates";
import { warning, type DomainWarning } from "./warnings";

export const INACTIVITY_MONTHS = { warn: 3, review: 6 } as const;

export type InactivityFlag = "none" | "warn" | "review";

/**
 * "review" once 6 calendar months have passed since the last activity (2024-01-15 → 2024-07-15),
 * "warn" from 3 months. No recorded activity gives "none": absence of data is not evidence.
 */
export function inactivityFlag(lastActivityDate: string | null | undefined, today: string): InactivityFlag {
  if (!isIsoDate(lastActivityDate)) return "none";
  if (today >= addMonths(lastActivityDate, INACTIVITY_MONTHS.review)) return "review";
  if (today >= addMonths(lastActivityDate, INACTIVITY_MONTHS.warn)) return "warn";
  return "none";
}

/** The flag as a badge (party.warnings.inactivityWarn / inactivityReview), or undefined for "none". */
export function inactivityWarning(lastActivityDate: string | null | undefined, today: string): DomainWarning | undefined {
  const flag = inactivityFlag(lastActivityDate, today);
  if (flag === "none") return undefined;
  const params = { count: INACTIVITY_MONTHS[flag], date: lastActivityDate as string };
  return flag === "review" ? warning("inactivityReview", params, "error") : warning("inactivityWarn", params);
}

/** The last date of each activity that keeps a member in good standing; each module feeds its own. */
export interface InactivityCauses {
  /** The last meeting attended or excused from with leave (organizational life). */
  organizationalLife?: string | null;
  /** The month dues were last paid up to, as its last day. */
  dues?: string | null;
  /** The last assigned work done. */
  work?: string | null;
}

/**
 * The member's one 自行脱党 verdict: the worst flag over the causes (six months without any one of
 * them is enough), with the cause and date behind it. Organizational life and dues arrears both
 * feed this, so a member is never flagged twice or differently.
 */
export function memberInactivity(causes: InactivityCauses, today: string): { flag: InactivityFlag; cause?: keyof InactivityCauses; date?: string } {
  const rank: Record<InactivityFlag, number> = { none: 0, warn: 1, review: 2 };
  let worst: { flag: InactivityFlag; cause?: keyof InactivityCauses; date?: string } = { flag: "none" };
  for (const cause of ["organizationalLife", "dues", "work"] as const) {
    const date = causes[cause];
    const flag = inactivityFlag(date, today);
    if (rank[flag] > rank[worst.flag] || (flag !== "none" && flag === worst.flag && date! < worst.date!)) worst = { flag, cause, date: date! };
  }
  return worst;
}
