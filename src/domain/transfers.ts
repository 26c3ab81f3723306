// Membership transfers (组织关系转接, 组通字〔2006〕45号): a three-part letter — stub, letter,
// receipt — issued by the sending organization and valid for a number of days; the receiving one
// returns the receipt. Between the hospital's own branches, out of it, or into it.
import { addDays } from "./dates";
import { isMonth, monthOf } from "./months";
import type { FieldError, RecordRule } from "./types";
import { dateOf, idKey, numberOf, textOf } from "./values";

export const TRANSFER_KINDS = ["between", "out", "in"] as const;
export type TransferKind = (typeof TRANSFER_KINDS)[number];

/** Stored statuses; "expired" is derived from the validity and never written. */
export const TRANSFER_STATUSES = ["issued", "received", "rejected", "withdrawn", "expired"] as const;
export type TransferStatus = (typeof TRANSFER_STATUSES)[number];

/** Commonly 10 days within the city, 30 outside it, at most 3 months. Configurable. */
export const TRANSFER_VALIDITY = { default: 30, min: 1, max: 90 } as const;

/** From issued: received (the receipt), rejected (with a reason) or withdrawn; an expired letter can only be withdrawn. */
export const TRANSFER_TRANSITIONS: Readonly<Record<TransferStatus, readonly TransferStatus[]>> = {
  issued: ["received", "rejected", "withdrawn"],
  expired: ["withdrawn"],
  received: [],
  rejected: [],
  withdrawn: [],
};

/**
 * The last day the letter is valid: validity counts from the day after issue (Civil Code art. 201),
 * so a 30-day letter issued on 2026-12-01 is good through 2026-12-31.
 */
export function transferExpiry(issueDate: string, validityDays: number = TRANSFER_VALIDITY.default): string {
  if (!Number.isInteger(validityDays) || validityDays < TRANSFER_VALIDITY.min || validityDays > TRANSFER_VALIDITY.max) {
    throw new RangeError(`Validity must be ${TRANSFER_VALIDITY.min}–${TRANSFER_VALIDITY.max} days, not ${validityDays}`);
  }
  return addDays(issueDate, validityDays);
}

const validityOf = (record: Record<string, unknown>) => {
  const days = numberOf(record, "validityDays") ?? TRANSFER_VALIDITY.default;
  return Number.isInteger(days) && days >= TRANSFER_VALIDITY.min && days <= TRANSFER_VALIDITY.max ? days : undefined;
};

export function expiryOf(record: Record<string, unknown>): string | undefined {
  const issue = dateOf(record, "issueDate");
  const days = validityOf(record);
  return issue && days ? transferExpiry(issue, days) : undefined;
}

/** The status as shown: an issued letter past its last valid day with no receipt is expired. */
export function transferStatus(record: Record<string, unknown>, today: string): TransferStatus {
  const stored = String(record.status) as TransferStatus;
  if (stored !== "issued" && stored !== "expired") return stored;
  const expiry = expiryOf(record);
  return expiry && today > expiry ? "expired" : "issued";
}

const isStatus = (value: unknown): value is TransferStatus => typeof value === "string" && (TRANSFER_STATUSES as readonly string[]).includes(value);
const key = (name: string) => `party.rules.${name}`;

/** A new letter is issued; later it moves only along TRANSFER_TRANSITIONS, judged on its derived status. */
export const transferTransitionRule: RecordRule = (record, ctx) => {
  const to = record.status;
  if (!isStatus(to)) return [];
  if (ctx.mode === "create") {
    if (to === "issued") return [];
    return [{ field: "status", key: to === "expired" ? key("transferExpiredDerived") : key("transferInitialStatus") }];
  }
  if (!ctx.original) return [];
  const from = transferStatus(ctx.original, ctx.today);
  // An edit that leaves the status alone sends back what it read, the derived "expired" included.
  if (from === to || (from === "expired" && to === "issued")) return [];
  if (to === "expired") return [{ field: "status", key: key("transferExpiredDerived") }];
  return TRANSFER_TRANSITIONS[from].includes(to) ? [] : [{ field: "status", key: key("transferTransition"), params: { from, to } }];
};

