// The dashboard's figures: each chart's rows, computed from the records by the same rules the
// lists and warnings use. The backend serves them (GET /dashboard); a screen only draws them.
import { ageOn } from "./age";
import { BRANCH_TYPES } from "./branchRules";
import { COMMITMENT_STATUSES, RATEABLE_STATUSES, isOverdue } from "./commitments";
import { complianceReport } from "./compliance";
import { isIsoDate } from "./dates";
import { branchLeaderIds, hoursInYear, yearlyMinimum } from "./education";
import { earliestCandidateDate, MEMBER_STAGES, suggestFullMemberDate } from "./memberStages";
import type { HeldMeeting } from "./organizationalLife";
import { dateOf, numberOf } from "./values";
import { groupBy } from "./groupBy";

type Rec = Record<string, unknown>;

export interface DashboardQuery {
  year: number;
  today: string;
  branchType?: string;
  branchId?: string;
}

export interface CountRow {
  key: string;
  count: number;
}

export const AGE_BANDS = ["under_30", "30_39", "40_49", "50_59", "60_plus"] as const;
export const EDUCATION_LEVELS = ["doctorate", "master", "bachelor", "college", "secondary", "unknown"] as const;
export const PROFESSIONAL_TITLES = ["senior", "associate_senior", "intermediate", "junior", "none", "unknown"] as const;
export const STUDY_BANDS = ["0_25", "25_50", "50_75", "75_100", "done"] as const;
export const PIPELINE_EVENTS = ["probation_ends", "candidate_eligible"] as const;
export const TASK_STATUSES = ["open", "in_progress", "done"] as const;

const ageBand = (age: number) => (age < 30 ? "under_30" : age < 40 ? "30_39" : age < 50 ? "40_49" : age < 60 ? "50_59" : "60_plus");

function counted(keys: readonly string[], values: Iterable<string>): CountRow[] {
  const counts = new Map(keys.map((k) => [k, 0]));
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return keys.map((key) => ({ key, count: counts.get(key) ?? 0 }));
}

const inMembers = (m: Rec) => m.partyStatus !== "expelled" && typeof m.transferredOutDate !== "string";

/** The branches the filters keep. */
export function branchesIn(branches: readonly Rec[], q: Pick<DashboardQuery, "branchType" | "branchId">): Rec[] {
  return branches.filter((b) => (!q.branchType || b.type === q.branchType) && (!q.branchId || String(b.id) === q.branchId));
}

/** Stage funnel (applicant → full), age on the last day of the year (or today), education and title. */
export function memberStructure(members: readonly Rec[], on: string) {
  const active = members.filter(inMembers);
  return {
    stages: counted(MEMBER_STAGES, active.map((m) => String(m.stage))),
    ages: counted(AGE_BANDS, active.flatMap((m) => (isIsoDate(m.birthDate) ? [ageBand(ageOn(m.birthDate, on))] : []))),
    education: counted(EDUCATION_LEVELS, active.map((m) => (typeof m.education === "string" ? m.education : "unknown"))),
    titles: counted(PROFESSIONAL_TITLES, active.map((m) => (typeof m.professionalTitle === "string" ? m.professionalTitle : "unknown"))),
  };
}

/** The development pipeline: per month of the year, probations that end and activists who become eligible as development targets. */
export function developmentPipeline(members: readonly Rec[], year: number) {
  const rows = Array.from({ length: 12 }, (_, i) => ({ month: `${year}-${String(i + 1).padStart(2, "0")}`, probation_ends: 0, candidate_eligible: 0 }));
  for (const m of members.filter(inMembers)) {
    let date: string | undefined;
    let event: (typeof PIPELINE_EVENTS)[number] | undefined;
    const admission = dateOf(m, "admissionDate");
    const activist = dateOf(m, "activistDate");
    if (m.stage === "probationary" && admission) [date, event] = [suggestFullMemberDate(admission, numberOf(m, "probationExtensionMonths") ?? 0), "probation_ends"];
    else if (m.stage === "activist" && activist) [date, event] = [earliestCandidateDate(activist), "candidate_eligible"];
    if (!date || !event || Number(date.slice(0, 4)) !== year) continue;
    rows[Number(date.slice(5, 7)) - 1][event]++;
  }
  return rows;
}

