// Low-code resources, walked in both languages: the administrator makes 志愿服务记录 from its
// template (a relation to members, a required date) in the designer, and it is in the menu; a branch
// secretary records their branch's service, is stopped by a bad value with a field error, sees only
// their branch's records and exports the list; after the mock API restarts, the resource and its
// records are still there. The plugin talks to an API of this file's own (roles on, a store on disk).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listenMockApi } from "../../mock-api/listen";
import { generateDb } from "../../mock-api/seed/generate";
import { generateHostDb } from "../../mock-api/seed/generate-host";
import { expectAccessible } from "./support/axe";
import { launchApp, type Lang } from "./support/browser";
import { exportAs, expectColumn, label, openMenu } from "./support/ui";
import { apiAs, fieldError, fillDate, pointPluginAt, searchAndChoose, shanghaiToday, type RolesApi } from "./support-extra";

const dir = mkdtempSync(path.join(os.tmpdir(), "party-lowcode-"));
const storeFile = path.join(dir, "db.json");
let api: RolesApi;
const start = (port = 0) => listenMockApi({ data: storeFile, hostData: generateHostDb(), roles: true }, port);

beforeAll(async () => {
  writeFileSync(storeFile, JSON.stringify(generateDb({ today: shanghaiToday() })));
  api = await start();
});
afterAll(async () => {
  await api?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Stops the API and starts it again on the same port from the store on disk. */
async function restart() {
  const port = api.port;
  await api.close();
  api = await start(port);
}

const T = {
  "zh-CN": { id: "volunteer-records", template: "志愿服务记录", save: "保存资源", saved: "资源已保存，菜单中已可使用", group: "工作台账", create: "新建", submit: "保存", activity: "服务项目", export: "导出", csv: "导出为 CSV" },
  "en-US": { id: "volunteer-records-en", template: "Volunteer service records", save: "Save resource", saved: "Saved: the resource is in the menu", group: "Registers", create: "Create", submit: "Save", activity: "Activity", export: "Export", csv: "Export to CSV" },
} as const;
// The English run saves the template under its own identifier and name: edited before saving.
const MENU = { "zh-CN": "志愿服务记录", "en-US": "Volunteering log" } as const;

async function openApp(lang: Lang, user: "admin" | "secretary") {
  const app = await launchApp({ lang, user });
  await pointPluginAt(app.context, api.url);
  return app;
}

async function secretaryBranch() {
  const { body: me } = await apiAs<{ branchId: number }>("secretary", "/auth/me", { base: api.url });
  const { body: branch } = await apiAs<{ id: number; name: string }>("admin", `/branches/${me.branchId}`, { base: api.url });
  const { body: members } = await apiAs<{ id: number; name: string }[]>("admin", `/members?branchId=${branch.id}&_start=0&_end=1`, { base: api.url });
  const { body: others } = await apiAs<{ id: number; branchId: number }[]>("admin", `/members?branchId_ne=${branch.id}&_start=0&_end=1`, { base: api.url });
  return { branch, member: members[0], other: others[0] };
}

async function designFromTemplate(page: Page, lang: Lang) {
  const t = T[lang];
  await page.getByRole("button", { name: label(t.template) }).click();
  await expect.poll(() => page.locator("#definition-id").inputValue()).toBe("volunteer-records");
  if (lang === "en-US") {
    await page.locator("#definition-id").fill(t.id);
    await page.locator("#definition-label-en-US").fill(MENU[lang]);
    await page.locator("#definition-label-zh-CN").fill("志愿服务（英文界面）");
  }
  // The template's relation to members and its required date, as the designer shows them.
  await expect.poll(() => page.locator("#field-1-target").locator("xpath=ancestor::div[contains(@class,'ant-select')][1]").innerText()).toMatch(lang === "zh-CN" ? /党员/ : /members/i);
  expect(await page.locator("#field-3-key").inputValue()).toBe("serviceDate");
  await expectAccessible(page);
  const saved = page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/resource-definitions");
  await page.getByRole("button", { name: label(t.save) }).click();
  expect((await saved).status()).toBe(201);
  await expect.poll(() => page.getByText(t.saved).count()).toBe(1);
}

describe.each(["zh-CN", "en-US"] as const)("low-code resources (%s)", (lang) => {
  const t = T[lang];

  it("an administrator defines it from the template; a secretary records, exports, and it survives a restart", async () => {
    const admin = await openApp(lang, "admin");
    const secretary = await openApp(lang, "secretary");
    try {
      // The administrator: the designer, the template, save; it is in the menu at once.
      await admin.goto("/party/resource-designer");
      await designFromTemplate(admin.page, lang);
      await openMenu(admin.page, t.group, MENU[lang]);
      await admin.page.waitForURL(new RegExp(`/party/${t.id}$`));

      // Another branch's record, made by the administrator: the secretary never sees it.
      const { branch, member, other } = await secretaryBranch();
      const foreign = await apiAs("admin", `/${t.id}`, {
        base: api.url,
        method: "POST",
        body: { activity: "外支部义诊", memberId: other.id, branchId: other.branchId, serviceDate: "2026-10-01", hours: 2 },
      });
      expect(foreign.status).toBe(201);

      // The secretary: the menu entry, a record for their branch; a bad value first.
      const page = secretary.page;
      await secretary.goto("/party/workbench");
      await openMenu(page, t.group, MENU[lang]);
      await page.waitForURL(new RegExp(`/party/${t.id}$`));
      await page.getByRole("link", { name: label(t.create) }).click();
      await page.waitForURL(new RegExp(`/party/${t.id}/create$`));
      const activity = `社区义诊-${lang}`;
      // A bad value first: longer than the 100 characters the definition allows.
      await page.locator("#activity").fill("义诊".repeat(51));
      await searchAndChoose(page, "memberId", member.name);
      await searchAndChoose(page, "branchId", branch.name);
      await fillDate(page, "serviceDate", "2026-11-02");
      await page.locator("#hours").fill("3");
      await expectAccessible(page);
      await page.getByRole("button", { name: label(t.submit) }).click();
      await expect.poll(() => fieldError(page, "activity")).toMatch(/100/);
      await page.locator("#activity").fill(activity);
      const created = page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === `/${t.id}`);
      await page.getByRole("button", { name: label(t.submit) }).click();
      expect((await created).status()).toBe(201);
      await page.waitForURL(new RegExp(`/party/${t.id}/show/\\d+$`));

      // Their list: their branch's record only; it exports.
      await secretary.goto(`/party/${t.id}`);
      await expectColumn(page, t.activity, [activity]);
      await expectAccessible(page);
      const file = await exportAs(page, label(t.export), t.csv);
      expect(readFileSync(await file.path(), "utf8")).toContain(activity);

      // A restart of the API: the resource and its records are still there.
      await restart();
      await page.reload();
      await expectColumn(page, t.activity, [activity]);
      await admin.page.reload();
      await expectColumn(admin.page, t.activity, [activity, "外支部义诊"]);
      expect(admin.pageErrors.concat(secretary.pageErrors)).toEqual([]);
    } finally {
      await admin.dispose();
      await secretary.dispose();
    }
  }, 180_000);
});
