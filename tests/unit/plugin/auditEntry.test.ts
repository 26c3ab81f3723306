// What one audit-trail entry holds for each kind of action.
import { describe, expect, it } from "vitest";
import { toAuditEntry } from "../../../src/plugin/auditLogProvider";

const now = new Date("2026-11-23T08:00:00.000Z");
const author = { id: 1, name: "党委办公室", role: "admin" };

describe("toAuditEntry", () => {
  it("records an update as the fields sent, before → after", () => {
    const entry = toAuditEntry(
      { resource: "party-branches", action: "update", data: { name: "新名称", type: "clinical" }, previousData: { id: 7, name: "旧名称", type: "clinical" }, meta: { id: 7 }, author },
      now,
    );
    expect(entry).toMatchObject({ action: "update", resource: "branches", recordId: "7", authorName: "党委办公室", summary: "name", createdAt: now.toISOString() });
    expect(entry.changes).toEqual([{ field: "name", before: "旧名称", after: "新名称" }]);
  });

  it("records a reveal by the field seen, with no changes", () => {
    const entry = toAuditEntry({ resource: "party-members", action: "reveal", meta: { id: 3, field: "idNumber" }, author }, now);
    expect(entry).toMatchObject({ action: "reveal", resource: "members", recordId: "3", summary: "idNumber", changes: [] });
  });

  it("records an import as one entry for the file: no record, the number created, no changes", () => {
    const entry = toAuditEntry({ resource: "party-members", action: "import", meta: { created: 4930, rejected: 70 }, author }, now);
    expect(entry).toMatchObject({ action: "import", resource: "members", recordId: null, summary: "4930", changes: [], authorRole: "admin" });
  });
});
