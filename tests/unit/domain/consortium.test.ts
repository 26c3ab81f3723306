import { describe, expect, it } from "vitest";
import {
  activityAgreementErrors,
  agreementTermRule,
  daysBetween,
  levelRank,
  peopleServedWholeRule,
  postingDatesRule,
  postingPersonRule,
  secondLeadErrors,
} from "../../../src/domain/consortium";

const ctx = { today: "2026-11-22", mode: "create" as const };

describe("postingDatesRule", () => {
  it("refuses a posting ending before it starts, on the end date", () => {
    expect(postingDatesRule({ startDate: "2026-03-01", endDate: "2026-02-28" }, ctx)).toEqual([
      { field: "endDate", key: "party.rules.postingEndBeforeStart", params: { date: "2026-03-01" } },
    ]);
  });
  it("accepts a one-day posting and leaves missing dates to the field checks", () => {
    expect(postingDatesRule({ startDate: "2026-03-01", endDate: "2026-03-01" }, ctx)).toEqual([]);
    expect(postingDatesRule({ startDate: "2026-03-01" }, ctx)).toEqual([]);
  });
});

describe("postingPersonRule", () => {
  it("needs a member or a typed name", () => {
    expect(postingPersonRule({}, ctx)).toEqual([{ field: "staffName", key: "party.rules.postingPersonMissing" }]);
    expect(postingPersonRule({ staffName: "  " }, ctx)).toHaveLength(1);
    expect(postingPersonRule({ memberId: 3 }, ctx)).toEqual([]);
    expect(postingPersonRule({ staffName: "王芳" }, ctx)).toEqual([]);
  });
});

describe("agreementTermRule", () => {
  it("refuses a term ending before it starts, and a signing after the term", () => {
    expect(agreementTermRule({ startDate: "2026-01-01", endDate: "2025-12-31" }, ctx)).toEqual([{ field: "endDate", key: "party.rules.endBeforeStart" }]);
    expect(agreementTermRule({ signedDate: "2027-01-01", startDate: "2026-01-01", endDate: "2026-12-31" }, ctx)).toEqual([
      { field: "signedDate", key: "party.rules.agreementSignedAfterEnd", params: { date: "2026-12-31" } },
    ]);
    expect(agreementTermRule({ signedDate: "2025-12-20", startDate: "2026-01-01", endDate: "2026-12-31" }, ctx)).toEqual([]);
  });
});

describe("activityAgreementErrors", () => {
  const agreement = { id: 1, startDate: "2026-01-01", endDate: "2026-12-31", institutionIds: [2, 3] };
  it("accepts the first and the last day of the term, at a party institution", () => {
    expect(activityAgreementErrors({ date: "2026-01-01", institutionId: 2 }, agreement)).toEqual([]);
    expect(activityAgreementErrors({ date: "2026-12-31", institutionId: "3" }, agreement)).toEqual([]);
  });
  it("refuses a date outside the term, naming the term", () => {
    expect(activityAgreementErrors({ date: "2027-01-01", institutionId: 2 }, agreement)).toEqual([
      { field: "date", key: "party.rules.activityOutsideTerm", params: { from: "2026-01-01", to: "2026-12-31" } },
    ]);
    expect(activityAgreementErrors({ date: "2025-12-31", institutionId: 2 }, agreement)).toHaveLength(1);
  });
  it("refuses an institution that is not a party to the agreement", () => {
    expect(activityAgreementErrors({ date: "2026-05-01", institutionId: 9 }, agreement)).toEqual([
      { field: "institutionId", key: "party.rules.activityInstitutionNotParty" },
    ]);
  });
  it("leaves an unknown agreement to the relation check", () => {
    expect(activityAgreementErrors({ date: "2030-01-01" }, undefined)).toEqual([]);
  });
});

describe("secondLeadErrors", () => {
  const stored = [
    { id: 1, name: "安平市人民医院", isLead: true },
    { id: 2, name: "城关镇卫生院", isLead: false },
  ];
  it("refuses a second lead, naming the first", () => {
    expect(secondLeadErrors({ id: 2, isLead: true }, stored)).toEqual([{ field: "isLead", key: "party.rules.institutionSecondLead", params: { name: "安平市人民医院" } }]);
    expect(secondLeadErrors({ isLead: true }, stored)).toHaveLength(1);
  });
  it("lets the lead be saved again, and any number of non-leads", () => {
    expect(secondLeadErrors({ id: "1", isLead: true }, stored)).toEqual([]);
    expect(secondLeadErrors({ isLead: false }, stored)).toEqual([]);
  });
});

describe("small helpers", () => {
  it("peopleServedWholeRule refuses fractions (negatives are the schema's bound)", () => {
    expect(peopleServedWholeRule({ peopleServed: 2.5 }, ctx)).toEqual([{ field: "peopleServed", key: "party.validation.integer" }]);
    expect(peopleServedWholeRule({ peopleServed: 0 }, ctx)).toEqual([]);
  });
  it("daysBetween counts both ends; levelRank reads level3 as 3", () => {
    expect(daysBetween("2026-01-01", "2026-01-01")).toBe(1);
    expect(daysBetween("2026-01-01", "2026-12-31")).toBe(365);
    expect(daysBetween("2026-02-01", "2026-01-01")).toBe(0);
    expect(levelRank("level3")).toBe(3);
    expect(levelRank("ungraded")).toBe(0);
  });
});
