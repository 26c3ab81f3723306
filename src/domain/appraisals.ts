// 民主评议党员: a yearly grade per member; 优秀 for at most a third of those appraised; a 不合格
// grade opens a follow-up (处置) with a deadline and an outcome.
import type { FieldError, RecordRule } from "./types";
import { dateOf, textOf } from "./values";

export const APPRAISAL_GRADES = ["excellent", "qualified", "basically_qualified", "unqualified"] as const;
export type AppraisalGrade = (typeof APPRAISAL_GRADES)[number];
export const FOLLOW_UP_ACTIONS = ["rectify", "persuade_withdraw", "remove"] as const;
export const FOLLOW_UP_STATES = ["none", "open", "overdue", "closed"] as const;
export type FollowUpState = (typeof FOLLOW_UP_STATES)[number];

/** 优秀 generally at most 1/3 of those appraised (configurable). */
export const EXCELLENT_SHARE = 1 / 3;

/** The most 优秀 grades a branch may give among `appraised` graded members. */
export function excellentCap(appraised: number, share: number = EXCELLENT_SHARE): number {
  // A small epsilon keeps 9 × 1/3 at 3 despite floating point.
  return Math.max(0, Math.floor(appraised * share + 1e-9));
}

/** Whether one more 优秀 keeps the branch within the cap. */
export function excellentAllowed(alreadyExcellent: number, appraised: number, share: number = EXCELLENT_SHARE): boolean {
  return alreadyExcellent + 1 <= excellentCap(appraised, share);
}

/** open until an outcome is recorded, overdue once the deadline has passed (the deadline day itself is not). */
export function followUpState(record: Record<string, unknown>, today: string): FollowUpState {
  if (record.grade !== "unqualified") return "none";
  if (textOf(record, "followUpOutcome")) return "closed";
  const deadline = dateOf(record, "followUpDeadline");
  return deadline && deadline < today ? "overdue" : "open";
}

const rule = (name: string) => `party.rules.${name}`;

/** 不合格 needs a follow-up action and a deadline; other grades have none. */
export const followUpRule: RecordRule = (record) => {
  const errors: FieldError[] = [];
  if (record.grade === "unqualified") {
    if (!textOf(record, "followUpAction")) errors.push({ field: "followUpAction", key: rule("followUpRequired") });
    if (!dateOf(record, "followUpDeadline")) errors.push({ field: "followUpDeadline", key: rule("followUpRequired") });
  } else if (textOf(record, "followUpAction") || dateOf(record, "followUpDeadline")) {
    errors.push({ field: "followUpAction", key: rule("followUpOnlyUnqualified") });
  }
  const year = record.year;
  if (typeof year === "number" && dateOf(record, "followUpDeadline") && Number(String(record.followUpDeadline).slice(0, 4)) < year) {
    errors.push({ field: "followUpDeadline", key: rule("followUpBeforeYear"), params: { year } });
  }
  return errors;
};

/** An appraisal is for a year that has begun. */
export const appraisalYearRule: RecordRule = (record, ctx) => {
  const year = record.year;
  if (typeof year !== "number") return [];
  return year > Number(ctx.today.slice(0, 4)) ? [{ field: "year", key: rule("appraisalFutureYear") }] : [];
};

export const appraisalRules: RecordRule[] = [followUpRule, appraisalYearRule];
