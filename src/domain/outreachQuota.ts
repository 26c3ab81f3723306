// The posting-down quota of a consortium (下沉帮扶): each township centre has a fixed physician posted
// for at least 6 months; a level-2-or-higher city hospital sends at least 3 staff to a community
// centre for at least 3 working days a week. Local agreements vary, so the numbers are defaults.
import { addDays, addMonths } from "./dates";
import { daysBetween, levelRank } from "./consortium";
import { dateOf, idKey, numberOf } from "./values";
import { warning, type DomainWarning } from "./warnings";

export interface OutreachQuota {
  /** Receiving kinds that must have a fixed physician … */
  fixedPhysicianKinds: readonly string[];
  /** … posted for at least this many months. */
  fixedPhysicianMinMonths: number;
  /** Receiving kinds that must have enough staff posted … */
  staffedKinds: readonly string[];
  minStaff: number;
  minDaysPerWeek: number;
  /** … when the sending (lead) hospital is of one of these kinds at this level or higher. */
  senderKinds: readonly string[];
  senderMinLevel: number;
}

export const OUTREACH_QUOTA: OutreachQuota = {
  fixedPhysicianKinds: ["township_centre"],
  fixedPhysicianMinMonths: 6,
  staffedKinds: ["community_centre"],
  minStaff: 3,
  minDaysPerWeek: 3,
  senderKinds: ["city_hospital"],
  senderMinLevel: 2,
};

export const QUOTA_SHORTFALLS = ["fixed_physician", "community_staff"] as const;
export type QuotaShortfall = (typeof QUOTA_SHORTFALLS)[number];

type Rec = Record<string, unknown>;

export interface QuotaFigures {
  /** Distinct fixed physicians posted there for long enough, in the year. */
  fixedPhysicians: number;
  /** Distinct staff posted there for enough days a week, in the year. */
  qualifyingStaff: number;
  shortfalls: QuotaShortfall[];
}

const yearStart = (year: number) => `${year}-01-01`;
const yearEnd = (year: number) => `${year}-12-31`;

/** The days of a posting that fall inside the calendar year (both ends included). */
export function postingDaysInYear(posting: Rec, year: number): number {
  const start = dateOf(posting, "startDate");
  const end = dateOf(posting, "endDate");
  if (!start || !end) return 0;
  return daysBetween(start > yearStart(year) ? start : yearStart(year), end < yearEnd(year) ? end : yearEnd(year));
}

/** A posting of `months` months or more: from 01-01 to 06-30 is six months. */
export function lastsMonths(posting: Rec, months: number): boolean {
  const start = dateOf(posting, "startDate");
  const end = dateOf(posting, "endDate");
  return !!start && !!end && end >= start && addDays(end, 1) >= addMonths(start, months);
}

/** The same person across postings: a member by id, else the typed name. */
export function staffKey(posting: Rec): string | undefined {
  const member = idKey(posting.memberId);
  if (member !== undefined) return `member:${member}`;
  return typeof posting.staffName === "string" && posting.staffName.trim() !== "" ? `name:${posting.staffName.trim()}` : undefined;
}

/** Whether the lead hospital is the kind of sender the staffing quota binds. */
export function senderBound(lead: Rec | undefined, quota: OutreachQuota = OUTREACH_QUOTA): boolean {
  return !!lead && quota.senderKinds.includes(String(lead.kind)) && levelRank(lead.level) >= quota.senderMinLevel;
}

/** An institution's standing against the quota in one year, from the postings to it. */
export function quotaFigures(
  institution: Rec,
  postings: readonly Rec[],
  lead: Rec | undefined,
  year: number,
  quota: OutreachQuota = OUTREACH_QUOTA,
): QuotaFigures {
  const self = idKey(institution.id);
  const inYear = postings.filter((p) => idKey(p.institutionId) === self && postingDaysInYear(p, year) > 0);
  const distinct = (list: Rec[]) => new Set(list.map(staffKey).filter((k) => k !== undefined)).size;
  const fixedPhysicians = distinct(inYear.filter((p) => p.role === "fixed_physician" && lastsMonths(p, quota.fixedPhysicianMinMonths)));
  const qualifyingStaff = distinct(inYear.filter((p) => (numberOf(p, "daysPerWeek") ?? 0) >= quota.minDaysPerWeek));
  const shortfalls: QuotaShortfall[] = [];
  const kind = String(institution.kind);
  if (quota.fixedPhysicianKinds.includes(kind) && fixedPhysicians === 0) shortfalls.push("fixed_physician");
  if (quota.staffedKinds.includes(kind) && senderBound(lead, quota) && qualifyingStaff < quota.minStaff) shortfalls.push("community_staff");
  return { fixedPhysicians, qualifyingStaff, shortfalls };
}

/** Badges for a record carrying the figures (an institution, or an overview row). */
export function quotaWarnings(record: Rec, quota: OutreachQuota = OUTREACH_QUOTA): DomainWarning[] {
  const shortfalls = Array.isArray(record.quotaShortfalls) ? record.quotaShortfalls : [];
  const found: DomainWarning[] = [];
  if (shortfalls.includes("fixed_physician")) found.push(warning("noFixedPhysician", { months: quota.fixedPhysicianMinMonths }));
  if (shortfalls.includes("community_staff")) {
    found.push(warning("tooFewPostedStaff", { count: numberOf(record, "qualifyingStaff") ?? 0, min: quota.minStaff, days: quota.minDaysPerWeek }));
  }
  return found;
}
