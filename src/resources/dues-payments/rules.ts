import { coveredMonths, memberLedger } from "../../domain/duesLedger";
import type { DataRule } from "../../domain/types";
import { idKey } from "../../domain/values";
import { duesIndex } from "./standing";

type Rec = Record<string, unknown>;

/** A payment is booked to the branch the member belongs to when it is recorded. */
export function completeDuesPayment(record: Rec, data: { get(resource: string, id: unknown): Rec | undefined }): Rec {
  const member = idKey(record.memberId) !== undefined ? data.get("members", record.memberId) : undefined;
  return member ? { branchId: member.branchId } : {};
}

const cents = (n: number) => Math.round(n * 100);

/** The months paid for are months the member owes, and the amount is no more than is still owed for them. */
export const duesPaymentDataRules: DataRule[] = [
  (record, ctx, data) => {
    const member = data.get("members", record.memberId);
    const months = coveredMonths({ fromMonth: String(record.fromMonth), months: Number(record.months) });
    if (!member || !months.length) return [];
    if (member.transferredOutDate) return [{ field: "memberId", key: "party.rules.memberTransferredOut" }];
    const index = duesIndex(data);
    const others = index.paymentsOf(member.id).filter((p) => String(p.id) !== String(ctx.original?.id));
    const ledger = memberLedger(member, index.basesOf(member.id), others, months);
    const owedMonths = new Set(ledger.map((m) => m.month));
    const notOwed = months.find((m) => !owedMonths.has(m));
    if (notOwed) return [{ field: "fromMonth", key: "party.rules.duesMonthNotOwed", params: { month: notOwed } }];
    const remaining = ledger.reduce((sum, m) => sum + cents(m.remaining), 0);
    return cents(Number(record.amount)) > remaining ? [{ field: "amount", key: "party.rules.duesAboveOwed", params: { amount: remaining / 100 } }] : [];
  },
];
