import { describe, expect, it } from "vitest";
import { pairingDatesRule, pairingErrors } from "../../../src/domain/pairings";

const branches = {
  "1": { type: "functional" },
  "2": { type: "clinical" },
  "3": { type: "medtech" },
  "4": { type: "retired" },
  "5": { type: "functional" },
  "6": { type: "clinical" },
};
const pairing = { id: 10, initiatorBranchId: 1, partnerBranchIds: [2, 3], status: "active", title: "医患服务联建" };

describe("pairingErrors", () => {
  it("accepts a functional branch paired with clinical and medtech branches", () => {
    expect(pairingErrors(pairing, branches, [])).toEqual([]);
  });
  it("requires a functional initiator", () => {
    expect(pairingErrors({ ...pairing, initiatorBranchId: 2, partnerBranchIds: [3] }, branches, [])).toEqual([
      { field: "initiatorBranchId", key: "party.rules.pairingInitiatorType" },
    ]);
  });
  it("requires every partner to be clinical or medtech", () => {
    expect(pairingErrors({ ...pairing, partnerBranchIds: [2, 4] }, branches, [])).toEqual([
      { field: "partnerBranchIds", key: "party.rules.pairingPartnerType" },
    ]);
    expect(pairingErrors({ ...pairing, partnerBranchIds: ["3", 5] }, branches, [])).toHaveLength(1);
  });
  it("refuses a second active pairing of the same initiator with an overlapping partner", () => {
    const other = { id: 11, initiatorBranchId: "1", partnerBranchIds: [3, 6], status: "active", title: "检验联建" };
    expect(pairingErrors(pairing, branches, [other])).toEqual([
      { field: "partnerBranchIds", key: "party.rules.pairingDuplicateActive", params: { title: "检验联建" } },
    ]);
  });
  it("allows it when either side is not active, the partners differ, the initiator differs, or it is the same record", () => {
    const other = { id: 11, initiatorBranchId: 1, partnerBranchIds: [3], status: "active", title: "检验联建" };
    expect(pairingErrors(pairing, branches, [{ ...other, status: "concluded" }])).toEqual([]);
    expect(pairingErrors({ ...pairing, status: "planned" }, branches, [other])).toEqual([]);
    expect(pairingErrors(pairing, branches, [{ ...other, partnerBranchIds: [6] }])).toEqual([]);
    expect(pairingErrors(pairing, branches, [{ ...other, initiatorBranchId: 5 }])).toEqual([]);
    expect(pairingErrors(pairing, branches, [{ ...pairing, id: "10" }])).toEqual([]);
  });
  it("does not judge branches it does not know", () => {
    expect(pairingErrors({ ...pairing, initiatorBranchId: 99, partnerBranchIds: [98] }, branches, [])).toEqual([]);
  });
});

describe("pairingDatesRule", () => {
  const ctx = { today: "2025-06-01", mode: "create" as const };
  it("allows an end on the start date, not before", () => {
    expect(pairingDatesRule({ startDate: "2025-01-01", endDate: "2025-01-01" }, ctx)).toEqual([]);
    expect(pairingDatesRule({ startDate: "2025-01-01", endDate: "2024-12-31" }, ctx)).toEqual([{ field: "endDate", key: "party.rules.endBeforeStart" }]);
    expect(pairingDatesRule({ startDate: "2025-01-01" }, ctx)).toEqual([]);
  });
});
