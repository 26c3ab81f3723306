// /resource-definitions: administrators define whole resources; the backend judges each definition
// with the designer's function (422, nothing stored), serves the defined resource's records from a
// collection of its own with the same validation, masking, roles (403) and versions (409), and
// keeps data when a definition changes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEMPLATES, type ResourceDefinition } from "../../src/schema/definitions";
import { fetchJson, startMockApi, type MockApi } from "../support/mockApi";

const as = (user: string) => ({ authorization: `Bearer demo-token-${user}` });
let api: MockApi;
beforeAll(async () => {
  api = await startMockApi({ roles: true });
});
afterAll(() => api?.close());

const volunteer = (): ResourceDefinition => structuredClone(TEMPLATES.find((t) => t.id === "volunteer-records")!);
const definitions = async () => (await fetchJson<ResourceDefinition[]>(`${api.url}/resource-definitions`, { headers: as("admin") })).body;
const post = (path: string, json: unknown, user = "admin") => fetchJson<Record<string, unknown>>(`${api.url}${path}`, { method: "POST", headers: as(user), json });
const secretary = () => api.seed.accounts.find((u) => u.role === "secretary")!;
const memberOf = (branchId: unknown) => api.seed.members.find((m) => m.branchId === branchId)!;
const otherBranch = () => api.seed.branches.find((b) => b.id !== secretary().branchId)!;
const record = (branchId: unknown, extra: Record<string, unknown> = {}) => ({
  activity: "社区义诊",
  memberId: memberOf(branchId).id,
  branchId,
  serviceDate: "2026-11-01",
  hours: 3,
  category: "clinic",
  ...extra,
});

describe("refused definitions store nothing (422)", () => {
  const cases: [string, (d: ResourceDefinition) => void, string, string][] = [
    ["a built-in identifier", (d) => (d.id = "members"), "id", "party.lowcode.errors.reserved"],
    ["a malformed identifier", (d) => (d.id = "Volunteer_Records"), "id", "party.lowcode.errors.identifier"],
    ["a relation to a missing resource", (d) => (d.fields[1].target = "nowhere"), "fields.1.target", "party.lowcode.errors.relationTarget"],
    ["an enum without options", (d) => (d.fields[5].options = []), "fields.5.options", "party.lowcode.errors.enumWithoutOptions"],
    ["a label missing in one language", (d) => (d.label = { "zh-CN": "志愿服务记录" }), "label", "party.lowcode.errors.label"],
  ];
  for (const [name, spoil, field, key] of cases) {
    it(name, async () => {
      const def = volunteer();
      spoil(def);
      const res = await post("/resource-definitions", def);
      expect(res.status).toBe(422);
      expect((res.body.errors as Record<string, string[]>)[field]).toContain(key);
      expect(await definitions()).toEqual([]);
    });
  }

  it("refuses a definition from a secretary (403)", async () => {
    expect((await post("/resource-definitions", volunteer(), "secretary")).status).toBe(403);
    expect(await definitions()).toEqual([]);
  });
});

