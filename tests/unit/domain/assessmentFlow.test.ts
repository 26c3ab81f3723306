import { describe, expect, it } from "vitest";
import { branchesInScope, planRulesList, planTransitionRule, sheetShapeRule, thresholdsRule, weightsRule } from "../../../src/domain/assessmentPlans";
import { canMoveTask, overdueDays, taskPlanErrors, taskReportRule, taskTransitionRule, type TaskContext } from "../../../src/domain/assessmentTasks";
import { DEFAULT_STAR_THRESHOLDS } from "../../../src/domain/assessmentScoring";
import type { RuleContext } from "../../../src/domain/types";

const plan = {
  status: "draft",
  scope: "all",
  categories: [
    { code: "A", name: "基础工作", weight: 70 },
    { code: "B", name: "评议", weight: 30 },
  ],
  indicators: [
    { code: "A1", categoryCode: "A", title: "主题党日", maxPoints: 10, source: "themed_days" },
    { code: "B1", categoryCode: "B", title: "群众评议", maxPoints: 10 },
  ],
  vetoes: [{ code: "V1", title: "严重违纪" }],
};
const create: RuleContext = { today: "2026-11-22", mode: "create" };
const edit = (original: Record<string, unknown>): RuleContext => ({ today: "2026-11-22", mode: "edit", original });
const errors = (rules: typeof planRulesList, record: Record<string, unknown>, ctx: RuleContext) => rules.flatMap((r) => r(record, ctx)).map((e) => `${e.field}:${e.key}`);

describe("plans", () => {
  it("accept a whole sheet", () => {
    expect(errors(planRulesList, plan, create)).toEqual([]);
  });
  it("weights must add up to 100 %", () => {
    const bad = { ...plan, categories: [{ code: "A", weight: 70 }, { code: "B", weight: 20 }] };
    expect(weightsRule(bad, create)).toEqual([{ field: "categories", key: "party.rules.assessmentWeightsSum", params: { sum: 90 } }]);
  });
  it("codes are unique and indicators name a category", () => {
    expect(sheetShapeRule({ ...plan, indicators: [...plan.indicators, { code: "A1", categoryCode: "A", maxPoints: 1 }] }, create)[0].key).toMatch(/assessmentDuplicateCode$/);
    expect(sheetShapeRule({ ...plan, indicators: [{ code: "X", categoryCode: "Z", maxPoints: 1 }] }, create)[0].key).toMatch(/assessmentUnknownCategory$/);
    expect(sheetShapeRule({ ...plan, indicators: [plan.indicators[0]] }, create)[0].key).toMatch(/assessmentEmptyCategory$/);
  });
  it("thresholds descend", () => {
    expect(thresholdsRule({ fiveStarMin: 80, fourStarMin: 85 }, create)).toHaveLength(1);
    expect(thresholdsRule({}, create)).toEqual([]);
  });
  it("go draft → issued → closed, and the sheet is fixed once issued", () => {
    expect(planTransitionRule({ ...plan, status: "issued" }, create)[0].key).toMatch(/assessmentPlanInitialStatus$/);
    expect(planTransitionRule({ ...plan, status: "issued" }, edit(plan))).toEqual([]);
    expect(planTransitionRule({ ...plan, status: "draft" }, edit({ ...plan, status: "closed" }))[0].key).toMatch(/assessmentPlanTransition$/);
    const issued = { ...plan, status: "issued" };
    expect(planTransitionRule({ ...issued, categories: [{ code: "A", weight: 100 }] }, edit(issued))).toEqual([{ field: "categories", key: "party.rules.assessmentSheetFixed" }]);
  });
  it("reach all branches, or those of the chosen types", () => {
    const branches = [{ id: 1, type: "clinical" }, { id: 2, type: "functional" }, { id: 3, type: "retired" }];
    expect(branchesInScope(plan, branches)).toHaveLength(3);
    expect(branchesInScope({ scope: "by_type", branchTypes: ["clinical", "retired"] }, branches).map((b) => b.id)).toEqual([1, 3]);
    expect(branchesInScope({ scope: "selected", branchIds: [2, "3"] }, branches).map((b) => b.id)).toEqual([2, 3]);
  });
});

