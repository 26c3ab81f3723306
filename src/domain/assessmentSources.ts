// Items scored from the system's own records: the figure each source reads, the records it came
// from, and the score it suggests. The evaluator may give another score, with a reason.
import { FREQUENCY_MONTHS, activityFrequencies, monthlyCompliance, type ActivityConfig, type ActivityKind, type HeldMeeting } from "./organizationalLife";

export const AUTO_SOURCES = ["themed_days", "three_meetings_compliance", "study_pace", "commitment_fulfilment", "commitment_rating", "pairing_tasks"] as const;
export type AutoSource = (typeof AUTO_SOURCES)[number];
export const isAutoSource = (value: unknown): value is AutoSource => typeof value === "string" && (AUTO_SOURCES as readonly string[]).includes(value);

/** 主题党日 held in at least 11 of 12 months earns full marks (configurable). */
export const THEMED_DAY_MONTHS_FOR_FULL = 11;
/** 三会一课: the meetings and the lecture. */
export const THREE_MEETINGS_KINDS: readonly ActivityKind[] = ["general_meeting", "committee_meeting", "group_meeting", "party_lecture"];
export const RATING_SCALE = 5;

export interface SourceFigure {
  source: AutoSource;
  /** What was measured: a count (`count` of `of`) or a share 0…1 (`share`), or an average rating. */
  count?: number;
  of?: number;
  share?: number;
  average?: number;
  /** The records the figure came from, to link to. */
  resource: string;
  recordIds: unknown[];
  /** The score the figure suggests for an item of `maxPoints`, in half points. */
  suggested: number;
}

const halfPoints = (value: number) => Math.round(value * 2) / 2;
const share = (part: number, whole: number) => (whole > 0 ? part / whole : 0);
const inYear = (date: unknown, year: number) => typeof date === "string" && date.slice(0, 4) === String(year);

/** The months of `year` that have ended by `today` (all twelve for a past year). */
export function monthsElapsed(year: number, today: string): number {
  const thisYear = Number(today.slice(0, 4));
  if (year < thisYear) return 12;
  if (year > thisYear) return 0;
  return Number(today.slice(5, 7)) - 1;
}

/** 主题党日: the months of the year with one held; full marks at 11 of 12, scaled to the months already ended in a running year. */
export function themedDayFigure(meetings: readonly HeldMeeting[], year: number, today: string, maxPoints: number): SourceFigure {
  const held = meetings.filter((m) => m.kind === "themed_day" && (m.status === undefined || m.status === "held") && inYear(m.date, year));
  const months = new Set(held.map((m) => m.date.slice(5, 7)));
  const elapsed = monthsElapsed(year, today);
  const needed = Math.max(1, Math.ceil((THEMED_DAY_MONTHS_FOR_FULL / 12) * elapsed));
  const counted = Math.min(months.size, elapsed || months.size);
  return {
    source: "themed_days",
    count: months.size,
    of: elapsed,
    resource: "meetings",
    recordIds: held.map((m) => m.id),
    suggested: counted >= needed ? maxPoints : halfPoints((maxPoints * counted) / needed),
  };
}

/**
 * 三会一课 compliance: of the calendar blocks the year has finished for each kind (months for
 * committee and group meetings, quarters for the general meeting and the lecture, by default),
 * the share in which one was held.
 */
export function threeMeetingsFigure(meetings: readonly HeldMeeting[], year: number, today: string, maxPoints: number, config: ActivityConfig = {}): SourceFigure {
  const months = monthlyCompliance(meetings, year, today, config, THREE_MEETINGS_KINDS);
  const frequencies = activityFrequencies(config);
  let owed = 0;
  let held = 0;
  const ids: unknown[] = [];
  for (const kind of THREE_MEETINGS_KINDS) {
    const frequency = frequencies[kind];
    if (!frequency) continue;
    const size = FREQUENCY_MONTHS[frequency];
    for (let start = 0; start < 12; start += size) {
      const block = months.slice(start, start + size);
      if (block[block.length - 1].to >= today) continue; // not finished yet
      owed++;
      const inBlock = block.flatMap((cell) => cell.kinds[kind]?.meetingIds ?? []);
      if (inBlock.length) held++;
      ids.push(...inBlock);
    }
  }
  const rate = share(held, owed);
  return { source: "three_meetings_compliance", count: held, of: owed, share: rate, resource: "meetings", recordIds: ids, suggested: halfPoints(maxPoints * (owed ? rate : 1)) };
}

/** The share of the branch's members on pace with their study hours (from the members' standings). */
export function studyPaceFigure(standings: readonly { memberId: unknown; onPace: boolean }[], maxPoints: number): SourceFigure {
  const on = standings.filter((s) => s.onPace);
  const rate = share(on.length, standings.length);
  return { source: "study_pace", count: on.length, of: standings.length, share: rate, resource: "members", recordIds: standings.map((s) => s.memberId), suggested: halfPoints(maxPoints * rate) };
}

/** The commitments of the year whose outcome is known: kept (fulfilled, or closed without rectification) or missed. */
function judgedCommitments(commitments: readonly Record<string, unknown>[], year: number) {
  return commitments.filter((c) => inYear(c.deadline, year) && ["fulfilled", "closed", "overdue", "rectifying"].includes(String(c.status)));
}

/** The share of the year's judged commitments that were kept. */
export function commitmentFulfilmentFigure(commitments: readonly Record<string, unknown>[], year: number, maxPoints: number): SourceFigure {
  const judged = judgedCommitments(commitments, year);
  const kept = judged.filter((c) => c.status === "fulfilled" || (c.status === "closed" && !c.rectificationPlan));
  const rate = share(kept.length, judged.length);
  return { source: "commitment_fulfilment", count: kept.length, of: judged.length, share: rate, resource: "commitments", recordIds: judged.map((c) => c.id), suggested: halfPoints(maxPoints * (judged.length ? rate : 1)) };
}

/** The served departments' average rating (1–5) of the year's commitments. */
export function commitmentRatingFigure(commitments: readonly Record<string, unknown>[], year: number, maxPoints: number): SourceFigure {
  const rated = commitments.filter((c) => inYear(c.deadline, year) && typeof c.rating === "number");
  const average = rated.length ? Math.round((rated.reduce((s, c) => s + (c.rating as number), 0) / rated.length) * 10) / 10 : 0;
  return { source: "commitment_rating", count: rated.length, average, resource: "commitments", recordIds: rated.map((c) => c.id), suggested: halfPoints(rated.length ? (maxPoints * average) / RATING_SCALE : maxPoints) };
}

/** The share of the year's pairing tasks (支部联建) that are done. */
export function pairingTasksFigure(tasks: readonly Record<string, unknown>[], year: number, maxPoints: number): SourceFigure {
  const due = tasks.filter((t) => inYear(t.dueDate, year));
  const done = due.filter((t) => t.status === "done");
  const rate = share(done.length, due.length);
  return { source: "pairing_tasks", count: done.length, of: due.length, share: rate, resource: "pairing-tasks", recordIds: due.map((t) => t.id), suggested: halfPoints(maxPoints * (due.length ? rate : 1)) };
}

/** The day study standings are judged on for a plan: its last day once the year is over, so a past year's figure stays put. */
export function figureDay(year: number, today: string): string {
  return Number(today.slice(0, 4)) > year ? `${year}-12-31` : today;
}

