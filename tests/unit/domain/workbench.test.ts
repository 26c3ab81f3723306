// Every work-bench rule on small hand-made records, judged on 2026-12-01.
import { describe, expect, it } from "vitest";
import { nextActivistAssessment } from "../../../src/domain/memberStages";
import {
  activistAssessmentItems,
  assessmentItems,
  commitmentItems,
  committeeTermItems,
  duesArrearsItems,
  meetingDueItems,
  probationItems,
  sortDueItems,
  studyBehindItems,
  transferReceiptItems,
  type DueItem,
} from "../../../src/domain/workbench";

const TODAY = "2026-12-01";
const ids = (items: DueItem[]) => items.map((i) => i.recordId);

describe("committee terms", () => {
  it("lists terms ending within 6 months and those past their end, not the others", () => {
    const items = committeeTermItems(
      [
        { id: 1, name: "A", termStart: "2023-12-15" }, // ends 2026-12-15: soon
        { id: 2, name: "B", termEnd: "2026-11-30" }, // ended yesterday: overdue
        { id: 3, name: "C", termEnd: "2027-06-01" }, // exactly 6 months: soon
        { id: 4, name: "D", termEnd: "2027-06-02" }, // beyond the window
        { id: 5, name: "E" }, // no term recorded
      ],
      TODAY,
    );
    expect(items.map((i) => [i.recordId, i.dueDate, i.overdue])).toEqual([
      [1, "2026-12-15", false],
      [2, "2026-11-30", true],
      [3, "2027-06-01", false],
    ]);
    expect(items[0]).toMatchObject({ resource: "branches", branchId: 1, subject: "A" });
  });
});

describe("probation", () => {
  const member = (id: number, admissionDate: string, extra: Record<string, unknown> = {}) => ({ id, name: `m${id}`, branchId: 7, stage: "probationary", admissionDate, ...extra });

  it("lists probations ending within 30 days (extension included) or already ended", () => {
    const items = probationItems(
      [
        member(1, "2025-12-31"), // ends 2026-12-31: day 30
        member(2, "2026-01-01"), // ends 2027-01-01: day 31
        member(3, "2025-06-15", { probationExtensionMonths: 6 }), // ends 2026-12-15
        member(4, "2025-11-01"), // ended 2026-11-01: overdue
        member(5, "2025-12-10", { stage: "full" }),
        member(6, "2025-12-10", { partyStatus: "expelled" }),
      ],
      TODAY,
    );
    expect(items.map((i) => [i.recordId, i.dueDate, i.overdue])).toEqual([
      [1, "2026-12-31", false],
      [3, "2026-12-15", false],
      [4, "2026-11-01", true],
    ]);
    expect(items[0]).toMatchObject({ resource: "members", memberId: 1, branchId: 7 });
  });
});

describe("activists' 6-monthly assessment", () => {
  it("finds the next assessment six-monthly from the activist date", () => {
    expect(nextActivistAssessment("2026-06-10", TODAY)).toBe("2026-12-10");
    expect(nextActivistAssessment("2025-12-01", TODAY)).toBe("2026-12-01");
    expect(nextActivistAssessment("2026-05-20", TODAY)).toBe("2027-05-20");
  });

  it("lists activists whose assessment falls within 30 days", () => {
    const items = activistAssessmentItems(
      [
        { id: 1, stage: "activist", activistDate: "2026-06-10", name: "a" },
        { id: 2, stage: "activist", activistDate: "2026-05-20", name: "b" },
        { id: 3, stage: "candidate", activistDate: "2026-06-10", name: "c" },
        { id: 4, stage: "activist", name: "d" },
      ],
      TODAY,
    );
    expect(items.map((i) => [i.recordId, i.dueDate])).toEqual([[1, "2026-12-10"]]);
  });
});

