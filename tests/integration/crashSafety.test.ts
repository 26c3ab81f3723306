// The store survives a crash at any moment: the mock API runs as a child process on a temporary
// store, concurrent clients edit members and create branches, and the process is killed with
// SIGKILL at random moments. After each kill the file must parse, hold every acknowledged write,
// and hold each write that was in flight either whole or not at all, each with its audit entry.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { verifyChain } from "../../mock-api/audit/chain";
import { generateDb, MIN_MEMBERS } from "../../mock-api/seed/generate";

const KILLS = 22;
const CLIENTS = 6;
const MEMBERS_PER_CLIENT = 4;
const TODAY = "2026-11-22";
const ROOT = join(import.meta.dirname, "../..");

type Row = Record<string, unknown>;
interface Known {
  version: number;
  jobTitle: unknown;
}
interface Figures {
  kills: number;
  acknowledged: number;
  inFlightAtKill: number;
  lost: number;
  halfApplied: number;
  unaudited: number;
}

function startServer(store: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "mock-api/server.ts"], {
    cwd: ROOT,
    env: { ...process.env, MOCK_DB: store, API_PORT: "0", SEED_TODAY: TODAY, MOCK_BACKUP_DIR: join(store, "..", "backups"), MOCK_ROLES: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  return new Promise((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => reject(new Error(`the mock API did not start:\n${out}`)), 90_000);
    const read = (chunk: Buffer) => {
      out += chunk.toString();
      const url = /Mock API\s+(http:\/\/\S+)/.exec(out)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({ child, url });
      }
    };
    child.stdout!.on("data", read);
    child.stderr!.on("data", read);
    child.on("exit", (code) => reject(new Error(`the mock API exited (${code}) before listening:\n${out}`)));
  });
}

const kill = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGKILL");
  });

describe("crash safety of the file store", () => {
  const dir = mkdtempSync(join(tmpdir(), "party-crash-"));
  const store = join(dir, "db.json");
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(`keeps every acknowledged write through ${KILLS} SIGKILLs under concurrent writes`, { timeout: 600_000 }, async () => {
    const seed = generateDb({ today: TODAY, members: MIN_MEMBERS });
    writeFileSync(store, JSON.stringify(seed));
    const owned = Array.from({ length: CLIENTS }, (_, c) => seed.members.slice(c * MEMBERS_PER_CLIENT, (c + 1) * MEMBERS_PER_CLIENT).map((m) => m.id));
    const known = new Map<number, Known>(seed.members.map((m) => [m.id, { version: m.version, jobTitle: m.jobTitle ?? null }]));
    const pending = new Map<number, Known>();
    const ackedBranches = new Set<string>();
    const pendingBranches = new Set<string>();
    const figures: Figures = { kills: 0, acknowledged: 0, inFlightAtKill: 0, lost: 0, halfApplied: 0, unaudited: 0 };
    const headers = { "content-type": "application/json", authorization: "Bearer demo-token-admin" };
    let seq = 0;
    let acked: () => void = () => undefined;

    async function client(url: string, c: number, stop: { now: boolean }) {
      for (let n = 0; !stop.now && n < 10_000; n++) {
        const tag = `k${figures.kills}-c${c}-${seq++}`;
        if (n % 4 === 3) {
          pendingBranches.add(tag);
          const res = await fetch(`${url}/branches`, { method: "POST", headers, body: JSON.stringify({ name: `崩溃测试${tag}`, type: "functional", parentOrg: "机关党总支" }) }).catch(() => undefined);
          if (!res) return;
          expect(res.status, await res.clone().text()).toBe(201);
          pendingBranches.delete(tag);
          ackedBranches.add(tag);
          figures.acknowledged++;
          acked();
          continue;
        }
        const id = owned[c][n % MEMBERS_PER_CLIENT];
        const base = known.get(id)!;
        const next = { version: base.version + 1, jobTitle: `岗位${tag}` };
        pending.set(id, next);
        const res = await fetch(`${url}/members/${id}`, { method: "PATCH", headers, body: JSON.stringify({ version: base.version, jobTitle: next.jobTitle }) }).catch(() => undefined);
        if (!res) return; // killed: the outcome is for the store to show
        expect(res.status, await res.clone().text()).toBe(200);
        const body = (await res.json()) as Row;
        pending.delete(id);
        known.set(id, { version: Number(body.version), jobTitle: body.jobTitle });
        figures.acknowledged++;
        acked();
      }
    }

    /** Judges the file as the kill left it, then takes what it holds as the truth for the next round. */
    function judge() {
      const state = JSON.parse(readFileSync(store, "utf8")) as Record<string, Row[]>;
      const trail = state["audit-logs"];
      expect(verifyChain(trail).ok, "the audit chain holds").toBe(true);
      const audited = new Set(trail.filter((e) => e.action === "update").map((e) => `${e.recordId}:${(e.changes as Row[]).find((ch) => ch.field === "jobTitle")?.after}`));
      const auditedCreates = new Set(trail.filter((e) => e.action === "create" && e.resource === "branches").map((e) => String(e.recordId)));
      figures.inFlightAtKill += pending.size + pendingBranches.size;
      for (const id of owned.flat()) {
        const row = state.members.find((m) => m.id === id)!;
        const before = known.get(id)!;
        const after = pending.get(id);
        const isBefore = row.version === before.version && (row.jobTitle ?? null) === before.jobTitle;
        const isAfter = !!after && row.version === after.version && row.jobTitle === after.jobTitle;
        if (!isBefore && !isAfter) {
          if (row.jobTitle === before.jobTitle || row.jobTitle === after?.jobTitle) figures.halfApplied++;
          else figures.lost++;
        }
        if (row.version !== seed.members.find((m) => m.id === id)!.version && !audited.has(`${id}:${row.jobTitle}`)) figures.unaudited++;
        known.set(id, { version: Number(row.version), jobTitle: row.jobTitle ?? null });
      }
      pending.clear();
      const stored = new Map(state.branches.map((b) => [String(b.name), b]));
      for (const tag of ackedBranches) {
        const branch = stored.get(`崩溃测试${tag}`);
        if (!branch) figures.lost++;
        else if (!auditedCreates.has(String(branch.id))) figures.unaudited++;
      }
      for (const tag of pendingBranches) {
        const branch = stored.get(`崩溃测试${tag}`);
        if (branch && (branch.version !== 1 || branch.type !== "functional")) figures.halfApplied++;
        if (branch) ackedBranches.add(tag);
      }
      pendingBranches.clear();
    }

    for (let round = 0; round < KILLS; round++) {
      const { child, url } = await startServer(store);
      const stop = { now: false };
      const firstAck = new Promise<void>((resolve) => (acked = resolve));
      const clients = Array.from({ length: CLIENTS }, (_, c) => client(url, c, stop));
      // A random moment once writes are flowing: mid-request, mid-write, between writes.
      await firstAck;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 400));
      await kill(child);
      stop.now = true;
      await Promise.all(clients);
      figures.kills++;
      judge();
    }

    console.log(
      `crash safety: kills ${figures.kills}, writes acknowledged ${figures.acknowledged}, in flight at a kill ${figures.inFlightAtKill}, ` +
        `lost ${figures.lost}, half-applied ${figures.halfApplied}, without audit entry ${figures.unaudited}`,
    );
    expect(figures.kills).toBeGreaterThanOrEqual(20);
    // Each round waits for a first acknowledged write before its kill, so every round wrote something.
    expect(figures.acknowledged).toBeGreaterThanOrEqual(KILLS);
    expect(figures).toMatchObject({ lost: 0, halfApplied: 0, unaudited: 0 });
  });
});
