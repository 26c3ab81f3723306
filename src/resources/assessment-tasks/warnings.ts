import { overdueDays } from "../../domain/assessmentTasks";
import { warning, type DomainWarning } from "../../domain/warnings";

/** A self-report or a rectification past its deadline. */
export function taskWarnings(task: Record<string, unknown>, today: string): DomainWarning[] {
  const days = overdueDays(task, today);
  if (!days) return [];
  return task.status === "rectification" ? [warning("assessmentRectificationOverdue", { days })] : [warning("assessmentSelfReportOverdue", { days })];
}
