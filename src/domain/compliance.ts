// The compliance matrix: every branch's year month by month, judged by the frequency table.
import {
  ACTIVITY_KINDS,
  activityFrequencies,
  branchActivityConfig,
  monthlyCompliance,
  monthState,
  type ActivityConfig,
  type ActivityKind,
  type CellState,
  type HeldMeeting,
  type MonthCompliance,
} from "./organizationalLife";
import { groupBy } from "./groupBy";

export interface ComplianceQuery {
  year: number;
  today: string;
  /** Only these kinds (default: every required kind). */
  kinds?: readonly ActivityKind[];
  /** Only branches of this type. */
  branchType?: string;
  config?: ActivityConfig;
}

export interface ComplianceRow {
  branchId: unknown;
  name: string;
  type: string;
  months: (MonthCompliance & { state: CellState })[];
  /** Blocks missed in the year, over the kinds judged. */
  missing: number;
}

export interface ComplianceReport {
  year: number;
  kinds: ActivityKind[];
  rows: ComplianceRow[];
}

export const isActivityKind = (value: unknown): value is ActivityKind => typeof value === "string" && (ACTIVITY_KINDS as readonly string[]).includes(value);

/** The matrix for `branches` from their meetings (only held ones count), in branch order. */
export function complianceReport(branches: readonly Record<string, unknown>[], meetings: readonly (HeldMeeting & { branchId?: unknown })[], query: ComplianceQuery): ComplianceReport {
  const frequencies = activityFrequencies(query.config);
  const kinds = (query.kinds?.length ? query.kinds : ACTIVITY_KINDS).filter((kind) => frequencies[kind]);
  const byBranch = groupBy(meetings, (m) => String(m.branchId));
  const rows = branches
    .filter((b) => !query.branchType || b.type === query.branchType)
    .map((branch) => {
      const months = monthlyCompliance(byBranch.get(String(branch.id)) ?? [], query.year, query.today, branchActivityConfig(branch, query.config), kinds).map((cell) => ({
        ...cell,
        state: monthState(cell),
      }));
      const missing = months.reduce((sum, cell) => sum + Object.values(cell.kinds).filter((k) => k!.state === "missing").length, 0);
      return { branchId: branch.id, name: String(branch.name ?? ""), type: String(branch.type ?? ""), months, missing };
    });
  return { year: query.year, kinds, rows };
}
