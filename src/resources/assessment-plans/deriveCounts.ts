import type { DataLookup } from "../../domain/types";

/** Each plan's tasks, how many branches have handed in their self-report (or gone further), and how many are evaluated. */
export function derivePlanCounts(plans: Record<string, unknown>[], data: DataLookup): Record<string, unknown>[] {
  const tally = new Map<string, { tasks: number; submitted: number; evaluated: number }>();
  for (const task of data.all("assessment-tasks")) {
    const entry = tally.get(String(task.planId)) ?? { tasks: 0, submitted: 0, evaluated: 0 };
    entry.tasks++;
    if (task.status !== "issued") entry.submitted++;
    if (task.status !== "issued" && task.status !== "submitted") entry.evaluated++;
    tally.set(String(task.planId), entry);
  }
  return plans.map((plan) => {
    const entry = tally.get(String(plan.id));
    return { ...plan, taskCount: entry?.tasks ?? 0, submittedCount: entry?.submitted ?? 0, evaluatedCount: entry?.evaluated ?? 0 };
  });
}
