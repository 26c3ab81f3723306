// 医联体 (hospital consortium): member institutions, co-building agreements across them, staff posted
// down (下沉帮扶) and the free clinics, training and ward rounds given there.
import { addDays, isIsoDate } from "./dates";
import type { FieldError, RecordRule } from "./types";
import { dateOf, idKey } from "./values";

export const INSTITUTION_KINDS = ["county_hospital", "city_hospital", "township_centre", "community_centre", "village_clinic"] as const;
/** 一级 / 二级 / 三级, or not graded (village clinics). */
export const INSTITUTION_LEVELS = ["level1", "level2", "level3", "ungraded"] as const;
/** 共建组织基础, 共促队伍建设, 共解群众急难, 共办实事好事, 共谋双方发展; administrators may add more. */
export const AGREEMENT_HEADINGS = ["organization", "team", "urgent_needs", "good_deeds", "development"] as const;
export const AGREEMENT_STATUSES = ["draft", "active", "ended"] as const;
export const POSTING_ROLES = ["fixed_physician", "rotating_expert", "management_support"] as const;
export const ACTIVITY_KINDS = ["free_clinic", "training", "ward_round", "teaching_operation"] as const;

/** A level as a number (level3 → 3); ungraded or unknown → 0. */
export function levelRank(level: unknown): number {
  const match = typeof level === "string" ? /^level(\d)$/.exec(level) : null;
  return match ? Number(match[1]) : 0;
}

const key = (name: string) => `party.rules.${name}`;

/** A posting ends on or after the day it starts. */
export const postingDatesRule: RecordRule = (record) => {
  const start = dateOf(record, "startDate");
  const end = dateOf(record, "endDate");
  return start && end && end < start ? [{ field: "endDate", key: key("postingEndBeforeStart"), params: { date: start } }] : [];
};

/** An agreement's term ends on or after it starts, and it is signed no later than it ends. */
export const agreementTermRule: RecordRule = (record) => {
  const start = dateOf(record, "startDate");
  const end = dateOf(record, "endDate");
  const signed = dateOf(record, "signedDate");
  const errors: FieldError[] = [];
  if (start && end && end < start) errors.push({ field: "endDate", key: key("endBeforeStart") });
  if (signed && end && signed > end) errors.push({ field: "signedDate", key: key("agreementSignedAfterEnd"), params: { date: end } });
  return errors;
};

/** A posting names its person: a member picked from the roll, or a staff name typed in. */
export const postingPersonRule: RecordRule = (record) =>
  idKey(record.memberId) === undefined && (typeof record.staffName !== "string" || record.staffName.trim() === "")
    ? [{ field: "staffName", key: key("postingPersonMissing") }]
    : [];

/**
 * An activity held under an agreement falls inside that agreement's term, at one of its
 * institutions. An agreement not found is left to the relation check.
 */
export function activityAgreementErrors(activity: Record<string, unknown>, agreement: Record<string, unknown> | undefined): FieldError[] {
  if (!agreement) return [];
  const errors: FieldError[] = [];
  const date = dateOf(activity, "date");
  const start = dateOf(agreement, "startDate");
  const end = dateOf(agreement, "endDate");
  if (date && ((start && date < start) || (end && date > end))) {
    errors.push({ field: "date", key: key("activityOutsideTerm"), params: { from: start ?? "", to: end ?? "" } });
  }
  const institution = idKey(activity.institutionId);
  const parties = Array.isArray(agreement.institutionIds) ? agreement.institutionIds.map(idKey) : [];
  if (institution !== undefined && parties.length > 0 && !parties.includes(institution)) {
    errors.push({ field: "institutionId", key: key("activityInstitutionNotParty") });
  }
  return errors;
}

/** Only one institution is the lead (the hospital running the plugin). */
export function secondLeadErrors(institution: Record<string, unknown>, others: readonly Record<string, unknown>[]): FieldError[] {
  if (institution.isLead !== true) return [];
  const self = idKey(institution.id);
  const lead = others.find((other) => other.isLead === true && idKey(other.id) !== self);
  return lead ? [{ field: "isLead", key: key("institutionSecondLead"), params: { name: String(lead.name ?? lead.id) } }] : [];
}

/** The whole days from `start` to `end`, both included; 0 when either is missing or they are out of order. */
export function daysBetween(start: string, end: string): number {
  if (!isIsoDate(start) || !isIsoDate(end) || end < start) return 0;
  const ms = Date.parse(`${addDays(end, 1)}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`);
  return Math.round(ms / 86_400_000);
}

export const postingRules: RecordRule[] = [postingDatesRule, postingPersonRule];
export const agreementRules: RecordRule[] = [agreementTermRule];

/** People served or trained are counted in whole persons (the schema bounds them at 0). */
export const peopleServedWholeRule: RecordRule = (record) =>
  typeof record.peopleServed === "number" && Number.isFinite(record.peopleServed) && !Number.isInteger(record.peopleServed)
    ? [{ field: "peopleServed", key: "party.validation.integer" }]
    : [];

export const activityRules: RecordRule[] = [peopleServedWholeRule];
