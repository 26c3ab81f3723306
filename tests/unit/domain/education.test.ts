import { describe, expect, it } from "vitest";
import {
  alreadyRecorded,
  articleStatusRule,
  branchLeaderIds,
  courseWindowErrors,
  creditedHours,
  DEFAULT_HOUR_RULE,
  expectedShare,
  hoursInYear,
  isSafeLink,
  needsCentralTraining,
  readingMinutes,
  studyHoursRule,
  studyPace,
  yearlyMinimum,
} from "../../../src/domain/education";

describe("hour counting", () => {
  it("online courses by length: ≥ 30 min 1, 15–30 min 0.5, < 15 min 0.25", () => {
    expect(creditedHours("online_video", 45)).toBe(1);
    expect(creditedHours("online_video", 30)).toBe(1);
    expect(creditedHours("online_document", 29)).toBe(0.5);
    expect(creditedHours("online_video", 15)).toBe(0.5);
    expect(creditedHours("online_video", 14)).toBe(0.25);
    expect(creditedHours("online_video", 0)).toBe(0);
  });
  it("a half-day lecture 4, a full day 8, several days 8 each", () => {
    expect(creditedHours("live_lecture", 180)).toBe(4);
    expect(creditedHours("live_lecture", 240)).toBe(4);
    expect(creditedHours("offline_training", 300)).toBe(8);
    expect(creditedHours("offline_training", 480)).toBe(8);
    expect(creditedHours("offline_training", 3 * 480)).toBe(24);
    expect(creditedHours("offline_training", 480 + 200)).toBe(12);
  });
  it("branch study 1 per hour, to the half hour", () => {
    expect(creditedHours("branch_lecture", 60)).toBe(1);
    expect(creditedHours("branch_lecture", 90)).toBe(1.5);
    expect(creditedHours("branch_lecture", 20)).toBe(0.5);
  });
  it("takes a hospital's own rule", () => {
    const rule = { ...DEFAULT_HOUR_RULE, halfDay: 3, online: [{ minutes: 20, hours: 1 }, { minutes: 0, hours: 0 }] };
    expect(creditedHours("live_lecture", 120, rule)).toBe(3);
    expect(creditedHours("online_video", 20, rule)).toBe(1);
    expect(creditedHours("online_video", 19, rule)).toBe(0);
  });
});

describe("yearly minimum by role", () => {
  const branch = { secretaryId: 7, committee: [{ memberId: 7, role: "secretary" }, { memberId: "9", role: "publicity" }] };
  it("32 for members, 56 for the secretary and committee members on the branch's roster", () => {
    const leaders = branchLeaderIds(branch);
    expect([...leaders].sort()).toEqual(["7", "9"]);
    expect(yearlyMinimum(leaders.has("9"))).toBe(56);
    expect(yearlyMinimum(leaders.has("8"))).toBe(32);
  });
  it("is configurable", () => {
    expect(yearlyMinimum(false, { member: 40, leader: 60 })).toBe(40);
    expect(yearlyMinimum(true, { member: 40, leader: 60 })).toBe(60);
  });
  it("a branch without a committee has only its secretary as a leader", () => {
    expect([...branchLeaderIds({ secretaryId: 3 })]).toEqual(["3"]);
    expect([...branchLeaderIds({})]).toEqual([]);
  });
});

