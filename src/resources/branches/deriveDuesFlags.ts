import type { DataLookup } from "../../domain/types";
import { duesIndex, ledgerMonths, standingOf } from "../dues-payments/standing";

/** How many of each branch's members the dues arrears flag: warned (3–5 months) and for 自行脱党 review (6+). */
export function deriveBranchDuesFlags(branches: Record<string, unknown>[], data: DataLookup, today: string): Record<string, unknown>[] {
  const index = duesIndex(data);
  const months = ledgerMonths(today);
  const counts = new Map<string, { warn: number; review: number }>();
  for (const member of data.all("members")) {
    if (member.transferredOutDate) continue;
    const { duesFlag } = standingOf(member, index, today, months);
    if (duesFlag === "none") continue;
    const entry = counts.get(String(member.branchId)) ?? { warn: 0, review: 0 };
    entry[duesFlag]++;
    counts.set(String(member.branchId), entry);
  }
  return branches.map((branch) => {
    const entry = counts.get(String(branch.id)) ?? { warn: 0, review: 0 };
    return { ...branch, duesArrearsCount: entry.warn, duesReviewCount: entry.review };
  });
}