describe("meetings due", () => {
  const branch = { id: 9, name: "支部", committee: [{ memberId: 1, role: "secretary" }, { memberId: 2, role: "organization" }, { memberId: 3, role: "publicity" }] };

  it("lists this month's monthly and this quarter's quarterly activities not yet held", () => {
    const held = [
      { id: 1, branchId: 9, kind: "committee_meeting", date: "2026-12-01", status: "held" },
      { id: 2, branchId: 9, kind: "general_meeting", date: "2026-10-20", status: "held" },
    ];
    const kinds = meetingDueItems([branch], held, TODAY).map((i) => i.detail);
    expect(kinds).toContain("group_meeting");
    expect(kinds).toContain("themed_day");
    expect(kinds).not.toContain("committee_meeting"); // held this month
    expect(kinds).not.toContain("general_meeting"); // held this quarter
    expect(meetingDueItems([branch], held, TODAY).every((i) => i.dueDate === "2026-12-31" && i.resource === "branches" && i.recordId === 9)).toBe(true);
  });

  it("owes no committee meeting without a committee, and nothing for a planned one", () => {
    const kinds = meetingDueItems([{ id: 9, name: "小支部" }], [{ id: 1, branchId: 9, kind: "group_meeting", date: "2026-12-05", status: "planned" }], TODAY).map((i) => i.detail);
    expect(kinds).not.toContain("committee_meeting");
    expect(kinds).toContain("group_meeting");
  });
});

describe("commitments", () => {
  it("lists those past their deadline (stored or derived) and those in rectification", () => {
    const items = commitmentItems(
      [
        { id: 1, status: "in_progress", deadline: "2026-11-30", content: "x", branchId: 1 },
        { id: 2, status: "published", deadline: "2026-12-01", content: "y", branchId: 1 }, // due today, not yet overdue
        { id: 3, status: "overdue", deadline: "2026-10-01", content: "z", branchId: 1 },
        { id: 4, status: "rectifying", deadline: "2026-10-01", content: "w", branchId: 2, memberId: 8 },
        { id: 5, status: "fulfilled", deadline: "2026-10-01", content: "v", branchId: 1 },
      ],
      TODAY,
    );
    expect(items.map((i) => [i.recordId, i.rule])).toEqual([
      [1, "commitment_overdue"],
      [3, "commitment_overdue"],
      [4, "commitment_rectifying"],
    ]);
    expect(items[2]).toMatchObject({ memberId: 8, branchId: 2 });
  });
});

describe("study hours", () => {
  it("lists members behind the year's pace, with the hours done and still to go", () => {
    const standings = new Map([
      ["1", { hours: 10, minimum: 32, remaining: 22, onPace: false }],
      ["2", { hours: 30, minimum: 32, remaining: 2, onPace: true }],
    ]);
    const items = studyBehindItems([{ id: 1, name: "a", branchId: 3 }, { id: 2, name: "b", branchId: 3 }, { id: 3, name: "c" }], standings, TODAY);
    expect(items).toEqual([expect.objectContaining({ rule: "study_behind", recordId: 1, detail: "10/32", amount: 22, dueDate: "2026-12-31" })]);
  });
});

describe("dues", () => {
  it("lists members owing dues for a completed month", () => {
    const standings = new Map([
      ["1", { duesMonthsOwing: 2, duesPaidThrough: "2026-08" }],
      ["2", { duesMonthsOwing: 0, duesPaidThrough: "2026-11" }],
    ]);
    expect(duesArrearsItems([{ id: 1, name: "a" }, { id: 2, name: "b" }], standings)).toEqual([expect.objectContaining({ rule: "dues_arrears", recordId: 1, amount: 2, overdue: true })]);
  });
});

