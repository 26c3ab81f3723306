import { describe, expect, it } from "vitest";
import { complianceReport } from "../../../src/domain/compliance";
import { activityFrequencies, branchActivityConfig, lookBackPeriod, monthlyCompliance, monthState } from "../../../src/domain/organizationalLife";

const held = (kind: string, date: string, id: unknown = date) => ({ kind, date, id, status: "held" });

describe("activityFrequencies", () => {
  it("are the domain rules' defaults, each of which a hospital may change or switch off", () => {
    expect(activityFrequencies()).toEqual({
      general_meeting: "quarterly",
      committee_meeting: "monthly",
      group_meeting: "monthly",
      party_lecture: "quarterly",
      themed_day: "monthly",
      life_meeting: "yearly",
      appraisal: "yearly",
    });
    expect(activityFrequencies({ party_lecture: "half_yearly", group_meeting: null })).toMatchObject({ party_lecture: "half_yearly", group_meeting: null });
  });
  it("a branch without a committee holds no 支委会", () => {
    expect(branchActivityConfig({ committee: [] })).toEqual({ committee_meeting: null });
    expect(branchActivityConfig({ committee: [{ memberId: 1, role: "secretary" }] }, { party_lecture: "yearly" })).toEqual({ party_lecture: "yearly" });
  });
});

describe("monthlyCompliance", () => {
  const today = "2026-05-10";
  const months = monthlyCompliance(
    [held("committee_meeting", "2026-01-08", 1), held("committee_meeting", "2026-03-05", 3), held("general_meeting", "2026-02-20", 2), { kind: "committee_meeting", date: "2026-02-02", id: 9, status: "planned" }],
    2026,
    today,
    {},
    ["committee_meeting", "general_meeting"],
  );
  it("monthly kinds: held, missing once the month is over, due while it runs or lies ahead", () => {
    expect(months.slice(0, 6).map((m) => m.kinds.committee_meeting!.state)).toEqual(["held", "missing", "held", "missing", "due", "due"]);
    expect(months[0].kinds.committee_meeting!.meetingIds).toEqual([1]);
  });
  it("a planned meeting does not count as held", () => {
    expect(months[1].kinds.committee_meeting!.meetingIds).toEqual([]);
  });
  it("quarterly kinds are judged in the quarter's last month; a quarter met in another month owes nothing", () => {
    expect(months.slice(0, 6).map((m) => m.kinds.general_meeting!.state)).toEqual(["none", "held", "none", "none", "none", "due"]);
    const q1Missing = monthlyCompliance([], 2026, today, {}, ["general_meeting"]);
    expect(q1Missing[2].kinds.general_meeting!.state).toBe("missing");
  });
  it("a month's overall state: missing wins, then due, then held", () => {
    expect(months.slice(0, 6).map(monthState)).toEqual(["held", "missing", "held", "missing", "due", "due"]);
  });
  it("frequencies follow the configuration", () => {
    const yearly = monthlyCompliance([], 2026, "2027-01-05", { committee_meeting: "yearly" }, ["committee_meeting"]);
    expect(yearly.map((m) => m.kinds.committee_meeting!.state)).toEqual([...Array(11).fill("none"), "missing"]);
  });
});

describe("complianceReport", () => {
  const branches = [
    { id: 1, name: "心内科党支部", type: "clinical", committee: [{ memberId: 1, role: "secretary" }] },
    { id: 2, name: "财务处党支部", type: "functional", committee: [] },
  ];
  it("one row per branch of the chosen type, with the blocks missed in the year", () => {
    const meetings = [{ ...held("committee_meeting", "2026-01-05"), branchId: 1 }];
    const report = complianceReport(branches, meetings, { year: 2026, today: "2026-04-01", kinds: ["committee_meeting"] });
    expect(report.rows.map((r) => [r.name, r.missing])).toEqual([
      ["心内科党支部", 2],
      ["财务处党支部", 0],
    ]);
    expect(report.rows[1].months[0].kinds).toEqual({});
    expect(complianceReport(branches, meetings, { year: 2026, today: "2026-04-01", branchType: "functional" }).rows.map((r) => r.branchId)).toEqual([2]);
  });
  it("leaves out kinds a hospital switched off", () => {
    expect(complianceReport(branches, [], { year: 2026, today: "2026-04-01", config: { themed_day: null } }).kinds).not.toContain("themed_day");
  });
});

describe("lookBackPeriod", () => {
  it("is the twelve whole months before today's month", () => {
    expect(lookBackPeriod("2026-11-22")).toEqual({ from: "2025-11-01", to: "2026-10-31" });
  });
});
