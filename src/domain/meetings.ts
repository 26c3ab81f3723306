// Meetings of 三会一课 and related (支部工作条例 第十一–十四条): who is expected, who came, whether the
// meeting could decide, and whether each resolution passed (双过半).
import type { FieldError, RecordRule } from "./types";
import { dateOf, idKey, textOf } from "./values";

/** Every kind a meeting record may be; the first seven are the activities compliance counts. */
export const MEETING_KINDS = [
  "general_meeting", // 支部党员大会
  "committee_meeting", // 支委会
  "group_meeting", // 党小组会
  "party_lecture", // 党课
  "themed_day", // 主题党日
  "life_meeting", // 组织生活会
  "appraisal", // 民主评议党员 meeting
  "heart_talk", // 谈心谈话 (recorded in summary)
] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

export const MEETING_STATUSES = ["planned", "held", "cancelled"] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** A planned meeting is then held or cancelled; a held or cancelled one stays as it is. */
export const MEETING_TRANSITIONS: Readonly<Record<MeetingStatus, readonly MeetingStatus[]>> = {
  planned: ["held", "cancelled"],
  held: [],
  cancelled: [],
};

/** 请假 / 因公 / 病假 are absences with leave; 无故缺席 is not; excluded people are left out of 应到. */
export const ATTENDANCE_STATUSES = ["present", "leave_personal", "leave_business", "leave_sick", "absent", "excluded"] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];
export const LEAVE_STATUSES: readonly AttendanceStatus[] = ["leave_personal", "leave_business", "leave_sick"];

/** The recorded reasons for leaving someone out of the expected headcount (应到会). */
export const EXCLUSION_REASONS = [
  "suspended", // 停止党籍
  "probation_watch", // 留党察看
  "detained", // 被羁押
  "bedridden", // 卧床不起
  "away_untransferred", // 外出半年以上未转接组织关系
  "floating_request", // 流动党员本人申请
] as const;
export type ExclusionReason = (typeof EXCLUSION_REASONS)[number];

export const ATTACHMENT_KINDS = ["notice", "minutes", "resolution", "sign_in", "photo"] as const;

export interface AttendanceEntry {
  memberId?: unknown;
  status?: unknown;
  reason?: unknown;
  /** Has voting rights (full members; 预备党员 attend and speak but do not vote). */
  voting?: unknown;
  /** An absent voter handed in a written opinion before the meeting; it counts as a vote. */
  written?: unknown;
}

export interface Headcount {
  /** 应到: everyone on the list but those excluded with a reason. */
  expected: number;
  /** 实到 */
  present: number;
  /** Those with voting rights among the expected, and among those present. */
  votingExpected: number;
  votingPresent: number;
  /** Absent voters who handed in written opinions. */
  written: number;
}

const entriesOf = (value: unknown): AttendanceEntry[] =>
  Array.isArray(value) ? value.filter((e): e is AttendanceEntry => !!e && typeof e === "object") : [];

export function headcount(attendance: unknown): Headcount {
  const count: Headcount = { expected: 0, present: 0, votingExpected: 0, votingPresent: 0, written: 0 };
  for (const entry of entriesOf(attendance)) {
    if (entry.status === "excluded") continue;
    const voting = entry.voting === true;
    count.expected++;
    if (voting) count.votingExpected++;
    if (entry.status === "present") {
      count.present++;
      if (voting) count.votingPresent++;
    } else if (voting && entry.written === true) {
      count.written++;
    }
  }
  return count;
}

/** "More than half": the smallest whole number above n / 2. */
export const moreThanHalf = (n: number) => Math.floor(n / 2) + 1;

/**
 * Whether the meeting could decide. 支部党员大会: more than half of those with voting rights present;
 * 支委会: more than half of the committee (its attendance list is the committee). Other kinds have no
 * quorum (undefined).
 */
export function quorum(kind: unknown, count: Headcount): { quorate: boolean; needed: number; present: number; of: number } | undefined {
  if (kind === "general_meeting") {
    return { quorate: count.votingExpected > 0 && count.votingPresent >= moreThanHalf(count.votingExpected), needed: moreThanHalf(count.votingExpected), present: count.votingPresent, of: count.votingExpected };
  }
  if (kind === "committee_meeting") {
    return { quorate: count.expected > 0 && count.present >= moreThanHalf(count.expected), needed: moreThanHalf(count.expected), present: count.present, of: count.expected };
  }
  return undefined;
}

export interface Votes {
  yes?: unknown;
  no?: unknown;
  abstain?: unknown;
}

export type ResolutionOutcome =
  | { passed: true; yes: number; needed: number; entitled: number }
  | { passed: false; why: "notQuorate"; present: number; needed: number; entitled: number }
  | { passed: false; why: "notEnoughYes"; yes: number; needed: number; entitled: number };

