import { describe, expect, it } from "vitest";
import {
  BRANCH_RULES,
  branchRules,
  branchWarnings,
  committeeRosterRule,
  countMembers,
  termEndFrom,
  termOrderRule,
  type MemberCounts,
} from "../../../src/domain/branchRules";
import type { RuleContext } from "../../../src/domain/types";

const ctx: RuleContext = { today: "2025-06-01", mode: "edit" };
const TODAY = "2025-06-01";
const counts = (full: number, probationary = 0): MemberCounts => ({ full, probationary, total: full + probationary });
const roster = (n: number) => Array.from({ length: n }, (_, i) => ({ memberId: i + 1, role: i === 0 ? "secretary" : "organization" }));
const codes = (branch: Parameters<typeof branchWarnings>[0], c: MemberCounts, today = TODAY) =>
  branchWarnings(branch, c, today).map((w) => w.code);

describe("BRANCH_RULES", () => {
  it("holds the regulation numbers", () => {
    expect(BRANCH_RULES).toMatchObject({
      minFullMembers: 3,
      maxJointUnits: 5,
      maxMembers: 50,
      committeeThreshold: 7,
      committeeMin: 3,
      committeeMax: 5,
      committeeHardMax: 7,
      termYears: 3,
      termWarnMonths: 6,
      termGraceYears: 1,
      secretaryMinStandingYears: 1,
    });
  });
});

describe("termEndFrom", () => {
  it("adds the term in calendar years", () => {
    expect(termEndFrom("2022-06-15")).toBe("2025-06-15");
    expect(termEndFrom("2024-02-29", 5)).toBe("2029-02-28");
  });
});

describe("countMembers", () => {
  it("counts full and probationary members of the branch, excluding the expelled and non-members", () => {
    const members = [
      { branchId: 1, stage: "full", partyStatus: "normal" },
      { branchId: "1", stage: "full", partyStatus: "retained" },
      { branchId: 1, stage: "full", partyStatus: "expelled" },
      { branchId: 1, stage: "probationary", partyStatus: "normal" },
      { branchId: 1, stage: "candidate", partyStatus: "normal" },
      { branchId: 2, stage: "full", partyStatus: "normal" },
    ];
    expect(countMembers(members, 1)).toEqual({ full: 2, probationary: 1, total: 3 });
    expect(countMembers(members, "2")).toEqual({ full: 1, probationary: 0, total: 1 });
  });
});

