import { planRules, sheetOf } from "../../domain/assessmentPlans";
import { taskPlanErrors } from "../../domain/assessmentTasks";
import type { DataRule } from "../../domain/types";
import { figureSources, suggestedScores, taskFigures } from "./figures";

/** The checks that need the task's plan and the records behind its automatic items (the backend runs them). */
export const taskPlanRule: DataRule = (record, ctx, data) => {
  const plan = data.get("assessment-plans", record.planId);
  if (!plan) return [];
  const { thresholds, rectifyBelow } = planRules(plan);
  // The figures are only needed to judge an evaluation against their suggestions.
  const suggested = record.status === "evaluated" ? suggestedScores(taskFigures(record, plan, data, figureSources(data, ctx.today))) : new Map<string, number>();
  return taskPlanErrors(record, ctx.original, { plan, sheet: sheetOf(plan), thresholds, rectifyBelow, suggested });
};
