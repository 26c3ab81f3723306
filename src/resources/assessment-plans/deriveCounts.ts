import type { DataLookup } from "../../domain/types";

/** Each plan's tasks, and how many branches have handed in their self-report (or gone further). */
export function derivePlanCounts(plans: Record<string, unknown>[], data: DataLookup): Record<string, unknown>[] {
  const tally = new Map<string, { tasks: number; submitted: number }>();
  for (const task of data.all("assessment-tasks")) {
    const entry = tally.get(String(task.planId)) ?? { tasks: 0, submitted: 0 };
    entry.tasks++;
    if (task.status !== "issued") entry.submitted++;
    tally.set(String(task.planId), entry);
  }
  return plans.map((plan) => ({ ...plan, taskCount: tally.get(String(plan.id))?.tasks ?? 0, submittedCount: tally.get(String(plan.id))?.submitted ?? 0 }));
}
