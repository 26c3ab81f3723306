import { isTransferredOut, transferStatus } from "../../domain/transfers";
import type { DataRule, FieldError } from "../../domain/types";
import { duesIndex, standingOf } from "../dues-payments/standing";

/**
 * Before a letter is issued: the member is in the sending branch, has no other letter open, and
 * has paid dues up to the month the letter shows.
 */
export const transferDataRules: DataRule[] = [
  (record, ctx, data) => {
    if (ctx.mode !== "create") return [];
    const member = data.get("members", record.memberId);
    if (!member) return [];
    const errors: FieldError[] = [];
    if (isTransferredOut(member)) return [{ field: "memberId", key: "party.rules.memberTransferredOut" }];
    const open = data.all("transfers").find((t) => String(t.memberId) === String(member.id) && transferStatus(t, ctx.today) === "issued");
    if (open) errors.push({ field: "memberId", key: "party.rules.transferAlreadyOpen", params: { serialNo: String(open.serialNo) } });
    if (record.kind === "between" || record.kind === "out") {
      if (record.fromBranchId !== undefined && String(member.branchId) !== String(record.fromBranchId)) errors.push({ field: "fromBranchId", key: "party.rules.transferMemberNotInBranch" });
      const through = typeof record.duesPaidThrough === "string" ? record.duesPaidThrough : undefined;
      const paid = standingOf(member, duesIndex(data), ctx.today).duesPaidThrough;
      if (through && (!paid || paid < through)) errors.push({ field: "duesPaidThrough", key: "party.rules.transferDuesNotPaid", params: { month: paid ?? "—" } });
    }
    return errors;
  },
];
