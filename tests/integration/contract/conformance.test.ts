// The conformance checker against both mock backends (all checks pass), against backends that break
// the contract on purpose (the matching check fails), and as the CLI (table and exit code).
import { spawn } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkContext } from "../../../scripts/contract/check/backend";
import { runChecks, type CheckResult } from "../../../scripts/contract/check/runChecks";
import { listenMockApi } from "../../../mock-api/listen";
import { front, seed, startEnvelope, startSimpleRest, type Front } from "./backends";

const CHECKS = [
  "list members",
  "list branches",
  "list pairings",
  "list pairing-activities",
  "list pairing-tasks",
  "list pairing-trainings",
  "list commitments",
  "list institutions",
  "list consortium-agreements",
  "list outreach-postings",
  "list outreach-activities",
  "list consortium-overview",
  "list resource-settings",
  "list: paging",
  "list: page cap",
  "list: total",
  "list: sort",
  "list: sort on two fields",
  "list: filter",
  "list: date range",
  "list: search",
  "getMany: one batched request",
  "getOne",
  "create",
  "read back",
  "update",
  "409 on a stale version",
  "422 on a bad record",
  "delete",
  "bulk create",
];

let simple: Awaited<ReturnType<typeof startSimpleRest>>;
let envelope: Awaited<ReturnType<typeof startEnvelope>>;
const fronts: Front[] = [];

beforeAll(async () => {
  [simple, envelope] = await Promise.all([startSimpleRest(), startEnvelope()]);
});
afterAll(async () => {
  await Promise.all(fronts.map((f) => f.close()));
  await Promise.all([simple?.close(), envelope?.close()]);
});

const statusOf = (results: CheckResult[]) => Object.fromEntries(results.map((r) => [r.name, r.status]));
const failed = (results: CheckResult[]) => results.filter((r) => r.status !== "pass").map((r) => `${r.name}: ${r.detail}`);

describe("the mock backends conform", () => {
  it("simple-rest: every check passes", async () => {
    const results = await runChecks(checkContext({ apiUrl: simple.url }));
    expect(failed(results)).toEqual([]);
    expect(results.map((r) => r.name)).toEqual(expect.arrayContaining(CHECKS));
  });

  it("envelope: every check passes through the adapter, endpoints and fieldMap alone", async () => {
    const recorder = await front(envelope.url);
    fronts.push(recorder);
    const results = await runChecks(checkContext({ apiUrl: recorder.url, adapter: "envelope" }));
    expect(failed(results)).toEqual([]);
    expect(results.map((r) => r.name)).toEqual(expect.arrayContaining(CHECKS));
    // It really spoke the envelope dialect: pinyin paths, pageNum, wire field names, PUT.
    const paths = new Set(recorder.requests.map((r) => r.url.pathname.replace(/\/\d+$/, "/:id")));
    expect(paths).toEqual(new Set(["/api/v2/dangyuan", "/api/v2/dangzhibu", "/api/v2/dangzhibu/:id", "/api/v2/dangzhibu/_bulk", "/api/v2/lianjian", "/api/v2/lianjian-huodong", "/api/v2/lianjian-renwu", "/api/v2/lianjian-peixun", "/api/v2/chengnuo", "/api/v2/huiyi", "/api/v2/pingyi", "/api/v2/shenji", "/api/v2/peizhi", "/api/v2/yilianti-danwei", "/api/v2/gongjian-xieyi", "/api/v2/xiachen-bangfu", "/api/v2/bangfu-huodong", "/api/v2/yilianti-gailan", "/api/v2/kecheng", "/api/v2/xuexi-jilu", "/api/v2/wenzhang", "/api/v2/dangfei-jishu", "/api/v2/dangfei-jiaona", "/api/v2/zuzhi-guanxi", "/api/v2/kaohe-fangan", "/api/v2/kaohe-renwu", "/api/v2/kaohe-jieguo", "/api/v2/gongzuotai", "/api/v2/zhibiao", "/api/v2/zhibiao-shuju", "/api/v2/ziyuan-dingyi", "/api/v2/zhanghao"]));
    expect(recorder.requests.some((r) => r.url.searchParams.get("orderByColumn") === "clrq")).toBe(true);
    expect(recorder.requests.find((r) => r.method === "POST")?.body).toMatchObject({ zbmc: expect.stringMatching(/^契约检查-/), zblx: "functional" });
    expect(recorder.requests.some((r) => r.method === "PUT")).toBe(true);
    expect(recorder.requests.every((r) => ![...r.url.searchParams.keys()].some((k) => k.startsWith("_")))).toBe(true);
  });

  it("the scratch record is gone afterwards", async () => {
    const res = await fetch(`${simple.url}/branches?name_like=${encodeURIComponent("契约检查")}`);
    expect(await res.json()).toEqual([]);
    const env = (await (await fetch(`${envelope.url}/api/v2/dangzhibu?zbmcLike=${encodeURIComponent("契约检查")}`)).json()) as { total: number };
    expect(env.total).toBe(0);
  });
});