describe("branchWarnings", () => {
  const settled = { type: "clinical", committee: roster(3), termEnd: "2027-01-01" };

  it("is silent for a well-formed branch", () => {
    expect(branchWarnings(settled, counts(10), TODAY)).toEqual([]);
  });
  it("warns above 50 members: 50 ok, 51 warns", () => {
    expect(codes(settled, counts(40, 10))).not.toContain("tooManyMembers");
    expect(branchWarnings(settled, counts(40, 11), TODAY)).toContainEqual({
      code: "tooManyMembers",
      key: "party.warnings.tooManyMembers",
      level: "warning",
      params: { count: 51, max: 50 },
    });
  });
  it("asks for a committee from 7 full members: 6 no, 7 yes; probationary members do not count", () => {
    const noCommittee = { ...settled, committee: [] };
    expect(codes(noCommittee, counts(6, 5))).not.toContain("committeeMissing");
    expect(codes(noCommittee, counts(7))).toContain("committeeMissing");
    expect(codes({ ...settled, committee: undefined }, counts(7))).toContain("committeeMissing");
  });
  it("flags a committee outside 3–5, as an error above 7", () => {
    const size = (n: number) => branchWarnings({ ...settled, committee: roster(n) }, counts(20), TODAY).find((w) => w.code === "committeeSize");
    expect(size(2)).toMatchObject({ level: "warning", params: { count: 2, min: 3, max: 5 } });
    expect(size(3)).toBeUndefined();
    expect(size(5)).toBeUndefined();
    expect(size(6)).toMatchObject({ level: "warning" });
    expect(size(7)).toMatchObject({ level: "warning" });
    expect(size(8)).toMatchObject({ level: "error" });
  });
  it("flags fewer than 3 full members unless the branch is joint", () => {
    expect(codes(settled, counts(2, 4))).toContain("tooFewFullMembers");
    expect(codes(settled, counts(3))).not.toContain("tooFewFullMembers");
    expect(codes({ ...settled, type: "joint" }, counts(2))).not.toContain("tooFewFullMembers");
  });
  it("reminds from 6 months before the term ends, both ends inclusive", () => {
    expect(codes({ ...settled, termEnd: "2025-12-02" }, counts(10))).toEqual([]);
    expect(branchWarnings({ ...settled, termEnd: "2025-12-01" }, counts(10), TODAY)).toEqual([
      { code: "termEndingSoon", key: "party.warnings.termEndingSoon", level: "warning", params: { date: "2025-12-01" } },
    ]);
    expect(codes({ ...settled, termEnd: TODAY }, counts(10))).toEqual(["termEndingSoon"]);
  });
  it("marks a term overdue the day after it ends, and an error after the year of grace", () => {
    expect(branchWarnings({ ...settled, termEnd: "2025-05-31" }, counts(10), TODAY)).toEqual([
      { code: "termOverdue", key: "party.warnings.termOverdue", level: "warning", params: { date: "2025-05-31", graceUntil: "2026-05-31" } },
    ]);
    expect(branchWarnings({ ...settled, termEnd: "2024-06-01" }, counts(10), TODAY)[0].level).toBe("warning");
    expect(branchWarnings({ ...settled, termEnd: "2024-05-31" }, counts(10), TODAY)[0].level).toBe("error");
  });
  it("derives termEnd from termStart when it is missing", () => {
    expect(codes({ ...settled, termEnd: undefined, termStart: "2022-07-01" }, counts(10))).toEqual(["termEndingSoon"]);
  });
  it("warns when the secretary has less than a year of Party standing", () => {
    const standing = (secretary: { stage: string; fullMemberDate?: string }) =>
      branchWarnings(settled, counts(10), TODAY, secretary).map((w) => w.code);
    expect(standing({ stage: "full", fullMemberDate: "2024-06-01" })).toEqual([]);
    expect(standing({ stage: "full", fullMemberDate: "2024-06-02" })).toEqual(["secretaryStanding"]);
    expect(standing({ stage: "probationary" })).toEqual(["secretaryStanding"]);
  });
});

describe("termOrderRule", () => {
  it("requires termEnd after termStart", () => {
    expect(termOrderRule({ termStart: "2025-01-01", termEnd: "2025-01-02" }, ctx)).toEqual([]);
    expect(termOrderRule({ termStart: "2025-01-01", termEnd: "2025-01-01" }, ctx)).toEqual([{ field: "termEnd", key: "party.rules.termOrder" }]);
    expect(termOrderRule({ termStart: "2025-01-01" }, ctx)).toEqual([]);
  });
});

describe("committeeRosterRule", () => {
  it("accepts up to 7 distinct members with one secretary", () => {
    expect(committeeRosterRule({ committee: roster(7), secretaryId: 1 }, ctx)).toEqual([]);
  });
  it("rejects an eighth member", () => {
    expect(committeeRosterRule({ committee: roster(8) }, ctx)).toEqual([
      { field: "committee", key: "party.rules.committeeTooLarge", params: { max: 7 } },
    ]);
  });
  it("rejects a member listed twice, even as number and string", () => {
    const committee = [...roster(3), { memberId: "2", role: "publicity" }];
    expect(committeeRosterRule({ committee }, ctx)).toEqual([{ field: "committee", key: "party.rules.committeeDuplicate" }]);
  });
  it("rejects two secretaries", () => {
    const committee = [...roster(3), { memberId: 9, role: "secretary" }];
    expect(committeeRosterRule({ committee }, ctx)).toEqual([{ field: "committee", key: "party.rules.committeeSecretaryCount" }]);
  });
  it("requires secretaryId to match the roster's secretary", () => {
    expect(committeeRosterRule({ committee: roster(3), secretaryId: 2 }, ctx)).toEqual([{ field: "secretaryId", key: "party.rules.secretaryMismatch" }]);
    expect(committeeRosterRule({ committee: roster(3), secretaryId: "1" }, ctx)).toEqual([]);
  });
  it("is bundled in branchRules", () => {
    expect(branchRules).toContain(committeeRosterRule);
    expect(branchRules).toContain(termOrderRule);
  });
});
