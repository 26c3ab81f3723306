import type { DataLookup } from "../../domain/types";
import { overdueDays } from "../../domain/assessmentTasks";
import { figureSources, taskFigures } from "./figures";
import { gradesByPlan } from "./planGrades";

/**
 * What the backend adds to a task on read: its year and branch type, days overdue, and once
 * evaluated its total, stars (and the grade the five-star cap took away), veto and the items to
 * rectify; plus the figures of its automatic items with the records they came from.
 */
export function deriveTasks(tasks: Record<string, unknown>[], data: DataLookup, today: string): Record<string, unknown>[] {
  const grades = gradesByPlan(data);
  const sources = figureSources(data, today);
  return tasks.map((task) => {
    const plan = data.get("assessment-plans", task.planId);
    const grade = grades.get(String(task.planId))?.get(String(task.id));
    const figures = [...taskFigures(task, plan, data, sources)].map(([code, f]) => ({ code, ...f, recordIds: f.recordIds.map(String) }));
    return {
      ...task,
      year: plan?.year,
      branchType: data.get("branches", task.branchId)?.type,
      overdueDays: overdueDays(task, today),
      total: grade?.total ?? null,
      stars: grade?.stars ?? null,
      uncappedStars: grade?.uncappedStars ?? null,
      vetoed: grade?.vetoed ?? false,
      rectificationCodes: grade?.rectificationCodes ?? [],
      autoFigures: figures,
    };
  });
}
