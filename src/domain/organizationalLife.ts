// Organizational life (三会一课 and related): which activities a branch must hold, how often,
// and which ones a period is missing.
import { addDays, addMonths, isIsoDate, startOfBlock } from "./dates";

export const ACTIVITY_KINDS = [
  "general_meeting", // 支部党员大会
  "committee_meeting", // 支委会
  "group_meeting", // 党小组会
  "party_lecture", // 党课
  "themed_day", // 主题党日
  "life_meeting", // 组织生活会
  "appraisal", // 民主评议党员
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/** Calendar blocks: months, quarters, half-years, years. */
export const FREQUENCY_MONTHS = { monthly: 1, quarterly: 3, half_yearly: 6, yearly: 12 } as const;
export type ActivityFrequency = keyof typeof FREQUENCY_MONTHS;

/**
 * Regulation minimums. The lecture is local practice (the regulation only asks the secretary to
 * lecture once a year), hence configurable.
 */
export const DEFAULT_ACTIVITY_FREQUENCY: Readonly<Record<ActivityKind, ActivityFrequency>> = {
  general_meeting: "quarterly",
  committee_meeting: "monthly",
  group_meeting: "monthly",
  party_lecture: "quarterly",
  themed_day: "monthly",
  life_meeting: "yearly",
  appraisal: "yearly",
};

/** Overrides per kind; `null` means not required (e.g. committee meetings in a branch with no committee). */
export type ActivityConfig = Partial<Record<ActivityKind, ActivityFrequency | null>>;

export interface Meeting {
  kind: string;
  date: string;
}

export interface MissingActivity {
  kind: ActivityKind;
  /** The calendar block that lacks it, inclusive. */
  from: string;
  to: string;
}

/** The label key for a missing activity, e.g. party.warnings.activityMissing.general_meeting. */
export const activityMissingKey = (kind: ActivityKind) => `party.warnings.activityMissing.${kind}`;

/**
 * For each required kind, the calendar blocks (months, quarters, …) lying entirely inside
 * [period.from, period.to] in which no meeting of that kind was held. Blocks cut by the period's
 * edges are skipped, so a month still under way is not reported before it ends. Sorted by block
 * start, then by kind order.
 */
export function missingActivities(
  meetings: readonly Meeting[],
  period: { from: string; to: string },
  config: ActivityConfig = {},
): MissingActivity[] {
  const held = new Map<string, string[]>();
  for (const m of meetings) {
    if (!isIsoDate(m.date)) continue;
    const dates = held.get(m.kind);
    if (dates) dates.push(m.date);
    else held.set(m.kind, [m.date]);
  }
  const missing: MissingActivity[] = [];
  for (const kind of ACTIVITY_KINDS) {
    const frequency = kind in config ? config[kind] : DEFAULT_ACTIVITY_FREQUENCY[kind];
    if (!frequency) continue;
    const months = FREQUENCY_MONTHS[frequency];
    const dates = held.get(kind) ?? [];
    for (let from = startOfBlock(period.from, months); from <= period.to; from = addMonths(from, months)) {
      const to = addDays(addMonths(from, months), -1);
      if (from < period.from || to > period.to) continue;
      if (!dates.some((date) => date >= from && date <= to)) missing.push({ kind, from, to });
    }
  }
  const rank = (m: MissingActivity) => `${m.from}|${ACTIVITY_KINDS.indexOf(m.kind)}`;
  return missing.sort((a, b) => (rank(a) < rank(b) ? -1 : rank(a) > rank(b) ? 1 : 0));
}
