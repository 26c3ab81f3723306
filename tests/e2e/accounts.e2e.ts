// 账号管理 / Accounts, as the administrator uses it: a role added by name on the settings page (or the
// seeded 纪检委员) is offered in the account form, a new account gets it, a bad login name is refused
// on its field in the page's language, and no list, detail page or export shows a password.
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { api } from "./support/api";
import { expectNoMissingKeys, unique, useApp } from "./support/browser";
import { chooseOption, exportAs, headers, label } from "./support/ui";
import { fieldError, rowNamed } from "./support-extra";

type Settings = { id: string; extraOptions?: Record<string, { value: string; label: Record<string, string> }[]>; version?: number };

const seededSettings = (await api<Settings>("/resource-settings/accounts")).body;

afterAll(async () => {
  // Leave the accounts' roles as seeded for the other files (this file's accounts keep theirs).
  const now = (await api<Settings>("/resource-settings/accounts")).body;
  await api("/resource-settings/accounts", { method: "PUT", body: { ...seededSettings, version: now.version } });
});

interface Texts {
  username: string;
  name: string;
  role: string;
  password: string;
  formatError: string;
  save: string;
  keyword: string;
  search: string;
}

/** The account form, filled in; the login name is typed last so its error is the one on screen. */
async function fillAccount(page: Page, t: Texts, account: { username: string; name: string; role: string; password: string }) {
  await page.getByLabel(t.name, { exact: true }).fill(account.name);
  await chooseOption(page, "role", account.role);
  await page.getByLabel(t.password, { exact: true }).fill(account.password);
  await page.getByLabel(t.username, { exact: true }).fill(account.username);
}

/** A bad login name is refused on its field, in the page's language, and nothing is sent. */
async function refusesBadUsername(page: Page, t: Texts, account: { name: string; role: string; password: string }) {
  const posts: string[] = [];
  page.on("request", (r) => {
    if (r.method() === "POST" && new URL(r.url()).pathname === "/api/accounts") posts.push(r.url());
  });
  await fillAccount(page, t, { ...account, username: "Bad Name" });
  await page.getByRole("button", { name: label(t.save) }).click();
  await expect.poll(() => fieldError(page, "username")).toBe(t.formatError);
  expect(posts).toEqual([]);
}

/** Saves the form and lands on the new account's page, which names the role and shows no password. */
async function saveAndShow(page: Page, t: Texts, account: { username: string; role: string; password: string }) {
  await page.getByLabel(t.username, { exact: true }).fill(account.username);
  const saved = page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/api/accounts");
  await page.getByRole("button", { name: label(t.save) }).click();
  const answer = await saved;
  expect(answer.status()).toBe(201);
  expect(await answer.text()).not.toContain(account.password);
  await page.waitForURL(/\/party\/accounts\/show\/\d+$/);
  const detail = page.locator(".ant-descriptions");
  await detail.getByText(account.username, { exact: true }).waitFor();
  await detail.getByText(account.role, { exact: true }).waitFor();
  expect(await detail.locator(".ant-descriptions-item-label").allInnerTexts()).not.toContain(t.password);
  expect(await page.content()).not.toContain(account.password);
}

/** The list finds the account with its role, and has neither a password column nor the password. */
async function listShowsNoPassword(page: Page, t: Texts, account: { username: string; role: string; password: string }) {
  await page.getByLabel(t.keyword).fill(account.username);
  await page.getByRole("button", { name: label(t.search) }).click();
  await rowNamed(page, account.username).getByText(account.role, { exact: true }).waitFor();
  expect(await headers(page)).toEqual(expect.arrayContaining([t.username, t.role]));
  expect(await headers(page)).not.toContain(t.password);
  expect(await page.content()).not.toContain(account.password);
}

const ZH: Texts = { username: "登录名", name: "姓名", role: "角色", password: "密码", formatError: "格式不正确", save: "保存", keyword: "关键词", search: "查询" };
const EN: Texts = { username: "Login name", name: "Name", role: "Role", password: "Password", formatError: "The format is not valid", save: "Save", keyword: "Keyword", search: "Search" };

describe("accounts in Chinese", () => {
  const app = useApp({ lang: "zh-CN", user: "admin" });

  it("adds the role 宣传委员 on the settings page, creates an account with it; no list, page or export shows the password", async () => {
    const { page } = app;
    const value = `publicity-${unique()}`;
    const account = { username: `xuanchuan${unique()}`, name: "宣传委员甲", role: "宣传委员", password: "xuan-chuan-2026" };

    await app.goto("/party/settings");
    await page.locator(".ant-layout-content .ant-segmented").getByText("账号管理", { exact: true }).click();
    await page.locator("code").getByText("username", { exact: true }).waitFor();
    const form = page.locator("#add-option");
    await chooseOption(page, "add-option_field", "角色", form);
    await form.locator("#add-option_value").fill(value);
    await form.locator("#add-option_zh").fill("宣传委员");
    await form.locator("#add-option_en").fill("Publicity officer");
    await form.getByRole("button", { name: label("添加选项") }).click();
    await page.getByRole("button", { name: label("保存配置") }).click();
    await page.getByText("配置已保存，所有页面立即生效", { exact: true }).waitFor();
    expect((await api<Settings>("/resource-settings/accounts")).body.extraOptions?.role.map((o) => o.value)).toEqual(["discipline", value]);

    await app.goto("/party/accounts/create");
    await page.getByLabel(ZH.username, { exact: true }).waitFor();
    await refusesBadUsername(page, ZH, account);
    await saveAndShow(page, ZH, account);
    const stored = (await api<Record<string, unknown>[]>(`/accounts?username=${account.username}`)).body;
    expect(stored.map((a) => a.role)).toEqual([value]);

    await app.goto("/party/accounts");
    await listShowsNoPassword(page, ZH, account);
    const file = await exportAs(page, label("导出"), "导出为 Excel（.xlsx）");
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await file.path());
    const sheet = book.worksheets[0];
    const head = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
    expect(head).toEqual(expect.arrayContaining([ZH.username, ZH.role]));
    expect(head).not.toContain(ZH.password);
    const row = (sheet.getRow(2).values as unknown[]).slice(1).map(String);
    expect(row[head.indexOf(ZH.role)]).toBe("宣传委员");
    expect(JSON.stringify(sheet.getSheetValues())).not.toContain(account.password);
    await expectNoMissingKeys(page);
  });
});

describe("accounts in English", () => {
  const app = useApp({ lang: "en-US", user: "admin" });

  it("creates an account with the seeded role Discipline inspector; a bad login name is refused in English; the list shows no password", async () => {
    const { page } = app;
    const account = { username: `jiwei${unique()}`, name: "Li Jiwei", role: "Discipline inspector", password: "discipline-2026" };
    await app.goto("/party/accounts/create");
    await page.getByLabel(EN.username, { exact: true }).waitFor();
    await refusesBadUsername(page, EN, account);
    await saveAndShow(page, EN, account);
    await app.goto("/party/accounts");
    await listShowsNoPassword(page, EN, account);
    // The new account signs in with what the administrator typed.
    const signedIn = await api<{ user: { role: string } }>("/auth/login", { method: "POST", body: { username: account.username, password: account.password } });
    expect(signedIn.body.user.role).toBe("discipline");
    await expectNoMissingKeys(page);
  });
});
