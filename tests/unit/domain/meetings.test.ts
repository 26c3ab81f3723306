import { describe, expect, it } from "vitest";
import {
  attendanceRule,
  headcount,
  meetingStatusRule,
  moreThanHalf,
  quorum,
  resolutionOutcome,
  resolutionVotesRule,
  votersOf,
  type AttendanceEntry,
} from "../../../src/domain/meetings";

const ctx = { today: "2026-11-22", mode: "create" as const };
const r = (name: string) => `party.rules.${name}`;

/** `present` voters present, `away` voters on leave, `probationary` present without a vote, `excluded` left out. */
function list({ present = 0, away = 0, probationary = 0, excluded = 0, written = 0 }): AttendanceEntry[] {
  let id = 1;
  const rows: AttendanceEntry[] = [];
  for (let i = 0; i < present; i++) rows.push({ memberId: id++, status: "present", voting: true });
  for (let i = 0; i < away; i++) rows.push({ memberId: id++, status: "leave_business", voting: true, written: i < written });
  for (let i = 0; i < probationary; i++) rows.push({ memberId: id++, status: "present", voting: false });
  for (let i = 0; i < excluded; i++) rows.push({ memberId: id++, status: "excluded", reason: "detained", voting: true });
  return rows;
}

describe("headcount (应到 / 实到)", () => {
  it("leaves excluded people out of 应到, counts 预备党员 as present without a vote, and counts written opinions of absent voters", () => {
    expect(headcount(list({ present: 6, away: 3, probationary: 2, excluded: 1, written: 2 }))).toEqual({
      expected: 11,
      present: 8,
      votingExpected: 9,
      votingPresent: 6,
      written: 2,
    });
  });
  it("reads anything else as an empty list", () => {
    expect(headcount("x")).toEqual({ expected: 0, present: 0, votingExpected: 0, votingPresent: 0, written: 0 });
  });
});

describe("quorum", () => {
  it("more than half is the smallest whole number above half", () => {
    expect([1, 2, 3, 4, 9, 10].map(moreThanHalf)).toEqual([1, 2, 2, 3, 5, 6]);
  });
  it("支部党员大会: more than half of those with voting rights — 预备党员 do not count", () => {
    // 10 voters expected: 5 present is exactly half, not more.
    expect(quorum("general_meeting", headcount(list({ present: 5, away: 5, probationary: 4 })))).toMatchObject({ quorate: false, needed: 6, present: 5, of: 10 });
    expect(quorum("general_meeting", headcount(list({ present: 6, away: 4 })))).toMatchObject({ quorate: true, needed: 6 });
  });
  it("an excluded member lowers the bar", () => {
    expect(quorum("general_meeting", headcount(list({ present: 5, away: 4, excluded: 1 })))!.quorate).toBe(true);
  });
  it("支委会: more than half of the committee present", () => {
    expect(quorum("committee_meeting", headcount(list({ present: 3, away: 2 })))!.quorate).toBe(true);
    expect(quorum("committee_meeting", headcount(list({ present: 2, away: 2 })))!.quorate).toBe(false);
  });
  it("other kinds have no quorum", () => {
    expect(quorum("themed_day", headcount(list({ present: 1, away: 9 })))).toBeUndefined();
  });
});

describe("resolutionOutcome (双过半)", () => {
  const heads = headcount(list({ present: 8, away: 4 })); // 12 voters, 8 present
  it("passes when yes exceeds half of those entitled (not of those present)", () => {
    expect(resolutionOutcome("general_meeting", { yes: 7, no: 1, abstain: 0 }, heads)).toEqual({ passed: true, yes: 7, needed: 7, entitled: 12 });
    // 6 of 8 present is a majority of those present, but not more than half of the 12 entitled.
    expect(resolutionOutcome("general_meeting", { yes: 6, no: 1, abstain: 1 }, heads)).toEqual({ passed: false, why: "notEnoughYes", yes: 6, needed: 7, entitled: 12 });
  });
  it("fails first on the attendance half when the meeting was not quorate", () => {
    const thin = headcount(list({ present: 6, away: 6 }));
    expect(resolutionOutcome("general_meeting", { yes: 6 }, thin)).toEqual({ passed: false, why: "notQuorate", present: 6, needed: 7, entitled: 12 });
  });
  it("written opinions count among the voters", () => {
    expect(votersOf("general_meeting", headcount(list({ present: 6, away: 3, written: 2 })))).toBe(8);
  });
});

