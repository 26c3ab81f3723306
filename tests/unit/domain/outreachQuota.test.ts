import { describe, expect, it } from "vitest";
import { lastsMonths, OUTREACH_QUOTA, postingDaysInYear, quotaFigures, quotaWarnings, senderBound, staffKey } from "../../../src/domain/outreachQuota";

const lead = { id: 1, kind: "city_hospital", level: "level3", isLead: true };
const township = { id: 2, kind: "township_centre" };
const community = { id: 3, kind: "community_centre" };
const posting = (p: Record<string, unknown>) => ({ institutionId: 2, role: "rotating_expert", daysPerWeek: 1, startDate: "2026-01-01", endDate: "2026-12-31", ...p });

describe("lastsMonths: a posting of six months or more", () => {
  it("counts 01-01 to 06-30 as six months, a day less as not", () => {
    expect(lastsMonths({ startDate: "2026-01-01", endDate: "2026-06-30" }, 6)).toBe(true);
    expect(lastsMonths({ startDate: "2026-01-01", endDate: "2026-06-29" }, 6)).toBe(false);
  });
  it("clamps to the month's last day (08-31 + 6 months ends on 02-28)", () => {
    expect(lastsMonths({ startDate: "2025-08-31", endDate: "2026-02-27" }, 6)).toBe(true);
    expect(lastsMonths({ startDate: "2025-08-31", endDate: "2026-02-26" }, 6)).toBe(false);
  });
  it("is false for missing or reversed dates", () => {
    expect(lastsMonths({ startDate: "2026-01-01" }, 6)).toBe(false);
    expect(lastsMonths({ startDate: "2026-07-01", endDate: "2026-01-01" }, 6)).toBe(false);
  });
});

describe("postingDaysInYear", () => {
  it("counts only the days inside the calendar year, both ends included", () => {
    expect(postingDaysInYear({ startDate: "2025-12-01", endDate: "2026-01-10" }, 2026)).toBe(10);
    expect(postingDaysInYear({ startDate: "2025-12-01", endDate: "2026-01-10" }, 2025)).toBe(31);
    expect(postingDaysInYear({ startDate: "2024-01-01", endDate: "2024-12-31" }, 2024)).toBe(366);
    expect(postingDaysInYear({ startDate: "2027-01-01", endDate: "2027-02-01" }, 2026)).toBe(0);
  });
});

describe("quotaFigures: a township centre needs a fixed physician posted ≥ 6 months", () => {
  it("is met by a fixed physician of six months overlapping the year", () => {
    const postings = [posting({ role: "fixed_physician", memberId: 7, startDate: "2025-10-01", endDate: "2026-03-31", daysPerWeek: 5 })];
    expect(quotaFigures(township, postings, lead, 2026)).toEqual({ fixedPhysicians: 1, qualifyingStaff: 1, shortfalls: [] });
    expect(quotaFigures(township, postings, lead, 2025).shortfalls).toEqual([]);
  });
  it("warns when the fixed physician stayed less than six months, or only rotating experts came", () => {
    const short = [posting({ role: "fixed_physician", memberId: 7, startDate: "2026-01-01", endDate: "2026-06-29", daysPerWeek: 5 })];
    expect(quotaFigures(township, short, lead, 2026).shortfalls).toEqual(["fixed_physician"]);
    expect(quotaFigures(township, [posting({ memberId: 8 })], lead, 2026).shortfalls).toEqual(["fixed_physician"]);
  });
  it("judges each year by the postings touching it", () => {
    const postings = [posting({ role: "fixed_physician", memberId: 7, startDate: "2025-01-01", endDate: "2025-06-30", daysPerWeek: 5 })];
    expect(quotaFigures(township, postings, lead, 2025).shortfalls).toEqual([]);
    expect(quotaFigures(township, postings, lead, 2026).shortfalls).toEqual(["fixed_physician"]);
  });
  it("ignores postings to other institutions", () => {
    const elsewhere = [posting({ institutionId: 9, role: "fixed_physician", memberId: 7 })];
    expect(quotaFigures(township, elsewhere, lead, 2026).fixedPhysicians).toBe(0);
  });
});

describe("quotaFigures: a level-2+ city hospital sends ≥ 3 staff ≥ 3 days a week to a community centre", () => {
  const three = [1, 2, 3].map((memberId) => posting({ institutionId: 3, memberId, daysPerWeek: 3 }));
  it("is met by three distinct people at three days a week", () => {
    expect(quotaFigures(community, three, lead, 2026)).toEqual({ fixedPhysicians: 0, qualifyingStaff: 3, shortfalls: [] });
  });
  it("warns with two, with one posted only twice a week, or with the same person counted twice", () => {
    expect(quotaFigures(community, three.slice(0, 2), lead, 2026).shortfalls).toEqual(["community_staff"]);
    expect(quotaFigures(community, [...three.slice(0, 2), posting({ institutionId: 3, memberId: 3, daysPerWeek: 2 })], lead, 2026).qualifyingStaff).toBe(2);
    expect(quotaFigures(community, [...three.slice(0, 2), posting({ institutionId: 3, memberId: 2, daysPerWeek: 4 })], lead, 2026).qualifyingStaff).toBe(2);
  });
  it("counts people recorded by name as well as by member", () => {
    const named = [...three.slice(0, 2), posting({ institutionId: 3, staffName: " 李明 ", daysPerWeek: 5 })];
    expect(quotaFigures(community, named, lead, 2026).shortfalls).toEqual([]);
  });
  it("does not bind a level-1 hospital, or a county hospital by default, but does when configured", () => {
    expect(quotaFigures(community, [], { ...lead, level: "level1" }, 2026).shortfalls).toEqual([]);
    expect(quotaFigures(community, [], { ...lead, kind: "county_hospital" }, 2026).shortfalls).toEqual([]);
    const county = { ...OUTREACH_QUOTA, senderKinds: ["city_hospital", "county_hospital"] };
    expect(quotaFigures(community, [], { ...lead, kind: "county_hospital", level: "level2" }, 2026, county).shortfalls).toEqual(["community_staff"]);
  });
  it("follows a configured minimum", () => {
    expect(quotaFigures(community, three.slice(0, 2), lead, 2026, { ...OUTREACH_QUOTA, minStaff: 2 }).shortfalls).toEqual([]);
  });
});

describe("helpers", () => {
  it("senderBound needs the kind and a level of at least 2", () => {
    expect(senderBound(lead)).toBe(true);
    expect(senderBound({ ...lead, level: "level2" })).toBe(true);
    expect(senderBound({ ...lead, level: "ungraded" })).toBe(false);
    expect(senderBound(undefined)).toBe(false);
  });
  it("staffKey: a member by id, else the trimmed name, else nothing", () => {
    expect(staffKey({ memberId: 5, staffName: "x" })).toBe("member:5");
    expect(staffKey({ staffName: " 王芳 " })).toBe("name:王芳");
    expect(staffKey({})).toBeUndefined();
  });
  it("quotaWarnings turns shortfalls into badges with the configured numbers", () => {
    expect(quotaWarnings({ quotaShortfalls: ["fixed_physician", "community_staff"], qualifyingStaff: 2 })).toEqual([
      { code: "noFixedPhysician", key: "party.warnings.noFixedPhysician", level: "warning", params: { months: 6 } },
      { code: "tooFewPostedStaff", key: "party.warnings.tooFewPostedStaff", level: "warning", params: { count: 2, min: 3, days: 3 } },
    ]);
    expect(quotaWarnings({})).toEqual([]);
  });
});
