// Who may do what, signed in as each demo account (mock-api/seed/users.ts): the administrator does
// everything and has the settings; the secretary of 心血管内科党支部 edits their own branch's members
// only; an ordinary member reads and cannot create. The screens follow the same rules as the API,
// which answers a forced request with 403. And the login page itself.
//
// The demo here talks to a mock API with roles enforced, as `npm start` runs it (the shared one of
// the browser tests has them off): see startRolesApi in support-extra.ts.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { expectNoMissingKeys, useApp, type App } from "./support/browser";
import { label, loadedColumn } from "./support/ui";
import { apiAs, rowNamed, session, startRolesApi, pointPluginAt, type DemoUser, type Rec, type RolesApi } from "./support-extra";

let rolesApi: RolesApi;
beforeAll(async () => {
  rolesApi = await startRolesApi();
});
afterAll(() => rolesApi?.close());

/** A request to the roles-enforcing API with a demo user's token. */
const asUser = <T = Rec>(user: DemoUser, path: string, init: { method?: string; body?: unknown } = {}) =>
  apiAs<T>(user, path, { ...init, base: rolesApi.url });

/** Seeded records on the roles API, read as the administrator. */
async function seeded(path: string): Promise<Rec> {
  const answer = await asUser<Rec[]>("admin", path);
  if (answer.status !== 200 || !answer.body.length) throw new Error(`GET ${path}: ${answer.status}`);
  return answer.body[0];
}

/** The sider's entries under a group, once the group is opened. */
async function menuEntries(page: Page, group: string): Promise<string[]> {
  const submenu = page.locator(".ant-layout-sider .ant-menu-submenu").filter({ has: page.locator("> .ant-menu-submenu-title", { hasText: group }) });
  const title = submenu.locator("> .ant-menu-submenu-title");
  if ((await title.getAttribute("aria-expanded")) !== "true") await title.click();
  await expect.poll(() => title.getAttribute("aria-expanded")).toBe("true");
  return (await submenu.locator("> .ant-menu-sub .ant-menu-title-content").allInnerTexts()).map((t) => t.trim());
}

/** The top-level groups of the sider. */
async function menuGroups(page: Page): Promise<string[]> {
  const sider = page.locator(".ant-layout-sider");
  await sider.locator(".ant-menu-submenu-title").first().waitFor();
  return (await sider.locator(".ant-menu-submenu-title").allInnerTexts()).map((t) => t.trim());
}

/** Searches the current list for a keyword and returns its one row. */
async function searchOne(page: Page, keyword: string, name: string) {
  await page.getByLabel("关键词").fill(keyword);
  await page.getByRole("button", { name: label("查询") }).click();
  const row = rowNamed(page, name);
  await expect.poll(() => row.count()).toBe(1);
  await expect.poll(() => page.locator(".ant-table-tbody tr.ant-table-row").count()).toBe(1);
  return row;
}

const headerButtons = (page: Page) => page.locator(".ant-page-header-heading-extra");

/** The demo signed in as `user`, its plugin on the roles API. */
function useSignedIn(user: DemoUser): App {
  const app = useApp({ lang: "zh-CN", user });
  beforeEach(async () => {
    await pointPluginAt(app.context, rolesApi.url);
  });
  return app;
}