describe("a defined resource", () => {
  it("is created at version 1 and serves its records with validation, roles and masking", async () => {
    const created = await post("/resource-definitions", volunteer());
    expect(created.status).toBe(201);
    expect(created.body.version).toBe(1);
    const own = secretary().branchId;

    const ok = await post("/volunteer-records", record(own), "secretary");
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ version: 1, createdBy: String(secretary().id) });

    // A record breaking a defined bound, and one for another branch, store nothing.
    const before = (await fetchJson<unknown[]>(`${api.url}/volunteer-records`, { headers: as("admin") })).body.length;
    const bad = await post("/volunteer-records", record(own, { hours: 30 }), "secretary");
    expect(bad.status).toBe(422);
    expect((bad.body.errors as Record<string, string[]>).hours).toEqual(["party.validation.max"]);
    expect((await post("/volunteer-records", record(otherBranch().id), "secretary")).status).toBe(403);
    expect((await post("/volunteer-records", record(own), "member")).status).toBe(403);
    expect((await fetchJson<unknown[]>(`${api.url}/volunteer-records`, { headers: as("admin") })).body).toHaveLength(before);

    // The administrator's record of another branch is not in the secretary's list.
    expect((await post("/volunteer-records", record(otherBranch().id), "admin")).status).toBe(201);
    const listed = await fetchJson<Record<string, unknown>[]>(`${api.url}/volunteer-records?_start=0&_end=20&_sort=serviceDate&_order=desc`, { headers: as("secretary") });
    expect(listed.body.map((r) => r.branchId)).toEqual([own]);
    expect(listed.total).toBe(1);
    expect((await fetchJson<unknown[]>(`${api.url}/volunteer-records`, { headers: as("admin") })).body).toHaveLength(2);
  });

  it("stamps imported records with their creator too, so the own-records scope reaches them", async () => {
    const own = secretary().branchId;
    const res = await fetchJson<{ status: number; record?: Record<string, unknown> }[]>(`${api.url}/volunteer-records/_bulk`, {
      method: "POST",
      headers: as("secretary"),
      json: [record(own, { hours: 2, createdBy: "1" }), record(own, { hours: 2 })],
    });
    expect(res.status).toBe(200);
    expect(res.body.map((item) => [item.status, item.record?.createdBy])).toEqual([
      [201, String(secretary().id)],
      [201, String(secretary().id)],
    ]);
  });

  it("refuses a stale version with what differs (409) and stores nothing", async () => {
    const stored = (await definitions())[0];
    const res = await fetchJson<{ differs: string[] }>(`${api.url}/resource-definitions/volunteer-records`, {
      method: "PATCH",
      headers: as("admin"),
      json: { version: 0, label: { "zh-CN": "志愿服务", "en-US": "Volunteering" } },
    });
    expect(res.status).toBe(409);
    expect(res.body.differs).toEqual(["label"]);
    expect((await definitions())[0]).toEqual(stored);
  });

  it("refuses a tighter bound the stored records fail, saying how many", async () => {
    const stored = (await definitions())[0];
    const fields = stored.fields.map((f) => (f.key === "hours" ? { ...f, max: 2 } : f));
    const res = await fetchJson<{ details: Record<string, { key: string; params: Record<string, unknown> }[]> }>(`${api.url}/resource-definitions/volunteer-records`, {
      method: "PATCH",
      headers: as("admin"),
      json: { version: stored.version, fields },
    });
    expect(res.status).toBe(422);
    expect(res.body.details["fields.4.bounds"]).toEqual([{ key: "party.lowcode.errors.boundBreaksRecords", params: { name: "hours", count: 2 } }]);
    expect((await definitions())[0]).toEqual(stored);
  });

  it("keeps a dropped field that holds data, hidden", async () => {
    const stored = (await definitions())[0];
    const res = await fetchJson<ResourceDefinition>(`${api.url}/resource-definitions/volunteer-records`, {
      method: "PATCH",
      headers: as("admin"),
      json: { version: stored.version, fields: stored.fields.filter((f) => f.key !== "category") },
    });
    expect(res.status).toBe(200);
    expect(res.body.fields.find((f) => f.key === "category")).toMatchObject({ hidden: true });
  });

  it("is deleted only when its identifier is typed, and its records stay", async () => {
    const refused = await fetchJson(`${api.url}/resource-definitions/volunteer-records`, { method: "DELETE", headers: as("admin") });
    expect(refused.status).toBe(422);
    expect(await definitions()).toHaveLength(1);
    const done = await fetchJson(`${api.url}/resource-definitions/volunteer-records?confirm=volunteer-records`, { method: "DELETE", headers: as("admin") });
    expect(done.status).toBe(200);
    expect(await definitions()).toEqual([]);
    expect((api.seed as unknown as Record<string, unknown>)["volunteer-records"]).toBeUndefined();
    const audit = await fetchJson<{ resource: string; action: string }[]>(`${api.url}/audit-logs?resource=resource-definitions`, { headers: as("admin") });
    expect(audit.body.map((e) => e.action)).toEqual(expect.arrayContaining(["create", "update", "delete"]));
  });
});
