// When saving fails, the person is told why in their language and keeps what they typed: a server
// error, an answer slower than the plugin's 15 s timeout, a dropped connection, and a conflict with
// someone else's save, where they compare, then overwrite with theirs or reload the stored record.
import type { Page } from "playwright-core";
import { afterEach, describe, expect, it } from "vitest";
import { branchesNamed } from "./support/api";
import { expectNoMissingKeys, unique, useApp } from "./support/browser";
import { chooseOption, label } from "./support/ui";
import { apiAs, armFault, trackApi, clearFaults, createOwnBranch, detailText, expectNotification, type Rec } from "./support-extra";

/** The plugin's default per-request timeout (src/data/httpClient.ts); the demo (src/demo/party.ts) keeps it. */
const CLIENT_TIMEOUT_MS = 15_000;

/** A branch of the test's own, and its edit form opened with the stored values loaded. */
async function openEdit(page: Page, goto: (p: string) => Promise<void>): Promise<Rec> {
  const branch = await createOwnBranch({ name: `故障支部-${unique()}`, type: "functional", parentOrg: "机关党总支", establishedDate: "2015-07-01" });
  await goto(`/party/branches/edit/${branch.id}`);
  await expect.poll(() => page.locator("#name").inputValue()).toBe(branch.name);
  await expect.poll(() => page.locator("#parentOrg").inputValue()).toBe("机关党总支");
  return branch;
}

/** After a failed save of the edit form: still on it, `typed` still in 上级党组织, the stored branch unchanged. */
async function expectEditKept(page: Page, network: ReturnType<typeof trackApi>, branch: Rec, typed: string): Promise<void> {
  await network.quiet();
  expect(page.url()).toMatch(new RegExp(`/party/branches/edit/${branch.id}$`));
  expect(await page.locator("#parentOrg").inputValue()).toBe(typed);
  const stored = (await apiAs<Rec>("admin", `/branches/${branch.id}`)).body;
  expect(stored).toMatchObject({ parentOrg: "机关党总支", version: branch.version });
}

/** Waits for the PATCH of a record to be answered (or to fail in the browser) after `action`. */
async function patchOutcome(page: Page, id: number, action: () => Promise<void>): Promise<string> {
  const outcome = page
    .waitForEvent("requestfinished", { predicate: (r) => r.method() === "PATCH" && new URL(r.url()).pathname === `/api/branches/${id}`, timeout: 40_000 })
    .then(async (r) => `answered ${(await r.response())?.status()}`);
  const failed = page
    .waitForEvent("requestfailed", { predicate: (r) => r.method() === "PATCH" && new URL(r.url()).pathname === `/api/branches/${id}`, timeout: 40_000 })
    .then((r) => `failed ${r.failure()?.errorText}`);
  await action();
  return Promise.race([outcome, failed]);
}

