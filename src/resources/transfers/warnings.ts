import { expiryOf, transferStatus } from "../../domain/transfers";
import { addMonths } from "../../domain/dates";
import { warning, type DomainWarning } from "../../domain/warnings";

/** An expired letter; a letter issued over a month ago whose receipt has not come back. */
export function transferWarnings(record: Record<string, unknown>, today: string): DomainWarning[] {
  const status = transferStatus(record, today);
  const expiry = expiryOf(record);
  if (status === "expired" && expiry) return [warning("transferExpired", { date: expiry }, "error")];
  if (status === "issued" && typeof record.issueDate === "string" && today > addMonths(record.issueDate, 1)) return [warning("transferReceiptMissing", { date: record.issueDate })];
  return [];
}
