// Development-path dates for a member's stage, following the member development rules:
// application → activist (30–365 days) → candidate (≥ 1 year as activist) → admission
// (30–300 days of review) → full membership (exactly 1 year of probation).
import { addYears, fromDay, noLeapDay, toDay } from "./dates";
import type { Random } from "./random";
import type { MemberStage } from "./types";

export interface StageDates {
  applicationDate?: string;
  activistDate?: string;
  candidateDate?: string;
  admissionDate?: string;
  fullMemberDate?: string;
}

/** Longest possible span from application to admission, plus slack: keeps applicants adult. */
const PATH_DAYS = 1400;

export interface StageDateInput {
  today: string;
  birthDate: string;
  stage: MemberStage;
  /** Full member for at least 3 years: may serve as secretary. */
  veteran: boolean;
  retired: boolean;
}

/** A day in [lo, hi], skewed towards lo when `skew` > 1 (most people join young). */
function dayIn(r: Random, lo: number, hi: number, skew = 1): number {
  if (hi <= lo) return hi;
  return lo + Math.floor((hi - lo) * Math.pow(r.faker.number.float(), skew));
}

export function stageDates(r: Random, input: StageDateInput): StageDates {
  const { stage } = input;
  const todayDay = toDay(input.today);
  const adultDay = toDay(addYears(input.birthDate, 18));
  const yearAgo = toDay(addYears(input.today, -1));

  if (stage === "applicant") {
    return { applicationDate: fromDay(noLeapDay(dayIn(r, Math.max(todayDay - 180, adultDay), todayDay - 1))) };
  }
  if (stage === "activist") {
    const activist = noLeapDay(dayIn(r, todayDay - 700, todayDay - 1));
    return { applicationDate: fromDay(noLeapDay(activist - r.int(30, 365))), activistDate: fromDay(activist) };
  }

  let anchor: number;
  if (stage === "candidate") anchor = dayIn(r, todayDay - 300, todayDay - 1);
  else if (stage === "probationary") anchor = dayIn(r, todayDay - 360, todayDay - 5);
  else {
    let hi = input.veteran ? toDay(addYears(input.today, -3)) : yearAgo - 1;
    if (input.retired) hi = Math.min(hi, toDay(addYears(input.birthDate, 55)));
    anchor = dayIn(r, adultDay + PATH_DAYS, hi, 1.6);
  }
  anchor = noLeapDay(anchor);

  const admission = stage === "candidate" ? undefined : anchor;
  const candidate = admission === undefined ? anchor : noLeapDay(admission - r.int(30, 300));
  const activist = noLeapDay(toDay(addYears(fromDay(candidate), -1)) - r.int(0, 300));
  const application = noLeapDay(activist - r.int(30, 365));

  const dates: StageDates = {
    applicationDate: fromDay(application),
    activistDate: fromDay(activist),
    candidateDate: fromDay(candidate),
  };
  if (admission !== undefined) dates.admissionDate = fromDay(admission);
  if (stage === "full" && admission !== undefined) dates.fullMemberDate = addYears(fromDay(admission), 1);
  return dates;
}
