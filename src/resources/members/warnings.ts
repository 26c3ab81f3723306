import { selfLapseWarning } from "../../domain/selfLapse";
import { warning, type DomainWarning } from "../../domain/warnings";

const months = (value: unknown) => (typeof value === "number" && Number.isFinite(value) ? value : undefined);

/**
 * A member's badges: transferred out, and the one 自行脱党 flag fed by the dues arrears and, the
 * months without organizational life the backend derives from the meetings' attendance.
 */
export function memberWarnings(record: Record<string, unknown>): DomainWarning[] {
  const found: DomainWarning[] = [];
  if (typeof record.transferredOutDate === "string") found.push(warning("transferredOut", { date: record.transferredOutDate }));
  const lapse = selfLapseWarning({ monthsWithoutDues: months(record.duesArrearsMonths) ?? 0, monthsWithoutOrganizationalLife: months(record.orgLifeMonths) });
  if (lapse) found.push(lapse);
  return found;
}
