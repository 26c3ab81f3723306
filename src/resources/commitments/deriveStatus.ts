import { isOverdue } from "../../domain/commitments";

const URGENCY: Record<string, number> = { overdue: 0, rectifying: 1, in_progress: 2, published: 3, draft: 4, fulfilled: 5, closed: 6 };

/** The backend marks a missed deadline as overdue, and ranks urgency so overdue ones list first. */
export function deriveCommitmentStatus(records: Record<string, unknown>[], _data: unknown, today: string): Record<string, unknown>[] {
  return records.map((record) => {
    const status = isOverdue(record, today) ? "overdue" : String(record.status);
    return { ...record, status, urgency: URGENCY[status] ?? 9 };
  });
}
