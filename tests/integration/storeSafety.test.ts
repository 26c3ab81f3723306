// The store is refused rather than served when damaged, kept in rolling backups that the backup and
// restore commands work with while the API is stopped, exported and restored by an administrator,
// and no request may ask for an unbounded page or send an unbounded body.
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listenMockApi } from "../../mock-api/listen";
import { lockFile } from "../../mock-api/persistence/lock";
import { emptyDb } from "../../mock-api/seed/empty";
import { generateDb } from "../../mock-api/seed/generate";
import { generateHostDb } from "../../mock-api/seed/generate-host";
import { BODY_MAX_BYTES, PAGE_MAX } from "../../src/data/limits";
import { fetchJson, startMockApi, TODAY, type MockApi } from "../support/mockApi";

const exec = promisify(execFile);
const ROOT = join(import.meta.dirname, "../..");
const as = (user: string) => ({ authorization: `Bearer demo-token-${user}` });
type Outcome = { code: number; out: string };
const tsx = (script: string, args: string[], env: Record<string, string>): Promise<Outcome> =>
  exec(process.execPath, ["--import", "tsx", script, ...args], { cwd: ROOT, env: { ...process.env, ...env } }).then(
    (r) => ({ code: 0, out: r.stdout + r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout + e.stderr }),
  );

describe("a store on disk", () => {
  const dir = mkdtempSync(join(tmpdir(), "party-store-"));
  const store = join(dir, "db.json");
  const backups = join(dir, "backups");
  const env = { MOCK_DB: store, MOCK_BACKUP_DIR: backups, API_PORT: "0", SEED_TODAY: TODAY };
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("is backed up by npm run backup, refused when truncated (naming the newest good backup and the restore command), and restored by npm run restore", { timeout: 180_000 }, async () => {
    const good = JSON.stringify(generateDb({ today: TODAY }));
    writeFileSync(store, good);
    const backup = await tsx("scripts/store/backup.ts", [], env);
    expect(backup.code, backup.out).toBe(0);
    const [copy] = readdirSync(backups);
    expect(copy).toMatch(/^db-manual-\d{8}-\d{6}\.json$/);

    writeFileSync(store, good.slice(0, good.length / 2)); // a write cut short
    const damaged = readFileSync(store);
    const start = await tsx("mock-api/server.ts", [], env);
    expect(start.code).toBe(1);
    expect(start.out).toContain(`The store ${store} is damaged and will not be served`);
    expect(start.out).toContain(`The newest good backup is ${join(backups, copy)}`);
    expect(start.out).toContain(`npm run restore -- ${join(backups, copy)}`);
    expect(readFileSync(store).equals(damaged), "nothing was reseeded over it").toBe(true);

    // Not while a server holds the store.
    writeFileSync(lockFile(store), `${process.pid}\n`);
    expect(await tsx("scripts/store/restore.ts", [join(backups, copy)], env)).toMatchObject({ code: 1, out: expect.stringContaining("stop it before restoring") });
    rmSync(lockFile(store));

    const restore = await tsx("scripts/store/restore.ts", [join(backups, copy)], env);
    expect(restore.code, restore.out).toBe(0);
    expect(readFileSync(store, "utf8")).toBe(good);
    expect(readdirSync(dir).some((name) => name.startsWith("db.json.damaged-")), "the damaged file is kept aside").toBe(true);
  });

  it("takes an hourly and a daily backup with its first write, and keeps the last N of each", async () => {
    rmSync(backups, { recursive: true, force: true });
    const fileApi = await listenMockApi({ data: store, hostData: generateHostDb(), roles: true, today: () => TODAY, backups: { dir: backups, keep: 2 } });
    const member = generateDb({ today: TODAY }).members[0];
    await fetchJson(`${fileApi.url}/members/${member.id}`, { method: "PATCH", headers: as("admin"), json: { version: member.version, jobTitle: "备份测试" } });
    await fileApi.close();
    const names = readdirSync(backups).sort();
    expect(names).toEqual([expect.stringMatching(/^db-daily-\d{8}\.json$/), expect.stringMatching(/^db-hourly-\d{8}-\d{2}\.json$/)]);
    expect(JSON.parse(readFileSync(join(backups, names[0]), "utf8")).members[0].jobTitle).toBe("备份测试");
    expect(existsSync(store)).toBe(true);
  });
});

