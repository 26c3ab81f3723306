import type { DataLookup } from "../../domain/types";

/**
 * Full and probationary member counts per branch, from the members collection in one pass.
 * Expelled members do not count; applicants, activists and development targets are not members yet.
 */
export function deriveMemberCounts(branches: Record<string, unknown>[], data: DataLookup): Record<string, unknown>[] {
  const counts = new Map<string, { full: number; probationary: number }>();
  for (const member of data.all("members")) {
    // A member transferred out of the hospital is kept for the record but no longer counts.
    if (member.transferredOutDate || member.partyStatus === "expelled" || (member.stage !== "full" && member.stage !== "probationary")) continue;
    const entry = counts.get(String(member.branchId)) ?? { full: 0, probationary: 0 };
    entry[member.stage]++;
    counts.set(String(member.branchId), entry);
  }
  return branches.map((branch) => {
    const entry = counts.get(String(branch.id)) ?? { full: 0, probationary: 0 };
    return { ...branch, fullMemberCount: entry.full, probationaryMemberCount: entry.probationary };
  });
}
