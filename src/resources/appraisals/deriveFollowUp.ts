import { followUpState } from "../../domain/appraisals";

/** A 不合格 grade's follow-up: open, overdue once its deadline has passed, closed with an outcome. */
export function deriveFollowUp(records: Record<string, unknown>[], _data: unknown, today: string): Record<string, unknown>[] {
  return records.map((record) => ({ ...record, followUp: followUpState(record, today) }));
}