describe("bounded requests", () => {
  let api: MockApi;
  beforeAll(async () => {
    api = await startMockApi({ roles: true });
  });
  afterAll(() => api?.close());

  it(`answers 400 with the cap for a page over ${PAGE_MAX}, and at most ${PAGE_MAX} records to a list asked without paging`, async () => {
    const get = (query: string) => fetchJson<unknown[]>(`${api.url}/members?${query}`, { headers: as("admin") });
    expect(await get("_start=0&_end=100000")).toMatchObject({ status: 400, body: { message: "party.errors.pageTooLarge", max: PAGE_MAX } });
    expect((await get(`_limit=${PAGE_MAX + 1}`)).status).toBe(400);
    expect((await get(Array.from({ length: PAGE_MAX + 1 }, (_, i) => `id=${i + 1}`).join("&"))).status).toBe(400);
    expect((await get("_start=-1&_end=10")).status).toBe(400);
    const page = await get(`_start=0&_end=${PAGE_MAX}`);
    expect([page.status, page.body.length]).toEqual([200, PAGE_MAX]);
    const unpaged = await get("");
    expect([unpaged.status, unpaged.body.length, unpaged.total]).toEqual([200, PAGE_MAX, api.seed.members.length]);
  });

  it(`answers 413 to a body over ${BODY_MAX_BYTES} bytes and 400 to one that is not JSON, storing nothing`, async () => {
    const big = { name: "x".repeat(BODY_MAX_BYTES), type: "functional" };
    expect(await fetchJson(`${api.url}/branches`, { method: "POST", headers: as("admin"), json: big })).toMatchObject({ status: 413, body: { message: "party.errors.bodyTooLarge", maxBytes: BODY_MAX_BYTES } });
    const bad = await fetchJson(`${api.url}/branches`, { method: "POST", headers: { ...as("admin"), "content-type": "application/json" }, body: "{not json" });
    expect(bad).toMatchObject({ status: 400, body: { message: "party.errors.badBody" } });
  });
});

describe("export and restore by an administrator", () => {
  let api: MockApi;
  beforeAll(async () => {
    api = await startMockApi({ roles: true });
  });
  afterAll(() => api?.close());

  it("exports every collection as JSON (audited), restores it only on an empty instance, and keeps the trail's chain", async () => {
    expect((await fetchJson(`${api.url}/_system/export`, { headers: as("secretary") })).status).toBe(403);
    const exported = await fetchJson<Record<string, Record<string, unknown>[]>>(`${api.url}/_system/export`, { headers: as("admin") });
    expect(exported.status).toBe(200);
    expect(exported.headers.get("content-disposition")).toMatch(/attachment; filename="party-export-\d{8}-\d{6}\.json"/);
    expect(exported.body.members).toHaveLength(api.seed.members.length);
    expect(exported.body["audit-logs"].at(-1)).toMatchObject({ action: "export", resource: "system", authorName: "党委办公室" });

    // Not over a hospital's data.
    expect((await fetchJson(`${api.url}/_system/restore`, { method: "POST", headers: as("admin"), json: exported.body })).status).toBe(409);

    const empty = await listenMockApi({ data: emptyDb(), hostData: generateHostDb(), roles: true, today: () => TODAY });
    try {
      const forged = structuredClone(exported.body);
      forged["audit-logs"][0].summary = "篡改";
      expect(await fetchJson(`${empty.url}/_system/restore`, { method: "POST", headers: as("admin"), json: forged })).toMatchObject({ status: 422, body: { message: "party.errors.restoreTrailBroken" } });

      const restored = await fetchJson(`${empty.url}/_system/restore`, { method: "POST", headers: as("admin"), json: exported.body });
      expect(restored.status).toBe(200);
      const members = await fetchJson<unknown[]>(`${empty.url}/members?_start=0&_end=1`, { headers: as("admin") });
      expect(members.total).toBe(api.seed.members.length);
      const trail = await fetchJson<{ action: string }[]>(`${empty.url}/audit-logs?_sort=id&_order=desc&_start=0&_end=1`, { headers: as("admin") });
      expect(trail.body[0]).toMatchObject({ action: "restore", resource: "system" });
      expect((await fetchJson(`${empty.url}/audit-logs/_verify`, { headers: as("admin") })).body).toMatchObject({ ok: true });
      expect((await fetchJson(`${empty.url}/_system/restore`, { method: "POST", headers: as("admin"), json: exported.body })).status, "once restored, it is not empty").toBe(409);
    } finally {
      await empty.close();
    }
  });
});
