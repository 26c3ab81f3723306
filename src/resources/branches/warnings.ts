import { branchWarnings } from "../../domain/branchRules";
import type { MissingActivity } from "../../domain/organizationalLife";
import { warning, type DomainWarning } from "../../domain/warnings";

/** One badge per activity kind the branch missed, with how often and the latest block. */
function missingActivityWarnings(missing: unknown): DomainWarning[] {
  if (!Array.isArray(missing)) return [];
  const byKind = new Map<string, { count: number; from: string; to: string }>();
  for (const m of missing as MissingActivity[]) {
    const entry = byKind.get(m.kind) ?? { count: 0, from: m.from, to: m.to };
    entry.count++;
    if (m.to > entry.to) Object.assign(entry, { from: m.from, to: m.to });
    byKind.set(m.kind, entry);
  }
  return [...byKind].map(([kind, params]) => warning(`activityGaps.${kind}`, params));
}

/** A branch's badges, from its derived member counts and its committee and term. */
export function branchWarningsOf(branch: Record<string, unknown>, today: string): DomainWarning[] {
  const full = Number(branch.fullMemberCount ?? 0);
  const probationary = Number(branch.probationaryMemberCount ?? 0);
  return [
    ...branchWarnings(branch, { full, probationary, total: full + probationary }, today),
    ...missingActivityWarnings(branch.missingActivities),
    ...branchDuesWarnings(branch),
  ];
}

/** Members of the branch the 自行脱党 flag (from dues arrears) names: for review, and warned. */
function branchDuesWarnings(branch: Record<string, unknown>): DomainWarning[] {
  const review = Number(branch.duesReviewCount ?? 0);
  const warned = Number(branch.duesArrearsCount ?? 0);
  return [
    ...(review > 0 ? [warning("branchSelfLapseReview", { count: review }, "error")] : []),
    ...(warned > 0 ? [warning("branchDuesArrears", { count: warned })] : []),
  ];
}
