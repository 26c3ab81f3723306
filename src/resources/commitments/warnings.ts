import { isOverdue } from "../../domain/commitments";
import { warning, type DomainWarning } from "../../domain/warnings";

/** Badges of a commitment: overdue, and a low rating that needs rectification. */
export function commitmentWarnings(record: Record<string, unknown>, today: string): DomainWarning[] {
  const found: DomainWarning[] = [];
  if (record.status === "overdue" || isOverdue(record, today)) found.push(warning("commitmentOverdue", { date: String(record.deadline) }, "error"));
  if (typeof record.rating === "number" && record.rating <= 2 && record.status !== "closed") found.push(warning("lowRating", { count: record.rating }));
  return found;
}
