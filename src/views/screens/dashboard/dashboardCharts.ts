// The dashboard's figures (GET /dashboard) as chart specs: rows, table headers and a summary each.
import { STAR_GRADES, type DashboardFigures, type CountRow } from "../../../domain/dashboard";
import type { ChartRow, ChartSpec } from "../charts/chartSpec";

type T = (key: string, options?: Record<string, unknown>) => string;

export interface DashboardText {
  t: T;
  stage: (v: string) => string;
  education: (v: string) => string;
  title: (v: string) => string;
  commitmentStatus: (v: string) => string;
  branchType: (v: string) => string;
}

const fmt = (n: number | null, suffix = "") => (n === null ? "—" : `${n}${suffix}`);

function countChart(id: string, title: string, rows: CountRow[], label: (key: string) => string, t: T, kind: ChartSpec["kind"] = "column"): ChartSpec {
  const total = rows.reduce((s, r) => s + r.count, 0);
  const parts = rows.map((r) => t("party.dashboard.summary.part", { label: label(r.key), count: r.count })).join(t("party.dashboard.summary.separator"));
  return {
    id,
    title,
    kind,
    rows: rows.map((r) => ({ label: label(r.key), value: r.count })),
    summary: t("party.dashboard.summary.counts", { title, total, parts }),
    headers: { label: t("party.dashboard.category"), value: t("party.dashboard.count") },
  };
}

/** Branches per star grade, a series per branch type; the summary names the plan and the count of each grade. */
function gradesChart(f: DashboardFigures, x: DashboardText): ChartSpec {
  const { t } = x;
  const a = f.assessment;
  const perGrade = STAR_GRADES.map((stars) => ({ stars, count: a.rows.filter((r) => r.stars === stars).reduce((s, r) => s + r.count, 0) }));
  const parts = perGrade.map((g) => t("party.dashboard.summary.part", { label: t("party.dashboard.stars", { count: g.stars }), count: g.count })).join(t("party.dashboard.summary.separator"));
  return {
    id: "grades",
    title: t("party.dashboard.charts.grades"),
    kind: "column",
    rows: a.rows.map((r) => ({ label: t("party.dashboard.stars", { count: r.stars }), series: x.branchType(r.branchType), value: r.count })),
    summary: a.planId === null ? t("party.dashboard.summary.gradesNone", { year: f.year }) : t("party.dashboard.summary.grades", { plan: a.title, graded: a.graded, parts }),
    headers: { label: t("party.dashboard.grade"), series: t("party.dashboard.branchType"), value: t("party.dashboard.branchCount") },
  };
}

export function dashboardCharts(f: DashboardFigures, x: DashboardText): ChartSpec[] {
  const { t } = x;
  const unknownOr = (fn: (v: string) => string) => (v: string) => (v === "unknown" ? t("party.dashboard.unknown") : fn(v));
  const pipelineRows: ChartRow[] = f.pipeline.flatMap((m) => [
    { label: m.month, series: t("party.dashboard.pipelineEvents.probation_ends"), value: m.probation_ends },
    { label: m.month, series: t("party.dashboard.pipelineEvents.candidate_eligible"), value: m.candidate_eligible },
  ]);
  const orgRows: ChartRow[] = f.orgLife.flatMap((m) => (["held", "missing", "due"] as const).map((s) => ({ label: m.month, series: t(`party.dashboard.orgLifeStates.${s}`), value: m[s] })));
  const judged = f.orgLife.filter((m) => m.rate !== null);
  const rate = judged.length ? Math.round((judged.reduce((s, m) => s + (m.rate ?? 0), 0) / judged.length) * 10) / 10 : null;
  const done = f.pairings.reduce((s, p) => s + p.done, 0);
  const tasks = f.pairings.reduce((s, p) => s + p.total, 0);
  const studyDone = f.study.bands.find((b) => b.key === "done")?.count ?? 0;
  const seriesHeaders = { label: t("party.dashboard.month"), series: t("party.dashboard.category"), value: t("party.dashboard.count") };
  return [
    countChart("stages", t("party.dashboard.charts.stages"), f.members.stages, x.stage, t, "bar"),
    countChart("ages", t("party.dashboard.charts.ages"), f.members.ages, (k) => t(`party.dashboard.ages.${k}`), t),
    countChart("education", t("party.dashboard.charts.education"), f.members.education, unknownOr(x.education), t),
    countChart("titles", t("party.dashboard.charts.titles"), f.members.titles, unknownOr(x.title), t),
    {
      id: "pipeline",
      title: t("party.dashboard.charts.pipeline"),
      kind: "column",
      rows: pipelineRows,
      summary: t("party.dashboard.summary.pipeline", {
        year: f.year,
        probation: f.pipeline.reduce((s, m) => s + m.probation_ends, 0),
        candidates: f.pipeline.reduce((s, m) => s + m.candidate_eligible, 0),
      }),
      headers: seriesHeaders,
    },
    {
      id: "orgLife",
      title: t("party.dashboard.charts.orgLife"),
      kind: "column",
      rows: orgRows,
      summary:
        rate === null
          ? t("party.dashboard.summary.orgLifeNone")
          : t("party.dashboard.summary.orgLife", { rate, missing: f.orgLife.reduce((s, m) => s + m.missing, 0), due: f.orgLife.reduce((s, m) => s + m.due, 0) }),
      headers: seriesHeaders,
    },
    {
      ...countChart("commitments", t("party.dashboard.charts.commitments"), f.commitments.byStatus, x.commitmentStatus, t),
      summary: t("party.dashboard.summary.commitments", { rate: fmt(f.commitments.fulfilmentRate, "%"), rating: fmt(f.commitments.averageRating), rated: f.commitments.rated }),
    },
    {
      id: "pairings",
      title: t("party.dashboard.charts.pairings"),
      kind: "bar",
      rows: f.pairings.map((p) => ({ label: p.title, value: p.percent })),
      summary: t("party.dashboard.summary.pairings", { count: f.pairings.length, done, total: tasks }),
      headers: { label: t("party.dashboard.pairing.title"), value: t("party.dashboard.pairing.percent") },
    },
    {
      ...countChart("study", t("party.dashboard.charts.study"), f.study.bands, (k) => t(`party.dashboard.studyBands.${k}`), t),
      summary: t("party.dashboard.summary.study", { members: f.study.members, hours: fmt(f.study.averageHours), done: studyDone }),
    },
    gradesChart(f, x),
  ];
}
