// The assessment on the overview screens: the grades chart's rows, table and summary from the
// dashboard's figures, and a work-bench item that opens a screen of one record rather than a detail page.
import { describe, expect, it } from "vitest";
import type { DashboardFigures } from "../../../src/domain/dashboard";
import { assessmentTasks } from "../../../src/resources/assessment-tasks/schema";
import { branches } from "../../../src/resources/branches/schema";
import { chartTable } from "../../../src/views/screens/charts/chartSpec";
import { dashboardCharts } from "../../../src/views/screens/dashboard/dashboardCharts";
import { dueItemDetail, dueItemPath, recordScreenNames } from "../../../src/views/screens/workbench/dueItemText";

// Keys with their values, so the sentence each key builds is visible in the assertion.
const t = (key: string, o: Record<string, unknown> = {}) => `${key}(${Object.entries(o).map(([k, v]) => `${k}=${String(v)}`).join(",")})`;
const text = { t, stage: String, education: String, title: String, commitmentStatus: String, branchType: (v: string) => `type:${v}` };
const empty = { stages: [], ages: [], education: [], titles: [] };
const base = {
  year: 2025,
  branches: 3,
  members: empty,
  pipeline: [],
  orgLife: [],
  commitments: { byStatus: [], fulfilmentRate: null, averageRating: null, rated: 0 },
  pairings: [],
  study: { bands: [], averageHours: null, members: 0 },
} as unknown as Omit<DashboardFigures, "assessment">;

describe("the grades chart", () => {
  it("draws a column per grade and branch type, and says how many branches each grade has", () => {
    const rows = [
      { stars: 5, branchType: "clinical", count: 1 },
      { stars: 5, branchType: "functional", count: 0 },
      { stars: 4, branchType: "clinical", count: 2 },
      { stars: 4, branchType: "functional", count: 1 },
    ];
    const figures = { ...base, assessment: { planId: 1, title: "2025年度", status: "closed", graded: 4, rows } } as DashboardFigures;
    const spec = dashboardCharts(figures, text).find((c) => c.id === "grades")!;
    expect(spec.rows[0]).toEqual({ label: "party.dashboard.stars(count=5)", series: "type:clinical", value: 1 });
    expect(chartTable(spec).rows).toHaveLength(4);
    expect(chartTable(spec).headers).toEqual(["party.dashboard.grade()", "party.dashboard.branchType()", "party.dashboard.branchCount()"]);
    expect(spec.summary).toContain("plan=2025年度,graded=4");
    expect(spec.summary).toContain("label=party.dashboard.stars(count=5),count=1");
    expect(spec.summary).toContain("label=party.dashboard.stars(count=4),count=3");
  });
  it("says so when the year has no graded plan", () => {
    const figures = { ...base, assessment: { planId: null, title: null, status: null, graded: 0, rows: [] } } as DashboardFigures;
    expect(dashboardCharts(figures, text).find((c) => c.id === "grades")!.summary).toBe("party.dashboard.summary.gradesNone(year=2025)");
  });
});

describe("a work-bench item of the assessment", () => {
  const screens = recordScreenNames({ "assessment-tasks": assessmentTasks, branches });
  it("opens the task's sheet, a screen of one record; other items their detail page", () => {
    expect(dueItemPath("/party", { rule: "assessment_self_report", resource: "assessment-sheet", recordId: "7" }, screens)).toBe("/party/assessment-sheet/7");
    expect(dueItemPath("/party", { rule: "committee_term", resource: "branches", recordId: "3" }, screens)).toBe("/party/branches/show/3");
  });
  it("reads the plan's title under the branch", () => {
    expect(dueItemDetail({ rule: "assessment_rectification", detail: "2025年度星级评定" }, t, String)).toBe("2025年度星级评定");
  });
});
