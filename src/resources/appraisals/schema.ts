import { APPRAISAL_GRADES, appraisalRules, FOLLOW_UP_ACTIONS, FOLLOW_UP_STATES } from "../../domain/appraisals";
import { defineResource } from "../../schema/defineResource";
import { appraisalDataRule } from "./appraisalDataRule";
import { deriveFollowUp } from "./deriveFollowUp";
import { appraisalWarnings } from "./warnings";

const DETAIL = ["create", "edit", "show", "export"] as const;

export const appraisals = defineResource({
  name: "appraisals",
  group: "orglife",
  icon: "StarOutlined",
  titleField: "year",
  defaultSort: [
    { field: "year", order: "desc" },
    { field: "branchId", order: "asc" },
  ],
  fields: {
    year: { kind: "number", required: true, min: 2000, max: 2100, filter: true, sort: true },
    branchId: { kind: "relation", target: "branches", labelField: "name", required: true, filter: true },
    memberId: { kind: "relation", target: "members", labelField: "name", required: true, filter: true },
    grade: { kind: "enum", values: APPRAISAL_GRADES, filter: true, sort: true, help: true },
    selfAssessment: { kind: "textarea", maxLength: 1000, views: DETAIL },
    followUpAction: { kind: "enum", values: FOLLOW_UP_ACTIONS, help: true, views: DETAIL },
    followUpDeadline: { kind: "date", sort: true, views: DETAIL },
    followUpOutcome: { kind: "textarea", maxLength: 1000, views: DETAIL },
    followUp: { kind: "enum", values: FOLLOW_UP_STATES, readOnly: true, filter: true, sort: true, views: ["list", "show", "export"] },
    version: { kind: "number", readOnly: true, views: [] },
  },
  rules: appraisalRules,
  dataRules: [appraisalDataRule],
  derive: deriveFollowUp,
  warnings: appraisalWarnings,
});
