// Member development (发展党员工作细则): the stages, the dates that mark them, and the periods
// between them. Every rule returns errors on the field the user has to change.
import { ageOn, dateOfAge, MIN_APPLICATION_AGE } from "./age";
import { addMonths, addYears } from "./dates";
import { birthDateFromId, genderFromId, isValidIdChecksum, isValidIdFormat } from "./idCard";
import type { FieldError, RecordRule } from "./types";
import { dateOf, numberOf, textOf } from "./values";

export const MEMBER_STAGES = ["applicant", "activist", "candidate", "probationary", "full"] as const;
export type MemberStage = (typeof MEMBER_STAGES)[number];

/** The date on which a member entered each stage (admissionDate starts probation). */
export const STAGE_DATE_FIELD = {
  applicant: "applicationDate",
  activist: "activistDate",
  candidate: "candidateDate",
  probationary: "admissionDate",
  full: "fullMemberDate",
} as const satisfies Record<MemberStage, string>;
export type StageDateField = (typeof STAGE_DATE_FIELD)[MemberStage];

/** The stage date fields in stage order. */
export const STAGE_DATE_FIELDS: readonly StageDateField[] = MEMBER_STAGES.map((stage) => STAGE_DATE_FIELD[stage]);

/** At least one year as an activist before becoming a development target. */
export const ACTIVIST_PERIOD_YEARS = 1;
/** Probation lasts one year, counted from the branch general meeting (admissionDate). */
export const PROBATION_MONTHS = 12;
/** Probation may be extended once, by 6 to 12 months. */
export const PROBATION_EXTENSION = { min: 6, max: 12 } as const;

export function isMemberStage(value: unknown): value is MemberStage {
  return typeof value === "string" && (MEMBER_STAGES as readonly string[]).includes(value);
}

export function nextStage(stage: MemberStage): MemberStage | undefined {
  return MEMBER_STAGES[MEMBER_STAGES.indexOf(stage) + 1];
}

/** 0 (no extension) or a whole number of months from 6 to 12. */
export function isValidProbationExtension(months: number): boolean {
  return months === 0 || (Number.isInteger(months) && months >= PROBATION_EXTENSION.min && months <= PROBATION_EXTENSION.max);
}

/** The earliest full-membership date; undefined when the extension is not allowed. */
export function suggestFullMemberDate(admissionDate: string, extensionMonths = 0): string | undefined {
  if (!isValidProbationExtension(extensionMonths)) return undefined;
  return addMonths(admissionDate, PROBATION_MONTHS + extensionMonths);
}

/** The earliest date an activist may become a development target. */
export function earliestCandidateDate(activistDate: string): string {
  return addYears(activistDate, ACTIVIST_PERIOD_YEARS);
}

const key = (name: string) => `party.rules.${name}`;

/** Checksum problems on idNumber; birth date and sex disagreeing with a valid ID on their own fields. */
export const idNumberRule: RecordRule = (record) => {
  const id = textOf(record, "idNumber");
  if (!id) return [];
  if (!isValidIdFormat(id)) return [{ field: "idNumber", key: key("idFormat") }];
  if (!isValidIdChecksum(id)) return [{ field: "idNumber", key: key("idChecksum") }];
  const idBirth = birthDateFromId(id);
  if (!idBirth) return [{ field: "idNumber", key: key("idBirthDateInvalid") }];
  const errors: FieldError[] = [];
  const birthDate = dateOf(record, "birthDate");
  if (birthDate && birthDate !== idBirth) {
    errors.push({ field: "birthDate", key: key("idBirthDateMismatch"), params: { date: idBirth } });
  }
  const gender = record.gender;
  if ((gender === "male" || gender === "female") && gender !== genderFromId(id)) {
    errors.push({ field: "gender", key: key("idGenderMismatch") });
  }
  return errors;
};

/** The birth date as entered, else as encoded in a well-formed ID number. */
function birthDateOf(record: Record<string, unknown>): string | undefined {
  const id = textOf(record, "idNumber");
  return dateOf(record, "birthDate") ?? (id ? birthDateFromId(id) : undefined);
}

export const adultOnApplicationRule: RecordRule = (record) => {
  const applicationDate = dateOf(record, "applicationDate");
  const birthDate = birthDateOf(record);
  if (!applicationDate || !birthDate || ageOn(birthDate, applicationDate) >= MIN_APPLICATION_AGE) return [];
  return [
    {
      field: "applicationDate",
      key: key("applicantUnderage"),
      params: { minAge: MIN_APPLICATION_AGE, date: dateOfAge(birthDate, MIN_APPLICATION_AGE) },
    },
  ];
};

/**
 * application ≤ activist ≤ candidate ≤ admission ≤ fullMember, over the dates present. Each date is
 * compared with the latest earlier-stage date, and the error goes on the later field.
 */
