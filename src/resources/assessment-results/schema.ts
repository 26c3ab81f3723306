import { TASK_STATUSES } from "../../domain/assessmentTasks";
import { BRANCH_TYPES } from "../../domain/branchRules";
import { defineResource } from "../../schema/defineResource";
import { computeResults } from "./computeResults";

/**
 * 考核结果: one row per task with its plan's year, the branch's total, rank and star grade (with the
 * grade the five-star cap took away), computed by the backend from the tasks and plans. The ranking
 * screen lists one plan's rows; a branch's page lists its rows across the years.
 */
export const assessmentResults = defineResource({
  name: "assessment-results",
  group: "assessment",
  icon: "TrophyOutlined",
  titleField: "branchId",
  readOnly: true,
  screen: "assessment-ranking",
  defaultSort: [{ field: "rank", order: "asc" }],
  fields: {
    rank: { kind: "number", sort: true },
    branchId: { kind: "relation", target: "branches", labelField: "name", filter: true, sort: true },
    branchType: { kind: "enum", values: BRANCH_TYPES, filter: true },
    planId: { kind: "relation", target: "assessment-plans", labelField: "title", filter: true },
    year: { kind: "number", filter: true, sort: true },
    total: { kind: "number", sort: true },
    stars: { kind: "rating", sort: true },
    uncappedStars: { kind: "rating" },
    vetoed: { kind: "boolean", filter: true },
    status: { kind: "enum", values: TASK_STATUSES, filter: true },
  },
  compute: computeResults,
});
