import { POSTING_ROLES, postingRules } from "../../domain/consortium";
import { defineResource } from "../../schema/defineResource";

/** 下沉帮扶: who from the lead hospital is posted where, from when to when, how many days a week. */
export const outreachPostings = defineResource({
  name: "outreach-postings",
  group: "consortium",
  icon: "CarOutlined",
  titleField: "staffName",
  defaultSort: [{ field: "startDate", order: "desc" }],
  fields: {
    memberId: { kind: "relation", target: "members", labelField: "name", help: true },
    staffName: { kind: "text", maxLength: 30, search: true, sort: true, help: true },
    department: { kind: "text", required: true, maxLength: 40, search: true },
    branchId: { kind: "relation", target: "branches", labelField: "name", required: true, filter: true, help: true },
    institutionId: { kind: "relation", target: "institutions", labelField: "name", required: true, filter: true },
    role: { kind: "enum", values: POSTING_ROLES, required: true, filter: true, sort: true },
    startDate: { kind: "date", required: true, sort: true, filter: true },
    endDate: { kind: "date", required: true, sort: true },
    daysPerWeek: { kind: "number", required: true, min: 1, max: 7, sort: true },
    version: { kind: "number", readOnly: true, views: [] },
  },
  rules: postingRules,
});
