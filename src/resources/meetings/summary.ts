import { headcount, quorum } from "../../domain/meetings";

/** The form's live line under the attendance: 应到 / 实到 and, for the kinds that have one, the quorum. */
export function attendanceSummary(record: Record<string, unknown>) {
  if (!Array.isArray(record.attendance) || record.attendance.length === 0) return undefined;
  const heads = headcount(record.attendance);
  const q = quorum(record.kind, heads);
  const params = { expected: heads.expected, present: heads.present, votingPresent: heads.votingPresent, votingExpected: heads.votingExpected, needed: q?.needed ?? 0 };
  const key = !q ? "summaryNoQuorum" : q.quorate ? "summaryQuorate" : "summaryNotQuorate";
  return { key: `party-meetings.attendanceSummary.${key}`, params };
}