describe("tasks", () => {
  const ctx = (over: Partial<TaskContext> = {}): TaskContext => ({
    plan: { ...plan, status: "issued" },
    sheet: { categories: plan.categories, indicators: plan.indicators, vetoes: plan.vetoes },
    thresholds: DEFAULT_STAR_THRESHOLDS,
    rectifyBelow: 0.6,
    suggested: new Map([["A1", 10]]),
    ...over,
  });
  const self = [{ code: "A1", score: 10 }, { code: "B1", score: 9 }];
  const codes = (list: { key: string }[]) => list.map((e) => e.key.replace("party.rules.assessment", "").replace(/^./, (c) => c.toLowerCase()));

  it("follow the loop and refuse skips", () => {
    expect(canMoveTask("issued", "submitted")).toBe(true);
    expect(canMoveTask("issued", "evaluated")).toBe(false);
    expect(canMoveTask("closed", "rectification")).toBe(false);
    expect(canMoveTask("rectified", "rectification")).toBe(true);
    expect(codes(taskTransitionRule({ status: "closed" }, edit({ status: "submitted" })))).toEqual(["taskTransition"]);
    expect(codes(taskTransitionRule({ status: "submitted" }, create))).toEqual(["taskInitialStatus"]);
  });
  it("a self-report scores every item within its maximum, and only while the plan is open", () => {
    expect(taskPlanErrors({ status: "submitted", selfScores: self }, { status: "issued" }, ctx())).toEqual([]);
    expect(taskPlanErrors({ status: "submitted", selfScores: [{ code: "A1", score: 11 }] }, { status: "issued" }, ctx())).toEqual([
      { field: "selfScores", key: "party.rules.assessmentScoreAboveMax", params: { code: "A1", max: 10 } },
    ]);
    expect(codes(taskPlanErrors({ status: "submitted", selfScores: [self[0]] }, { status: "issued" }, ctx()))).toEqual(["scoreMissing"]);
    expect(codes(taskPlanErrors({ status: "submitted", selfScores: self }, { status: "issued" }, ctx({ plan: { ...plan, status: "closed" } })))).toEqual(["planNotOpen"]);
  });
  it("an evaluator who differs from an automatic item's suggestion gives a reason", () => {
    const scores = [{ code: "A1", score: 8 }, { code: "B1", score: 9 }];
    expect(codes(taskPlanErrors({ status: "evaluated", scores }, { status: "submitted" }, ctx()))).toEqual(["reasonRequired"]);
    expect(taskPlanErrors({ status: "evaluated", scores: [{ ...scores[0], reason: "两次活动无签到表" }, scores[1]] }, { status: "submitted" }, ctx())).toEqual([]);
  });
  it("rectification only when an item is below the threshold or a veto is found; closing waits for it", () => {
    const good = [{ code: "A1", score: 10 }, { code: "B1", score: 9 }];
    const weak = [{ code: "A1", score: 10 }, { code: "B1", score: 5 }];
    expect(codes(taskPlanErrors({ status: "rectification", scores: good }, { status: "evaluated" }, ctx()))).toEqual(["nothingToRectify"]);
    expect(taskPlanErrors({ status: "rectification", scores: weak }, { status: "evaluated" }, ctx())).toEqual([]);
    expect(taskPlanErrors({ status: "rectification", scores: good, vetoes: [{ code: "V1" }] }, { status: "evaluated" }, ctx())).toEqual([]);
    expect(codes(taskPlanErrors({ status: "closed", scores: weak }, { status: "evaluated" }, ctx()))).toEqual(["rectificationPending"]);
    expect(taskPlanErrors({ status: "closed", scores: weak }, { status: "rectified" }, ctx())).toEqual([]);
  });
  it("rectification has a deadline, and a rectified task a report", () => {
    expect(codes(taskReportRule({ status: "rectification" }, create))).toEqual(["rectificationDeadlineRequired"]);
    expect(codes(taskReportRule({ status: "rectified", rectificationReport: " " }, create))).toEqual(["rectificationReportRequired"]);
  });
  it("are overdue past the deadline that applies now", () => {
    expect(overdueDays({ status: "issued", deadline: "2026-11-20" }, "2026-11-22")).toBe(2);
    expect(overdueDays({ status: "issued", deadline: "2026-11-22" }, "2026-11-22")).toBe(0);
    expect(overdueDays({ status: "submitted", deadline: "2026-11-01" }, "2026-11-22")).toBe(0);
    expect(overdueDays({ status: "rectification", deadline: "2026-01-01", rectificationDeadline: "2026-11-12" }, "2026-11-22")).toBe(10);
  });
});
