// The consortium's overview: per receiving institution and per year, the postings, the days they
// covered, the activities by kind, the people served, and the standing against the quota.
import { ACTIVITY_KINDS } from "./consortium";
import { OUTREACH_QUOTA, postingDaysInYear, quotaFigures, type OutreachQuota, type QuotaShortfall } from "./outreachQuota";
import { dateOf, idKey, numberOf } from "./values";

type Rec = Record<string, unknown>;

/** The overview's column for each activity kind. */
export const ACTIVITY_COLUMNS = {
  free_clinic: "freeClinics",
  training: "trainings",
  ward_round: "wardRounds",
  teaching_operation: "teachingOperations",
} as const satisfies Record<(typeof ACTIVITY_KINDS)[number], string>;

export type ActivityCounts = Record<(typeof ACTIVITY_COLUMNS)[keyof typeof ACTIVITY_COLUMNS], number>;

export interface OverviewRow extends ActivityCounts {
  id: string;
  institutionId: string | number;
  year: number;
  postings: number;
  daysCovered: number;
  /** Every activity of the year, whatever its kind (administrators may add kinds). */
  activities: number;
  peopleServed: number;
  fixedPhysicians: number;
  qualifyingStaff: number;
  quotaShortfalls: QuotaShortfall[];
}

/**
 * Working days a posting covered in a year: its calendar days in that year × days a week ÷ 7,
 * rounded to whole days (a posting of 3 days a week over a whole 2026 covers 156 days).
 */
export function daysCoveredInYear(posting: Rec, year: number): number {
  const perWeek = numberOf(posting, "daysPerWeek") ?? 0;
  return Math.round((postingDaysInYear(posting, year) * perWeek) / 7);
}

const yearOf = (date: string | undefined) => (date ? Number(date.slice(0, 4)) : undefined);

/** The years the overview has rows for: every year a posting or activity touches, and this year. */
export function overviewYears(postings: readonly Rec[], activities: readonly Rec[], today: string): number[] {
  const years = new Set<number>([Number(today.slice(0, 4))]);
  for (const p of postings) {
    const from = yearOf(dateOf(p, "startDate"));
    const to = yearOf(dateOf(p, "endDate"));
    if (from !== undefined && to !== undefined) for (let y = from; y <= to; y++) years.add(y);
  }
  for (const a of activities) {
    const y = yearOf(dateOf(a, "date"));
    if (y !== undefined) years.add(y);
  }
  return [...years].sort((a, b) => a - b);
}

/** One row per institution (the lead excepted: it sends, it does not receive) and year. */
export function consortiumOverview(
  institutions: readonly Rec[],
  postings: readonly Rec[],
  activities: readonly Rec[],
  years: readonly number[],
  quota: OutreachQuota = OUTREACH_QUOTA,
): OverviewRow[] {
  const lead = institutions.find((i) => i.isLead === true);
  const rows: OverviewRow[] = [];
  for (const institution of institutions) {
    if (institution === lead) continue;
    const self = idKey(institution.id);
    const own = postings.filter((p) => idKey(p.institutionId) === self);
    const held = activities.filter((a) => idKey(a.institutionId) === self);
    for (const year of years) {
      const posted = own.filter((p) => postingDaysInYear(p, year) > 0);
      const inYear = held.filter((a) => yearOf(dateOf(a, "date")) === year);
      const counts = Object.fromEntries(ACTIVITY_KINDS.map((kind) => [ACTIVITY_COLUMNS[kind], inYear.filter((a) => a.kind === kind).length])) as ActivityCounts;
      const figures = quotaFigures(institution, own, lead, year, quota);
      rows.push({
        id: `${self}-${year}`,
        institutionId: institution.id as string | number,
        year,
        postings: posted.length,
        daysCovered: posted.reduce((sum, p) => sum + daysCoveredInYear(p, year), 0),
        activities: inYear.length,
        ...counts,
        peopleServed: inYear.reduce((sum, a) => sum + Math.max(0, numberOf(a, "peopleServed") ?? 0), 0),
        fixedPhysicians: figures.fixedPhysicians,
        qualifyingStaff: figures.qualifyingStaff,
        quotaShortfalls: figures.shortfalls,
      });
    }
  }
  return rows;
}
