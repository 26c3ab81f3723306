import { defineResource } from "../../schema/defineResource";
import { AUDIT_ACTIONS, SYSTEM_AUDIT_ACTIONS } from "./actions";

/** The audited resources (all but the trail itself). */
export const AUDITED_RESOURCES = [
  "members",
  "branches",
  "pairings",
  "pairing-activities",
  "pairing-tasks",
  "pairing-trainings",
  "commitments",
  "resource-settings",
  "resource-definitions",
  "institutions",
  "consortium-agreements",
  "outreach-postings",
  "outreach-activities",
  "meetings",
  "appraisals",
  "courses",
  "study-records",
  "articles",
  "dues-bases",
  "dues-payments",
  "transfers",
  "assessment-plans",
  "assessment-tasks",
  "indicators",
  "indicator-values",
  "accounts",
  // the whole store (export, restore)
  "system",
] as const;

/**
 * The audit trail: written by the backend for every write, reveal, import, export and restore
 * (or, for a backend that keeps none, by the plugin's auditLogProvider), append-only and chained
 * by hash; browsed read-only by administrators.
 */
export const auditLogs = defineResource({
  name: "audit-logs",
  group: "admin",
  icon: "SolutionOutlined",
  titleField: "createdAt",
  readOnly: true,
  listPanel: "audit-chain",
  defaultSort: [{ field: "createdAt", order: "desc" }],
  fields: {
    createdAt: { kind: "datetime", required: true, sort: true, filter: true },
    authorName: { kind: "text", maxLength: 60, search: true, filter: true },
    action: { kind: "enum", values: [...AUDIT_ACTIONS, ...SYSTEM_AUDIT_ACTIONS], required: true, filter: true },
    resource: { kind: "enum", values: AUDITED_RESOURCES, required: true, filter: true },
    recordId: { kind: "text", maxLength: 40, filter: true },
    summary: { kind: "text", maxLength: 200, search: true, views: ["show", "export"] },
    changes: { kind: "diff", views: ["list", "show"] },
    authorId: { kind: "text", maxLength: 40, views: ["show"] },
    authorRole: { kind: "text", maxLength: 20, views: ["show"] },
    origin: { kind: "text", maxLength: 200, views: ["show", "export"] },
    ip: { kind: "text", maxLength: 60, views: ["show", "export"] },
    prevHash: { kind: "text", maxLength: 64, views: ["show"] },
    hash: { kind: "text", maxLength: 64, views: ["show"] },
  },
});
