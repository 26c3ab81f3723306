import { describe, expect, it } from "vitest";
import { DUES_BASE_CEILING, baseInForce, duesBaseComponentsRule, duesBaseFromComponents, monthlyAmountOf, needsDuesReview } from "../../../src/domain/duesBase";

const ctx = { today: "2026-11-22", mode: "create" as const };
const staff = { category: "employed", postSalary: 3200, gradeSalary: 1800, basicPerformance: 2500, allowances: 900, incomeTax: 400 };

describe("the dues base from its components", () => {
  it("adds 岗位工资, 薪级工资, 基础性绩效 and 津贴补贴 and takes off income tax", () => {
    expect(duesBaseFromComponents(staff)).toBe(8000);
  });
  it("leaves 奖励性绩效 out", () => {
    expect(duesBaseFromComponents({ ...staff, rewardPerformance: 6000 })).toBe(8000);
  });
  it("takes the basic pension only for retirees", () => {
    expect(duesBaseFromComponents({ category: "retired", basicPension: 5200, postSalary: 3000 })).toBe(5200);
  });
  it("is 0 for the flat rate, and never negative", () => {
    expect(duesBaseFromComponents({ category: "flat", postSalary: 3000 })).toBe(0);
    expect(duesBaseFromComponents({ category: "employed", postSalary: 100, incomeTax: 500 })).toBe(0);
  });
  it("keeps cents exact", () => {
    expect(duesBaseFromComponents({ category: "employed", postSalary: 0.1, gradeSalary: 0.2 })).toBe(0.3);
  });
  it("gives the monthly amount by the brackets", () => {
    expect(monthlyAmountOf(staff)).toBe(120); // 8000 × 1.5 %
    expect(monthlyAmountOf({ category: "retired", basicPension: 5200 })).toBe(52);
    expect(monthlyAmountOf({ category: "flat" })).toBe(0.2);
  });
});

describe("the review flag", () => {
  it("is raised above 1,000 yuan a month, not at it", () => {
    expect(needsDuesReview(1000)).toBe(false);
    expect(needsDuesReview(1000.01)).toBe(true);
    expect(monthlyAmountOf({ category: "employed", postSalary: 50000 })).toBe(1000);
    expect(needsDuesReview(monthlyAmountOf({ category: "employed", postSalary: 50001 }))).toBe(true);
  });
});

describe("the base in force in a month", () => {
  const bases = [
    { memberId: 1, year: 2026, fromMonth: 1, category: "employed", postSalary: 6000 },
    { memberId: 1, year: 2026, fromMonth: 7, category: "employed", postSalary: 9000 },
    { memberId: 1, year: 2025, fromMonth: 1, category: "employed", postSalary: 5000 },
  ];
  it("is the year's first base until a pay change, which applies from its month", () => {
    expect(baseInForce(bases, "2026-06")?.postSalary).toBe(6000);
    expect(baseInForce(bases, "2026-07")?.postSalary).toBe(9000);
    expect(baseInForce(bases, "2026-12")?.postSalary).toBe(9000);
    expect(baseInForce(bases, "2025-12")?.postSalary).toBe(5000);
  });
  it("does not carry into a year without a base", () => {
    expect(baseInForce(bases, "2027-01")).toBeUndefined();
  });
});

describe("the base's rule", () => {
  it("accepts a plausible staff and retiree base", () => {
    expect(duesBaseComponentsRule(staff, ctx)).toEqual([]);
    expect(duesBaseComponentsRule({ category: "retired", basicPension: 4000 }, ctx)).toEqual([]);
    expect(duesBaseComponentsRule({ category: "flat" }, ctx)).toEqual([]);
  });
  it("wants 岗位工资 for staff and the pension for retirees, and not the other way round", () => {
    expect(duesBaseComponentsRule({ category: "employed" }, ctx).map((e) => e.field)).toEqual(["postSalary"]);
    expect(duesBaseComponentsRule({ category: "retired" }, ctx).map((e) => e.field)).toEqual(["basicPension"]);
    expect(duesBaseComponentsRule({ category: "retired", basicPension: 3000, gradeSalary: 200 }, ctx).map((e) => e.key)).toEqual(["party.rules.duesStaffComponentsForStaff"]);
    expect(duesBaseComponentsRule({ ...staff, basicPension: 3000 }, ctx).map((e) => e.key)).toEqual(["party.rules.duesPensionForRetirees"]);
  });
  it("refuses tax above pay and an absurd base", () => {
    expect(duesBaseComponentsRule({ category: "employed", postSalary: 100, incomeTax: 500 }, ctx).map((e) => e.key)).toEqual(["party.rules.duesTaxAbovePay"]);
    expect(duesBaseComponentsRule({ category: "employed", postSalary: DUES_BASE_CEILING + 1 }, ctx)).toEqual([
      { field: "postSalary", key: "party.rules.duesBaseAbsurd", params: { max: DUES_BASE_CEILING } },
    ]);
    expect(duesBaseComponentsRule({ category: "employed", postSalary: DUES_BASE_CEILING }, ctx)).toEqual([]);
  });
});
