import { describe, expect, it } from "vitest";
import { inactivityWarning, memberInactivity } from "../../../src/domain/membershipStatus";
import { orgLifeStanding, wholeMonthsBetween } from "../../../src/domain/orgLifeAbsence";

describe("wholeMonthsBetween", () => {
  it("counts a month once its day is reached", () => {
    expect(wholeMonthsBetween("2026-01-15", "2026-04-14")).toBe(2);
    expect(wholeMonthsBetween("2026-01-15", "2026-04-15")).toBe(3);
    expect(wholeMonthsBetween("2026-05-01", "2026-04-01")).toBe(0);
  });
});

describe("orgLifeStanding", () => {
  const today = "2026-11-22";
  it("months since the last meeting attended", () => {
    const marks = [
      { date: "2026-03-10", status: "present" },
      { date: "2026-04-12", status: "absent" },
      { date: "2026-05-12", status: "absent" },
    ];
    expect(orgLifeStanding(marks, today)).toEqual({ lastAttended: "2026-03-10", accountedUntil: "2026-03-10", months: 8 });
  });
  it("absences with leave do not count: a leave is a good reason", () => {
    const marks = [
      { date: "2026-03-10", status: "present" },
      { date: "2026-09-12", status: "leave_sick" },
      { date: "2026-10-12", status: "absent" },
    ];
    expect(orgLifeStanding(marks, today)).toMatchObject({ lastAttended: "2026-03-10", accountedUntil: "2026-09-12", months: 2 });
  });
  it("starts from `since` (the admission) for a member with no marks, and ignores marks after today", () => {
    expect(orgLifeStanding([{ date: "2026-12-01", status: "present" }], today, "2026-06-01")).toEqual({ lastAttended: undefined, accountedUntil: "2026-06-01", months: 5 });
    expect(orgLifeStanding([], today)).toEqual({ lastAttended: undefined, accountedUntil: undefined, months: 0 });
  });
});

describe("memberInactivity (自行脱党 review)", () => {
  const today = "2026-11-22";
  it("warns at 3 months and flags the review at 6, through the existing inactivity flag", () => {
    expect(memberInactivity({ organizationalLife: "2026-08-22" }, today)).toEqual({ flag: "warn", cause: "organizationalLife", date: "2026-08-22" });
    expect(memberInactivity({ organizationalLife: "2026-08-23" }, today)).toEqual({ flag: "none" });
    expect(memberInactivity({ organizationalLife: "2026-05-22" }, today).flag).toBe("review");
    expect(inactivityWarning("2026-05-22", today)?.code).toBe("inactivityReview");
  });
  it("takes the worst cause, so dues arrears and organizational life share one verdict", () => {
    expect(memberInactivity({ organizationalLife: "2026-10-01", dues: "2026-04-30" }, today)).toEqual({ flag: "review", cause: "dues", date: "2026-04-30" });
    expect(memberInactivity({ organizationalLife: "2026-07-01", dues: "2026-08-01" }, today)).toEqual({ flag: "warn", cause: "organizationalLife", date: "2026-07-01" });
  });
});
