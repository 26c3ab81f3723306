// The backend keeps the audit trail itself: a write sent straight to the API is recorded with its
// diff, the trail cannot be forged, edited or erased through the API, and an entry altered in the
// store is caught by `npm run audit:verify` and by the verify endpoint.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listenMockApi } from "../../mock-api/listen";
import { generateDb } from "../../mock-api/seed/generate";
import { generateHostDb } from "../../mock-api/seed/generate-host";
import { fetchJson, startMockApi, TODAY, type MockApi } from "../support/mockApi";
import { memberMaker } from "../support/newMember";

type Entry = { id: number; action: string; resource: string; recordId: string | null; authorName: string | null; origin: string; summary: string; changes: { field: string; before: unknown; after: unknown }[]; hash: string; prevHash: string | null };

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, "../..");
const as = (user: string) => ({ authorization: `Bearer demo-token-${user}` });

let api: MockApi;
beforeAll(async () => {
  api = await startMockApi({ roles: true });
});
afterAll(() => api?.close());

const trail = async () => (await fetchJson<Entry[]>(`${api.url}/audit-logs?_sort=id&_order=asc&_start=0&_end=500`, { headers: as("admin") })).body;
const newest = async () => (await trail()).at(-1)!;

describe("the backend's own audit trail", () => {
  it("records a PATCH sent straight to the API, with who, what, the field-level diff and the origin", async () => {
    const member = api.seed.members[0];
    const res = await fetchJson(`${api.url}/members/${member.id}`, { method: "PATCH", headers: as("admin"), json: { version: member.version, jobTitle: "直接调用" } });
    expect(res.status).toBe(200);
    expect(await newest()).toMatchObject({
      action: "update",
      resource: "members",
      recordId: String(member.id),
      authorName: "党委办公室",
      origin: "direct",
      changes: [{ field: "jobTitle", before: member.jobTitle, after: "直接调用" }],
    });
  });

  it("records creates, deletes and settings changes of any collection, and nothing for a refused write", async () => {
    const created = await fetchJson<{ id: number }>(`${api.url}/branches`, { method: "POST", headers: { ...as("admin"), origin: "http://intranet.example" }, json: { name: "审计测试支部", type: "functional", parentOrg: "机关党总支" } });
    expect(created.status).toBe(201);
    expect(await newest()).toMatchObject({ action: "create", resource: "branches", recordId: String(created.body.id), origin: "http://intranet.example" });
    expect((await newest()).changes).toContainEqual({ field: "name", before: null, after: "审计测试支部" });

    const count = (await trail()).length;
    const refused = await fetchJson(`${api.url}/branches`, { method: "POST", headers: as("admin"), json: { name: "", type: "nonsense" } });
    expect(refused.status).toBe(422);
    expect(await trail(), "a refused write leaves no entry").toHaveLength(count);

    expect((await fetchJson(`${api.url}/branches/${created.body.id}`, { method: "DELETE", headers: as("admin") })).status).toBe(200);
    expect(await newest()).toMatchObject({ action: "delete", resource: "branches", recordId: String(created.body.id) });

    const settings = await fetchJson(`${api.url}/resource-settings`, { method: "POST", headers: as("admin"), json: { id: "branches", hidden: ["parentOrg"] } });
    expect(settings.status).toBe(201);
    expect(await newest()).toMatchObject({ action: "create", resource: "resource-settings", recordId: "branches" });
  });

  it("masks sensitive values in a diff, and records a reveal (the value leaves only when asked for)", async () => {
    const ownIds = new Set(api.seed.accounts.map((u) => u.memberId));
    const member = api.seed.members.find((m) => !ownIds.has(m.id) && m.id !== api.seed.members[0].id)!;
    const plain = await fetchJson<Record<string, string>>(`${api.url}/members/${member.id}`, { headers: as("admin") });
    expect(plain.body.idNumber).not.toBe(member.idNumber);
    const revealed = await fetchJson<Record<string, string>>(`${api.url}/members/${member.id}?reveal=idNumber`, { headers: as("admin") });
    expect(revealed.body.idNumber).toBe(member.idNumber);
    expect(revealed.body.phone, "only the field asked for").not.toBe(member.phone);
    const entry = await newest();
    expect(entry).toMatchObject({ action: "reveal", resource: "members", recordId: String(member.id), summary: "idNumber", changes: [] });
    expect(JSON.stringify(entry)).not.toContain(member.idNumber);
    // A member may not reveal someone else's number: refused, and not recorded as seen.
    const count = (await trail()).length;
    expect((await fetchJson(`${api.url}/members/${member.id}?reveal=idNumber`, { headers: as("member") })).status).toBe(403);
    expect(await trail()).toHaveLength(count);
  });

  it("never hands a deleted record's id to a new one, so no record inherits another's history", async () => {
    const post = (json: object) => fetchJson<{ id: number }>(`${api.url}/branches`, { method: "POST", headers: as("admin"), json });
    const first = await post({ name: "先删后建支部", type: "functional", parentOrg: "机关党总支" });
    expect((await fetchJson(`${api.url}/branches/${first.body.id}`, { method: "DELETE", headers: as("admin") })).status).toBe(200);

    const second = await post({ name: "后建支部", type: "functional", parentOrg: "机关党总支" });
    expect(second.status).toBe(201);
    expect(second.body.id).toBeGreaterThan(first.body.id);
    const history = (await trail()).filter((entry) => entry.resource === "branches" && entry.recordId === String(second.body.id));
    expect(history.map((entry) => entry.action)).toEqual(["create"]);

    // An import numbers its rows past the deleted one too.
    expect((await fetchJson(`${api.url}/branches/${second.body.id}`, { method: "DELETE", headers: as("admin") })).status).toBe(200);
    const bulk = await fetchJson<{ status: number; record: { id: number } }[]>(`${api.url}/branches/_bulk`, { method: "POST", headers: as("admin"), json: [{ name: "导入支部", type: "functional", parentOrg: "机关党总支" }] });
    expect(bulk.body[0].record.id).toBeGreaterThan(second.body.id);
  });

  it("records a bulk create (an import) as one entry counting the records stored", async () => {
    const make = memberMaker(api.seed);
    const res = await fetchJson<{ status: number }[]>(`${api.url}/members/_bulk`, { method: "POST", headers: as("admin"), json: [make(7001), make(7002), make(7003, { name: "" })] });
    expect(res.body.map((r) => r.status)).toEqual([201, 201, 422]);
    expect(await newest()).toMatchObject({ action: "import", resource: "members", recordId: null, summary: "2" });
  });

  it("is append-only: a client's POST, PUT, PATCH or DELETE of an entry answers 405, for administrators too", async () => {
    const [first] = await trail();
    const before = await trail();
    const forged = { action: "delete", resource: "members", recordId: "1", authorName: "党委办公室", createdAt: new Date().toISOString() };
    expect((await fetchJson(`${api.url}/audit-logs`, { method: "POST", headers: as("admin"), json: forged })).status).toBe(405);
    expect((await fetchJson(`${api.url}/audit-logs/${first.id}`, { method: "PUT", headers: as("admin"), json: forged })).status).toBe(405);
    expect((await fetchJson(`${api.url}/audit-logs/${first.id}`, { method: "PATCH", headers: as("admin"), json: { summary: "x" } })).status).toBe(405);
    expect((await fetchJson(`${api.url}/audit-logs/${first.id}`, { method: "DELETE", headers: as("admin") })).status).toBe(405);
    // json-server would turn this nested path into a create on the trail.
    expect((await fetchJson(`${api.url}/members/1/audit-logs`, { method: "POST", headers: as("admin"), json: forged })).status).toBe(405);
    expect(await trail()).toEqual(before);
  });

  it("chains every entry to the one before, and the verify endpoint says the chain holds", async () => {
    const entries = await trail();
    expect(entries.length).toBeGreaterThan(5);
    entries.forEach((entry, i) => expect(entry.prevHash).toBe(i === 0 ? null : entries[i - 1].hash));
    const verdict = await fetchJson(`${api.url}/audit-logs/_verify`, { headers: as("admin") });
    expect(verdict.body).toEqual({ ok: true, entries: entries.length });
    expect((await fetchJson(`${api.url}/audit-logs/_verify`, { headers: as("member") })).status).toBe(403);
  });
});

