// The low-code promise: an administrator adds a custom enum field "职称 / Title" to branches, and it
// reaches the form, the list, the filter bar and the export; a value saved in it survives a reload.
// A bad configuration is refused with a clear message and nothing is stored.
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { api } from "./support/api";
import { expectNoMissingKeys, unique, useApp } from "./support/browser";
import { chooseOption, dropdownOf, expectColumn, exportAs, headers, label } from "./support/ui";

type Settings = { id: string; customFields?: { key: string; kind: string; options?: { value: string }[] }[] };

async function openSettingsFor(page: Page, resourceLabel: string, someFieldKey: string) {
  await page.locator(".ant-layout-content .ant-segmented").getByText(resourceLabel, { exact: true }).click();
  await page.locator("code").getByText(someFieldKey, { exact: true }).waitFor();
}

async function addField(
  page: Page,
  field: { key: string; kind: string; zh: string; en: string; options?: { value: string; zh: string; en: string }[] },
) {
  const form = page.locator("#add-field");
  await form.locator("#add-field_key").fill(field.key);
  await chooseOption(page, "add-field_kind", field.kind, form);
  await form.locator("#add-field_zh").fill(field.zh);
  await form.locator("#add-field_en").fill(field.en);
  for (const [i, option] of (field.options ?? []).entries()) {
    await form.getByRole("button", { name: label("添加选项") }).click();
    await form.locator(`#add-field_options_${i}_value`).fill(option.value);
    await form.locator(`#add-field_options_${i}_zh`).fill(option.zh);
    await form.locator(`#add-field_options_${i}_en`).fill(option.en);
  }
  await form.getByRole("button", { name: label("添加字段") }).click();
}

describe("settings", () => {
  const app = useApp({ lang: "zh-CN", user: "admin" });

  afterAll(async () => {
    // Leave branches as the other files expect them (this file's records keep their value).
    await api("/resource-settings/branches", { method: "PUT", body: { id: "branches" } });
  });

  it("adds a custom enum field 职称 / Title to branches: form, list, filter, export, and a saved value survives a reload", async () => {
    const { page } = app;
    const name = `职称支部-${unique()}`;
    await app.goto("/party/settings");
    await openSettingsFor(page, "党支部", "secretaryId");
    await addField(page, {
      key: "title",
      kind: "单选",
      zh: "职称",
      en: "Title",
      options: [
        { value: "senior", zh: "高级", en: "Senior" },
        { value: "junior", zh: "初级", en: "Junior" },
      ],
    });
    await page.locator("code").getByText("title", { exact: true }).waitFor();
    await page.getByRole("button", { name: label("保存配置") }).click();
    await page.getByText("配置已保存，所有页面立即生效", { exact: true }).waitFor();
    const stored = await api<Settings>("/resource-settings/branches");
    expect(stored.status).toBe(200);
    const title = stored.body.customFields?.find((f) => f.key === "title");
    expect(title?.kind).toBe("enum");
    expect(title?.options?.map((o) => o.value)).toEqual(["senior", "junior"]);

    // The create form has it, with its options.
    await app.goto("/party/branches/create");
    await page.getByLabel("职称").waitFor();
    await page.locator("#name").fill(name);
    await chooseOption(page, "type", "联合");
    await page.locator(`.ant-select:has(input[id="title"])`).click();
    expect(await dropdownOf(page, "title").locator(".ant-select-item-option").evaluateAll((els) => els.map((e) => e.getAttribute("title")))).toEqual([
      "高级",
      "初级",
    ]);
    await dropdownOf(page, "title").locator(`.ant-select-item-option[title="高级"]`).click();
    const saved = page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/api/branches");
    await page.getByRole("button", { name: label("保存") }).click();
    expect((await saved).status()).toBe(201);
    await page.waitForURL(/\/party\/branches\/show\/\d+$/);
    const showUrl = page.url();
    const detail = page.locator(".ant-descriptions");
    await detail.getByText(name, { exact: true }).waitFor();
    expect(await detail.locator(".ant-descriptions-item-label", { hasText: /^职称$/ }).count()).toBe(1);
    await detail.getByText("高级", { exact: true }).waitFor();

    // The list: a column, and a filter that works.
    await app.goto("/party/branches");
    await expect.poll(() => headers(page)).toContain("职称");
    await page.getByLabel("关键词").fill(name);
    await chooseOption(page, "title", "高级");
    await page.getByRole("button", { name: label("查询") }).click();
    await expectColumn(page, "支部名称", [name]);
    await expectColumn(page, "职称", ["高级"]);
    await chooseOption(page, "title", "初级");
    await page.getByRole("button", { name: label("查询") }).click();
    await expectColumn(page, "支部名称", []);
    await chooseOption(page, "title", "高级");
    await page.getByRole("button", { name: label("查询") }).click();
    await expectColumn(page, "支部名称", [name]);

    // The export of that filtered view carries the field.
    const file = await exportAs(page, label("导出"), "导出为 Excel（.xlsx）");
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await file.path());
    const sheet = book.worksheets[0];
    const head = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
    expect(head).toContain("职称");
    expect(sheet.actualRowCount).toBe(2);
    const row = (sheet.getRow(2).values as unknown[]).slice(1).map(String);
    expect(row[head.indexOf("支部名称")]).toBe(name);
    expect(row[head.indexOf("职称")]).toBe("高级");

    // The value survives a reload of the show page, in both languages.
    await page.goto(showUrl);
    await page.reload();
    await detail.getByText(name, { exact: true }).waitFor();
    await detail.getByText("高级", { exact: true }).waitFor();
    await page.locator(".ant-layout-header .ant-segmented").getByText("English", { exact: true }).click();
    await detail.locator(".ant-descriptions-item-label", { hasText: /^Title$/ }).waitFor();
    await detail.getByText("Senior", { exact: true }).waitFor();
    await expectNoMissingKeys(page);
  });

  it("refuses a bad configuration (a duplicate key, an enum without options) with a message, and stores nothing", async () => {
    const { page } = app;
    const before = await api("/resource-settings/members");
    await app.goto("/party/settings");
    await openSettingsFor(page, "党员", "idNumber");

    await addField(page, { key: "name", kind: "文本", zh: "重名字段", en: "Duplicate" });
    await page.getByRole("button", { name: label("保存配置") }).click();
    const alert = page.locator(".ant-alert-error");
    await alert.getByText("配置有误，未保存", { exact: true }).waitFor();
    await alert.getByText("字段标识“name”已存在", { exact: true }).waitFor();
    expect(await page.getByText("配置已保存，所有页面立即生效").count()).toBe(0);
    expect(await api("/resource-settings/members")).toEqual(before);

    await page.reload();
    await openSettingsFor(page, "党员", "idNumber");
    const grade = `grade${unique().replace(/[^a-z0-9]/g, "")}`;
    await addField(page, { key: grade, kind: "单选", zh: "等级", en: "Grade" });
    await page.locator("code").getByText(grade, { exact: true }).waitFor();
    await page.getByRole("button", { name: label("保存配置") }).click();
    await alert.getByText(`单选字段“${grade}”至少需要一个选项`, { exact: true }).waitFor();
    expect(await api("/resource-settings/members")).toEqual(before);

    // Nothing reached the forms either.
    await app.goto("/party/members/create");
    await page.getByLabel("身份证号").waitFor();
    expect(await page.getByLabel("等级").count()).toBe(0);
    expect(await page.getByLabel("重名字段").count()).toBe(0);
    await expectNoMissingKeys(page);
  });
});
