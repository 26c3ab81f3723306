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
  const params = { months: INACTIVITY_MONTHS[flag], date: lastActivityDate as string };
  return flag === "review" ? warning("inactivityReview", params, "error") : warning("inactivityWarn", params);
}
