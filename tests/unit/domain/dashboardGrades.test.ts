// The dashboard's assessment grades: which plan of the year is shown, and the branches per star grade
// and branch type that the filters keep, graded by the function handed in (the results' own).
import { describe, expect, it } from "vitest";
import { assessmentGrades, type PlanGrader } from "../../../src/domain/dashboard";

const branches = [
  { id: 1, type: "clinical" },
  { id: 2, type: "clinical" },
  { id: 3, type: "functional" },
  { id: 4, type: "retired" },
];
const plans = [
  { id: 1, year: 2025, title: "2025年度", status: "closed" },
  { id: 2, year: 2026, title: "2026年度", status: "issued" },
  { id: 3, year: 2026, title: "2026年度（草稿）", status: "draft" },
];
// Stars by task id, as the plan grader would give them; a task without an entry is not evaluated.
const STARS: Record<string, number> = { 11: 5, 12: 3, 13: 3, 14: 1, 21: 4 };
const grade: PlanGrader = (_plan, tasks) => new Map(tasks.flatMap((t) => (STARS[String(t.id)] ? [[String(t.id), { stars: STARS[String(t.id)] }]] : [])));
const tasks = [
  { id: 11, planId: 1, branchId: 1 },
  { id: 12, planId: 1, branchId: 2 },
  { id: 13, planId: 1, branchId: 3 },
  { id: 14, planId: 1, branchId: 4 },
  { id: 21, planId: 2, branchId: 1 },
  { id: 22, planId: 2, branchId: 2 },
  { id: 31, planId: 3, branchId: 3 },
];

describe("assessment grades on the dashboard", () => {
  it("count the closed plan's branches per grade and branch type, zeros included, for the types graded", () => {
    const figures = assessmentGrades(plans, tasks, branches, 2025, grade);
    expect(figures).toMatchObject({ planId: 1, title: "2025年度", status: "closed", graded: 4 });
    const count = (stars: number, branchType: string) => figures.rows.find((r) => r.stars === stars && r.branchType === branchType)?.count;
    expect(figures.rows).toHaveLength(5 * 3);
    expect(figures.rows.map((r) => r.stars)).toEqual([5, 5, 5, 4, 4, 4, 3, 3, 3, 2, 2, 2, 1, 1, 1]);
    expect([count(5, "clinical"), count(3, "clinical"), count(3, "functional"), count(1, "retired"), count(4, "clinical")]).toEqual([1, 1, 1, 1, 0]);
    expect(figures.rows.reduce((sum, r) => sum + r.count, 0)).toBe(4);
  });
  it("grade the whole plan but count only the branches the filters keep", () => {
    const seen: number[] = [];
    const counting: PlanGrader = (plan, all) => {
      seen.push(all.length);
      return grade(plan, all);
    };
    const figures = assessmentGrades(plans, tasks, branches.filter((b) => b.type === "clinical"), 2025, counting);
    expect(seen).toEqual([4]);
    expect(figures.graded).toBe(2);
    expect(figures.rows.map((r) => r.branchType)).toEqual(Array(5).fill("clinical"));
  });
  it("fall back to an issued plan with evaluations in the year, and to none when nothing is graded", () => {
    expect(assessmentGrades(plans, tasks, branches, 2026, grade)).toMatchObject({ planId: 2, graded: 1, rows: [{ stars: 5, branchType: "clinical", count: 0 }, { stars: 4, branchType: "clinical", count: 1 }, {}, {}, {}] });
    expect(assessmentGrades(plans, tasks, branches, 2024, grade)).toEqual({ planId: null, title: null, status: null, graded: 0, rows: [] });
  });
});
