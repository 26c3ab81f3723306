// Pluggability in the browser: the unchanged demo pointed, by configuration alone (localStorage
// `party.backend`, read by src/demo/backends.ts), at the envelope backend — other paths, other field
// names, `{ code, msg, rows, total }` answers. The branch and member lists and a create must work.
import type { Request } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { listenEnvelopeApi } from "../../mock-api/envelope/listen";
import { generateDb } from "../../mock-api/seed/generate";
import { generateHostDb } from "../../mock-api/seed/generate-host";
import { BACKEND_KEY } from "../../src/demo/backends";
import { api } from "./support/api";
import { baseUrl, expectNoMissingKeys, unique, useApp } from "./support/browser";
import { chooseOption, columnValues, label, listTotal, loadedColumn } from "./support/ui";

type Envelope = { code: number; msg: string; rows?: Record<string, unknown>[]; total?: number; data?: Record<string, unknown> };

let envelope: Awaited<ReturnType<typeof listenEnvelopeApi>>;

beforeAll(async () => {
  // Its own in-memory data on free ports, the same seed as the harness's mock (so the signed-in demo token works).
  envelope = await listenEnvelopeApi({ data: generateDb({ today: new Date().toISOString().slice(0, 10) }), hostData: generateHostDb() });
});
afterAll(() => envelope?.close());

const raw = async (path: string) => (await (await fetch(`${envelope.url}${path}`)).json()) as Envelope;

describe("the demo on the envelope backend", () => {
  const app = useApp({ lang: "zh-CN" });
  let requests: Request[] = [];

  beforeEach(async () => {
    await app.context.addInitScript(
      ({ key, value }) => {
        try {
          localStorage.setItem(key, value);
        } catch {
          // about:blank has no storage
        }
      },
      { key: BACKEND_KEY, value: JSON.stringify({ name: "envelope", apiUrl: envelope.url }) },
    );
    requests = [];
    app.page.on("request", (request) => requests.push(request));
  });

  /** The plugin's data requests: none may go to the simple-rest mock behind the demo's /api. */
  const pluginRequests = () => {
    const demoApi = `${baseUrl()}/api/`;
    const toSimpleRest = requests.filter((r) => r.url().startsWith(demoApi) && !/\/api\/(host|auth)\//.test(r.url()));
    expect(toSimpleRest.map((r) => r.url()), "requests to the simple-rest mock").toEqual([]);
    return requests.filter((r) => r.url().startsWith(envelope.url)).map((r) => new URL(r.url()));
  };

  it("lists the branches from /api/v2/dangzhibu, with the envelope's total", async () => {
    const { page } = app;
    await app.goto("/party/branches");
    await expect.poll(() => page.getByRole("cell", { name: "心血管内科党支部", exact: true }).count()).toBe(1);
    const expected = await raw("/api/v2/dangzhibu?pageNum=1&pageSize=1");
    expect(await listTotal(page)).toBe(expected.total);
    const list = pluginRequests().find((u) => u.pathname === "/api/v2/dangzhibu" && u.searchParams.has("pageNum"));
    expect(list?.searchParams.get("pageSize")).toBe("20");
    expect(list?.searchParams.get("orderByColumn")).toBe("id");
    await expectNoMissingKeys(page);
  });

  it("lists the members from /api/v2/dangyuan: names read from `xm`, branches labelled through one batched ids request", async () => {
    const { page } = app;
    await app.goto("/party/members");
    const names = await loadedColumn(page, "姓名");
    const expected = await raw("/api/v2/dangyuan?pageNum=1&pageSize=20&orderByColumn=id&isAsc=asc");
    expect(names).toEqual(expected.rows!.map((m) => m.xm));
    expect(await listTotal(page)).toBe(expected.total);
    // The branch column's labels come from /api/v2/dangzhibu?ids=…, the `zbmc` of each.
    const branchIds = [...new Set(expected.rows!.map((m) => String(m.dzbId)))].sort();
    const branches = await raw(`/api/v2/dangzhibu?ids=${branchIds.join(",")}`);
    const branchNames = new Set(branches.rows!.map((b) => b.zbmc));
    await expect.poll(async () => (await columnValues(page, "所在支部")).filter((name) => !branchNames.has(name))).toEqual([]);
    const batched = pluginRequests().filter((u) => u.pathname === "/api/v2/dangzhibu" && u.searchParams.has("ids"));
    expect(batched.length).toBeGreaterThanOrEqual(1);
    expect(batched[0].searchParams.get("ids")!.split(",").sort()).toEqual(branchIds);
    await expectNoMissingKeys(page);
  });

  it("creates a branch through the unchanged form: POSTed as zbmc/zblx, answered { code: 200, data }, then shown", async () => {
    const { page } = app;
    const name = `信封支部-${unique()}`;
    await app.goto("/party/branches");
    await page.getByRole("link", { name: label("新建") }).click();
    await page.waitForURL(/\/party\/branches\/create$/);
    await page.locator("#name").fill(name);
    await chooseOption(page, "type", "医技");
    const saved = page.waitForResponse((r) => r.request().method() === "POST" && r.url() === `${envelope.url}/api/v2/dangzhibu`);
    await page.getByRole("button", { name: label("保存") }).click();
    const response = await saved;
    expect(response.request().postDataJSON()).toMatchObject({ zbmc: name, zblx: "medtech" });
    const answer = (await response.json()) as Envelope;
    expect(answer).toMatchObject({ code: 200, data: { zbmc: name, zblx: "medtech", version: 1 } });

    await page.waitForURL(new RegExp(`/party/branches/show/${String(answer.data!.id)}$`));
    await expect.poll(() => page.locator(".ant-descriptions").getByText(name, { exact: true }).count()).toBe(1);
    // Stored by the envelope backend, not by the simple-rest mock the demo normally uses.
    expect((await raw(`/api/v2/dangzhibu?zbmcLike=${encodeURIComponent(name)}`)).total).toBe(1);
    expect((await api(`/branches?name=${encodeURIComponent(name)}`)).body).toEqual([]);
    pluginRequests();
    await expectNoMissingKeys(page);
  });
});