export const stageDatesInOrderRule: RecordRule = (record) => {
  const errors: FieldError[] = [];
  let latest: string | undefined;
  for (const field of STAGE_DATE_FIELDS) {
    const date = dateOf(record, field);
    if (!date) continue;
    if (latest && date < latest) errors.push({ field, key: key("stageDateOrder"), params: { date: latest } });
    else latest = date;
  }
  return errors;
};

/** A development target needs at least one calendar year as an activist (2023-01-01 → 2024-01-01). */
export const activistPeriodRule: RecordRule = (record) => {
  const activistDate = dateOf(record, "activistDate");
  const candidateDate = dateOf(record, "candidateDate");
  if (!activistDate || !candidateDate) return [];
  const earliest = earliestCandidateDate(activistDate);
  if (candidateDate >= earliest) return [];
  return [{ field: "candidateDate", key: key("activistPeriod"), params: { date: earliest, years: ACTIVIST_PERIOD_YEARS } }];
};

/**
 * The extension is 0 or 6–12 months; full membership comes no earlier than admission + 1 year +
 * extension (later is allowed: the branch meeting that confirms it may be held late).
 */
export const probationRule: RecordRule = (record) => {
  const extension = numberOf(record, "probationExtensionMonths") ?? 0;
  if (!isValidProbationExtension(extension)) {
    return [{ field: "probationExtensionMonths", key: key("probationExtension"), params: { ...PROBATION_EXTENSION } }];
  }
  const admissionDate = dateOf(record, "admissionDate");
  const fullMemberDate = dateOf(record, "fullMemberDate");
  if (!admissionDate || !fullMemberDate) return [];
  const earliest = addMonths(admissionDate, PROBATION_MONTHS + extension);
  return fullMemberDate < earliest ? [{ field: "fullMemberDate", key: key("probationNotOver"), params: { date: earliest } }] : [];
};

/** A stage needs its own date and the dates of every earlier stage. */
export const stageHasDatesRule: RecordRule = (record) => {
  if (!isMemberStage(record.stage)) return [];
  const reached = STAGE_DATE_FIELDS.slice(0, MEMBER_STAGES.indexOf(record.stage) + 1);
  return reached.filter((field) => !dateOf(record, field)).map((field) => ({ field, key: key("stageDateRequired") }));
};

export const memberRules: RecordRule[] = [
  idNumberRule,
  adultOnApplicationRule,
  stageDatesInOrderRule,
  activistPeriodRule,
  probationRule,
  stageHasDatesRule,
];

export type PromotionResult =
  | { ok: true; stage: MemberStage; dateField: StageDateField; date: string }
  | { ok: false; error: FieldError };

const refuse = (field: string, name: string, params?: FieldError["params"]): PromotionResult => ({
  ok: false,
  error: { field, key: key(name), ...(params && { params }) },
});

/**
 * The "promote to next stage" action, dated today. Refused for expelled members, full members,
 * a current stage date after today, an activist period under a year, or probation not yet over;
 * the error names the earliest allowed date where there is one.
 */
export function checkPromotion(record: Record<string, unknown>, today: string): PromotionResult {
  const stage = record.stage;
  if (!isMemberStage(stage)) return refuse("stage", "stageUnknown");
  if (record.partyStatus === "expelled") return refuse("partyStatus", "promotionExpelled");
  const next = nextStage(stage);
  if (!next) return refuse("stage", "promotionFinal");

  const currentField = STAGE_DATE_FIELD[stage];
  const current = dateOf(record, currentField);
  if (!current) return refuse(currentField, "stageDateRequired");
  if (current > today) return refuse(STAGE_DATE_FIELD[next], "stageDateOrder", { date: current });

  if (stage === "activist") {
    const earliest = earliestCandidateDate(current);
    if (today < earliest) return refuse("candidateDate", "activistPeriod", { date: earliest, years: ACTIVIST_PERIOD_YEARS });
  }
  if (stage === "probationary") {
    const earliest = suggestFullMemberDate(current, numberOf(record, "probationExtensionMonths") ?? 0);
    if (!earliest) return refuse("probationExtensionMonths", "probationExtension", { ...PROBATION_EXTENSION });
    if (today < earliest) return refuse("fullMemberDate", "probationNotOver", { date: earliest });
  }
  return { ok: true, stage: next, dateField: STAGE_DATE_FIELD[next], date: today };
}

/** Activists are assessed (培养考察) every six months, counted from the day they became activists. */
export const ACTIVIST_ASSESSMENT_MONTHS = 6;

/** The activist's next 6-monthly assessment on or after `today`. */
export function nextActivistAssessment(activistDate: string, today: string): string {
  let k = 1;
  while (addMonths(activistDate, k * ACTIVIST_ASSESSMENT_MONTHS) < today) k++;
  return addMonths(activistDate, k * ACTIVIST_ASSESSMENT_MONTHS);
}
