// Branch regulations (支部工作条例, 2018): size thresholds, the committee, and its term.
import { addMonths, addYears, isIsoDate } from "./dates";
import type { FieldError, RecordRule } from "./types";
import { dateOf, idKey } from "./values";
import { warning, type DomainWarning } from "./warnings";

/** The numbers, configurable where local practice differs. */
export const BRANCH_RULES = {
  /** Full members needed to set up a branch of one's own; fewer → a joint branch. */
  minFullMembers: 3,
  /** Units a joint branch may combine. */
  maxJointUnits: 5,
  /** A branch generally has no more than this many Party members. */
  maxMembers: 50,
  /** Full members from which a branch committee is set up. */
  committeeThreshold: 7,
  /** Usual committee size … */
  committeeMin: 3,
  committeeMax: 5,
  /** … and the hard ceiling. */
  committeeHardMax: 7,
  termYears: 3,
  /** Remind this many months before the term ends. */
  termWarnMonths: 6,
  /** Elections may be delayed by no more than this. */
  termGraceYears: 1,
  /** Party standing a secretary generally has. */
  secretaryMinStandingYears: 1,
} as const;

export const BRANCH_TYPES = ["clinical", "medtech", "functional", "retired", "joint"] as const;
export const COMMITTEE_ROLES = ["secretary", "deputy", "organization", "publicity", "discipline"] as const;

export function termEndFrom(termStart: string, years: number = BRANCH_RULES.termYears): string {
  return addYears(termStart, years);
}

export interface MemberCountInput {
  branchId?: unknown;
  stage?: unknown;
  partyStatus?: unknown;
}

/**
 * Party members of a branch, expelled ones excluded. `total` is full + probationary (applicants,
 * activists and development targets are not yet Party members); thresholds use `full` only.
 */
export interface MemberCounts {
  full: number;
  probationary: number;
  total: number;
}

export function countMembers(members: readonly MemberCountInput[], branchId: string | number): MemberCounts {
  const target = String(branchId);
  let full = 0;
  let probationary = 0;
  for (const member of members) {
    if (idKey(member.branchId) !== target || member.partyStatus === "expelled") continue;
    if (member.stage === "full") full++;
    else if (member.stage === "probationary") probationary++;
  }
  return { full, probationary, total: full + probationary };
}

export interface BranchInput {
  type?: unknown;
  committee?: unknown;
  termStart?: unknown;
  termEnd?: unknown;
}

/** The secretary's record, when the caller has it, for the Party-standing check. */
export interface SecretaryInput {
  stage?: unknown;
  fullMemberDate?: unknown;
}

const committeeSize = (committee: unknown) => (Array.isArray(committee) ? committee.length : 0);

/**
 * Dashboard / badge warnings for one branch on `today`. termEnd falls back to termStart + 3 years.
 * Term warnings: ending soon when today ≤ termEnd ≤ today + 6 months (both ends inclusive);
 * overdue from the day after termEnd, escalated to an error once the year of grace has passed.
 */
export function branchWarnings(
  branch: BranchInput,
  counts: MemberCounts,
  today: string,
  secretary?: SecretaryInput,
): DomainWarning[] {
  const r = BRANCH_RULES;
  const found: DomainWarning[] = [];
  if (counts.total > r.maxMembers) found.push(warning("tooManyMembers", { count: counts.total, max: r.maxMembers }));
  if (branch.type !== "joint" && counts.full < r.minFullMembers) {
    found.push(warning("tooFewFullMembers", { count: counts.full, min: r.minFullMembers }));
  }

  const size = committeeSize(branch.committee);
  if (size === 0 && counts.full >= r.committeeThreshold) {
    found.push(warning("committeeMissing", { count: counts.full, threshold: r.committeeThreshold }));
  }
  if (size > 0 && (size < r.committeeMin || size > r.committeeMax)) {
    const level = size > r.committeeHardMax ? "error" : "warning";
    found.push(warning("committeeSize", { count: size, min: r.committeeMin, max: r.committeeMax }, level));
  }

  const termEnd = isIsoDate(branch.termEnd) ? branch.termEnd : isIsoDate(branch.termStart) ? termEndFrom(branch.termStart) : undefined;
  if (termEnd && termEnd < today) {
    const graceUntil = addYears(termEnd, r.termGraceYears);
    found.push(warning("termOverdue", { date: termEnd, graceUntil }, today > graceUntil ? "error" : "warning"));
  } else if (termEnd && termEnd <= addMonths(today, r.termWarnMonths)) {
    found.push(warning("termEndingSoon", { date: termEnd }));
  }

  if (secretary) {
    const since = secretary.stage === "full" && isIsoDate(secretary.fullMemberDate) ? secretary.fullMemberDate : undefined;
    if (!since || addYears(since, r.secretaryMinStandingYears) > today) {
      found.push(warning("secretaryStanding", { count: r.secretaryMinStandingYears }));
    }
  }
  return found;
}

const key = (name: string) => `party.rules.${name}`;

export const termOrderRule: RecordRule = (record) => {
  const start = dateOf(record, "termStart");
  const end = dateOf(record, "termEnd");
  return start && end && end <= start ? [{ field: "termEnd", key: key("termOrder") }] : [];
};

/** At most 7 committee members, each member once, at most one secretary (matching secretaryId when both are set). */
export const committeeRosterRule: RecordRule = (record) => {
  const committee = Array.isArray(record.committee) ? (record.committee as unknown[]) : [];
  const entries = committee.map((entry) => (entry && typeof entry === "object" ? (entry as Record<string, unknown>) : {}));
  const errors: FieldError[] = [];
  if (entries.length > BRANCH_RULES.committeeHardMax) {
    errors.push({ field: "committee", key: key("committeeTooLarge"), params: { max: BRANCH_RULES.committeeHardMax } });
  }
  const ids = entries.map((entry) => idKey(entry.memberId)).filter((id) => id !== undefined);
  if (new Set(ids).size < ids.length) errors.push({ field: "committee", key: key("committeeDuplicate") });

  const secretaries = entries.filter((entry) => entry.role === "secretary");
  if (secretaries.length > 1) errors.push({ field: "committee", key: key("committeeSecretaryCount") });
  const secretaryId = idKey(record.secretaryId);
  const rosterSecretary = secretaries.length === 1 ? idKey(secretaries[0].memberId) : undefined;
  if (secretaryId && rosterSecretary && secretaryId !== rosterSecretary) {
    errors.push({ field: "secretaryId", key: key("secretaryMismatch") });
  }
  return errors;
};

export const branchRules: RecordRule[] = [termOrderRule, committeeRosterRule];
