/** What the audit trail records; Refine's `meta.audit` of each writable resource lists the same. Kept apart so the eager manifest side needs no schema. */
export const AUDIT_ACTIONS = ["create", "update", "delete", "reveal", "import"] as const;
/** Written by the backend alone: the administrator's whole-store export and restore. */
export const SYSTEM_AUDIT_ACTIONS = ["export", "restore"] as const;