describe("resolutionVotesRule", () => {
  const record = (votes: object) => ({ kind: "general_meeting", attendance: list({ present: 6, away: 3, written: 1 }), resolutions: [votes] });
  it("accepts counts that add up to the voters (present + written)", () => {
    expect(resolutionVotesRule(record({ yes: 5, no: 1, abstain: 1 }), ctx)).toEqual([]);
  });
  it("refuses more votes than voters", () => {
    expect(resolutionVotesRule(record({ yes: 7, no: 1, abstain: 0 }), ctx)).toEqual([{ field: "resolutions", key: r("votesExceedVoters"), params: { row: 1, cast: 8, voters: 7 } }]);
  });
  it("refuses counts that do not add up", () => {
    expect(resolutionVotesRule(record({ yes: 4, no: 1, abstain: 0 }), ctx)).toEqual([{ field: "resolutions", key: r("votesDoNotAddUp"), params: { row: 1, cast: 5, voters: 7 } }]);
  });
  it("refuses fractions and negative counts", () => {
    expect(resolutionVotesRule(record({ yes: 5.5, no: 1, abstain: 0.5 }), ctx)[0].key).toBe(r("voteCountInvalid"));
    expect(resolutionVotesRule(record({ yes: 8, no: -1, abstain: 0 }), ctx)[0].key).toBe(r("voteCountInvalid"));
  });
});

describe("attendanceRule", () => {
  it("refuses a member twice, an exclusion without a reason, a reason without an exclusion, a written opinion from someone present", () => {
    expect(attendanceRule({ attendance: [{ memberId: 1, status: "present" }, { memberId: "1", status: "absent" }] }, ctx)[0]).toEqual({ field: "attendance", key: r("attendanceDuplicate"), params: { row: 2 } });
    expect(attendanceRule({ attendance: [{ memberId: 1, status: "excluded" }] }, ctx)[0].key).toBe(r("exclusionReasonRequired"));
    expect(attendanceRule({ attendance: [{ memberId: 1, status: "present", reason: "detained" }] }, ctx)[0].key).toBe(r("exclusionReasonOnlyExcluded"));
    expect(attendanceRule({ attendance: [{ memberId: 1, status: "present", voting: true, written: true }] }, ctx)[0].key).toBe(r("writtenOpinionAbsentVoter"));
    expect(attendanceRule({ attendance: [{ memberId: 1, status: "leave_sick", voting: false, written: true }] }, ctx)[0].key).toBe(r("writtenOpinionAbsentVoter"));
    expect(attendanceRule({ attendance: list({ present: 2, away: 2, written: 1, excluded: 1 }) }, ctx)).toEqual([]);
  });
});

describe("meetingStatusRule", () => {
  const held = { kind: "committee_meeting", status: "held", date: "2026-11-20", attendance: list({ present: 3 }) };
  it("a held meeting is dated today or earlier and has its attendance", () => {
    expect(meetingStatusRule(held, ctx)).toEqual([]);
    expect(meetingStatusRule({ ...held, date: "2026-11-23" }, ctx)).toEqual([{ field: "date", key: r("meetingHeldInFuture"), params: { date: "2026-11-22" } }]);
    expect(meetingStatusRule({ ...held, attendance: [] }, ctx)).toEqual([{ field: "attendance", key: r("attendanceRequired") }]);
  });
  it("a held 党课 names its lecturer; only held meetings have resolutions; a cancelled one says why", () => {
    expect(meetingStatusRule({ ...held, kind: "party_lecture" }, ctx)).toEqual([{ field: "lecturerId", key: r("lecturerRequired") }]);
    expect(meetingStatusRule({ kind: "general_meeting", status: "planned", date: "2026-12-01", resolutions: [{ title: "x" }] }, ctx)[0].key).toBe(r("resolutionsOnlyHeld"));
    expect(meetingStatusRule({ kind: "themed_day", status: "cancelled", date: "2026-11-01" }, ctx)).toEqual([{ field: "cancelReason", key: r("cancelReasonRequired") }]);
  });
  it("planned → held or cancelled; a held meeting keeps its status", () => {
    const edit = (from: string) => ({ ...ctx, mode: "edit" as const, original: { status: from } });
    expect(meetingStatusRule(held, edit("planned"))).toEqual([]);
    expect(meetingStatusRule({ ...held, status: "planned" }, edit("held"))).toEqual([{ field: "status", key: r("meetingTransition") }]);
  });
});
