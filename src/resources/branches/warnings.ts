import { branchWarnings } from "../../domain/branchRules";
import type { DomainWarning } from "../../domain/warnings";

/** A branch's badges, from its derived member counts and its committee and term. */
export function branchWarningsOf(branch: Record<string, unknown>, today: string): DomainWarning[] {
  const full = Number(branch.fullMemberCount ?? 0);
  const probationary = Number(branch.probationaryMemberCount ?? 0);
  return branchWarnings(branch, { full, probationary, total: full + probationary }, today);
}
