import { PLAN_SCOPES, PLAN_STATUSES, planRulesList } from "../../domain/assessmentPlans";
import { DEFAULT_FIVE_STAR_SHARE, DEFAULT_RECTIFY_BELOW, DEFAULT_STAR_THRESHOLDS } from "../../domain/assessmentScoring";
import { AUTO_SOURCES } from "../../domain/assessmentSources";
import { BRANCH_TYPES } from "../../domain/branchRules";
import { defineResource } from "../../schema/defineResource";
import { closePlan, issuePlan } from "./actions";
import { derivePlanCounts } from "./deriveCounts";

const DETAIL = ["create", "edit", "show", "export"] as const;
const SHEET = ["create", "edit", "show"] as const;
const threshold = (value: number) => ({ kind: "number", min: 0, max: 100, default: value, views: DETAIL }) as const;

/** 考核方案: the year's indicator sheet, issued by the Party committee to the branches in scope. */
export const assessmentPlans = defineResource({
  name: "assessment-plans",
  group: "assessment",
  icon: "AuditOutlined",
  titleField: "title",
  defaultSort: [{ field: "year", order: "desc" }],
  fields: {
    title: { kind: "text", required: true, maxLength: 80, search: true, sort: true },
    year: { kind: "number", required: true, min: 2000, max: 2100, filter: true, sort: true },
    status: { kind: "enum", values: PLAN_STATUSES, required: true, default: "draft", filter: true, sort: true, help: true },
    deadline: { kind: "date", required: true, sort: true, help: true },
    scope: { kind: "enum", values: PLAN_SCOPES, required: true, default: "all", views: DETAIL },
    branchTypes: { kind: "multi-enum", values: BRANCH_TYPES, help: true, views: DETAIL },
    branchIds: { kind: "multi-relation", target: "branches", labelField: "name", help: true, views: DETAIL },
    categories: {
      kind: "items",
      maxLength: 10,
      help: true,
      views: SHEET,
      item: {
        code: { kind: "text", required: true, maxLength: 10 },
        name: { kind: "text", required: true, maxLength: 40 },
        weight: { kind: "percent", required: true, min: 0, max: 100 },
      },
    },
    indicators: {
      kind: "items",
      maxLength: 60,
      help: true,
      views: SHEET,
      item: {
        code: { kind: "text", required: true, maxLength: 10 },
        categoryCode: { kind: "text", required: true, maxLength: 10 },
        title: { kind: "text", required: true, maxLength: 80 },
        maxPoints: { kind: "number", required: true, min: 0.5, max: 100 },
        criterion: { kind: "text", maxLength: 300 },
        evidence: { kind: "text", maxLength: 200 },
        source: { kind: "enum", values: AUTO_SOURCES },
      },
    },
    vetoes: {
      kind: "items",
      maxLength: 10,
      help: true,
      views: SHEET,
      item: {
        code: { kind: "text", required: true, maxLength: 10 },
        title: { kind: "text", required: true, maxLength: 120 },
      },
    },
    fiveStarMin: threshold(DEFAULT_STAR_THRESHOLDS.five),
    fourStarMin: threshold(DEFAULT_STAR_THRESHOLDS.four),
    threeStarMin: threshold(DEFAULT_STAR_THRESHOLDS.three),
    twoStarMin: threshold(DEFAULT_STAR_THRESHOLDS.two),
    fiveStarShare: { kind: "percent", min: 0, max: 100, default: DEFAULT_FIVE_STAR_SHARE * 100, help: true, views: DETAIL },
    rectifyBelow: { kind: "percent", min: 0, max: 100, default: DEFAULT_RECTIFY_BELOW * 100, help: true, views: DETAIL },
    taskCount: { kind: "number", readOnly: true, sort: true, views: ["list", "show", "export"] },
    submittedCount: { kind: "number", readOnly: true, views: ["list", "show", "export"] },
    evaluatedCount: { kind: "number", readOnly: true, views: ["list", "show", "export"] },
    version: { kind: "number", readOnly: true, views: [] },
  },
  rules: planRulesList,
  derive: derivePlanCounts,
  actions: [issuePlan, closePlan],
  children: [{ resource: "assessment-tasks", foreignKey: "planId", progress: { field: "status", doneValues: ["closed"] } }],
});
