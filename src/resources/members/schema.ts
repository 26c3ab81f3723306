import { MEMBER_STAGES, memberRules, suggestFullMemberDate } from "../../domain/memberStages";
import { defineResource } from "../../schema/defineResource";
import { deriveMemberDues } from "./deriveDues";
import { deriveOrgLife } from "./deriveOrgLife";
import { deriveStudy } from "./deriveStudy";
import { promote } from "./promote";
import { memberStudyWarnings } from "./studyWarnings";
import { memberWarnings } from "./warnings";

const DETAIL = ["create", "edit", "show", "export"] as const;
const STUDY_VIEWS = ["list", "show", "export"] as const;

export const members = defineResource({
  name: "members",
  group: "organization",
  icon: "TeamOutlined",
  titleField: "name",
  defaultSort: [{ field: "id", order: "asc" }],
  fields: {
    // A name: letters of any script, with the middle dot of minority and foreign names.
    name: { kind: "text", required: true, maxLength: 30, pattern: "[\\p{L}\\p{M}·•. ]+", search: true, sort: true },
    gender: { kind: "enum", values: ["male", "female"], required: true, filter: true },
    ethnicity: { kind: "text", maxLength: 20, views: DETAIL },
    birthDate: { kind: "date", required: true, views: DETAIL },
    idNumber: { kind: "id-card", required: true, sensitive: true, unique: true, search: true },
    phone: { kind: "phone", sensitive: true, unique: true },
    education: { kind: "enum", values: ["doctorate", "master", "bachelor", "college", "secondary"], views: DETAIL },
    department: { kind: "text", maxLength: 40, search: true, views: DETAIL },
    jobTitle: { kind: "text", maxLength: 30, views: DETAIL },
    professionalTitle: {
      kind: "enum",
      values: ["senior", "associate_senior", "intermediate", "junior", "none"],
      filter: true,
      views: DETAIL,
    },
    branchId: { kind: "relation", target: "branches", labelField: "name", required: true, filter: true },
    stage: { kind: "enum", values: MEMBER_STAGES, required: true, filter: true, sort: true },
    applicationDate: { kind: "date", views: DETAIL },
    activistDate: { kind: "date", views: DETAIL },
    candidateDate: { kind: "date", views: DETAIL },
    admissionDate: { kind: "date", sort: true, views: DETAIL },
    fullMemberDate: {
      kind: "date",
      sort: true,
      help: true,
      views: DETAIL,
      suggest: (r) => (typeof r.admissionDate === "string" ? suggestFullMemberDate(r.admissionDate, Number(r.probationExtensionMonths ?? 0)) : undefined),
    },
    probationExtensionMonths: { kind: "number", min: 0, max: 12, views: DETAIL, help: true },
    partyStatus: {
      kind: "enum",
      values: ["normal", "retained", "suspended", "restored", "expelled"],
      required: true,
      default: "normal",
      filter: true,
    },
    lostContact: { kind: "boolean", filter: true, views: DETAIL, default: false },
    floating: { kind: "boolean", filter: true, views: DETAIL, default: false },
    duesCategory: { kind: "enum", values: ["employed", "retired", "flat"], views: DETAIL, default: "employed" },
    duesBase: { kind: "money", max: 1_000_000, views: DETAIL },
    // Organizational life, derived from the held meetings' attendance.
    lastAttendedDate: { kind: "date", readOnly: true, sort: true, views: ["show", "export"] },
    orgLifeSince: { kind: "date", readOnly: true, views: [] },
    orgLifeMonths: { kind: "number", readOnly: true, sort: true, filter: true, help: true, views: ["show", "export"] },
    // Set by the backend when a transfer out of the hospital is received: the record is kept, read-only.
    transferredOutDate: { kind: "date", readOnly: true, filter: true, views: ["show", "export"] },
    // Derived from the dues bases and payments (dues-payments/standing.ts).
    duesPaidThrough: { kind: "text", readOnly: true, views: ["show", "export"] },
    duesMonthsOwing: { kind: "number", readOnly: true, views: ["show", "export"] },
    duesArrearsMonths: { kind: "number", readOnly: true, sort: true, views: ["show", "export"] },
    version: { kind: "number", readOnly: true, views: [] },
    // Education: this year's study hours against the minimum, computed by the backend.
    studyHours: { kind: "number", readOnly: true, sort: true, views: STUDY_VIEWS },
    studyMinimum: { kind: "number", readOnly: true, views: ["show", "export"] },
    studyPercent: { kind: "percent", readOnly: true, sort: true, display: "progress", views: ["show", "export"] },
    studyOnPace: { kind: "boolean", readOnly: true, filter: true, views: STUDY_VIEWS },
    centralTrainingMissing: { kind: "boolean", readOnly: true, filter: true, views: ["show", "export"] },
  },
  rules: memberRules,
  // Organizational life, this year's study hours and the dues standing: all computed by the backend on read.
  derive: (rows, data, today) => deriveMemberDues(deriveStudy(deriveOrgLife(rows, data, today), data, today), data, today),
  warnings: (member) => [...memberWarnings(member), ...memberStudyWarnings(member)],
  actions: [promote],
});
