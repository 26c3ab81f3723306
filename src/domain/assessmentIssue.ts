// Issuing a plan (任务发布): one task per branch in scope, each due by the plan's deadline.
import { branchesInScope } from "./assessmentPlans";

type Rec = Record<string, unknown>;

/** Whether this write issues the plan (draft → issued). */
export const issuesPlan = (before: Rec | undefined, after: Rec) => before?.status === "draft" && after.status === "issued";

/** The tasks a plan's issue creates: one for each branch in scope that has none for this plan yet. */
export function tasksToIssue(plan: Rec, branches: readonly Rec[], existing: readonly Rec[]): Rec[] {
  const has = new Set(existing.filter((t) => String(t.planId) === String(plan.id)).map((t) => String(t.branchId)));
  return branchesInScope(plan, branches)
    .filter((b) => !has.has(String(b.id)))
    .map((b) => ({ planId: plan.id, branchId: b.id, status: "issued", deadline: plan.deadline, version: 1 }));
}
