import { EVIDENCE_LINK_PATTERN, TASK_STATUSES, taskRules } from "../../domain/assessmentTasks";
import { AUTO_SOURCES } from "../../domain/assessmentSources";
import { BRANCH_TYPES } from "../../domain/branchRules";
import { defineResource } from "../../schema/defineResource";
import { deriveTasks } from "./deriveTasks";
import { taskPlanRule } from "./taskPlanRule";
import { taskWarnings } from "./warnings";

const DETAIL = ["edit", "show", "export"] as const;
const SHEET = ["show"] as const;
const RESULT = ["list", "show", "export"] as const;
const count = { kind: "number", readOnly: true } as const;

/**
 * 考核任务: one per branch and plan, made when the plan is issued. The branch's self-report and
 * rectification report and the committee's scores are entered on the task's sheet
 * (src/views/screens/assessment-sheet); the generic form edits the dates and notes.
 */
export const assessmentTasks = defineResource({
  name: "assessment-tasks",
  group: "assessment",
  icon: "CarryOutOutlined",
  titleField: "branchId",
  // Overdue first, then the earliest deadline.
  defaultSort: [
    { field: "overdueDays", order: "desc" },
    { field: "deadline", order: "asc" },
  ],
  fields: {
    planId: { kind: "relation", target: "assessment-plans", labelField: "title", required: true, filter: true },
    branchId: { kind: "relation", target: "branches", labelField: "name", required: true, filter: true },
    status: { kind: "enum", values: TASK_STATUSES, required: true, default: "issued", filter: true, sort: true, help: true },
    deadline: { kind: "date", required: true, sort: true },
    selfScores: {
      kind: "items",
      maxLength: 60,
      views: SHEET,
      item: {
        code: { kind: "text", required: true, maxLength: 10 },
        score: { kind: "number", required: true, min: 0, max: 100 },
        note: { kind: "text", maxLength: 300 },
        evidence: { kind: "text", maxLength: 500, pattern: EVIDENCE_LINK_PATTERN },
      },
    },
    selfNote: { kind: "textarea", maxLength: 1000, views: DETAIL },
    scores: {
      kind: "items",
      maxLength: 60,
      views: SHEET,
      item: {
        code: { kind: "text", required: true, maxLength: 10 },
        score: { kind: "number", required: true, min: 0, max: 100 },
        comment: { kind: "text", maxLength: 300 },
        reason: { kind: "text", maxLength: 300 },
      },
    },
    vetoes: {
      kind: "items",
      maxLength: 10,
      views: SHEET,
      item: {
        code: { kind: "text", required: true, maxLength: 10 },
        note: { kind: "text", maxLength: 300 },
      },
    },
    evaluationComment: { kind: "textarea", maxLength: 1000, views: DETAIL },
    rectificationDeadline: { kind: "date", sort: true, views: DETAIL },
    rectificationReport: { kind: "textarea", maxLength: 2000, views: DETAIL },
    year: { ...count, filter: true, sort: true, views: RESULT },
    branchType: { kind: "enum", values: BRANCH_TYPES, readOnly: true, filter: true, views: ["show", "export"] },
    overdueDays: { ...count, sort: true, views: RESULT },
    total: { ...count, sort: true, views: RESULT },
    stars: { kind: "rating", readOnly: true, sort: true, views: RESULT },
    uncappedStars: { kind: "rating", readOnly: true, views: ["show", "export"] },
    vetoed: { kind: "boolean", readOnly: true, views: ["show", "export"] },
    rectificationCodes: { kind: "tags", readOnly: true, views: ["show", "export"] },
    autoFigures: {
      kind: "items",
      readOnly: true,
      views: [],
      item: {
        code: { kind: "text", readOnly: true },
        source: { kind: "enum", values: AUTO_SOURCES, readOnly: true },
        count: { kind: "number", readOnly: true },
        of: { kind: "number", readOnly: true },
        share: { kind: "number", readOnly: true },
        average: { kind: "number", readOnly: true },
        suggested: { kind: "number", readOnly: true },
        resource: { kind: "text", readOnly: true },
        recordIds: { kind: "tags", readOnly: true },
      },
    },
    version: { kind: "number", readOnly: true, views: [] },
  },
  rules: taskRules,
  dataRules: [taskPlanRule],
  derive: deriveTasks,
  warnings: taskWarnings,
  recordScreens: [{ name: "sheet", screen: "assessment-sheet" }],
});
