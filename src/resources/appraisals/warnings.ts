import { followUpState } from "../../domain/appraisals";
import { warning, type DomainWarning } from "../../domain/warnings";

/** A 不合格 grade's follow-up: open until its outcome is recorded, an error once the deadline has passed. */
export function appraisalWarnings(record: Record<string, unknown>, today: string): DomainWarning[] {
  const state = followUpState(record, today);
  if (state === "overdue") return [warning("followUpOverdue", { date: String(record.followUpDeadline) }, "error")];
  if (state === "open") return [warning("followUpOpen", { date: String(record.followUpDeadline) })];
  return [];
}