/** Which side is a branch of the hospital and which an outside organization, by kind. */
export const transferPartiesRule: RecordRule = (record) => {
  const errors: FieldError[] = [];
  const kind = record.kind as TransferKind;
  const need = (field: string, present: boolean) => {
    if (!present) errors.push({ field, key: "party.validation.required" });
  };
  if (kind === "between" || kind === "out") need("fromBranchId", idKey(record.fromBranchId) !== undefined);
  if (kind === "between" || kind === "in") need("toBranchId", idKey(record.toBranchId) !== undefined);
  if (kind === "out") need("toOrganization", textOf(record, "toOrganization") !== undefined);
  if (kind === "in") need("fromOrganization", textOf(record, "fromOrganization") !== undefined);
  if (kind === "between" && idKey(record.fromBranchId) !== undefined && idKey(record.fromBranchId) === idKey(record.toBranchId)) {
    errors.push({ field: "toBranchId", key: key("transferSameBranch") });
  }
  return errors;
};

/** A receipt names its date and handler, within the letter's validity; a rejection gives its reason. */
export const transferReceiptRule: RecordRule = (record, ctx) => {
  const errors: FieldError[] = [];
  const issue = dateOf(record, "issueDate");
  const receipt = dateOf(record, "receiptDate");
  const expiry = expiryOf(record);
  if (issue && issue > ctx.today) errors.push({ field: "issueDate", key: key("transferIssuedInFuture") });
  if (record.status === "received") {
    if (!receipt) errors.push({ field: "receiptDate", key: key("transferReceiptRequired") });
    if (!textOf(record, "handler")) errors.push({ field: "handler", key: key("transferHandlerRequired") });
  }
  if (receipt && issue && receipt < issue) errors.push({ field: "receiptDate", key: key("transferReceiptBeforeIssue"), params: { date: issue } });
  else if (receipt && expiry && receipt > expiry) errors.push({ field: "receiptDate", key: key("transferReceiptAfterExpiry"), params: { date: expiry } });
  else if (receipt && receipt > ctx.today) errors.push({ field: "receiptDate", key: key("transferReceiptInFuture") });
  if (record.status === "rejected" && !textOf(record, "rejectionReason")) errors.push({ field: "rejectionReason", key: key("transferReasonRequired") });
  return errors;
};

/** The letter shows the month dues are paid up to: at least the month it is issued in. */
export const transferDuesMonthRule: RecordRule = (record) => {
  const issue = dateOf(record, "issueDate");
  const through = record.duesPaidThrough;
  if (!isMonth(through) || !issue || record.kind === "in") return [];
  return through < monthOf(issue) ? [{ field: "duesPaidThrough", key: key("transferDuesBeforeIssue"), params: { month: monthOf(issue) } }] : [];
};

export const transferRules: RecordRule[] = [transferTransitionRule, transferPartiesRule, transferReceiptRule, transferDuesMonthRule];

/**
 * What receiving a letter does to the member: between branches they move to the receiving branch;
 * out of the hospital they are marked transferred (kept, read-only, out of the counts). Only the
 * step into "received" has an effect.
 */
export function transferEffect(transfer: Record<string, unknown>, before: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  if (transfer.status !== "received" || before?.status === "received") return undefined;
  if (transfer.kind === "between") return { branchId: transfer.toBranchId };
  if (transfer.kind === "out") return { transferredOutDate: transfer.receiptDate };
  return undefined;
}

/** A member marked transferred out is kept for the record and no longer changed. */
export const isTransferredOut = (member: Record<string, unknown> | undefined) => !!member && dateOf(member, "transferredOutDate") !== undefined;
