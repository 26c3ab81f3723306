// What one audit-trail entry holds for each kind of action.
import { describe, expect, it } from "vitest";
import type { DataProvider } from "@refinedev/core";
import { createAuditLogProvider, toAuditEntry } from "../../../src/plugin/auditLogProvider";

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

describe("the client-written trail (auditTrail: \"client\")", () => {
  it("leaves a write-only field (an account's password) out of the entry the browser posts", async () => {
    const posted: unknown[] = [];
    const provider = { create: async ({ variables }: { variables: unknown }) => (posted.push(variables), { data: variables }) } as unknown as DataProvider;
    const before = { id: 4, username: "jijian", name: "旧名", role: "discipline" };
    const audit = createAuditLogProvider(provider, () => before, "client", async (resource) => (resource === "accounts" ? ["password", "token"] : []));
    await audit.create!({ resource: "party-accounts", action: "update", data: { name: "新名", password: "typed-secret-1" }, meta: { id: 4 }, author } as never);
    expect(posted).toHaveLength(1);
    expect(JSON.stringify(posted)).not.toContain("typed-secret-1");
    expect((posted[0] as { changes: unknown[]; summary: string })).toMatchObject({ summary: "name", changes: [{ field: "name", before: "旧名", after: "新名" }] });
  });
});
