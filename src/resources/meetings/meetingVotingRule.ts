import type { DataRule } from "../../domain/types";

/**
 * Voting rights follow the member record: a 预备党员 attends without a vote, a full member votes.
 * Also, everyone on the list belongs to the meeting's branch.
 */
export const meetingVotingRule: DataRule = (record, _ctx, data) => {
  const entries = Array.isArray(record.attendance) ? (record.attendance as Record<string, unknown>[]) : [];
  for (const [index, entry] of entries.entries()) {
    const member = data.get("members", entry?.memberId);
    if (!member) continue; // a missing member is reported as a missing relation
    const row = index + 1;
    if (String(member.branchId) !== String(record.branchId)) return [{ field: "attendance", key: "party.rules.attendanceOtherBranch", params: { row } }];
    if (member.stage === "probationary" && entry.voting === true) return [{ field: "attendance", key: "party.rules.probationaryNoVote", params: { row } }];
    if (member.stage === "full" && entry.voting !== true) return [{ field: "attendance", key: "party.rules.fullMemberVotes", params: { row } }];
  }
  return [];
};
