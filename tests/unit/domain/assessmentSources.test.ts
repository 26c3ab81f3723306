import { describe, expect, it } from "vitest";
import {
  commitmentFulfilmentFigure,
  commitmentRatingFigure,
  figureDay,
  monthsElapsed,
  pairingTasksFigure,
  studyPaceFigure,
  themedDayFigure,
  threeMeetingsFigure,
} from "../../../src/domain/assessmentSources";

const held = (kind: string, date: string, id: number) => ({ kind, date, id, status: "held" });
const monthly = (kind: string, months: number[], year = 2025, from = 0) => months.map((m, i) => held(kind, `${year}-${String(m).padStart(2, "0")}-15`, from + i));

describe("主题党日 months held", () => {
  it("gives full marks for 11 of 12 months in a finished year", () => {
    const figure = themedDayFigure(monthly("themed_day", [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]), 2025, "2026-03-01", 10);
    expect(figure).toMatchObject({ count: 11, of: 12, suggested: 10, resource: "meetings" });
    expect(figure.recordIds).toHaveLength(11);
  });
  it("scales below that, in half points, and counts a month once", () => {
    const meetings = [...monthly("themed_day", [1, 2, 3, 4, 5, 6, 7, 8]), held("themed_day", "2025-08-28", 99), held("general_meeting", "2025-09-01", 100)];
    const figure = themedDayFigure(meetings, 2025, "2026-01-10", 10);
    expect(figure.count).toBe(8);
    expect(figure.suggested).toBe(7.5); // 10 × 8 / 11 = 7.27 → 7.5
  });
  it("judges a running year by the months already ended; a planned meeting does not count", () => {
    expect(monthsElapsed(2026, "2026-11-22")).toBe(10);
    const meetings = [...monthly("themed_day", [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 2026), { kind: "themed_day", date: "2026-11-30", id: 50, status: "planned" }];
    expect(themedDayFigure(meetings, 2026, "2026-11-22", 10)).toMatchObject({ count: 10, of: 10, suggested: 10 });
  });
});

describe("三会一课 compliance rate", () => {
  it("is the share of finished blocks in which each kind was held", () => {
    const meetings = [
      ...monthly("committee_meeting", [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], 2025, 0), // 12 of 12
      ...monthly("group_meeting", [1, 2, 3, 4, 5, 6], 2025, 100), // 6 of 12
      ...monthly("general_meeting", [2, 5, 8, 11], 2025, 200), // 4 of 4 quarters
      ...monthly("party_lecture", [3, 4], 2025, 300), // 2 of 4 quarters (two in Q2 count once)
    ];
    const figure = threeMeetingsFigure(meetings, 2025, "2026-02-01", 20);
    expect(figure).toMatchObject({ count: 24, of: 32, share: 0.75, suggested: 15 });
  });
  it("leaves the committee meeting out for a branch without a committee", () => {
    const meetings = monthly("group_meeting", [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    const figure = threeMeetingsFigure(meetings, 2025, "2026-02-01", 10, { committee_meeting: null, general_meeting: null, party_lecture: null });
    expect(figure).toMatchObject({ count: 12, of: 12, suggested: 10 });
  });
  it("owes nothing for blocks not finished yet", () => {
    const figure = threeMeetingsFigure(monthly("committee_meeting", [1], 2026), 2026, "2026-02-10", 10, { group_meeting: null, general_meeting: null, party_lecture: null });
    expect(figure).toMatchObject({ count: 1, of: 1 });
  });
});

describe("share of members on study pace", () => {
  it("is the members on pace over the members owing hours", () => {
    const standings = [true, true, true, false].map((onPace, i) => ({ memberId: i, onPace }));
    expect(studyPaceFigure(standings, 10)).toMatchObject({ count: 3, of: 4, share: 0.75, suggested: 7.5, resource: "members" });
  });
  it("judges a finished year on its last day", () => {
    expect(figureDay(2025, "2026-11-22")).toBe("2025-12-31");
    expect(figureDay(2026, "2026-11-22")).toBe("2026-11-22");
  });
});

describe("commitments", () => {
  const commitments = [
    { id: 1, deadline: "2025-03-01", status: "fulfilled", rating: 5 },
    { id: 2, deadline: "2025-05-01", status: "closed", rating: 4 },
    { id: 3, deadline: "2025-07-01", status: "closed", rectificationPlan: "重新排班", rating: 2 },
    { id: 4, deadline: "2025-09-01", status: "overdue" },
    { id: 5, deadline: "2025-10-01", status: "in_progress" }, // outcome not known yet
    { id: 6, deadline: "2024-10-01", status: "fulfilled", rating: 1 }, // another year
  ];
  it("fulfilment rate: kept over judged", () => {
    expect(commitmentFulfilmentFigure(commitments, 2025, 10)).toMatchObject({ count: 2, of: 4, share: 0.5, suggested: 5, recordIds: [1, 2, 3, 4] });
  });
  it("average rating, scaled to the item's maximum", () => {
    expect(commitmentRatingFigure(commitments, 2025, 10)).toMatchObject({ count: 3, average: 3.7, suggested: 7.5 });
  });
});

describe("pairing tasks done", () => {
  it("is the share of the year's tasks that are done", () => {
    const tasks = [
      { id: 1, dueDate: "2025-02-01", status: "done" },
      { id: 2, dueDate: "2025-06-01", status: "in_progress" },
      { id: 3, dueDate: "2025-08-01", status: "done" },
      { id: 4, dueDate: "2026-01-01", status: "open" },
    ];
    expect(pairingTasksFigure(tasks, 2025, 6)).toMatchObject({ count: 2, of: 3, suggested: 4, resource: "pairing-tasks" });
  });
  it("suggests full marks when nothing was due", () => {
    expect(pairingTasksFigure([], 2025, 6).suggested).toBe(6);
  });
});
