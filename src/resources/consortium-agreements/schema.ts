import { AGREEMENT_HEADINGS, AGREEMENT_STATUSES, agreementRules } from "../../domain/consortium";
import { defineResource } from "../../schema/defineResource";

const DETAIL = ["create", "edit", "show", "export"] as const;

/** 党建共建结对协议: the lead hospital's branch (or its Party committee) with one or more member institutions. */
export const consortiumAgreements = defineResource({
  name: "consortium-agreements",
  group: "consortium",
  icon: "FileTextOutlined",
  titleField: "title",
  defaultSort: [{ field: "startDate", order: "desc" }],
  fields: {
    title: { kind: "text", required: true, maxLength: 80, search: true, sort: true },
    branchId: { kind: "relation", target: "branches", labelField: "name", filter: true, help: true },
    institutionIds: { kind: "multi-relation", target: "institutions", labelField: "name", required: true, minLength: 1, maxLength: 20 },
    headings: { kind: "multi-enum", values: AGREEMENT_HEADINGS, required: true, minLength: 1, filter: true, help: true },
    goals: { kind: "textarea", maxLength: 2000, views: DETAIL },
    signedDate: { kind: "date", required: true, sort: true },
    startDate: { kind: "date", required: true, sort: true, filter: true },
    endDate: { kind: "date", required: true, sort: true },
    status: { kind: "enum", values: AGREEMENT_STATUSES, required: true, default: "draft", filter: true, sort: true },
    documentUrl: { kind: "text", maxLength: 500, pattern: "https?://\\S+", help: true, views: DETAIL },
    version: { kind: "number", readOnly: true, views: [] },
  },
  rules: agreementRules,
  children: [{ resource: "outreach-activities", foreignKey: "agreementId", progress: { field: "status", doneValues: ["held"] } }],
});
