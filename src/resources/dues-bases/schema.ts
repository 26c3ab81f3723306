import { DUES_CATEGORIES } from "../../domain/dues";
import { duesBaseRules } from "../../domain/duesBase";
import { defineResource } from "../../schema/defineResource";
import { completeDuesBase, duesBaseDataRules, memberOrIdNumberRule } from "./complete";
import { deriveDuesAmounts } from "./deriveAmounts";
import { duesBaseWarnings } from "./warnings";

const DETAIL = ["create", "edit", "show", "export"] as const;
const PAY = { kind: "money", views: DETAIL } as const;

/** 党费基数: one per member and year, set in the first quarter; a pay change is a further record from its month. */
export const duesBases = defineResource({
  name: "dues-bases",
  group: "dues",
  icon: "AccountBookOutlined",
  titleField: "memberId",
  defaultSort: [
    { field: "year", order: "desc" },
    { field: "memberId", order: "asc" },
  ],
  fields: {
    memberId: { kind: "relation", target: "members", labelField: "name", filter: true, help: true },
    // The payroll sheet names people by ID number; the backend matches it to the member.
    idNumber: { kind: "id-card", sensitive: true, views: ["create", "export"], help: true },
    year: { kind: "number", required: true, min: 2000, max: 2100, filter: true, sort: true },
    fromMonth: { kind: "number", min: 1, max: 12, default: 1, help: true, views: DETAIL },
    category: { kind: "enum", values: DUES_CATEGORIES, required: true, default: "employed", filter: true },
    postSalary: PAY,
    gradeSalary: PAY,
    basicPerformance: PAY,
    allowances: PAY,
    rewardPerformance: { kind: "money", views: DETAIL, help: true },
    incomeTax: PAY,
    basicPension: PAY,
    base: { kind: "money", readOnly: true, sort: true },
    monthlyAmount: { kind: "money", readOnly: true, sort: true },
    needsReview: { kind: "boolean", readOnly: true, filter: true },
    version: { kind: "number", readOnly: true, views: [] },
  },
  rules: [...duesBaseRules, memberOrIdNumberRule],
  dataRules: duesBaseDataRules,
  complete: completeDuesBase,
  derive: deriveDuesAmounts,
  warnings: duesBaseWarnings,
});
