import type { DataLookup } from "../../domain/types";
import { gradesByPlan } from "../assessment-tasks/planGrades";

/** One row per evaluated task (its id is the task's), from the same grades as the tasks' own fields. */
export function computeResults(data: DataLookup): Record<string, unknown>[] {
  const grades = gradesByPlan(data);
  const plans = new Map(data.all("assessment-plans").map((p) => [String(p.id), p]));
  return data.all("assessment-tasks").flatMap((task) => {
    const grade = grades.get(String(task.planId))?.get(String(task.id));
    if (!grade) return [];
    return [
      {
        id: task.id,
        rank: grade.rank,
        branchId: task.branchId,
        branchType: data.get("branches", task.branchId)?.type,
        planId: task.planId,
        year: plans.get(String(task.planId))?.year,
        total: grade.total,
        stars: grade.stars,
        uncappedStars: grade.uncappedStars,
        vetoed: grade.vetoed,
        status: task.status,
      },
    ];
  });
}
