// `npm run bench:load`: the mock API as a hospital runs it (a child process on a file store, atomic
// writes, backups, the server-written audit trail), seeded with 20,000 members; N signed-in clients
// on loopback do a realistic mix for a fixed time: filtered lists, detail reads, edits with versions
// (a 409 is expected when two edit the same member) and creates. Prints throughput, p50/p95/p99 per
// kind and errors, then checks that the trail holds exactly one entry per acknowledged write.
//   LOAD_CLIENTS=8 LOAD_SECONDS=30 npm run bench:load
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateDb } from "../mock-api/seed/generate";
import { printTable, ROOT, round, writeResult } from "./support/report";

const MEMBERS = 20_000;
const CLIENTS = Number(process.env.LOAD_CLIENTS ?? 8);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 30);
const TODAY = "2026-11-22";
const KINDS = ["list", "detail", "edit", "create"] as const;
type Kind = (typeof KINDS)[number];
/** Out of 20 operations: 8 lists, 6 detail reads, 5 edits, 1 create. */
const MIX: Kind[] = [...Array(8).fill("list"), ...Array(6).fill("detail"), ...Array(5).fill("edit"), "create"];
const STAGES = ["full", "probationary", "applicant", "activist", "candidate"];

const dir = mkdtempSync(join(tmpdir(), "party-load-"));
const store = join(dir, "db.json");
const seed = generateDb({ today: TODAY, members: MEMBERS });
writeFileSync(store, JSON.stringify(seed));
const branchIds = seed.branches.map((b) => b.id);

const child = spawn(process.execPath, ["--import", "tsx", "mock-api/server.ts"], {
  cwd: ROOT,
  env: { ...process.env, MOCK_DB: store, API_PORT: "0", API_HOST: "127.0.0.1", SEED_TODAY: TODAY, MOCK_BACKUP_DIR: join(dir, "backups") },
  stdio: ["ignore", "pipe", "inherit"],
});
const url = await new Promise<string>((resolve, reject) => {
  let out = "";
  child.stdout!.on("data", (chunk: Buffer) => {
    out += chunk.toString();
    const found = /Mock API\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1];
    if (found) resolve(found);
  });
  child.on("exit", (code) => reject(new Error(`the mock API exited (${code}):\n${out}`)));
});

const login = async (username: string) => {
  const res = await fetch(`${url}/auth/login`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ username, password: "demo123" }) });
  return ((await res.json()) as { token: string }).token;
};
const tokens = [await login("admin"), await login("secretary")];
const trailSize = async (token: string) => Number((await fetch(`${url}/audit-logs?_start=0&_end=1`, { headers: { authorization: `Bearer ${token}` } })).headers.get("x-total-count"));
const entriesBefore = await trailSize(tokens[0]);

const latencies = Object.fromEntries(KINDS.map((k) => [k, [] as number[]])) as Record<Kind, number[]>;
const errors: Record<string, number> = {};
let acknowledgedWrites = 0;
let conflicts = 0;
const pick = <T>(list: readonly T[]) => list[Math.floor(Math.random() * list.length)];

async function timed(kind: Kind, request: () => Promise<Response>, ok: number[]) {
  const started = performance.now();
  const res = await request();
  const body = await res.text();
  latencies[kind].push(performance.now() - started);
  if (res.status === 409 && kind === "edit") conflicts++;
  else if (!ok.includes(res.status)) errors[`${kind} ${res.status}`] = (errors[`${kind} ${res.status}`] ?? 0) + 1;
  return { status: res.status, body };
}

async function client(n: number, until: number) {
  // Administrators mostly; every fourth client a secretary reading and editing what their branch may.
  const token = tokens[n % 4 === 3 ? 1 : 0];
  const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" };
  const versions = new Map<number, number>();
  for (let i = 0; performance.now() < until && i < 1_000_000; i++) {
    const kind = pick(MIX);
    const id = 1 + Math.floor(Math.random() * MEMBERS);
    if (kind === "list") {
      const query = `stage=${pick(STAGES)}&branchId=${pick(branchIds)}&_sort=name&_order=asc&_start=0&_end=20`;
      await timed("list", () => fetch(`${url}/members?${query}`, { headers }), [200]);
    } else if (kind === "detail") {
      const { body } = await timed("detail", () => fetch(`${url}/members/${id}`, { headers }), [200]);
      versions.set(id, (JSON.parse(body) as { version: number }).version);
    } else if (kind === "edit") {
      if (token === tokens[1]) continue; // a secretary's edits stay in their branch; the admin's go anywhere
      const version = versions.get(id) ?? seed.members[id - 1].version;
      const { status, body } = await timed("edit", () => fetch(`${url}/members/${id}`, { method: "PATCH", headers, body: JSON.stringify({ version, jobTitle: `岗位${n}-${i}` }) }), [200]);
      if (status === 200) acknowledgedWrites++;
      versions.set(id, (JSON.parse(body) as { version?: number; current?: { version: number } }).version ?? (JSON.parse(body) as { current: { version: number } }).current.version);
    } else {
      if (token === tokens[1]) continue; // branches are the administrators' to create
      const branch = { name: `压测支部${n}-${i}`, type: "functional", parentOrg: "机关党总支" };
      const { status } = await timed("create", () => fetch(`${url}/branches`, { method: "POST", headers, body: JSON.stringify(branch) }), [201]);
      if (status === 201) acknowledgedWrites++;
    }
  }
}

const started = performance.now();
const until = started + SECONDS * 1000;
await Promise.all(Array.from({ length: CLIENTS }, (_, n) => client(n, until)));
const elapsed = (performance.now() - started) / 1000;

const entriesAfter = await trailSize(tokens[0]);
const verdict = (await (await fetch(`${url}/audit-logs/_verify`, { headers: { authorization: `Bearer ${tokens[0]}` } })).json()) as { ok: boolean; entries: number };
child.kill("SIGTERM");
await new Promise((resolve) => child.once("exit", resolve));
rmSync(dir, { recursive: true, force: true });

const pct = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN;
};
const total = KINDS.reduce((n, k) => n + latencies[k].length, 0);
const rows = KINDS.map((k) => [k, latencies[k].length, round(latencies[k].length / elapsed), round(pct(latencies[k], 50)), round(pct(latencies[k], 95)), round(pct(latencies[k], 99))]);
printTable(`bench:load — ${CLIENTS} clients, ${round(elapsed)} s, ${MEMBERS} members`, ["kind", "requests", "per s", "p50 ms", "p95 ms", "p99 ms"], rows);
const newEntries = entriesAfter - entriesBefore;
const errorCount = Object.values(errors).reduce((a, b) => a + b, 0);
console.log(`throughput ${round(total / elapsed)} requests/s; 409 conflicts (expected) ${conflicts}; errors ${errorCount}${errorCount ? ` ${JSON.stringify(errors)}` : ""}`);
console.log(`audit: ${acknowledgedWrites} acknowledged writes, ${newEntries} new entries (${newEntries === acknowledgedWrites ? "exactly one each" : "MISMATCH"}); chain ${verdict.ok ? "intact" : "BROKEN"} over ${verdict.entries} entries`);
writeResult("load", { clients: CLIENTS, seconds: round(elapsed), members: MEMBERS, rows, conflicts, errors, acknowledgedWrites, newEntries, chainOk: verdict.ok });
if (errorCount || newEntries !== acknowledgedWrites || !verdict.ok) process.exitCode = 1;