describe("an entry altered in the store", () => {
  const dir = mkdtempSync(join(tmpdir(), "party-audit-"));
  const store = join(dir, "db.json");
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("is caught by audit:verify, which names the first broken link", { timeout: 120_000 }, async () => {
    const seed = generateDb({ today: TODAY });
    writeFileSync(store, JSON.stringify(seed));
    const fileApi = await listenMockApi({ data: store, hostData: generateHostDb(), roles: true, today: () => TODAY });
    for (const member of seed.members.slice(0, 3)) {
      await fetchJson(`${fileApi.url}/members/${member.id}`, { method: "PATCH", headers: as("admin"), json: { version: member.version, jobTitle: `岗位${member.id}` } });
    }
    await fileApi.close();
    const verify = () => run(process.execPath, ["--import", "tsx", "scripts/store/audit-verify.ts", store], { cwd: ROOT }).then((r) => ({ code: 0, out: r.stdout }), (e: { code: number; stderr: string }) => ({ code: e.code, out: e.stderr }));
    expect(await verify()).toMatchObject({ code: 0, out: expect.stringContaining("3 entries, every link holds") });

    const state = JSON.parse(readFileSync(store, "utf8"));
    state["audit-logs"][1].changes[0].after = "篡改";
    writeFileSync(store, JSON.stringify(state));
    expect(await verify()).toMatchObject({ code: 1, out: expect.stringContaining("first broken link at entry 2") });

    state["audit-logs"].splice(1, 1);
    writeFileSync(store, JSON.stringify(state));
    expect(await verify(), "a removed entry breaks the link of the next").toMatchObject({ code: 1, out: expect.stringContaining("at entry 3") });
  });
});