describe("pace", () => {
  it("expects nothing before July, half after June, all after the year", () => {
    expect(expectedShare("2026-06-30")).toBe(0);
    expect(expectedShare("2026-07-01")).toBe(0.5);
    expect(expectedShare("2026-12-31")).toBe(0.5);
  });
  it("less than half by the end of June is behind", () => {
    expect(studyPace(15.5, 32, "2026-07-01").onPace).toBe(false);
    expect(studyPace(16, 32, "2026-07-01").onPace).toBe(true);
    expect(studyPace(0, 32, "2026-06-30").onPace).toBe(true);
    expect(studyPace(27, 56, "2026-11-22")).toEqual({ hours: 27, minimum: 56, percent: 48, remaining: 29, onPace: false });
    expect(studyPace(40, 32, "2026-11-22")).toMatchObject({ percent: 100, remaining: 0, onPace: true });
  });
  it("takes a hospital's own checkpoints", () => {
    const quarterly = [{ by: "03-31", share: 0.25 }, { by: "09-30", share: 0.75 }];
    expect(studyPace(10, 32, "2026-10-01", quarterly).onPace).toBe(false);
    expect(studyPace(24, 32, "2026-10-01", quarterly).onPace).toBe(true);
  });
  it("hours count in the year earned, never carried over", () => {
    const records = [
      { date: "2025-12-31", hours: 8 },
      { date: "2026-01-01", hours: 4 },
      { date: "2026-11-02", hours: 0.5 },
      { date: "not a date", hours: 3 },
    ];
    expect(hoursInYear(records, "2026")).toBe(4.5);
    expect(hoursInYear(records, "2025")).toBe(8);
  });
  it("flags probationary members (and those within a year of 转正) without a centralized training this year", () => {
    const central = (r: Record<string, unknown>) => r.central === true;
    const done = [{ date: "2026-03-01", central: true }];
    expect(needsCentralTraining({ stage: "probationary" }, [], "2026", "2026-11-22", central)).toBe(true);
    expect(needsCentralTraining({ stage: "probationary" }, done, "2026", "2026-11-22", central)).toBe(false);
    expect(needsCentralTraining({ stage: "probationary" }, [{ date: "2025-03-01", central: true }], "2026", "2026-11-22", central)).toBe(true);
    expect(needsCentralTraining({ stage: "full", fullMemberDate: "2026-02-01" }, [], "2026", "2026-11-22", central)).toBe(true);
    expect(needsCentralTraining({ stage: "full", fullMemberDate: "2020-02-01" }, [], "2026", "2026-11-22", central)).toBe(false);
  });
});

describe("record rules", () => {
  it("hours above 0 and at most 24 a day", () => {
    expect(studyHoursRule({ hours: 0 })).toHaveLength(1);
    expect(studyHoursRule({ hours: -1 })).toHaveLength(1);
    expect(studyHoursRule({ hours: 24.5 })).toHaveLength(1);
    expect(studyHoursRule({ hours: 24 })).toEqual([]);
    expect(studyHoursRule({ hours: 0.25 })).toEqual([]);
  });
  it("no study before a course opens or after it closes", () => {
    const course = { openFrom: "2026-03-01", openTo: "2026-09-30" };
    expect(courseWindowErrors({ date: "2026-02-28" }, course)).toEqual([{ field: "date", key: "party.rules.studyBeforeCourseOpens", params: { date: "2026-03-01" } }]);
    expect(courseWindowErrors({ date: "2026-10-01" }, course)[0].key).toBe("party.rules.studyAfterCourseCloses");
    expect(courseWindowErrors({ date: "2026-03-01" }, course)).toEqual([]);
  });
  it("one completion of a course per member and year", () => {
    const stored = [{ id: 1, memberId: 5, courseId: 2, date: "2026-04-01" }];
    expect(alreadyRecorded({ memberId: 5, courseId: 2, date: "2026-11-01" }, stored)).toBe(true);
    expect(alreadyRecorded({ memberId: "5", courseId: "2", date: "2027-01-01" }, stored)).toBe(false);
    expect(alreadyRecorded({ memberId: 6, courseId: 2, date: "2026-11-01" }, stored)).toBe(false);
    expect(alreadyRecorded({ id: 1, memberId: 5, courseId: 2, date: "2026-04-02" }, stored), "the record itself").toBe(false);
  });
  it("links only over http and https", () => {
    expect(isSafeLink("https://study.example/c/1")).toBe(true);
    expect(isSafeLink("http://intranet/x")).toBe(true);
    expect(isSafeLink("javascript:alert(1)")).toBe(false);
    expect(isSafeLink(" JavaScript:alert(1)")).toBe(false);
    expect(isSafeLink("data:text/html,<script>")).toBe(false);
    expect(isSafeLink("/relative")).toBe(false);
  });
  it("articles move draft → published → archived, and a published one has a date", () => {
    expect(articleStatusRule({ status: "published", publishDate: "2026-01-01" }, { mode: "edit", original: { status: "draft" } })).toEqual([]);
    expect(articleStatusRule({ status: "draft", publishDate: "2026-01-01" }, { mode: "edit", original: { status: "published" } })[0].key).toBe("party.rules.articleTransition");
    expect(articleStatusRule({ status: "published" }, { mode: "create" })[0].field).toBe("publishDate");
  });
  it("reading time from Chinese characters and words", () => {
    expect(readingMinutes("短文")).toBe(1);
    expect(readingMinutes("党".repeat(1200))).toBe(3);
    expect(readingMinutes(Array(500).fill("word").join(" "))).toBe(3);
  });
});
