import { describe, expect, it } from "vitest";
import { arrearsOf, collectionRates, duesPaymentLimitsRule, duesStanding, memberLedger, owedFor, paidThrough, type DuesPayment } from "../../../src/domain/duesLedger";
import { monthRange } from "../../../src/domain/months";

const member = { id: 7, stage: "full", admissionDate: "2010-05-04", partyStatus: "normal" };
const bases = [
  { memberId: 7, year: 2026, fromMonth: 1, category: "employed", postSalary: 6000 }, // 90 a month
  { memberId: 7, year: 2026, fromMonth: 9, category: "employed", postSalary: 4000 }, // 40 from September
];
const pay = (fromMonth: string, months: number, amount: number, paidDate: string, id = 1): DuesPayment => ({ memberId: 7, fromMonth, months, amount, paidDate, id });
const ctx = (today = "2026-11-22") => ({ today, mode: "create" as const });
const year = monthRange("2026-01", "2026-12");

describe("what a member owes", () => {
  it("follows the base in force, a pay change from its month", () => {
    expect(owedFor(member, bases, "2026-08")).toBe(90);
    expect(owedFor(member, bases, "2026-09")).toBe(40);
  });
  it("starts for a probationary member in the month the branch meeting admitted them", () => {
    const probationary = { stage: "probationary", admissionDate: "2026-06-18", partyStatus: "normal" };
    expect(owedFor(probationary, bases, "2026-05")).toBeUndefined();
    expect(owedFor(probationary, bases, "2026-06")).toBe(90);
  });
  it("is nothing for applicants, the expelled, and after a transfer out", () => {
    expect(owedFor({ stage: "activist" }, bases, "2026-06")).toBeUndefined();
    expect(owedFor({ ...member, partyStatus: "expelled" }, bases, "2026-06")).toBeUndefined();
    expect(owedFor({ ...member, transferredOutDate: "2026-04-10" }, bases, "2026-04")).toBe(90);
    expect(owedFor({ ...member, transferredOutDate: "2026-04-10" }, bases, "2026-05")).toBeUndefined();
  });
});

describe("the ledger", () => {
  it("fills the months a payment covers, oldest first; a partial payment leaves the rest owed", () => {
    const ledger = memberLedger(member, bases, [pay("2026-01", 3, 270, "2026-01-10"), pay("2026-04", 1, 50, "2026-04-10", 2)], year);
    expect(ledger.slice(0, 5).map((m) => [m.month, m.paid, m.remaining, m.status])).toEqual([
      ["2026-01", 90, 0, "paid"],
      ["2026-02", 90, 0, "paid"],
      ["2026-03", 90, 0, "paid"],
      ["2026-04", 50, 40, "partial"],
      ["2026-05", 0, 90, "unpaid"],
    ]);
  });
  it("a second payment tops up a partial month", () => {
    const ledger = memberLedger(member, bases, [pay("2026-04", 1, 50, "2026-04-10"), pay("2026-04", 1, 40, "2026-04-20", 2)], year);
    expect(ledger.find((m) => m.month === "2026-04")).toMatchObject({ paid: 90, remaining: 0, status: "paid" });
  });
  it("tells the month dues are paid through", () => {
    expect(paidThrough(memberLedger(member, bases, [pay("2026-01", 5, 450, "2026-01-10")], year))).toBe("2026-05");
    expect(paidThrough(memberLedger(member, bases, [], year))).toBeUndefined();
  });
});

describe("arrears", () => {
  const paidToJune = memberLedger(member, bases, [pay("2026-01", 6, 540, "2026-01-10")], year);
  it("counts the months owing and the run ending at the last complete month", () => {
    expect(arrearsOf(paidToJune, "2026-10")).toEqual({ monthsOwing: 4, consecutive: 4, amountOwing: 90 + 90 + 40 + 40 });
  });
  it("a paid month breaks the run", () => {
    const ledger = memberLedger(member, bases, [pay("2026-01", 6, 540, "2026-01-10"), pay("2026-08", 1, 90, "2026-08-03", 2)], year);
    expect(arrearsOf(ledger, "2026-10")).toMatchObject({ monthsOwing: 3, consecutive: 2 });
  });
  it("warns at 3 consecutive months and flags 自行脱党 review at 6; the current month is not late yet", () => {
    expect(duesStanding(paidToJune, "2026-09-05").flag.level).toBe("none"); // July, August
    expect(duesStanding(paidToJune, "2026-10-05").flag).toEqual({ level: "warn", months: 3, sources: ["dues"] });
    expect(duesStanding(paidToJune, "2026-12-20").flag.level).toBe("warn"); // 5 months
    const paidToMay = memberLedger(member, bases, [pay("2026-01", 5, 450, "2026-01-10")], year);
    expect(duesStanding(paidToMay, "2026-12-01").flag).toEqual({ level: "review", months: 6, sources: ["dues"] });
  });
});

describe("the 6-month limits of a payment", () => {
  const rule = (record: Record<string, unknown>, today?: string) => duesPaymentLimitsRule(record, ctx(today)).map((e) => e.key);
  it("allows up to 6 months in one payment", () => {
    expect(rule({ fromMonth: "2026-06", months: 6, paidDate: "2026-11-20" })).toEqual([]);
    expect(rule({ fromMonth: "2026-06", months: 7, paidDate: "2026-11-20" })).toEqual(["party.rules.duesPaymentMonths"]);
  });
  it("reaches back at most 6 months", () => {
    expect(rule({ fromMonth: "2026-05", months: 1, paidDate: "2026-11-20" })).toEqual([]);
    expect(rule({ fromMonth: "2026-04", months: 1, paidDate: "2026-11-20" })).toEqual(["party.rules.duesArrearsLimit"]);
  });
  it("reaches ahead at most 6 months", () => {
    expect(rule({ fromMonth: "2027-01", months: 5, paidDate: "2026-11-20" })).toEqual([]); // through 2027-05
    expect(rule({ fromMonth: "2027-01", months: 6, paidDate: "2026-11-20" })).toEqual(["party.rules.duesAdvanceLimit"]); // 2027-06
  });
  it("refuses a payment dated in the future", () => {
    expect(rule({ fromMonth: "2026-11", months: 1, paidDate: "2026-11-23" })).toEqual(["party.rules.duesPaidInFuture"]);
  });
});

describe("collection rates", () => {
  it("per branch and month, and the hospital's summed over members", () => {
    const a = memberLedger(member, bases, [pay("2026-01", 1, 90, "2026-01-10")], ["2026-01", "2026-02"]);
    const b = memberLedger({ ...member, id: 8 }, [{ ...bases[0], memberId: 8, postSalary: 2000 }], [{ ...pay("2026-01", 2, 5, "2026-01-10"), memberId: 8 }], ["2026-01", "2026-02"]);
    const rates = collectionRates([{ branchId: 1, ledger: a }, { branchId: 2, ledger: b }], ["2026-01", "2026-02"]);
    expect(rates.branches[0].cells["2026-01"]).toEqual({ owed: 90, paid: 90, rate: 1, members: 1, settled: 1 });
    expect(rates.branches[1].cells["2026-01"]).toEqual({ owed: 10, paid: 5, rate: 0.5, members: 1, settled: 0 });
    expect(rates.hospital["2026-01"]).toEqual({ owed: 100, paid: 95, rate: 0.95, members: 2, settled: 1 });
    expect(rates.hospital["2026-02"]).toMatchObject({ owed: 100, paid: 0, rate: 0 });
  });
  it("has no rate for a month nobody owed", () => {
    expect(collectionRates([], ["2026-01"]).hospital["2026-01"].rate).toBeUndefined();
  });
});
