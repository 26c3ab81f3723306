import { branchWarnings } from "../../domain/branchRules";
import { warning, type DomainWarning } from "../../domain/warnings";

/** A branch's badges, from its derived member counts and its committee and term. */
export function branchWarningsOf(branch: Record<string, unknown>, today: string): DomainWarning[] {
  const full = Number(branch.fullMemberCount ?? 0);
  const probationary = Number(branch.probationaryMemberCount ?? 0);
  return [...branchWarnings(branch, { full, probationary, total: full + probationary }, today), ...branchDuesWarnings(branch)];
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
