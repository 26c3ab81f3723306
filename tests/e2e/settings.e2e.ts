// The low-code promise: an administrator adds a custom enum field "职称 / Title" to branches, and it
// reaches the form, the list, the filter bar and the export; a value saved in it survives a reload.
// A bad configuration is refused with a clear message and nothing is stored.
import ExcelJS from "exceljs";
import type { Locator, Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { api } from "./support/api";
import { expectNoMissingKeys, unique, useApp, type Lang } from "./support/browser";
import { chooseOption, dropdownOf, expectColumn, exportAs, headers, label } from "./support/ui";

type Settings = { id: string; customFields?: { key: string; kind: string; options?: { value: string }[] }[] };

/** Puts a resource's settings back to none (with the stored version: a versionless write is a 409). */
async function resetSettings(resource: string) {
  const stored = await api<{ version?: number }>(`/resource-settings/${resource}`);
  if (stored.status !== 200) return;
  const reset = await api(`/resource-settings/${resource}`, { method: "PUT", body: { id: resource, version: stored.body.version } });
  expect(reset.status).toBe(200);
}

async function openSettingsFor(page: Page, resourceLabel: string, someFieldKey: string) {
  await page.locator(".ant-layout-content .ant-segmented").getByText(resourceLabel, { exact: true }).click();
  await page.locator("code").getByText(someFieldKey, { exact: true }).waitFor();
}

interface NewField {
  key: string;
  kind: string;
  zh: string;
  en: string;
  options?: { value: string; zh: string; en: string }[];
  /** A relation's target, as the target select names it. */
  target?: string;
  pattern?: string;
  sensitive?: boolean;
}

/** What the settings page and the member form say, per language. */
const TEXT = {
  "zh-CN": {
    members: "党员",
    addField: "添加字段",
    addOption: "添加选项",
    option: (i: number, lng: "zh" | "en") => `选项 ${i} ${lng === "zh" ? "中文" : "英文"}`,
    text: "文本",
    relation: "关联",
    branches: "党支部",
    sensitive: "敏感（列表中脱敏）",
    save: "保存配置",
    saved: "配置已保存，所有页面立即生效",
    needsBoth: (key: string) => `字段“${key}”需要中英文名称`,
    badPattern: "格式不正确",
    idNumber: "身份证号",
  },
  "en-US": {
    members: "Party members",
    addField: "Add field",
    addOption: "Add option",
    option: (i: number, lng: "zh" | "en") => `Option ${i} ${lng === "zh" ? "Chinese" : "English"}`,
    text: "Text",
    relation: "Relation",
    branches: "Branches",
    sensitive: "Sensitive (masked in lists)",
    save: "Save configuration",
    saved: "Saved; every screen uses it now",
    needsBoth: (key: string) => `The field “${key}” needs a name in both languages`,
    badPattern: "The format is not valid",
    idNumber: "ID number",
  },
} as const;

/** Picks an option of a searchable antd Select by typing its name (long lists render only what is in view). */
async function searchAndChoose(page: Page, inputId: string, option: string, scope: Locator) {
  await scope.locator(`.ant-select:has(input[id="${inputId}"])`).click();
  await scope.locator(`input[id="${inputId}"]`).fill(option);
  await dropdownOf(page, inputId).locator(`.ant-select-item-option[title="${option}"]`).click();
  await expect.poll(() => scope.locator(`.ant-select:has(input[id="${inputId}"]) .ant-select-selection-item`).first().getAttribute("title")).toBe(option);
}

/** Adds a custom field through the field editor (the designer's FieldCard); returns its card. */
async function addField(page: Page, field: NewField, lang: Lang = "zh-CN") {
  const text = TEXT[lang];
  const n = await page.locator('input[id^="custom-"][id$="-key"]').count();
  await page.getByRole("button", { name: label(text.addField) }).click();
  const card = page.locator(".ant-card-small").filter({ has: page.locator(`#custom-${n}-key`) });
  await card.locator(`#custom-${n}-key`).fill(field.key);
  if (field.kind !== text.text) await searchAndChoose(page, `custom-${n}-kind`, field.kind, card);
  await card.locator(`#custom-${n}-label-zh-CN`).fill(field.zh);
  await card.locator(`#custom-${n}-label-en-US`).fill(field.en);
  if (field.target) await searchAndChoose(page, `custom-${n}-target`, field.target, card);
  if (field.pattern) await card.locator(`#custom-${n}-pattern`).fill(field.pattern);
  if (field.sensitive) await card.getByRole("checkbox", { name: text.sensitive }).check();
  for (const [i, option] of (field.options ?? []).entries()) {
    await card.getByRole("button", { name: label(text.addOption) }).click();
    await card.locator(`#custom-${n}-options-${i}-value`).fill(option.value);
    await card.getByLabel(text.option(i + 1, "zh")).fill(option.zh);
    await card.getByLabel(text.option(i + 1, "en")).fill(option.en);
  }
  return card;
}

describe("settings", () => {
  const app = useApp({ lang: "zh-CN", user: "admin" });

  afterAll(async () => {
    // Leave branches as the other files expect them (this file's records keep their value).
    await resetSettings("branches");
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
    await alert.getByText(`选项字段“${grade}”至少需要一个选项`, { exact: true }).waitFor();
    expect(await api("/resource-settings/members")).toEqual(before);

    // Nothing reached the forms either.
    await app.goto("/party/members/create");
    await page.getByLabel("身份证号").waitFor();
    expect(await page.getByLabel("等级").count()).toBe(0);
    expect(await page.getByLabel("重名字段").count()).toBe(0);
    await expectNoMissingKeys(page);
  });
});

// Custom fields take every kind and setting now: a sensitive text with a pattern and a relation to
// branches, added to members, reach the member form, where a bad value is refused as typed.
describe.each(["zh-CN", "en-US"] as const)("settings: a custom field of a new kind (%s)", (lang) => {
  const app = useApp({ lang, user: "admin" });
  const text = TEXT[lang];

  afterAll(async () => {
    // No member holds a value in them, so the fields go with the settings (nothing to keep hidden).
    await resetSettings("members");
  });

  it("adds a sensitive badge number with a pattern and a paired branch to members; the member form has both and refuses a bad badge", async () => {
    const { page } = app;
    const suffix = unique().replace(/[^a-z0-9]/g, "");
    const badge = { key: `badge${suffix}`, zh: `党徽编号${suffix}`, en: `Badge ${suffix}` };
    const pair = { key: `pair${suffix}`, zh: `结对支部${suffix}`, en: `Paired branch ${suffix}` };
    await app.goto("/party/settings");
    await openSettingsFor(page, text.members, "idNumber");

    // Validation as you type: the card names what is missing before anything is saved.
    const card = await addField(page, { key: badge.key, kind: text.text, zh: badge.zh, en: "", pattern: "DJ\\d{6}", sensitive: true }, lang);
    await card.getByText(text.needsBoth(badge.key), { exact: true }).waitFor();
    await card.locator('input[id$="-label-en-US"]').fill(badge.en);
    await expect.poll(() => card.getByText(text.needsBoth(badge.key), { exact: true }).count()).toBe(0);
    await addField(page, { key: pair.key, kind: text.relation, zh: pair.zh, en: pair.en, target: text.branches }, lang);
    await page.locator("code").getByText(pair.key, { exact: true }).waitFor();

    await page.getByRole("button", { name: label(text.save) }).click();
    await page.getByText(text.saved, { exact: true }).waitFor();
    const stored = await api<Settings>("/resource-settings/members");
    expect(stored.body.customFields?.map((f) => f.key)).toEqual([badge.key, pair.key]);
    expect(stored.body.customFields?.[0]).toMatchObject({ kind: "text", pattern: "DJ\\d{6}", sensitive: true });
    expect(stored.body.customFields?.[1]).toMatchObject({ kind: "relation", target: "branches" });

    await app.goto("/party/members/create");
    await page.getByLabel(text.idNumber).waitFor();
    const lng = lang === "zh-CN" ? "zh" : "en";
    const badgeItem = page.locator(".ant-form-item").filter({ has: page.locator(`#${badge.key}`) });
    await badgeItem.getByText(lng === "zh" ? badge.zh : badge.en, { exact: true }).waitFor();
    await page.locator(`#${badge.key}`).fill("XY12");
    await badgeItem.locator(".ant-form-item-explain-error").getByText(text.badPattern, { exact: true }).waitFor();
    await page.locator(`#${badge.key}`).fill("DJ123456");
    await expect.poll(() => badgeItem.locator(".ant-form-item-explain-error").count()).toBe(0);

    // The paired branch is a branch picker: its options are the branches' names.
    const pairItem = page.locator(".ant-form-item").filter({ has: page.locator(`input[id="${pair.key}"]`) });
    await pairItem.getByText(lng === "zh" ? pair.zh : pair.en, { exact: true }).waitFor();
    await pairItem.locator(".ant-select").click();
    const branches = await api<{ name: string }[]>("/branches?_start=0&_end=200");
    await expect.poll(() => dropdownOf(page, pair.key).locator(".ant-select-item-option").count()).toBeGreaterThan(0);
    const offered = await dropdownOf(page, pair.key).locator(".ant-select-item-option").first().getAttribute("title");
    expect(branches.body.map((b) => b.name)).toContain(offered);
    await expectNoMissingKeys(page);
  });
});
