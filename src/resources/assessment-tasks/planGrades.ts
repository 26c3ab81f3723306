import { planRules, sheetOf } from "../../domain/assessmentPlans";
import { gradePlan, type Grade } from "../../domain/assessmentScoring";
import { taskResult } from "../../domain/assessmentTasks";
import type { DataLookup } from "../../domain/types";

type Rec = Record<string, unknown>;

export interface TaskGrade extends Grade {
  rectificationCodes: string[];
  needsRectification: boolean;
}

/**
 * The grades of every evaluated task of one plan, by task id: the weighted total, the stars after
 * the veto and the five-star cap (counted over all the plan's branches), and what needs putting right.
 */
export function planGrades(plan: Rec, tasks: readonly Rec[]): Map<string, TaskGrade> {
  const sheet = sheetOf(plan);
  const rules = planRules(plan);
  const results = tasks.flatMap((task) => {
    const result = taskResult(task, sheet, rules.thresholds, rules.rectifyBelow);
    return result ? [{ task, result }] : [];
  });
  const grades = gradePlan(
    results.map(({ task, result }) => ({ id: task.id, total: result.total, vetoed: result.vetoed })),
    { thresholds: rules.thresholds, fiveStarShare: rules.fiveStarShare, branches: tasks.length },
  );
  return new Map(
    grades.map((grade, i) => [String(grade.id), { ...grade, rectificationCodes: results[i].result.rectificationCodes, needsRectification: results[i].result.needsRectification }]),
  );
}

/** Grades of every plan, computed once per request: plan id → task id → grade. */
export function gradesByPlan(data: DataLookup): Map<string, Map<string, TaskGrade>> {
  const tasksByPlan = new Map<string, Rec[]>();
  for (const task of data.all("assessment-tasks")) {
    const list = tasksByPlan.get(String(task.planId));
    if (list) list.push(task);
    else tasksByPlan.set(String(task.planId), [task]);
  }
  return new Map(data.all("assessment-plans").map((plan) => [String(plan.id), planGrades(plan, tasksByPlan.get(String(plan.id)) ?? [])]));
}
