import { TRANSFER_KINDS, TRANSFER_STATUSES, TRANSFER_VALIDITY, transferRules } from "../../domain/transfers";
import { defineResource } from "../../schema/defineResource";
import { completeTransfer } from "./complete";
import { transferDataRules } from "./dataRules";
import { deriveTransferStatus } from "./deriveStatus";
import { transferWarnings } from "./warnings";

const DETAIL = ["create", "edit", "show", "export"] as const;
const LETTER = ["show", "export"] as const;

/** 组织关系转接: the letter's fields (组通字〔2006〕45号) and what became of it. */
export const transfers = defineResource({
  name: "transfers",
  group: "dues",
  icon: "SwapOutlined",
  titleField: "serialNo",
  defaultSort: [{ field: "issueDate", order: "desc" }],
  order: ["serialNo", "kind", "memberId", "fromBranchId", "fromOrganization", "toBranchId", "toOrganization", "addressee", "status", "issueDate", "validityDays", "expiryDate", "duesPaidThrough"],
  fields: {
    serialNo: { kind: "text", required: true, maxLength: 30, unique: true, search: true, sort: true },
    kind: { kind: "enum", values: TRANSFER_KINDS, required: true, default: "between", filter: true, help: true },
    memberId: { kind: "relation", target: "members", labelField: "name", required: true, filter: true },
    // The member's particulars as the letter states them on the day it is issued (filled by the backend).
    memberName: { kind: "text", readOnly: true, views: LETTER },
    gender: { kind: "enum", values: ["male", "female"], readOnly: true, views: LETTER },
    age: { kind: "number", readOnly: true, views: LETTER },
    ethnicity: { kind: "text", readOnly: true, views: LETTER },
    membership: { kind: "enum", values: ["full", "probationary"], readOnly: true, views: LETTER },
    idNumber: { kind: "id-card", readOnly: true, sensitive: true, views: LETTER },
    fromBranchId: { kind: "relation", target: "branches", labelField: "name", filter: true },
    fromOrganization: { kind: "text", maxLength: 100, views: DETAIL },
    toBranchId: { kind: "relation", target: "branches", labelField: "name", filter: true },
    toOrganization: { kind: "text", maxLength: 100 },
    addressee: { kind: "text", maxLength: 100, views: DETAIL, help: true },
    status: { kind: "enum", values: TRANSFER_STATUSES, required: true, default: "issued", filter: true, sort: true, help: true },
    issueDate: { kind: "date", required: true, sort: true, filter: true },
    validityDays: { kind: "number", required: true, min: TRANSFER_VALIDITY.min, max: TRANSFER_VALIDITY.max, default: TRANSFER_VALIDITY.default, help: true, views: DETAIL },
    expiryDate: { kind: "date", readOnly: true, sort: true },
    duesPaidThrough: { kind: "text", required: true, pattern: "\\d{4}-(0[1-9]|1[0-2])", help: true, views: DETAIL },
    memberPhone: { kind: "phone", sensitive: true, views: DETAIL },
    senderAddress: { kind: "text", maxLength: 100, views: DETAIL },
    senderPhone: { kind: "text", maxLength: 20, pattern: "[0-9\\-\\s]+", views: DETAIL },
    senderPostcode: { kind: "text", pattern: "\\d{6}", views: DETAIL },
    receiptDate: { kind: "date", views: ["edit", "show", "export"] },
    handler: { kind: "text", maxLength: 30, views: ["edit", "show", "export"], help: true },
    rejectionReason: { kind: "textarea", maxLength: 200, views: ["edit", "show", "export"] },
    notes: { kind: "textarea", maxLength: 300, views: DETAIL },
    version: { kind: "number", readOnly: true, views: [] },
  },
  rules: transferRules,
  dataRules: transferDataRules,
  complete: completeTransfer,
  derive: deriveTransferStatus,
  warnings: transferWarnings,
  recordScreens: [{ name: "letter", screen: "transfer-letter" }],
});