describe("a backend that breaks the contract fails the matching check", () => {
  async function checkThrough(tamper: Parameters<typeof front>[1]) {
    const broken = await front(simple.url, tamper);
    fronts.push(broken);
    return statusOf(await runChecks(checkContext({ apiUrl: broken.url })));
  }

  it("answering pages of any size fails the page-cap check", async () => {
    const uncapped = await startSimpleRest({ pageMax: 100_000 });
    try {
      const status = statusOf(await runChecks(checkContext({ apiUrl: uncapped.url })));
      expect(status).toMatchObject({ "list: page cap": "fail", "list: paging": "pass" });
    } finally {
      await uncapped.close();
    }
  });

  it("ignoring _sort/_order fails the sort checks only", async () => {
    const status = await checkThrough({
      request: ({ url }) => {
        url.searchParams.delete("_sort");
        url.searchParams.delete("_order");
      },
    });
    expect(status).toMatchObject({ "list: sort": "fail", "list: sort on two fields": "fail", "list: paging": "pass", "list: filter": "pass", delete: "pass" });
  });

  it("no X-Total-Count fails paging and skips what depends on it", async () => {
    const status = await checkThrough({ dropHeaders: ["x-total-count"] });
    expect(status).toMatchObject({ "list: paging": "fail", "list: total": "skip", "list: sort": "skip", create: "pass" });
  });

  it("ignoring filters and q fails filter, date range and search", async () => {
    const status = await checkThrough({
      request: ({ url }) => {
        for (const key of [...url.searchParams.keys()]) if (!key.startsWith("_") && key !== "id") url.searchParams.delete(key);
      },
    });
    expect(status).toMatchObject({ "list: filter": "fail", "list: date range": "fail", "list: search": "fail", "getMany: one batched request": "pass" });
  });

  it("last-write-wins (no version check) fails the 409 check", async () => {
    const status = await checkThrough({
      request: async (req) => {
        if (req.method !== "PATCH") return;
        // A backend without optimistic locking: every update counts as based on the stored version.
        const stored = (await (await fetch(req.url)).json()) as { version: number };
        req.body = JSON.stringify({ ...(JSON.parse(req.body) as object), version: stored.version });
      },
    });
    expect(status).toMatchObject({ update: "pass", "409 on a stale version": "fail", delete: "pass" });
  });

  it("a backend without the bulk path skips the bulk check: the rows are still created, one at a time", async () => {
    const status = await checkThrough({
      request: ({ url }) => {
        url.pathname = url.pathname.replace(/\/_bulk$/, "/_no-such-path");
      },
    });
    expect(status).toMatchObject({ "bulk create": "skip", create: "pass", delete: "pass" });
  });

  it("batched reads answered one request per id fail the getMany check", async () => {
    const status = await checkThrough({
      request: ({ url }) => {
        const ids = url.searchParams.getAll("id");
        if (ids.length > 1) {
          url.searchParams.delete("id");
          url.searchParams.append("id", ids[0]);
        }
      },
    });
    expect(status["getMany: one batched request"]).toBe("fail");
  });
});

describe("npm run contract:check", () => {
  const tsx = path.resolve(import.meta.dirname, "../../../node_modules/.bin/tsx");
  const script = path.resolve(import.meta.dirname, "../../../scripts/contract/check.ts");
  const cli = (args: string[]) =>
    new Promise<{ code: number | null; out: string }>((resolve) => {
      const child = spawn(tsx, [script, ...args], { stdio: ["ignore", "pipe", "pipe"] });
      let out = "";
      child.stdout.on("data", (chunk: Buffer) => (out += chunk));
      child.stderr.on("data", (chunk: Buffer) => (out += chunk));
      child.on("close", (code) => resolve({ code, out }));
    });

  it("prints the pass/fail table and exits 0 against the envelope mock", async () => {
    const { code, out } = await cli(["--api-url", envelope.url, "--adapter", "envelope"]);
    expect(out).toMatch(/^PASS\s+409 on a stale version/m);
    const passed = Number(/^(\d+) passed, 0 failed, 0 skipped$/m.exec(out)?.[1]);
    expect(passed).toBeGreaterThanOrEqual(CHECKS.length);
    expect(code).toBe(0);
  });

  it("exits non-zero when a check fails (an envelope backend checked as simple-rest)", async () => {
    const { code, out } = await cli(["--api-url", envelope.url]);
    expect(out).toMatch(/^FAIL\s+list members/m);
    expect(code).toBe(1);
  });

  it("signs in with --user/--password against the mock API with roles on, as the contract doc's first example does", async () => {
    const guarded = await listenMockApi({ ...seed(), roles: true });
    try {
      const anonymous = await cli(["--api-url", guarded.url]);
      expect(anonymous.code).toBe(1);
      expect(anonymous.out).toMatch(/add --user NAME --password PASSWORD/);
      const wrong = await cli(["--api-url", guarded.url, "--user", "admin", "--password", "nope"]);
      expect(wrong).toMatchObject({ code: 2, out: expect.stringMatching(/sign-in at .*\/auth\/login as "admin" was refused \(HTTP 401\)/) });
      const { code, out } = await cli(["--api-url", guarded.url, "--user", "admin", "--password", "demo123"]);
      expect(Number(/^(\d+) passed, 0 failed, 0 skipped$/m.exec(out)?.[1])).toBeGreaterThanOrEqual(CHECKS.length);
      expect(code).toBe(0);
    } finally {
      await guarded.close();
    }
  }, 120_000);

  it("exits 2 with usage when --api-url is missing", async () => {
    const { code, out } = await cli([]);
    expect(out).toMatch(/usage: npm run contract:check/);
    expect(code).toBe(2);
  });
});
