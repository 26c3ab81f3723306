import { inactivityWarning, memberInactivity } from "../../domain/membershipStatus";
import type { DomainWarning } from "../../domain/warnings";

/**
 * The 自行脱党 flag (a warning at 3 months, the review at 6) through the one verdict that every
 * cause feeds; organizational life gives the last meeting attended or excused from.
 */
export function memberWarnings(member: Record<string, unknown>, today: string): DomainWarning[] {
  const verdict = memberInactivity({ organizationalLife: typeof member.orgLifeSince === "string" ? member.orgLifeSince : undefined }, today);
  const found = verdict.date ? inactivityWarning(verdict.date, today) : undefined;
  return found ? [found] : [];
}
