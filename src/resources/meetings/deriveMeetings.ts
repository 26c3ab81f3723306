import { headcount, quorum, resolutionOutcome } from "../../domain/meetings";

/** 应到 / 实到 and the quorum of each meeting, and each resolution's outcome, computed by the backend on read. */
export function deriveMeetings(records: Record<string, unknown>[]): Record<string, unknown>[] {
  return records.map((record) => {
    const heads = headcount(record.attendance);
    const q = quorum(record.kind, heads);
    const resolutions = Array.isArray(record.resolutions)
      ? (record.resolutions as Record<string, unknown>[]).map((votes) => {
          const outcome = resolutionOutcome(record.kind, votes ?? {}, heads);
          return { ...votes, outcome: outcome.passed ? "passed" : outcome.why === "notQuorate" ? "failed_quorum" : "failed_majority" };
        })
      : record.resolutions;
    return { ...record, expectedCount: heads.expected, presentCount: heads.present, quorate: q ? q.quorate : null, resolutions };
  });
}
