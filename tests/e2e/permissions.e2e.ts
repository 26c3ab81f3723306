// A built-in resource's permissions, set without code: the administrator takes 新建 from
// secretaries on 党员 in the settings page and gives added roles the records their users create;
// a secretary then finds Create disabled on the members list and the API refuses the write (403);
// back to the system's rules, it is theirs again.
// The demo talks to its own roles-enforcing API, so the other files' rules stay as seeded.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { expectNoMissingKeys, lookAt, useApp } from "./support/browser";
import { chooseOption, label } from "./support/ui";
import { apiAs, pointPluginAt, startRolesApi, type DemoUser, type Rec, type RolesApi } from "./support-extra";

let rolesApi: RolesApi;
beforeAll(async () => {
  rolesApi = await startRolesApi();
});
afterAll(() => rolesApi?.close());

const membersSettings = async () => (await apiAs<Rec[]>("admin", "/resource-settings", { base: rolesApi.url })).body.find((s) => String(s.id) === "members");

/** The demo signed in as `user` in `lang`, its plugin on the roles API. */
function useSignedIn(user: DemoUser, lang: "zh-CN" | "en-US") {
  const app = useApp({ lang, user });
  beforeEach(async () => {
    await pointPluginAt(app.context, rolesApi.url);
  });
  return app;
}

/** The members' permissions card of the settings page. */
async function openPermissions(page: Page, resourceLabel: string, title: string) {
  await page.locator(".ant-layout-content .ant-segmented").getByText(resourceLabel, { exact: true }).click();
  await page.locator("code").getByText("idNumber", { exact: true }).waitFor();
  const card = page.locator(".ant-card").filter({ has: page.locator(".ant-card-head-title", { hasText: new RegExp(`^${title}$`) }) });
  await card.locator("#settings-roles-secretary").waitFor({ state: "attached" });
  return card;
}

describe("a built-in resource's permissions", () => {
  describe("the administrator, in Chinese", () => {
    const app = useSignedIn("admin", "zh-CN");

    it("takes 新建 from secretaries on 党员, and saves", async () => {
      const { page } = app;
      await app.goto("/party/settings");
      const card = await openPermissions(page, "党员", "权限");
      const secretaryActions = card.locator(".ant-select:has(#settings-roles-secretary)");
      // Today's rules to start from: a secretary lists, reads, creates, edits, deletes and exports members.
      await expect.poll(() => secretaryActions.locator(".ant-select-selection-item").allInnerTexts()).toEqual(["查看列表", "查看详情", "新建", "编辑", "删除", "导出"]);
      await secretaryActions.locator(".ant-select-selection-item", { hasText: "新建" }).locator(".ant-select-selection-item-remove").click();
      await expect.poll(() => secretaryActions.locator(".ant-select-selection-item").count()).toBe(5);
      // Added roles reach only the records their users create (built-in records carry their creator).
      await chooseOption(page, "settings-scope", "本人创建的记录", card);
      await page.getByRole("button", { name: label("保存配置") }).click();
      await page.getByText("配置已保存，所有页面立即生效", { exact: true }).waitFor();
      expect((await membersSettings())?.permissions).toMatchObject({ scope: "own", roles: { create: [] } });
      await card.scrollIntoViewIfNeeded();
      await lookAt(page, "permissions-settings-zh-CN", false);
      await expectNoMissingKeys(page);
    });
  });

  describe("a secretary, in English", () => {
    const app = useSignedIn("secretary", "en-US");

    it("finds Create disabled on the members list, and the API refuses it", async () => {
      const { page } = app;
      await app.goto("/party/members");
      await page.locator(".ant-table-tbody tr.ant-table-row").first().waitFor();
      await expect.poll(() => page.locator(".ant-page-header-heading-extra").getByRole("button", { name: label("Create") }).isDisabled()).toBe(true);
      const refused = await apiAs("secretary", "/members", { method: "POST", body: { name: "郑新" }, base: rolesApi.url });
      expect(refused.status).toBe(403);
      await expectNoMissingKeys(page);
    });
  });

  describe("the administrator, in English", () => {
    const app = useSignedIn("admin", "en-US");

    it("goes back to the system's rules", async () => {
      const { page } = app;
      await app.goto("/party/settings");
      const card = await openPermissions(page, "Party members", "Permissions");
      await card.getByText("Rows an added role sees", { exact: true }).waitFor();
      await page.setViewportSize({ width: 390, height: 844 });
      await card.scrollIntoViewIfNeeded();
      await lookAt(page, "permissions-settings-en-US-390", false);
      await card.getByRole("button", { name: label("Back to the system's rules") }).click();
      await expect.poll(() => card.locator(".ant-select:has(#settings-roles-secretary) .ant-select-selection-item").allInnerTexts()).toContain("Create");
      await page.getByRole("button", { name: label("Save configuration") }).click();
      await expect.poll(async () => (await membersSettings())?.permissions ?? null).toBeNull();
      await expectNoMissingKeys(page);
    });
  });
});