describe("roles", () => {
  describe("the administrator", () => {
    const app = useSignedIn("admin");

    it("has the settings and the audit trail, creates and edits anyone", async () => {
      const { page } = app;
      const other = await seeded("/members?branchId=2&_limit=1");
      await app.goto("/party/members");
      await page.locator(".ant-layout-header").getByText("党委办公室（党委管理员）", { exact: true }).waitFor();
      expect(await menuGroups(page)).toEqual(expect.arrayContaining(["组织管理", "联建与服务", "系统配置"]));
      expect(await menuEntries(page, "系统配置")).toEqual(["账号管理", "操作日志", "数据备份与恢复", "资源设计", "资源配置"]);
      await page.locator(".ant-layout-sider .ant-menu-title-content").getByText("资源配置", { exact: true }).click();
      await page.waitForURL(/\/party\/settings/);
      await page.getByRole("heading", { name: "资源配置（无需编程）" }).waitFor();

      await app.goto("/party/members");
      expect(await loadedColumn(page, "姓名")).toHaveLength(20);
      expect(await page.getByRole("link", { name: label("新建") }).isEnabled()).toBe(true);
      const row = await searchOne(page, String((await asUser<Rec>("admin", `/members/${other.id}?reveal=idNumber`)).body.idNumber), String(other.name));
      expect(await row.getByRole("button", { name: "编辑" }).count()).toBe(1);

      await expectNoMissingKeys(page);
    });
  });

  describe("the branch secretary", () => {
    const app = useSignedIn("secretary");

    it("edits the members of their own branch, not those of another; no settings", async () => {
      const { page } = app;
      const me = (await session("secretary", rolesApi.url)).user;
      expect(me.branchId).toBeDefined();
      const own = await seeded(`/members?branchId=${me.branchId}&stage=full&id_ne=${me.memberId}&_limit=1`);
      const other = await seeded(`/members?branchId_ne=${me.branchId}&_limit=1`);
      const ownId = String((await asUser<Rec>("admin", `/members/${own.id}?reveal=idNumber`)).body.idNumber);
      const otherId = String((await asUser<Rec>("admin", `/members/${other.id}?reveal=idNumber`)).body.idNumber);

      await app.goto("/party/members");
      await page.locator(".ant-layout-header").getByText(`${me.name}（支部书记）`, { exact: true }).waitFor();
      expect(await menuEntries(page, "系统配置"), "the audit trail, not the settings").toEqual(["操作日志"]);

      // In the list: an edit button on their own branch's member only.
      const ownRow = await searchOne(page, ownId, String(own.name));
      expect(await ownRow.getByRole("button", { name: "编辑" }).count()).toBe(1);
      const otherRow = await searchOne(page, otherId, String(other.name));
      expect(await otherRow.getByRole("button", { name: "查看" }).count()).toBe(1);
      expect(await otherRow.getByRole("button", { name: "编辑" }).count()).toBe(0);

      // On the detail pages too.
      await app.goto(`/party/members/show/${own.id}`);
      await page.locator(".ant-descriptions").getByText(String(own.name), { exact: true }).waitFor();
      await expect.poll(() => headerButtons(page).getByRole("link", { name: label("编辑") }).count()).toBe(1);
      await app.goto(`/party/members/show/${other.id}`);
      await page.locator(".ant-descriptions").getByText(String(other.name), { exact: true }).waitFor();
      await headerButtons(page).getByRole("button", { name: label("刷新") }).waitFor();
      expect(await headerButtons(page).getByRole("link", { name: label("编辑") }).count()).toBe(0);
      // The other branch's edit form itself is refused.
      await app.goto(`/party/members/edit/${other.id}`);
      await page.getByText("您没有权限执行此操作", { exact: true }).waitFor();

      // Branches: they may not create one.
      await app.goto("/party/branches");
      await loadedColumn(page, "支部名称");
      expect(await page.getByRole("button", { name: label("新建") }).isDisabled()).toBe(true);

      // Forced requests the role may not make are refused by the API; their own branch's are not.
      expect((await asUser("secretary", `/members/${other.id}`, { method: "PATCH", body: { jobTitle: "越权修改", version: other.version } })).status).toBe(403);
      expect((await asUser("secretary", "/branches", { method: "POST", body: { name: "越权新建支部", type: "clinical" } })).status).toBe(403);
      expect((await asUser("secretary", "/resource-settings", { method: "POST", body: { id: "members", hidden: ["ethnicity"] } })).status).toBe(403);
      expect((await asUser("admin", `/members/${other.id}`)).body.jobTitle).not.toBe("越权修改");
      expect((await asUser("secretary", `/members/${own.id}`, { method: "PATCH", body: { jobTitle: "支部内修改", version: own.version } })).status).toBe(200);
      await expectNoMissingKeys(page);
    });

    it("an edit of their own branch's member is saved, and recorded in the audit trail", async () => {
      const { page } = app;
      const me = (await session("secretary", rolesApi.url)).user;
      const own = await seeded(`/members?branchId=${me.branchId}&stage=full&id_ne=${me.memberId}&_start=1&_end=2`);
      await app.goto(`/party/members/edit/${own.id}`);
      await expect.poll(() => page.locator("#name").inputValue()).toBe(own.name);
      const department = `书记修改-${Date.now().toString(36)}`;
      await page.locator("#department").fill(department);
      const saved = page.waitForResponse((r) => r.request().method() === "PATCH" && new URL(r.url()).pathname === `/members/${own.id}`);
      await page.getByRole("button", { name: label("保存") }).click();
      expect((await saved).status()).toBe(200);
      await page.waitForURL(new RegExp(`/party/members/show/${own.id}$`));
      expect((await asUser<Rec>("admin", `/members/${own.id}`)).body.department).toBe(department);

      // Every change is audited by the backend, whoever makes it.
      const entries = await asUser<Rec[]>("admin", `/audit-logs?resource=members&recordId=${own.id}&action=update`);
      expect(entries.body.map((e) => e.authorName)).toContain(me.name);
      await expectNoMissingKeys(page);
    });
  });

  describe("an ordinary member", () => {
    const app = useSignedIn("member");

    it("sees their own record, no settings, and cannot create members", async () => {
      const { page } = app;
      const me = (await session("member", rolesApi.url)).user;
      const mine = (await asUser<Rec>("admin", `/members/${me.memberId}`)).body;

      await app.goto("/party/members");
      await page.locator(".ant-layout-header").getByText(`${me.name}（党员）`, { exact: true }).waitFor();
      const groups = await menuGroups(page);
      const adminEntries = groups.includes("系统配置") ? await menuEntries(page, "系统配置") : [];
      expect(adminEntries, "nothing of 系统配置 (操作日志, 资源配置)").toEqual([]);
      // Soft, so the rest is judged too: a group with nothing in it is still offered.
      expect.soft(groups, "no empty 系统配置 group in the menu").not.toContain("系统配置");
      // The list holds their own record only.
      expect(await loadedColumn(page, "姓名")).toEqual([mine.name]);
      const create = page.getByRole("link", { name: label("新建") });
      expect((await create.count()) === 0 || (await create.isDisabled()), "no way to create a member").toBe(true);
      expect(await rowNamed(page, String(mine.name)).getByRole("button", { name: "编辑" }).count()).toBe(0);

      // Typing the address does not help.
      await app.goto("/party/members/create");
      await page.getByText("您没有权限执行此操作", { exact: true }).waitFor();
      expect(await page.locator("form #name").count()).toBe(0);
      await app.goto("/party/settings");
      await page.locator(".ant-layout-content").getByText(/您没有权限/).first().waitFor();

      // Forced requests get 403 from the API.
      expect((await asUser("member", "/members", { method: "POST", body: { name: "越权新建", gender: "male", birthDate: "1990-01-01", idNumber: "11010119900101001X", branchId: 1, stage: "applicant", applicationDate: "2020-01-01", partyStatus: "normal" } })).status).toBe(403);
      expect((await asUser("member", `/members/${me.memberId}`, { method: "PATCH", body: { stage: "full", version: mine.version } })).status).toBe(403);
      expect((await asUser("member", "/branches/1", { method: "PATCH", body: { name: "越权改名", version: 1 } })).status).toBe(403);
      expect((await asUser("member", "/resource-settings", { method: "POST", body: { id: "members", hidden: ["ethnicity"] } })).status).toBe(403);
      expect((await asUser("member", "/audit-logs")).status).toBe(403);
      // What they may read, they read.
      expect((await asUser("member", `/members/${me.memberId}`)).status).toBe(200);
      await expectNoMissingKeys(page);
    });
  });

  describe("the login page", () => {
    const zh = useApp({ lang: "zh-CN", user: null });

    it("refuses a wrong password with a localized message, then signs a demo account in", async () => {
      const { page } = zh;
      await pointPluginAt(zh.context, rolesApi.url);
      await zh.goto("/login");
      await page.getByText("登录医院党建管理", { exact: true }).waitFor();
      await page.getByLabel("用户名").fill("secretary");
      await page.getByLabel("密码").fill("wrong-password");
      await page.getByRole("button", { name: label("登录") }).click();
      await page.locator(".ant-alert-error").getByText("用户名或密码错误", { exact: true }).waitFor();
      expect(new URL(page.url()).pathname).toBe("/login");
      expect(await page.evaluate(() => localStorage.getItem("token"))).toBeNull();

      // The demo account's "使用" fills in the form; signing in lands in the app.
      await page.locator(".ant-list-item").filter({ has: page.locator("code", { hasText: /^secretary$/ }) }).getByRole("button", { name: label("使用") }).click();
      expect(await page.getByLabel("用户名").inputValue()).toBe("secretary");
      await page.getByRole("button", { name: label("登录") }).click();
      // Signing in lands on the work bench: the secretary's branch's items only.
      await page.waitForURL(/\/party\/workbench/);
      await page.locator(".ant-layout-header").getByText(/（支部书记）$/).waitFor();
      const branch = (await apiAs<Rec>("admin", `/branches/${String((await session("secretary")).user.branchId)}`)).body;
      expect(new Set(await loadedColumn(page, "对象"))).toContain(branch.name);
      expect(await page.evaluate(() => localStorage.getItem("token"))).toBe((await session("secretary")).token);
      await expectNoMissingKeys(page);
    });

    describe("in English", () => {
      const en = useApp({ lang: "en-US", user: null });

      it("says so in English", async () => {
        const { page } = en;
        await en.goto("/login");
        await page.getByText("Sign in to Hospital Party Building", { exact: true }).waitFor();
        await page.getByLabel("User name").fill("member");
        await page.getByLabel("Password").fill("not-demo123");
        await page.getByRole("button", { name: label("Sign in") }).click();
        await page.locator(".ant-alert-error").getByText("Wrong user name or password", { exact: true }).waitFor();
        await page.getByLabel("Password").fill("demo123");
        await page.getByRole("button", { name: label("Sign in") }).click();
        await page.waitForURL(/\/party\/workbench/);
        await page.locator(".ant-layout-header").getByText(/\(Member\)$|（Member）$/).waitFor();
        await expectNoMissingKeys(page);
      });
    });
  });
});
