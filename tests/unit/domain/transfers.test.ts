import { describe, expect, it } from "vitest";
import { transferDuesMonthRule, transferEffect, transferExpiry, transferPartiesRule, transferReceiptRule, transferStatus, transferTransitionRule } from "../../../src/domain/transfers";

const today = "2026-12-20";
const letter = { kind: "between", fromBranchId: 1, toBranchId: 2, issueDate: "2026-12-01", validityDays: 30, status: "issued", duesPaidThrough: "2026-12" };
const keys = (errors: { key: string }[]) => errors.map((e) => e.key);

describe("transfer expiry", () => {
  it("counts the validity from the day after issue", () => {
    expect(transferExpiry("2026-12-01")).toBe("2026-12-31");
    expect(transferExpiry("2026-12-01", 10)).toBe("2026-12-11");
    expect(transferExpiry("2026-12-01", 90)).toBe("2027-03-01");
  });
  it("refuses a validity outside 1–90 days", () => {
    expect(() => transferExpiry("2026-12-01", 91)).toThrow(RangeError);
    expect(() => transferExpiry("2026-12-01", 0)).toThrow(RangeError);
    expect(() => transferExpiry("2026-12-01", 120)).toThrow(RangeError);
  });
  it("derives expired after the last valid day, never before", () => {
    expect(transferStatus(letter, "2026-12-31")).toBe("issued");
    expect(transferStatus(letter, "2027-01-01")).toBe("expired");
    expect(transferStatus({ ...letter, status: "received" }, "2027-06-01")).toBe("received");
  });
});

describe("transfer statuses", () => {
  const edit = (original: Record<string, unknown>, day = today) => ({ today: day, mode: "edit" as const, original });
  it("start as issued", () => {
    expect(transferTransitionRule(letter, { today, mode: "create" })).toEqual([]);
    expect(keys(transferTransitionRule({ ...letter, status: "received" }, { today, mode: "create" }))).toEqual(["party.rules.transferInitialStatus"]);
  });
  it("move from issued to received, rejected or withdrawn, and no further", () => {
    for (const to of ["received", "rejected", "withdrawn"]) expect(transferTransitionRule({ ...letter, status: to }, edit(letter))).toEqual([]);
    expect(keys(transferTransitionRule({ ...letter, status: "issued" }, edit({ ...letter, status: "received" })))).toEqual(["party.rules.transferTransition"]);
    expect(keys(transferTransitionRule({ ...letter, status: "received" }, edit({ ...letter, status: "withdrawn" })))).toEqual(["party.rules.transferTransition"]);
  });
  it("an expired letter can only be withdrawn, and expired is never written", () => {
    expect(keys(transferTransitionRule({ ...letter, status: "received" }, edit(letter, "2027-02-01")))).toEqual(["party.rules.transferTransition"]);
    expect(transferTransitionRule({ ...letter, status: "withdrawn" }, edit(letter, "2027-02-01"))).toEqual([]);
    expect(keys(transferTransitionRule({ ...letter, status: "expired" }, edit(letter)))).toEqual(["party.rules.transferExpiredDerived"]);
    expect(keys(transferTransitionRule({ ...letter, status: "expired" }, { today, mode: "create" }))).toEqual(["party.rules.transferExpiredDerived"]);
    expect(transferTransitionRule({ ...letter, status: "expired", notes: "补记" }, edit(letter, "2027-02-01"))).toEqual([]);
  });
});

describe("the letter's fields", () => {
  const ctx = { today, mode: "edit" as const };
  it("names a branch or an outside organization on each side, by kind", () => {
    expect(transferPartiesRule(letter, ctx)).toEqual([]);
    expect(keys(transferPartiesRule({ ...letter, toBranchId: 1 }, ctx))).toEqual(["party.rules.transferSameBranch"]);
    expect(transferPartiesRule({ kind: "out", fromBranchId: 1 }, ctx).map((e) => e.field)).toEqual(["toOrganization"]);
    expect(transferPartiesRule({ kind: "in", toBranchId: 1 }, ctx).map((e) => e.field)).toEqual(["fromOrganization"]);
  });
  it("a receipt has its date within the validity, and a handler; a rejection a reason", () => {
    expect(transferReceiptRule({ ...letter, status: "received", receiptDate: "2026-12-10", handler: "王敏" }, ctx)).toEqual([]);
    expect(keys(transferReceiptRule({ ...letter, status: "received" }, ctx))).toEqual(["party.rules.transferReceiptRequired", "party.rules.transferHandlerRequired"]);
    expect(keys(transferReceiptRule({ ...letter, status: "received", receiptDate: "2026-11-30", handler: "王敏" }, ctx))).toEqual(["party.rules.transferReceiptBeforeIssue"]);
    expect(keys(transferReceiptRule({ ...letter, validityDays: 10, status: "received", receiptDate: "2026-12-12", handler: "王敏" }, ctx))).toEqual(["party.rules.transferReceiptAfterExpiry"]);
    expect(keys(transferReceiptRule({ ...letter, status: "rejected" }, ctx))).toEqual(["party.rules.transferReasonRequired"]);
  });
  it("shows dues paid at least to the month of issue", () => {
    expect(transferDuesMonthRule(letter, ctx)).toEqual([]);
    expect(keys(transferDuesMonthRule({ ...letter, duesPaidThrough: "2026-11" }, ctx))).toEqual(["party.rules.transferDuesBeforeIssue"]);
  });
});

describe("receiving a letter", () => {
  it("moves the member between branches, or marks them transferred out", () => {
    expect(transferEffect({ ...letter, status: "received" }, letter)).toEqual({ branchId: 2 });
    expect(transferEffect({ ...letter, kind: "out", status: "received", receiptDate: "2026-12-09" }, letter)).toEqual({ transferredOutDate: "2026-12-09" });
    expect(transferEffect({ ...letter, status: "rejected" }, letter)).toBeUndefined();
    expect(transferEffect({ ...letter, status: "received" }, { ...letter, status: "received" })).toBeUndefined();
  });
});
