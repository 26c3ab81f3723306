import type { DataLookup } from "../../domain/types";
import { duesIndex, ledgerMonths, standingOf } from "../dues-payments/standing";

/** Each member's dues standing (months owing, the arrears run, paid through), from bases and payments. */
export function deriveMemberDues(members: Record<string, unknown>[], data: DataLookup, today: string): Record<string, unknown>[] {
  const index = duesIndex(data);
  const months = ledgerMonths(today);
  return members.map((member) => {
    // Only the declared fields: anything else stored on the record would be refused as unknown on the next write.
    const { duesPaidThrough, duesMonthsOwing, duesArrearsMonths } = standingOf(member, index, today, months);
    return { ...member, duesPaidThrough, duesMonthsOwing, duesArrearsMonths };
  });
}