describe("transfers", () => {
  it("lists letters issued and still valid, for the branch responsible", () => {
    const items = transferReceiptItems(
      [
        { id: 1, status: "issued", kind: "between", fromBranchId: 4, toBranchId: 5, issueDate: "2026-11-20", validityDays: 30, memberId: 7, serialNo: "A1" },
        { id: 2, status: "issued", kind: "out", fromBranchId: 4, issueDate: "2026-10-01", validityDays: 30, memberId: 7, serialNo: "A2" }, // expired
        { id: 3, status: "received", kind: "between", fromBranchId: 4, issueDate: "2026-11-20", validityDays: 30, memberId: 7, serialNo: "A3" },
        { id: 4, status: "issued", kind: "in", toBranchId: 6, issueDate: "2026-11-25", validityDays: 30, memberId: 8, serialNo: "A4" },
      ],
      TODAY,
      (id) => `member ${String(id)}`,
    );
    expect(items.map((i) => [i.recordId, i.branchId, i.subject])).toEqual([
      [1, 4, "member 7"],
      [4, 6, "member 8"],
    ]);
  });
});

describe("branch assessment", () => {
  const plans = [
    { id: 1, title: "2026年度星级评定", status: "issued" },
    { id: 2, title: "2025年度星级评定", status: "closed" },
  ];
  const branchName = (id: unknown) => `支部${String(id)}`;
  it("lists self-reports still to hand in while the plan is open and the deadline is within 30 days or past", () => {
    const items = assessmentItems(
      [
        { id: 10, planId: 1, branchId: 3, status: "issued", deadline: "2026-12-20" }, // 19 days: due
        { id: 11, planId: 1, branchId: 4, status: "issued", deadline: "2026-11-28" }, // past: overdue
        { id: 12, planId: 1, branchId: 5, status: "issued", deadline: "2026-12-31" }, // exactly 30 days: due
        { id: 13, planId: 1, branchId: 6, status: "issued", deadline: "2027-01-01" }, // beyond the window
        { id: 14, planId: 1, branchId: 7, status: "submitted", deadline: "2026-12-20" }, // handed in
        { id: 15, planId: 2, branchId: 8, status: "issued", deadline: "2025-12-20" }, // its plan is closed
      ],
      plans,
      TODAY,
      branchName,
    );
    expect(items.map((i) => [i.recordId, i.dueDate, i.overdue])).toEqual([
      [10, "2026-12-20", false],
      [11, "2026-11-28", true],
      [12, "2026-12-31", false],
    ]);
    expect(items[0]).toEqual({ rule: "assessment_self_report", resource: "assessment-sheet", recordId: 10, branchId: 3, subject: "支部3", detail: "2026年度星级评定", dueDate: "2026-12-20", overdue: false });
  });
  it("lists rectifications under way by their deadline, of a closed plan too, and not those reported or closed", () => {
    const items = assessmentItems(
      [
        { id: 20, planId: 2, branchId: 3, status: "rectification", deadline: "2025-12-20", rectificationDeadline: "2026-11-21" },
        { id: 21, planId: 2, branchId: 4, status: "rectification", deadline: "2025-12-20", rectificationDeadline: "2026-12-22" },
        { id: 22, planId: 2, branchId: 5, status: "rectified", deadline: "2025-12-20", rectificationDeadline: "2026-12-22" },
        { id: 23, planId: 2, branchId: 6, status: "closed", deadline: "2025-12-20" },
      ],
      plans,
      TODAY,
      branchName,
    );
    expect(items.map((i) => [i.rule, i.recordId, i.dueDate, i.overdue, i.detail])).toEqual([
      ["assessment_rectification", 20, "2026-11-21", true, "2025年度星级评定"],
      ["assessment_rectification", 21, "2026-12-22", false, "2025年度星级评定"],
    ]);
  });
});

describe("ordering", () => {
  it("puts overdue items first, then the nearest due date", () => {
    const item = (recordId: number, overdue: boolean, dueDate?: string): DueItem => ({ rule: "committee_term", resource: "branches", recordId, branchId: 1, subject: "", overdue, dueDate });
    expect(ids(sortDueItems([item(1, false, "2027-01-01"), item(2, true, "2026-01-01"), item(3, false, "2026-12-10"), item(4, false)]))).toEqual([2, 3, 1, 4]);
  });
});
