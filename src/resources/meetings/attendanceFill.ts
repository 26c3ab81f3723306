import type { FieldFill, FillQuery } from "../../schema/types";

type Rec = Record<string, unknown>;

/** Left out of 应到 with a recorded reason, from what the member record already says. */
function exclusionOf(member: Rec): string | undefined {
  if (member.partyStatus === "suspended") return "suspended";
  if (member.floating === true) return "floating_request";
  return undefined;
}

/**
 * The expected list of a meeting: a 支委会's is the branch committee; every other kind starts from
 * the branch's full and probationary members (a 党小组会's list is then trimmed to the group).
 * 预备党员 attend without a vote.
 */
export const attendanceFill: FieldFill = {
  queries: (record) => {
    if (record.branchId === undefined || record.branchId === null || record.branchId === "") return undefined;
    const members: FillQuery = { resource: "members", filters: { branchId: record.branchId as string | number } };
    const queries: Record<string, FillQuery> = record.kind === "committee_meeting" ? { branch: { resource: "branches", id: record.branchId }, members } : { members };
    return queries;
  },
  build: (record, found) => {
    const members = (found.members ?? []).filter((m) => (m.stage === "full" || m.stage === "probationary") && m.partyStatus !== "expelled");
    const byId = new Map(members.map((m) => [String(m.id), m]));
    const chosen =
      record.kind === "committee_meeting"
        ? ((found.branch?.[0]?.committee as { memberId: unknown }[] | undefined) ?? []).map((seat) => byId.get(String(seat.memberId))).filter((m): m is Rec => !!m)
        : members;
    return chosen.map((member) => {
      const reason = exclusionOf(member);
      return { memberId: member.id, status: reason ? "excluded" : "present", reason: reason ?? null, voting: member.stage === "full", written: false };
    });
  },
};
