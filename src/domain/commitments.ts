// Service commitments (服务承诺): publish → carry out → be rated by the served department →
// rectify when unmet. The status machine is the closed loop 发布-执行-评价-整改.
import type { FieldError, RecordRule } from "./types";
import { dateOf, textOf } from "./values";

export const COMMITMENT_STATUSES = ["draft", "published", "in_progress", "fulfilled", "overdue", "rectifying", "closed"] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

/** Moves to another status; staying in the same status is always allowed besides these. */
export const COMMITMENT_TRANSITIONS: Readonly<Record<CommitmentStatus, readonly CommitmentStatus[]>> = {
  draft: ["published"],
  published: ["in_progress", "overdue"],
  in_progress: ["fulfilled", "overdue"],
  fulfilled: ["closed"],
  overdue: ["rectifying"],
  rectifying: ["closed"],
  closed: [],
};

/** A new commitment is drafted or published straight away. */
export const INITIAL_COMMITMENT_STATUSES: readonly CommitmentStatus[] = ["draft", "published"];
/** The served department rates once the outcome is known: kept, missed, or being put right. */
export const RATEABLE_STATUSES: readonly CommitmentStatus[] = ["fulfilled", "overdue", "rectifying", "closed"];
/** A rating at or below this calls for rectification. */
export const RECTIFY_AT_RATING = 2;
export const RATING_RANGE = { min: 1, max: 5 } as const;

export function isCommitmentStatus(value: unknown): value is CommitmentStatus {
  return typeof value === "string" && (COMMITMENT_STATUSES as readonly string[]).includes(value);
}

export function canTransition(from: CommitmentStatus, to: CommitmentStatus): boolean {
  return from === to || COMMITMENT_TRANSITIONS[from].includes(to);
}

/** The statuses reachable in one step, not including `from` itself (which is always allowed). */
export function allowedNextStatuses(from: CommitmentStatus): readonly CommitmentStatus[] {
  return COMMITMENT_TRANSITIONS[from];
}

/** Published or under way with the deadline already past (a deadline of today is not yet overdue). */
export function isOverdue(record: Record<string, unknown>, today: string): boolean {
  const deadline = dateOf(record, "deadline");
  return (record.status === "published" || record.status === "in_progress") && deadline !== undefined && deadline < today;
}

const key = (name: string) => `party.rules.${name}`;

export const commitmentTransitionRule: RecordRule = (record, ctx) => {
  const to = record.status;
  if (!isCommitmentStatus(to)) return [];
  if (ctx.mode === "create") {
    return INITIAL_COMMITMENT_STATUSES.includes(to) ? [] : [{ field: "status", key: key("commitmentInitialStatus") }];
  }
  const from = ctx.original?.status;
  if (!isCommitmentStatus(from) || canTransition(from, to)) return [];
  return [{ field: "status", key: key("commitmentTransition"), params: { from, to } }];
};

const ratingOf = (record: Record<string, unknown>) => (typeof record.rating === "number" ? record.rating : undefined);

/** A low rating, or a missed deadline, needs a written rectification plan. */
export const rectificationRule: RecordRule = (record) => {
  const rating = ratingOf(record);
  const needed = (rating !== undefined && rating <= RECTIFY_AT_RATING) || record.status === "overdue" || record.status === "rectifying";
  return needed && !textOf(record, "rectificationPlan") ? [{ field: "rectificationPlan", key: key("rectificationRequired") }] : [];
};

/** A rating is a whole number 1–5, given only once the outcome is known (RATEABLE_STATUSES). */
export const ratingRule: RecordRule = (record) => {
  const value = record.rating;
  if (value === undefined || value === null || value === "") return [];
  const errors: FieldError[] = [];
  if (typeof value !== "number" || !Number.isInteger(value) || value < RATING_RANGE.min || value > RATING_RANGE.max) {
    errors.push({ field: "rating", key: key("ratingRange"), params: { ...RATING_RANGE } });
  } else if (isCommitmentStatus(record.status) && !RATEABLE_STATUSES.includes(record.status)) {
    errors.push({ field: "rating", key: key("ratingTooEarly") });
  }
  return errors;
};

export const commitmentRules: RecordRule[] = [commitmentTransitionRule, rectificationRule, ratingRule];
