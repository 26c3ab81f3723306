import { INSTITUTION_KINDS, INSTITUTION_LEVELS } from "../../domain/consortium";
import { QUOTA_SHORTFALLS, quotaWarnings } from "../../domain/outreachQuota";
import { defineResource } from "../../schema/defineResource";
import { deriveQuota } from "./deriveQuota";
import { oneLeadRule } from "./leadRule";

const DETAIL = ["create", "edit", "show", "export"] as const;

/** 医联体成员单位: the hospital running the plugin (the lead) and the institutions it helps. */
export const institutions = defineResource({
  name: "institutions",
  group: "consortium",
  icon: "BankOutlined",
  titleField: "name",
  defaultSort: [{ field: "id", order: "asc" }],
  fields: {
    name: { kind: "text", required: true, maxLength: 60, search: true, sort: true },
    kind: { kind: "enum", values: INSTITUTION_KINDS, required: true, filter: true, sort: true },
    level: { kind: "enum", values: INSTITUTION_LEVELS, filter: true },
    isLead: { kind: "boolean", default: false, filter: true, help: true },
    address: { kind: "text", maxLength: 120, views: DETAIL },
    partyOrgName: { kind: "text", maxLength: 60, views: DETAIL },
    partySecretary: { kind: "text", maxLength: 30 },
    contactName: { kind: "text", maxLength: 30, views: DETAIL },
    contactPhone: { kind: "phone", views: DETAIL },
    quotaShortfalls: { kind: "multi-enum", values: QUOTA_SHORTFALLS, readOnly: true, views: ["show"] },
    qualifyingStaff: { kind: "number", readOnly: true, views: [] },
    version: { kind: "number", readOnly: true, views: [] },
  },
  dataRules: [oneLeadRule],
  derive: deriveQuota,
  warnings: (record) => quotaWarnings(record),
});
