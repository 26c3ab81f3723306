import { describe, expect, it } from "vitest";
import { appraisalYearRule, excellentAllowed, excellentCap, followUpRule, followUpState } from "../../../src/domain/appraisals";

const ctx = { today: "2026-11-22", mode: "create" as const };
const r = (name: string) => `party.rules.${name}`;

describe("the 1/3 优秀 cap", () => {
  it("allows a third of those appraised, rounded down", () => {
    expect([0, 2, 3, 8, 9, 10, 30].map((n) => excellentCap(n))).toEqual([0, 0, 1, 2, 3, 3, 10]);
  });
  it("a fourth 优秀 in a branch of nine is refused", () => {
    expect(excellentAllowed(2, 9)).toBe(true);
    expect(excellentAllowed(3, 9)).toBe(false);
  });
  it("the share is configurable", () => {
    expect(excellentCap(10, 0.2)).toBe(2);
  });
});

describe("follow-up of a 不合格 grade", () => {
  const unqualified = { year: 2025, grade: "unqualified", followUpAction: "rectify", followUpDeadline: "2026-06-30" };
  it("needs an action and a deadline; other grades have none", () => {
    expect(followUpRule(unqualified, ctx)).toEqual([]);
    expect(followUpRule({ year: 2025, grade: "unqualified" }, ctx)).toEqual([
      { field: "followUpAction", key: r("followUpRequired") },
      { field: "followUpDeadline", key: r("followUpRequired") },
    ]);
    expect(followUpRule({ year: 2025, grade: "qualified", followUpAction: "rectify" }, ctx)).toEqual([{ field: "followUpAction", key: r("followUpOnlyUnqualified") }]);
    expect(followUpRule({ ...unqualified, followUpDeadline: "2024-12-31" }, ctx)[0].key).toBe(r("followUpBeforeYear"));
  });
  it("is open, overdue after its deadline (not on it), closed with an outcome", () => {
    expect(followUpState(unqualified, "2026-06-30")).toBe("open");
    expect(followUpState(unqualified, "2026-07-01")).toBe("overdue");
    expect(followUpState({ ...unqualified, followUpOutcome: "已整改" }, "2026-07-01")).toBe("closed");
    expect(followUpState({ grade: "qualified" }, "2026-07-01")).toBe("none");
  });
  it("the appraisal year has begun", () => {
    expect(appraisalYearRule({ year: 2027 }, ctx)).toEqual([{ field: "year", key: r("appraisalFutureYear") }]);
    expect(appraisalYearRule({ year: 2026 }, ctx)).toEqual([]);
  });
});