const count = (value: unknown) => (typeof value === "number" && Number.isInteger(value) && value >= 0 ? value : 0);

/**
 * 双过半: the meeting must be quorate, and "yes" must exceed half of those entitled to vote (the
 * voters expected, not only those present). Written opinions are among the votes counted.
 */
export function resolutionOutcome(kind: unknown, votes: Votes, heads: Headcount): ResolutionOutcome {
  const q = quorum(kind, heads);
  const entitled = kind === "general_meeting" ? heads.votingExpected : heads.expected;
  const needed = moreThanHalf(entitled);
  if (q && !q.quorate) return { passed: false, why: "notQuorate", present: q.present, needed: q.needed, entitled };
  const yes = count(votes.yes);
  return yes >= needed ? { passed: true, yes, needed, entitled } : { passed: false, why: "notEnoughYes", yes, needed, entitled };
}

/** Those who may vote on a resolution: voters present plus absent voters with written opinions. */
export function votersOf(kind: unknown, heads: Headcount): number {
  return kind === "general_meeting" ? heads.votingPresent + heads.written : heads.present + heads.written;
}

const rule = (name: string) => `party.rules.${name}`;

/** Each person once; a reason exactly when excluded; written opinions only from absent voters. */
export const attendanceRule: RecordRule = (record) => {
  const seen = new Set<string>();
  const entries = entriesOf(record.attendance);
  for (const [index, entry] of entries.entries()) {
    const row = index + 1;
    const id = idKey(entry.memberId);
    if (id && seen.has(id)) return [{ field: "attendance", key: rule("attendanceDuplicate"), params: { row } }];
    if (id) seen.add(id);
    const hasReason = typeof entry.reason === "string" && entry.reason !== "";
    if (entry.status === "excluded" && !hasReason) return [{ field: "attendance", key: rule("exclusionReasonRequired"), params: { row } }];
    if (entry.status !== "excluded" && hasReason) return [{ field: "attendance", key: rule("exclusionReasonOnlyExcluded"), params: { row } }];
    if (entry.written === true && (entry.status === "present" || entry.status === "excluded" || entry.voting !== true)) {
      return [{ field: "attendance", key: rule("writtenOpinionAbsentVoter"), params: { row } }];
    }
  }
  return [];
};

/** Vote counts are whole numbers that add up to the voters: no more votes than voters, none missing. */
export const resolutionVotesRule: RecordRule = (record) => {
  const resolutions = Array.isArray(record.resolutions) ? (record.resolutions as Votes[]) : [];
  if (resolutions.length === 0) return [];
  const heads = headcount(record.attendance);
  const voters = votersOf(record.kind, heads);
  for (const [index, votes] of resolutions.entries()) {
    const row = index + 1;
    const values = [votes?.yes, votes?.no, votes?.abstain];
    if (values.some((v) => v !== undefined && v !== null && count(v) !== v)) return [{ field: "resolutions", key: rule("voteCountInvalid"), params: { row } }];
    const cast = values.reduce<number>((sum, v) => sum + count(v), 0);
    if (cast > voters) return [{ field: "resolutions", key: rule("votesExceedVoters"), params: { row, cast, voters } }];
    if (cast < voters) return [{ field: "resolutions", key: rule("votesDoNotAddUp"), params: { row, cast, voters } }];
  }
  return [];
};

/** A meeting is held on or before today; a held one has its attendance; a 党课 names its lecturer. */
export const meetingStatusRule: RecordRule = (record, ctx) => {
  const errors: FieldError[] = [];
  const date = dateOf(record, "date");
  const status = record.status;
  if (status === "held" && date && date > ctx.today) errors.push({ field: "date", key: rule("meetingHeldInFuture"), params: { date: ctx.today } });
  if (status === "held" && record.kind !== "heart_talk" && entriesOf(record.attendance).length === 0) errors.push({ field: "attendance", key: rule("attendanceRequired") });
  if (status === "held" && record.kind === "party_lecture" && idKey(record.lecturerId) === undefined) errors.push({ field: "lecturerId", key: rule("lecturerRequired") });
  if (status !== "held" && Array.isArray(record.resolutions) && record.resolutions.length > 0) errors.push({ field: "resolutions", key: rule("resolutionsOnlyHeld") });
  const from = ctx.original?.status as MeetingStatus | undefined;
  if (ctx.mode === "edit" && from && from !== status && typeof status === "string" && !(MEETING_TRANSITIONS[from] ?? []).includes(status as MeetingStatus)) {
    errors.push({ field: "status", key: rule("meetingTransition") });
  }
  if (status === "cancelled" && !textOf(record, "cancelReason")) errors.push({ field: "cancelReason", key: rule("cancelReasonRequired") });
  return errors;
};

export const meetingRules: RecordRule[] = [attendanceRule, resolutionVotesRule, meetingStatusRule];
