import { ACTIVITY_KINDS, activityRules } from "../../domain/consortium";
import { defineResource } from "../../schema/defineResource";
import { activityAgreementRule } from "./agreementRule";

const DETAIL = ["create", "edit", "show", "export"] as const;

/** 义诊, training sessions, ward rounds and teaching operations given at member institutions. */
export const outreachActivities = defineResource({
  name: "outreach-activities",
  group: "consortium",
  icon: "MedicineBoxOutlined",
  titleField: "title",
  defaultSort: [{ field: "date", order: "desc" }],
  fields: {
    title: { kind: "text", required: true, maxLength: 80, search: true },
    kind: { kind: "enum", values: ACTIVITY_KINDS, required: true, filter: true, sort: true },
    date: { kind: "date", required: true, sort: true, filter: true },
    agreementId: { kind: "relation", target: "consortium-agreements", labelField: "title", filter: true, help: true },
    institutionId: { kind: "relation", target: "institutions", labelField: "name", required: true, filter: true },
    branchId: { kind: "relation", target: "branches", labelField: "name", required: true, filter: true, help: true },
    place: { kind: "text", maxLength: 80, views: DETAIL },
    staffIds: { kind: "multi-relation", target: "members", labelField: "name", maxLength: 30, views: DETAIL },
    peopleServed: { kind: "number", min: 0, max: 100000, sort: true, help: true },
    status: { kind: "enum", values: ["planned", "held"], required: true, default: "held", filter: true },
    report: { kind: "textarea", maxLength: 1000, views: DETAIL },
    // One link per line (a tag holds at most 20 characters, too few for an address).
    photoLinks: { kind: "textarea", maxLength: 2000, pattern: "https?://\\S+(\\s+https?://\\S+)*", help: true, views: DETAIL },
    version: { kind: "number", readOnly: true, views: [] },
  },
  rules: activityRules,
  dataRules: [activityAgreementRule],
});
