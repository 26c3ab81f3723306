import { describe, expect, it } from "vitest";
import { consortiumOverview, daysCoveredInYear, overviewYears } from "../../../src/domain/consortiumOverview";

const institutions = [
  { id: 1, name: "安平市人民医院", kind: "city_hospital", level: "level3", isLead: true },
  { id: 2, name: "河口镇卫生院", kind: "township_centre" },
  { id: 3, name: "东城街道社区卫生服务中心", kind: "community_centre" },
];
const postings = [
  { id: 1, institutionId: 2, memberId: 10, role: "rotating_expert", startDate: "2026-01-01", endDate: "2026-12-31", daysPerWeek: 1 },
  { id: 2, institutionId: 3, memberId: 11, role: "rotating_expert", startDate: "2025-11-01", endDate: "2026-02-28", daysPerWeek: 3 },
];
const activities = [
  { id: 1, institutionId: 2, kind: "free_clinic", date: "2026-03-05", peopleServed: 120 },
  { id: 2, institutionId: 2, kind: "free_clinic", date: "2026-09-20", peopleServed: 80 },
  { id: 3, institutionId: 2, kind: "training", date: "2026-04-02", peopleServed: 30 },
  { id: 4, institutionId: 2, kind: "ward_round", date: "2025-12-30", peopleServed: 12 },
  { id: 5, institutionId: 3, kind: "teaching_operation", date: "2026-05-01", peopleServed: 2 },
  { id: 6, institutionId: 3, kind: "other_kind", date: "2026-05-02" },
];

describe("daysCoveredInYear", () => {
  it("is the posting's calendar days in the year × days a week ÷ 7, rounded", () => {
    expect(daysCoveredInYear(postings[0], 2026)).toBe(52); // 365 × 1 / 7 = 52.14
    expect(daysCoveredInYear({ startDate: "2026-01-01", endDate: "2026-12-31", daysPerWeek: 3 }, 2026)).toBe(156);
    expect(daysCoveredInYear(postings[1], 2025)).toBe(26); // 61 × 3 / 7 = 26.14
    expect(daysCoveredInYear(postings[1], 2026)).toBe(25); // 59 × 3 / 7 = 25.29
    expect(daysCoveredInYear(postings[1], 2027)).toBe(0);
  });
});

describe("overviewYears", () => {
  it("holds every year a posting spans or an activity falls in, and this year, in order", () => {
    expect(overviewYears(postings, activities, "2027-03-01")).toEqual([2025, 2026, 2027]);
    expect(overviewYears([], [], "2026-11-22")).toEqual([2026]);
  });
});

describe("consortiumOverview", () => {
  const rows = consortiumOverview(institutions, postings, activities, [2025, 2026]);
  const row = (institutionId: number, year: number) => rows.find((r) => r.institutionId === institutionId && r.year === year)!;

  it("has a row per receiving institution and year; the lead has none", () => {
    expect(rows.map((r) => r.id)).toEqual(["2-2025", "2-2026", "3-2025", "3-2026"]);
  });
  it("totals a township centre's year: postings, days covered, activities by kind, people served", () => {
    expect(row(2, 2026)).toEqual({
      id: "2-2026",
      institutionId: 2,
      year: 2026,
      postings: 1,
      daysCovered: 52,
      activities: 3,
      freeClinics: 2,
      trainings: 1,
      wardRounds: 0,
      teachingOperations: 0,
      peopleServed: 230,
      fixedPhysicians: 0,
      qualifyingStaff: 0,
      quotaShortfalls: ["fixed_physician"],
    });
    expect(row(2, 2025)).toMatchObject({ postings: 0, daysCovered: 0, activities: 1, wardRounds: 1, peopleServed: 12 });
  });
  it("counts a posting in each year it spans, and an activity of another kind in the total only", () => {
    expect(row(3, 2025)).toMatchObject({ postings: 1, daysCovered: 26, activities: 0, qualifyingStaff: 1 });
    expect(row(3, 2026)).toMatchObject({ postings: 1, daysCovered: 25, activities: 2, teachingOperations: 1, peopleServed: 2 });
  });
  it("flags the community centre with one qualifying person (the lead is a level-3 city hospital)", () => {
    expect(row(3, 2026).quotaShortfalls).toEqual(["community_staff"]);
  });
  it("never lets a negative count lower the people served", () => {
    const bad = consortiumOverview(institutions, [], [...activities, { id: 7, institutionId: 2, kind: "training", date: "2026-06-01", peopleServed: -50 }], [2026]);
    expect(bad.find((r) => r.institutionId === 2)?.peopleServed).toBe(230);
  });
});
