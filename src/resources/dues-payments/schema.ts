import { DUES_PAYMENT_LIMITS, duesPaymentRules, PAYMENT_METHODS } from "../../domain/duesLedger";
import { defineResource } from "../../schema/defineResource";
import { completeDuesPayment, duesPaymentDataRules } from "./rules";

/**
 * 党费交纳: a member's own payment, for one or more months (at most 6). There is no payer field:
 * paying on someone else's behalf is not a thing the plugin records.
 */
export const duesPayments = defineResource({
  name: "dues-payments",
  group: "dues",
  icon: "TransactionOutlined",
  titleField: "memberId",
  defaultSort: [{ field: "paidDate", order: "desc" }],
  fields: {
    memberId: { kind: "relation", target: "members", labelField: "name", required: true, filter: true },
    branchId: { kind: "relation", target: "branches", labelField: "name", readOnly: true, filter: true },
    paidDate: { kind: "date", required: true, sort: true, filter: true },
    amount: { kind: "money", required: true, min: 0.01, max: 6_000_000, sort: true },
    fromMonth: { kind: "text", required: true, pattern: "\\d{4}-(0[1-9]|1[0-2])", filter: true, sort: true, help: true },
    months: { kind: "number", required: true, min: 1, default: 1, help: true },
    method: { kind: "enum", values: PAYMENT_METHODS, required: true, default: "cash", filter: true },
    notes: { kind: "textarea", maxLength: 200, views: ["create", "edit", "show", "export"] },
    version: { kind: "number", readOnly: true, views: [] },
  },
  rules: duesPaymentRules,
  dataRules: duesPaymentDataRules,
  complete: completeDuesPayment,
});

export const MAX_MONTHS_PER_PAYMENT = DUES_PAYMENT_LIMITS.maxMonths;
