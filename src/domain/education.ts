// Education and training (全国党员教育培训工作规划): how study hours (学时) count, each member's
// yearly minimum, and whether they keep pace through the year. Every number is a configurable
// default; "today" is always a parameter.
import { addYears } from "./dates";
import type { FieldError } from "./types";
import { dateOf, idKey, numberOf, textOf } from "./values";

export const COURSE_KINDS = ["online_video", "online_document", "live_lecture", "offline_training", "branch_lecture"] as const;
export type CourseKind = (typeof COURSE_KINDS)[number];
export const ONLINE_KINDS: readonly CourseKind[] = ["online_video", "online_document"];
export const COURSE_AUDIENCES = ["all", "leaders", "probationary", "activists"] as const;
export const STUDY_SOURCES = ["online", "offline", "imported"] as const;

/** The common local counting rule: a full day 8, a half-day lecture 4, branch study 1 an hour, online by length. */
export interface HourRule {
  fullDay: number;
  halfDay: number;
  /** Minutes up to which an in-person session counts as a half day. */
  halfDayMinutes: number;
  /** Minutes of one training day. */
  dayMinutes: number;
  branchPerHour: number;
  /** An online course of at least `minutes` earns `hours`; the first that fits wins. */
  online: readonly { minutes: number; hours: number }[];
}

export const DEFAULT_HOUR_RULE: HourRule = {
  fullDay: 8,
  halfDay: 4,
  halfDayMinutes: 240,
  dayMinutes: 480,
  branchPerHour: 1,
  online: [
    { minutes: 30, hours: 1 },
    { minutes: 15, hours: 0.5 },
    { minutes: 0, hours: 0.25 },
  ],
};

const halves = (hours: number) => Math.round(hours * 2) / 2;

/**
 * Hours a course of `kind` lasting `minutes` earns: online by length; branch study 1 per hour (to
 * the half hour, at least a half); a live lecture or off-the-job training 4 per half day, 8 per full day.
 */
export function creditedHours(kind: CourseKind, minutes: number, rule: HourRule = DEFAULT_HOUR_RULE): number {
  if (!(minutes > 0)) return 0;
  if (ONLINE_KINDS.includes(kind)) return rule.online.find((step) => minutes >= step.minutes)?.hours ?? 0;
  if (kind === "branch_lecture") return Math.max(0.5, halves((minutes / 60) * rule.branchPerHour));
  const days = Math.floor(minutes / rule.dayMinutes);
  const rest = minutes - days * rule.dayMinutes;
  const restHours = rest === 0 ? 0 : rest <= rule.halfDayMinutes ? rule.halfDay : rule.fullDay;
  return days * rule.fullDay + restHours;
}

export const isCourseKind = (value: unknown): value is CourseKind => typeof value === "string" && (COURSE_KINDS as readonly string[]).includes(value);

/** Yearly minimums: ordinary members; 基层党组织书记 and committee members. */
export interface StudyMinimums {
  member: number;
  leader: number;
}
export const DEFAULT_MINIMUMS: StudyMinimums = { member: 32, leader: 56 };

/** The secretary and the committee members of a branch, from its record (secretaryId and the committee roster). */
export function branchLeaderIds(branch: Record<string, unknown>): Set<string> {
  const ids = new Set<string>();
  const secretary = idKey(branch.secretaryId);
  if (secretary) ids.add(secretary);
  if (Array.isArray(branch.committee)) {
    for (const seat of branch.committee) {
      const id = idKey((seat as { memberId?: unknown } | null)?.memberId);
      if (id) ids.add(id);
    }
  }
  return ids;
}

export function yearlyMinimum(isLeader: boolean, minimums: StudyMinimums = DEFAULT_MINIMUMS): number {
  return isLeader ? minimums.leader : minimums.member;
}

/** By a day of the year ("MM-DD"), at least `share` of the minimum should be done. */
export interface PaceCheckpoint {
  by: string;
  share: number;
}
/** Less than half by the end of June is behind; the whole minimum by the end of the year. */
export const DEFAULT_PACE: readonly PaceCheckpoint[] = [
  { by: "06-30", share: 0.5 },
  { by: "12-31", share: 1 },
];

/** The share of the minimum expected done on `today`: the largest checkpoint already past. */
export function expectedShare(today: string, pace: readonly PaceCheckpoint[] = DEFAULT_PACE): number {
  const day = today.slice(5);
  return pace.reduce((share, point) => (day > point.by ? Math.max(share, point.share) : share), 0);
}

export interface StudyPace {
  hours: number;
  minimum: number;
  /** Whole percent of the minimum done, capped at 100. */
  percent: number;
  /** Hours still needed this year. */
  remaining: number;
  onPace: boolean;
}

export function studyPace(hours: number, minimum: number, today: string, pace: readonly PaceCheckpoint[] = DEFAULT_PACE): StudyPace {
  const rounded = Math.round(hours * 100) / 100;
  return {
    hours: rounded,
    minimum,
    percent: minimum > 0 ? Math.min(100, Math.floor((rounded / minimum) * 100)) : 100,
    remaining: Math.max(0, Math.round((minimum - rounded) * 100) / 100),
    onPace: rounded >= minimum * expectedShare(today, pace),
  };
}