/** Organizational-life compliance by month: branches that held everything due, missed something, or still have something due. */
export function orgLifeByMonth(branches: readonly Rec[], meetings: readonly (HeldMeeting & { branchId?: unknown })[], year: number, today: string) {
  const report = complianceReport(branches, meetings, { year, today });
  return Array.from({ length: 12 }, (_, i) => {
    let held = 0;
    let missing = 0;
    let due = 0;
    for (const row of report.rows) {
      const state = row.months[i].state;
      if (state === "held") held++;
      else if (state === "missing") missing++;
      else if (state === "due") due++;
    }
    const judged = held + missing;
    return { month: `${year}-${String(i + 1).padStart(2, "0")}`, held, missing, due, rate: judged ? Math.round((held / judged) * 1000) / 10 : null };
  });
}

/** Commitments due in the year by status (overdue as the lists derive it), the fulfilment rate and the average rating. */
export function commitmentFigures(commitments: readonly Rec[], year: number, today: string) {
  const inYear = commitments.filter((c) => dateOf(c, "deadline")?.startsWith(`${year}-`));
  const status = (c: Rec) => (isOverdue(c, today) ? "overdue" : String(c.status));
  const byStatus = counted(COMMITMENT_STATUSES, inYear.map(status));
  const settled = inYear.filter((c) => (RATEABLE_STATUSES as readonly string[]).includes(status(c)));
  const fulfilled = settled.filter((c) => c.status === "fulfilled" || c.status === "closed").length;
  const ratings = inYear.flatMap((c) => (typeof c.rating === "number" ? [c.rating] : []));
  return {
    byStatus,
    fulfilmentRate: settled.length ? Math.round((fulfilled / settled.length) * 1000) / 10 : null,
    averageRating: ratings.length ? Math.round((ratings.reduce((a, b) => a + b, 0) / ratings.length) * 100) / 100 : null,
    rated: ratings.length,
  };
}

/** Each pairing's tasks: done of all, for the pairings any kept branch takes part in. */
export function pairingProgress(pairings: readonly Rec[], tasks: readonly Rec[], branchIds: ReadonlySet<string>) {
  const kept = pairings.filter((p) => [p.initiatorBranchId, ...(Array.isArray(p.partnerBranchIds) ? p.partnerBranchIds : [])].some((b) => branchIds.has(String(b))));
  return kept.map((p) => {
    const own = tasks.filter((t) => String(t.pairingId) === String(p.id));
    const done = own.filter((t) => t.status === "done").length;
    return { pairingId: p.id, title: String(p.title ?? ""), status: String(p.status ?? ""), done, total: own.length, percent: own.length ? Math.round((done / own.length) * 100) : 0 };
  });
}

/** Study hours of the year against each member's minimum, in bands of the minimum, and the average hours. */
export function studyFigures(members: readonly Rec[], branches: readonly Rec[], records: readonly Rec[], year: number) {
  const leaders = new Set<string>();
  for (const b of branches) for (const id of branchLeaderIds(b)) leaders.add(id);
  const byMember = groupBy(records, (r) => String(r.memberId));
  const owing = members.filter((m) => inMembers(m) && (m.stage === "full" || m.stage === "probationary"));
  const hours = owing.map((m) => ({ hours: hoursInYear(byMember.get(String(m.id)) ?? [], String(year)), minimum: yearlyMinimum(leaders.has(String(m.id))) }));
  const band = ({ hours: h, minimum }: { hours: number; minimum: number }) => {
    const share = minimum ? h / minimum : 1;
    return share >= 1 ? "done" : share >= 0.75 ? "75_100" : share >= 0.5 ? "50_75" : share >= 0.25 ? "25_50" : "0_25";
  };
  const total = hours.reduce((sum, h) => sum + h.hours, 0);
  return { bands: counted(STUDY_BANDS, hours.map(band)), averageHours: hours.length ? Math.round((total / hours.length) * 10) / 10 : null, members: hours.length };
}

/** Star grades from 5 down to 1, the order the chart reads. */
export const STAR_GRADES = [5, 4, 3, 2, 1] as const;

