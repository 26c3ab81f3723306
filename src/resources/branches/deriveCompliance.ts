import {
  ACTIVITY_KINDS,
  activityFrequencies,
  branchActivityConfig,
  lookBackPeriod,
  missingActivities,
  owedPeriod,
  type ActivityConfig,
} from "../../domain/organizationalLife";
import type { DataLookup } from "../../domain/types";
import { deriveBranchDuesFlags } from "./deriveDuesFlags";
import { deriveMemberCounts } from "./deriveMemberCounts";
import { deriveStudyShare } from "./deriveStudyShare";

/** Held meetings per branch, from the meetings collection in one pass. */
export function heldMeetingsByBranch(data: DataLookup): Map<string, { kind: string; date: string; id: unknown }[]> {
  const byBranch = new Map<string, { kind: string; date: string; id: unknown }[]>();
  for (const m of data.all("meetings")) {
    if (m.status !== "held" || typeof m.date !== "string") continue;
    const key = String(m.branchId);
    const entry = { kind: String(m.kind), date: m.date, id: m.id };
    const list = byBranch.get(key);
    if (list) list.push(entry);
    else byBranch.set(key, [entry]);
  }
  return byBranch;
}

/** Only the kinds of one frequency group: yearly ones, or all the others. */
function only(config: ActivityConfig, yearly: boolean): ActivityConfig {
  const frequencies = activityFrequencies(config);
  return Object.fromEntries(ACTIVITY_KINDS.map((kind) => [kind, (frequencies[kind] === "yearly") === yearly ? frequencies[kind] : null]));
}

/**
 * The activities each branch missed: monthly to half-yearly ones over the twelve months before
 * this one, yearly ones in the last calendar year; with their count. Needs the member counts.
 */
export function deriveCompliance(branches: Record<string, unknown>[], data: DataLookup, today: string, config: ActivityConfig = {}): Record<string, unknown>[] {
  const held = heldMeetingsByBranch(data);
  const period = lookBackPeriod(today);
  const lastYear = Number(today.slice(0, 4)) - 1;
  const year = { from: `${lastYear}-01-01`, to: `${lastYear}-12-31` };
  return branches.map((branch) => {
    const meetings = held.get(String(branch.id)) ?? [];
    const own = branchActivityConfig(branch, config);
    const owed = { memberCount: Number(branch.fullMemberCount ?? 0) + Number(branch.probationaryMemberCount ?? 0), establishedDate: branch.establishedDate };
    const owedYear = owedPeriod(year, owed);
    const owedMonths = owedPeriod(period, owed);
    const missing = [
      ...(owedYear ? missingActivities(meetings, owedYear, only(own, true)) : []),
      ...(owedMonths ? missingActivities(meetings, owedMonths, only(own, false)) : []),
    ];
    return { ...branch, missingActivities: missing, missingActivityCount: missing.length };
  });
}

/** The branches' derived fields: member counts, organizational-life gaps under `config`, the share on study pace, dues flags. */
export const deriveBranches =
  (config: ActivityConfig = {}) =>
  (rows: Record<string, unknown>[], data: DataLookup, today: string) =>
    deriveBranchDuesFlags(deriveStudyShare(deriveCompliance(deriveMemberCounts(rows, data), data, today, config), data, today), data, today);