describe("save failures", () => {
  afterEach(async () => {
    await clearFaults();
  });

  describe("in Chinese", () => {
    const app = useApp({ lang: "zh-CN" });

    it("a 500 on creating: a localized error, the typed values kept, nothing stored", async () => {
      const { page } = app;
      const network = trackApi(page);
      const name = `五百-${unique()}`;
      await app.goto("/party/branches/create");
      await page.locator("#name").fill(name);
      await chooseOption(page, "type", "医技");
      await page.locator("#parentOrg").fill("医技党总支");
      await armFault({ status: 500, method: "POST", path: "/branches", times: 1 });
      const answered = page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/api/branches");
      await page.getByRole("button", { name: label("保存") }).click();
      expect((await answered).status()).toBe(500);

      await expectNotification(page, ["服务器出错，请稍后重试", "您填写的内容已保留。"]);
      // Whatever the page does after the failure (refetches), what was typed stays.
      await network.quiet();
      expect(page.url()).toMatch(/\/party\/branches\/create$/);
      expect(await page.locator("#name").inputValue()).toBe(name);
      expect(await page.locator("#parentOrg").inputValue()).toBe("医技党总支");
      expect(await page.locator(`.ant-select:has(input[id="type"]) .ant-select-selection-item`).getAttribute("title")).toBe("医技");
      expect(await branchesNamed(name)).toEqual([]);
      await expectNoMissingKeys(page);
    });

    it("a dropped connection: a localized error, the typed values kept, nothing stored", async () => {
      const { page } = app;
      const network = trackApi(page);
      const branch = await openEdit(page, app.goto);
      await page.locator("#parentOrg").fill("断线时填写的上级");
      await armFault({ drop: true, method: "PATCH", path: "/branches", times: 1 });
      const outcome = await patchOutcome(page, branch.id, () => page.getByRole("button", { name: label("保存") }).click());
      // The demo reaches the API through its server's /api proxy, which answers a connection the
      // API dropped with 502 Bad Gateway: to the person that is a server failure.
      expect(outcome).toBe("answered 502");
      await expectNotification(page, ["服务器出错，请稍后重试", "您填写的内容已保留。"]);
      await expectEditKept(page, network, branch, "断线时填写的上级");
      await expectNoMissingKeys(page);
    });

    it("no connection at all (the browser's request refused): a localized 'cannot reach the server'", async () => {
      const { page } = app;
      const network = trackApi(page);
      const branch = await openEdit(page, app.goto);
      await page.locator("#parentOrg").fill("离线时填写的上级");
      // What the proxy hides: the browser itself cannot connect.
      await page.route(`**/api/branches/${branch.id}`, (route) => (route.request().method() === "PATCH" ? route.abort("connectionrefused") : route.fallback()));
      const outcome = await patchOutcome(page, branch.id, () => page.getByRole("button", { name: label("保存") }).click());
      expect(outcome).toMatch(/^failed /);
      await expectNotification(page, ["无法连接服务器，请检查网络后重试", "您填写的内容已保留。"]);
      await expectEditKept(page, network, branch, "离线时填写的上级");
      await expectNoMissingKeys(page);
    });

    it("a conflict: shows what differs, and 用我的内容覆盖 saves mine", async () => {
      const { page } = app;
      const network = trackApi(page);
      const branch = await openEdit(page, app.goto);
      await page.locator("#parentOrg").fill("我的上级党组织");
      // Meanwhile someone else renames the branch.
      const theirName = `${branch.name}-他人改名`;
      const theirs = await apiAs<Rec>("admin", `/branches/${branch.id}`, { method: "PATCH", body: { name: theirName, version: branch.version } });
      expect(theirs.status).toBe(200);

      const answered = page.waitForResponse((r) => r.request().method() === "PATCH" && new URL(r.url()).pathname === `/api/branches/${branch.id}`);
      await page.getByRole("button", { name: label("保存") }).click();
      expect((await answered).status()).toBe(409);

      const panel = page.locator(".ant-alert[role=alert]").filter({ hasText: "该记录已被他人修改" });
      await panel.waitFor();
      await expectNotification(page, ["该记录已被他人修改", "您填写的内容已保留。"]);
      expect(await panel.locator(".ant-table-thead th").allInnerTexts()).toEqual(["字段", "我填写的", "已保存的"]);
      const rows = (await panel.locator(".ant-table-tbody tr.ant-table-row").allInnerTexts()).map((r) => r.split("\t").map((c) => c.trim()));
      expect(rows).toEqual([
        ["支部名称", branch.name, theirName],
        ["上级党组织", "我的上级党组织", "机关党总支"],
      ]);
      // Nothing is lost while deciding, also once the page has refetched the record (the panel says
      // "您填写的内容仍在表单中"). Soft, so the overwrite below is judged too.
      await network.quiet();
      expect.soft(await page.locator("#parentOrg").inputValue(), "my typed value is still in the form").toBe("我的上级党组织");
      expect.soft(await page.locator("#name").inputValue(), "the name I saw is still in the form").toBe(branch.name);

      const overwritten = page.waitForResponse((r) => r.request().method() === "PATCH" && new URL(r.url()).pathname === `/api/branches/${branch.id}`);
      await panel.getByRole("button", { name: label("用我的内容覆盖") }).click();
      expect((await overwritten).status()).toBe(200);
      await page.waitForURL(new RegExp(`/party/branches/show/${branch.id}$`));
      const stored = (await apiAs<Rec>("admin", `/branches/${branch.id}`)).body;
      expect(stored, "mine is what is stored").toMatchObject({ name: branch.name, parentOrg: "我的上级党组织", version: Number(branch.version) + 2 });
      await expect.poll(() => detailText(page, "上级党组织")).toBe("我的上级党组织");
      expect(await detailText(page, "支部名称")).toBe(branch.name);
      await expectNoMissingKeys(page);
    });
  });

  describe("in English", () => {
    const app = useApp({ lang: "en-US" });

    it("an answer slower than the client's timeout: a localized timeout message, the typed values kept", async () => {
      const { page } = app;
      const network = trackApi(page);
      const branch = await openEdit(page, app.goto);
      await page.locator("#parentOrg").fill("Typed before the timeout");
      // Longer than the timeout, so the browser gives up first; the server answers only after the test has looked.
      await armFault({ delayMs: CLIENT_TIMEOUT_MS + 10_000, method: "PATCH", path: "/branches", times: 1 });
      const started = Date.now();
      await page.getByRole("button", { name: label("Save") }).click();

      await expectNotification(page, ["The server took too long; please try again", "What you typed has been kept."], CLIENT_TIMEOUT_MS + 8_000);
      const waited = Date.now() - started;
      expect(waited, "the plugin gives up after its timeout, not before").toBeGreaterThanOrEqual(CLIENT_TIMEOUT_MS - 500);
      await network.quiet();
      expect(page.url()).toMatch(new RegExp(`/party/branches/edit/${branch.id}$`));
      expect(await page.locator("#parentOrg").inputValue()).toBe("Typed before the timeout");
      expect(await page.locator("#name").inputValue()).toBe(branch.name);
      await expectNoMissingKeys(page);
    });

    it("a conflict: 'reload' discards mine and loads theirs, which then saves without a conflict", async () => {
      const { page } = app;
      const network = trackApi(page);
      const branch = await openEdit(page, app.goto);
      await page.locator("#parentOrg").fill("Mine, to be discarded");
      const theirName = `${branch.name} (theirs)`;
      expect((await apiAs("admin", `/branches/${branch.id}`, { method: "PATCH", body: { name: theirName, parentOrg: "Their parent", version: branch.version } })).status).toBe(200);

      await page.getByRole("button", { name: label("Save") }).click();
      const panel = page.locator(".ant-alert[role=alert]").filter({ hasText: "Someone else changed this record" });
      await panel.waitFor();
      await expectNotification(page, ["Someone else changed this record", "What you typed has been kept."]);
      // Mine stays in the form and in the comparison until I choose, also once the page has
      // refetched the record. Soft, so the reload below is judged too.
      await network.quiet();
      expect.soft(await page.locator("#parentOrg").inputValue(), "my typed value is still in the form").toBe("Mine, to be discarded");
      const rows = (await panel.locator(".ant-table-tbody tr.ant-table-row").allInnerTexts()).map((r) => r.split("\t").map((c) => c.trim()));
      expect.soft(rows, "the comparison").toEqual([
        ["Name", branch.name, theirName],
        ["Parent organization", "Mine, to be discarded", "Their parent"],
      ]);

      const writes: string[] = [];
      page.on("request", (r) => r.method() === "PATCH" && writes.push(r.url()));
      await panel.getByRole("button", { name: label("Discard mine and load theirs") }).click();
      await expect.poll(() => panel.count()).toBe(0);
      await expect.poll(() => page.locator("#name").inputValue()).toBe(theirName);
      expect(await page.locator("#parentOrg").inputValue()).toBe("Their parent");
      expect(writes, "reloading writes nothing").toEqual([]);
      const stored = (await apiAs<Rec>("admin", `/branches/${branch.id}`)).body;
      expect(stored).toMatchObject({ name: theirName, parentOrg: "Their parent", version: Number(branch.version) + 1 });

      // Saving now is based on their version: no second conflict.
      await page.locator("#parentOrg").fill("Their parent, amended");
      const saved = page.waitForResponse((r) => r.request().method() === "PATCH" && new URL(r.url()).pathname === `/api/branches/${branch.id}`);
      await page.getByRole("button", { name: label("Save") }).click();
      expect((await saved).status()).toBe(200);
      await page.waitForURL(new RegExp(`/party/branches/show/${branch.id}$`));
      await expect.poll(() => detailText(page, "Parent organization")).toBe("Their parent, amended");
      expect(await detailText(page, "Name")).toBe(theirName);
      await expectNoMissingKeys(page);
    });
  });
});
