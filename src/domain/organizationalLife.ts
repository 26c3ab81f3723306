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

/** The frequencies in force: the defaults with a hospital's overrides. */
export function activityFrequencies(config: ActivityConfig = {}): Record<ActivityKind, ActivityFrequency | null> {
  return Object.fromEntries(ACTIVITY_KINDS.map((kind) => [kind, kind in config ? (config[kind] ?? null) : DEFAULT_ACTIVITY_FREQUENCY[kind]])) as Record<
    ActivityKind,
    ActivityFrequency | null
  >;
}

/**
 * What a branch must hold: a branch without a committee (fewer than 7 full members elect only a
 * secretary) holds no 支委会.
 */
export function branchActivityConfig(branch: { committee?: unknown }, config: ActivityConfig = {}): ActivityConfig {
  const hasCommittee = Array.isArray(branch.committee) && branch.committee.length > 0;
  return hasCommittee ? config : { ...config, committee_meeting: null };
}

/** held: met this month; missing: its block ended without one; due: the block ends this month and is still open; none: nothing owed this month. */
export type CellState = "held" | "missing" | "due" | "none";

export interface HeldMeeting extends Meeting {
  id?: unknown;
  status?: unknown;
}

export interface MonthCompliance {
  month: number;
  /** yyyy-mm-01 … last day of the month. */
  from: string;
  to: string;
  kinds: Partial<Record<ActivityKind, { state: CellState; meetingIds: unknown[] }>>;
}

const lastDayOf = (from: string, months: number) => addDays(addMonths(from, months), -1);

/**
 * One branch's year, month by month, for the required kinds (optionally only `kinds`). Only held
 * meetings count. A kind held every quarter is judged in the last month of the quarter: missing
 * once the quarter has ended without one, due while it runs, and "none" in its other months
 * unless a meeting took place in them.
 */
export function monthlyCompliance(
  meetings: readonly HeldMeeting[],
  year: number,
  today: string,
  config: ActivityConfig = {},
  kinds: readonly ActivityKind[] = ACTIVITY_KINDS,
): MonthCompliance[] {
  const frequencies = activityFrequencies(config);
  const held = meetings.filter((m) => (m.status === undefined || m.status === "held") && isIsoDate(m.date));
  const months: MonthCompliance[] = [];
  for (let month = 1; month <= 12; month++) {
    const from = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-01`;
    const to = lastDayOf(from, 1);
    const cell: MonthCompliance = { month, from, to, kinds: {} };
    for (const kind of kinds) {
      const frequency = frequencies[kind];
      if (!frequency) continue;
      const size = FREQUENCY_MONTHS[frequency];
      const inMonth = held.filter((m) => m.kind === kind && m.date >= from && m.date <= to);
      const blockFrom = startOfBlock(from, size);
      const blockTo = lastDayOf(blockFrom, size);
      let state: CellState = "none";
      if (inMonth.length > 0) state = "held";
      else if (blockTo === to && !held.some((m) => m.kind === kind && m.date >= blockFrom && m.date <= blockTo)) state = blockTo < today ? "missing" : "due";
      cell.kinds[kind] = { state, meetingIds: inMonth.map((m) => m.id) };
    }
    months.push(cell);
  }
  return months;
}

/** A month's overall state over its kinds: missing wins, then due, then held. */
export function monthState(cell: MonthCompliance): CellState {
  const states = Object.values(cell.kinds).map((k) => k!.state);
  if (states.includes("missing")) return "missing";
  if (states.includes("due")) return "due";
  if (states.includes("held")) return "held";
  return "none";
}

/**
 * The part of a period a branch owes meetings for: none while it has no members (nobody to meet),
 * and only from its founding on (a block that began before the branch existed is not owed).
 */
export function owedPeriod(period: { from: string; to: string }, branch: { memberCount: number; establishedDate?: unknown }): { from: string; to: string } | null {
  if (branch.memberCount <= 0) return null;
  const founded = isIsoDate(branch.establishedDate) ? branch.establishedDate : undefined;
  const from = founded && founded > period.from ? founded : period.from;
  return from > period.to ? null : { from, to: period.to };
}

/** The twelve months before today's month (the look-back of a branch's warnings). */
export function lookBackPeriod(today: string, months = 12): { from: string; to: string } {
  const thisMonth = startOfBlock(today, 1);
  return { from: addMonths(thisMonth, -months), to: addDays(thisMonth, -1) };
}