/**
 * Grades one plan's evaluated tasks (task id → grade). The backend passes the same function the tasks'
 * derived fields use: the five-star cap counts every branch of the plan, so it grades the whole plan.
 */
export type PlanGrader = (plan: Rec, tasks: readonly Rec[]) => ReadonlyMap<string, { stars: number }>;

/** The year's plan whose grades the dashboard shows: a closed one, else an issued one with evaluations; the latest first. */
function gradedPlanOf(plans: readonly Rec[], year: number, graded: (plan: Rec) => number): Rec | undefined {
  const ofYear = plans.filter((p) => Number(p.year) === year && (p.status === "closed" || p.status === "issued")).sort((a, b) => Number(b.id) - Number(a.id));
  return ofYear.find((p) => p.status === "closed" && graded(p) > 0) ?? ofYear.find((p) => graded(p) > 0);
}

/**
 * The kept branches per star grade and branch type in the year's closed (or evaluated) plan: one row per
 * grade and type among the graded branches, zeros included, so the chart and its table read alike.
 */
export function assessmentGrades(plans: readonly Rec[], tasks: readonly Rec[], branches: readonly Rec[], year: number, grade: PlanGrader) {
  const byPlan = groupBy(tasks, (t) => String(t.planId));
  const grades = new Map<string, ReadonlyMap<string, { stars: number }>>();
  const gradesOf = (plan: Rec) => {
    const id = String(plan.id);
    if (!grades.has(id)) grades.set(id, grade(plan, byPlan.get(id) ?? []));
    return grades.get(id)!;
  };
  const plan = gradedPlanOf(plans, year, (p) => gradesOf(p).size);
  const kept = new Map(branches.map((b) => [String(b.id), b]));
  const graded = plan
    ? (byPlan.get(String(plan.id)) ?? []).flatMap((t) => {
        const branch = kept.get(String(t.branchId));
        const stars = gradesOf(plan).get(String(t.id))?.stars;
        return branch && stars !== undefined ? [{ stars, type: String(branch.type) }] : [];
      })
    : [];
  const types = BRANCH_TYPES.filter((type) => graded.some((g) => g.type === type));
  return {
    planId: plan?.id ?? null,
    title: plan ? String(plan.title ?? "") : null,
    status: plan ? String(plan.status) : null,
    graded: graded.length,
    rows: STAR_GRADES.flatMap((stars) => types.map((branchType) => ({ stars, branchType, count: graded.filter((g) => g.stars === stars && g.type === branchType).length }))),
  };
}

/** Every chart's figures for one year and the filters; `grade` is the plan grader the assessment's results use. */
export function dashboardFigures(data: { all(resource: string): Rec[] }, q: DashboardQuery, grade: PlanGrader) {
  const branches = branchesIn(data.all("branches"), q);
  const ids = new Set(branches.map((b) => String(b.id)));
  const members = data.all("members").filter((m) => ids.has(String(m.branchId)));
  const memberIds = new Set(members.map((m) => String(m.id)));
  const yearEnd = `${q.year}-12-31`;
  const on = yearEnd < q.today ? yearEnd : q.today;
  const meetings = data
    .all("meetings")
    .filter((m) => ids.has(String(m.branchId)))
    .map((m) => ({ id: m.id, branchId: m.branchId, kind: String(m.kind), date: String(m.date), status: m.status }));
  return {
    year: q.year,
    branches: branches.length,
    members: memberStructure(members, on),
    pipeline: developmentPipeline(members, q.year),
    orgLife: orgLifeByMonth(branches, meetings, q.year, q.today),
    commitments: commitmentFigures(data.all("commitments").filter((c) => ids.has(String(c.branchId))), q.year, q.today),
    pairings: pairingProgress(data.all("pairings"), data.all("pairing-tasks"), ids),
    study: studyFigures(members, branches, data.all("study-records").filter((r) => memberIds.has(String(r.memberId))), q.year),
    assessment: assessmentGrades(data.all("assessment-plans"), data.all("assessment-tasks"), branches, q.year, grade),
  };
}
export type DashboardFigures = ReturnType<typeof dashboardFigures>;