/** Hours count in the year they were earned, never carried over. */
export function hoursInYear(records: readonly Record<string, unknown>[], year: string): number {
  let total = 0;
  for (const record of records) {
    const date = dateOf(record, "date");
    const hours = numberOf(record, "hours");
    if (date && hours !== undefined && date.startsWith(`${year}-`)) total += hours;
  }
  return total;
}

/**
 * Probationary members (and members within a year of 转正) need one centralized training at a
 * higher level each year: true when they have none in `year`. `isCentralized` tells a record that is one.
 */
export function needsCentralTraining(
  member: Record<string, unknown>,
  records: readonly Record<string, unknown>[],
  year: string,
  today: string,
  isCentralized: (record: Record<string, unknown>) => boolean,
): boolean {
  const fullSince = dateOf(member, "fullMemberDate");
  const recent = member.stage === "full" && fullSince !== undefined && fullSince > addYears(today, -1);
  if (member.stage !== "probationary" && !recent) return false;
  return !records.some((r) => dateOf(r, "date")?.startsWith(`${year}-`) && isCentralized(r));
}

/** At most this many hours are earned in one day. */
export const MAX_HOURS_PER_DAY = 24;

const key = (name: string) => `party.rules.${name}`;

/** The http and https links a person may open; `javascript:`, `data:` and the like are refused. */
export function isSafeLink(value: unknown): boolean {
  if (typeof value !== "string") return false;
  try {
    const url = new URL(value.trim());
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}

/** A rule refusing any link field that is not http(s). */
export function safeLinkRule(...fields: string[]) {
  return (record: Record<string, unknown>) =>
    fields.filter((field) => textOf(record, field) !== undefined && !isSafeLink(record[field])).map((field) => ({ field, key: key("linkScheme") }));
}

export const courseDateOrderRule = (record: Record<string, unknown>) => {
  const from = dateOf(record, "openFrom");
  const to = dateOf(record, "openTo");
  return from && to && to < from ? [{ field: "openTo", key: key("courseOpenOrder") }] : [];
};

/** Hours of one record: more than 0 and at most 24 (one day's worth). */
export const studyHoursRule = (record: Record<string, unknown>) => {
  const hours = numberOf(record, "hours");
  if (hours === undefined) return [];
  return hours <= 0 || hours > MAX_HOURS_PER_DAY ? [{ field: "hours", key: key("studyHoursRange"), params: { max: MAX_HOURS_PER_DAY } }] : [];
};

/** A record names a course of the plugin or, for an outside training, the training itself. */
export const courseOrTrainingRule = (record: Record<string, unknown>) =>
  idKey(record.courseId) === undefined && textOf(record, "trainingName") === undefined ? [{ field: "trainingName", key: key("courseOrTraining") }] : [];

/** Before a course opens, or after it closes, nobody can have studied it. */
export function courseWindowErrors(record: Record<string, unknown>, course: Record<string, unknown> | undefined) {
  const date = dateOf(record, "date");
  if (!date || !course) return [];
  const from = dateOf(course, "openFrom");
  const to = dateOf(course, "openTo");
  if (from && date < from) return [{ field: "date", key: key("studyBeforeCourseOpens"), params: { date: from } }];
  if (to && date > to) return [{ field: "date", key: key("studyAfterCourseCloses"), params: { date: to } }];
  return [];
}

/**
 * A member completes a course (or reads an article for hours) once a year: true when `others` already
 * hold that member's record of the same `field` (courseId, articleId) in the record's year.
 */
export function alreadyRecorded(record: Record<string, unknown>, others: readonly Record<string, unknown>[], field = "courseId"): boolean {
  const member = idKey(record.memberId);
  const target = idKey(record[field]);
  const year = dateOf(record, "date")?.slice(0, 4);
  if (!member || !target || !year) return false;
  return others.some(
    (other) => idKey(other.id) !== idKey(record.id) && idKey(other.memberId) === member && idKey(other[field]) === target && dateOf(other, "date")?.startsWith(`${year}-`),
  );
}

export const ARTICLE_CATEGORIES = ["news", "notice", "model", "culture", "policy"] as const;
export const ARTICLE_STATUSES = ["draft", "published", "archived"] as const;
const ARTICLE_NEXT: Record<string, readonly string[]> = { draft: ["published"], published: ["archived"], archived: ["published"] };

/** draft → published → archived (an archived article may be published again); a published one needs its date. */
export const articleStatusRule = (record: Record<string, unknown>, ctx: { mode: "create" | "edit"; original?: Record<string, unknown> }) => {
  const errors: FieldError[] = [];
  const to = String(record.status ?? "");
  const from = ctx.mode === "edit" ? String(ctx.original?.status ?? "") : "";
  if (from && from !== to && ARTICLE_NEXT[from] && !ARTICLE_NEXT[from].includes(to)) errors.push({ field: "status", key: key("articleTransition") });
  if (to === "published" && !dateOf(record, "publishDate")) errors.push({ field: "publishDate", key: key("articlePublishDate") });
  return errors;
};

/** Minutes to read a Markdown body: Chinese at about 400 characters a minute, other words at 200. */
export function readingMinutes(body: string): number {
  const han = (body.match(/\p{Script=Han}/gu) ?? []).length;
  const words = (body.replace(/\p{Script=Han}/gu, " ").match(/[\p{L}\p{N}]+/gu) ?? []).length;
  return Math.max(1, Math.ceil(han / 400 + words / 200));
}
