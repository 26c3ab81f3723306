// The hospital consortium, in both languages: the administrator adds a township centre (which at
// once shows the missing fixed physician) and an agreement with it; the branch secretary records a
// free clinic under that agreement; the overview counts it, warns about the centre, passes axe, and
// exports to Excel.
import { expectAccessible } from "./support/axe";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectNoMissingKeys, launchApp, useApp, type App, type Lang } from "./support/browser";
import { chooseOption, dropdownOf, exportAs, label } from "./support/ui";
import { addDays, apiAs, fillDate, pageToday, rowNamed, cellUnder, searchAndChoose, session, uniqueName, type Rec } from "./support-extra";

// Pages load lazily and the machine is shared: give a first load more time than a click.
const LOAD_TIMEOUT = 60_000;
const STORY_TIMEOUT = 300_000;

interface Texts {
  create: string;
  save: string;
  township: string;
  level1: string;
  heading: string;
  active: string;
  freeClinic: string;
  noFixedPhysician: string;
  activitiesCard: RegExp;
  institutionHeader: string;
  freeClinicsHeader: string;
  servedHeader: string;
  warningsHeader: string;
  progress: string;
  exportButton: string;
  excel: string;
}

const TEXTS: Record<Lang, Texts> = {
  "zh-CN": {
    create: "新建",
    save: "保存",
    township: "乡镇卫生院",
    level1: "一级",
    heading: "共解群众急难",
    active: "履行中",
    freeClinic: "义诊",
    noFixedPhysician: "该年度没有下沉满 6 个月的驻点医师",
    activitiesCard: /^帮扶活动（\d+）/,
    institutionHeader: "成员单位",
    freeClinicsHeader: "义诊",
    servedHeader: "服务或培训人数",
    warningsHeader: "提醒",
    progress: "已完成 1/1",
    exportButton: "导出",
    excel: "导出为 Excel（.xlsx）",
  },
  "en-US": {
    create: "Create",
    save: "Save",
    township: "Township health centre",
    level1: "Level 1",
    heading: "Solving people's urgent needs together",
    active: "Active",
    freeClinic: "Free clinic",
    noFixedPhysician: "No fixed physician posted for 6 months or more in the year",
    activitiesCard: /^Outreach activities（\d+）/,
    institutionHeader: "Institution",
    freeClinicsHeader: "Free clinics",
    servedHeader: "People served or trained",
    warningsHeader: "Warnings",
    progress: "1 of 1 done",
    exportButton: "Export",
    excel: "Excel (.xlsx)",
  },
};

async function save(page: Page, resource: string, text: string): Promise<Rec> {
  const saved = page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === `/api/${resource}`);
  await page.getByRole("button", { name: label(text) }).click();
  const response = await saved;
  expect(response.status(), await response.text()).toBe(201);
  const created = (await response.json()) as Rec;
  await page.waitForURL(new RegExp(`/party/${resource}/show/${created.id}$`));
  return created;
}

/** Picks one option of a multiple select and closes it. */
async function chooseMany(page: Page, inputId: string, option: string) {
  const select = page.locator(`.ant-select:has(input[id="${inputId}"])`);
  await select.click();
  await dropdownOf(page, inputId).locator(`.ant-select-item-option[title="${option}"]`).click();
  await expect.poll(() => select.locator(`.ant-select-selection-item[title="${option}"]`).count()).toBe(1);
  await page.keyboard.press("Escape");
}

/** The overview's row of an institution, once the table shows it. */
async function overviewRow(page: Page, name: string) {
  const row = rowNamed(page, name);
  await expect.poll(() => row.count(), { timeout: LOAD_TIMEOUT }).toBe(1);
  return row;
}

function storyTests(app: App, lang: Lang) {
  const t = TEXTS[lang];

  it("the administrator adds a township centre and an agreement; the secretary records a free clinic under it; the overview counts it", async () => {
    const { page } = app;
    app.context.setDefaultTimeout(LOAD_TIMEOUT);
    const today = await pageToday(page);
    const name = uniqueName(lang === "zh-CN" ? "新河镇卫生院" : "Xinhe Township Centre ");

    // The administrator adds the township centre: with no fixed physician yet, it is warned about at once.
    await app.goto("/party/institutions/create");
    await expect.poll(() => page.locator("#name").count(), { timeout: LOAD_TIMEOUT }).toBe(1);
    await page.locator("#name").fill(name);
    await chooseOption(page, "kind", t.township);
    await chooseOption(page, "level", t.level1);
    const institution = await save(page, "institutions", t.save);
    await expect.poll(() => page.locator(".ant-alert-message").allInnerTexts()).toContain(t.noFixedPhysician);

    // … and an agreement with it.
    const title = uniqueName(lang === "zh-CN" ? "共建协议" : "Agreement ");
    await app.goto("/party/consortium-agreements/create");
    await expect.poll(() => page.locator("#title").count(), { timeout: LOAD_TIMEOUT }).toBe(1);
    await page.locator("#title").fill(title);
    await searchAndChoose(page, "institutionIds", name);
    await chooseMany(page, "headings", t.heading);
    await fillDate(page, "signedDate", addDays(today, -30));
    await fillDate(page, "startDate", addDays(today, -30));
    await fillDate(page, "endDate", addDays(today, 700));
    await chooseOption(page, "status", t.active);
    const agreement = await save(page, "consortium-agreements", t.save);
    await expectNoMissingKeys(page);

    // The secretary opens the agreement and records a free clinic under it, for their own branch.
    const secretary = await launchApp({ lang, user: "secretary" });
    try {
      const sp = secretary.page;
      secretary.context.setDefaultTimeout(LOAD_TIMEOUT);
      const { user } = await session("secretary");
      const branch = (await apiAs<Rec>("admin", `/branches/${user.branchId}`)).body;
      await secretary.goto(`/party/consortium-agreements/show/${agreement.id}`);
      // The innermost card with that title (the detail page is itself a card).
      const card = sp.locator(".ant-card").filter({ has: sp.locator(".ant-card-head-title", { hasText: t.activitiesCard }) }).last();
      await card.getByRole("link", { name: label(t.create) }).click();
      await sp.waitForURL(new RegExp(`/party/outreach-activities/create\\?agreementId=${agreement.id}$`));
      await expect.poll(() => sp.locator(`.ant-select:has(input[id="agreementId"]) .ant-select-selection-item`).first().getAttribute("title")).toBe(title);
      await sp.locator("#title").fill(lang === "zh-CN" ? "新河镇健康义诊" : "Health free clinic");
      await chooseOption(sp, "kind", t.freeClinic);
      await fillDate(sp, "date", addDays(today, -1));
      await searchAndChoose(sp, "institutionId", name);
      await searchAndChoose(sp, "branchId", String(branch.name));
      await sp.locator("#peopleServed").fill("88");
      const activity = await save(sp, "outreach-activities", t.save);
      expect((await apiAs<Rec>("admin", `/outreach-activities/${activity.id}`)).body).toMatchObject({
        agreementId: agreement.id,
        institutionId: institution.id,
        branchId: branch.id,
        kind: "free_clinic",
        peopleServed: 88,
        status: "held",
      });
      // The trail names who recorded it.
      const trail = async () => (await apiAs<Rec[]>("admin", `/audit-logs?resource=outreach-activities&recordId=${activity.id}`)).body.map((e) => [e.action, e.authorId]);
      await expect.poll(trail).toEqual([["create", String(user.id)]]);

      // The agreement's page lists it, with its progress.
      await secretary.goto(`/party/consortium-agreements/show/${agreement.id}`);
      await expect.poll(() => card.locator(".ant-card-head-title").first().innerText()).toMatch(/（1）$/);
      await expect.poll(() => card.innerText()).toContain(t.progress);

      // The overview counts it, and warns about the centre still lacking a fixed physician.
      await secretary.goto("/party/consortium-overview");
      const row = await overviewRow(sp, name);
      await expect.poll(async () => (await cellUnder(sp, row, t.freeClinicsHeader)).innerText()).toBe("1");
      expect(await (await cellUnder(sp, row, t.servedHeader)).innerText()).toBe("88");
      expect(await (await cellUnder(sp, row, t.warningsHeader)).innerText()).toContain(t.noFixedPhysician);
      await expectNoMissingKeys(sp);
    } finally {
      await secretary.dispose();
    }
  }, STORY_TIMEOUT);

  it("the overview warns about the seeded township centre without a fixed physician and passes axe", async () => {
    const { page } = app;
    await app.goto("/party/consortium-overview");
    const hekou = await overviewRow(page, "河口镇卫生院");
    expect(await (await cellUnder(page, hekou, t.warningsHeader)).innerText()).toContain(t.noFixedPhysician);
    // A centre that has one shows no warning.
    const chengguan = await overviewRow(page, "城关镇卫生院");
    expect(await (await cellUnder(page, chengguan, t.warningsHeader)).innerText()).toBe("");
    await expectAccessible(page);

    // Another year: the screen asks the backend for it and shows what it computed.
    const previous = Number((await pageToday(page)).slice(0, 4)) - 1;
    const expected = (await apiAs<Rec[]>("admin", `/consortium-overview?year=${previous}&institutionId=4`)).body[0];
    const asked = page.waitForResponse((r) => new URL(r.url()).pathname === "/api/consortium-overview" && new URL(r.url()).searchParams.get("year") === String(previous));
    await chooseOption(page, "consortium-overview-year", String(previous));
    await asked;
    await expect.poll(async () => (await cellUnder(page, await overviewRow(page, "河口镇卫生院"), t.servedHeader)).innerText()).toBe(String(expected.peopleServed));
    expect(await (await cellUnder(page, await overviewRow(page, "河口镇卫生院"), t.warningsHeader)).innerText()).toBe(
      (expected.quotaShortfalls as string[]).includes("fixed_physician") ? t.noFixedPhysician : "",
    );
    await expectNoMissingKeys(page);
  }, STORY_TIMEOUT);
}

describe("the hospital consortium", () => {
  describe("in Chinese", () => storyTests(useApp({ lang: "zh-CN", user: "admin" }), "zh-CN"));
  describe("in English", () => storyTests(useApp({ lang: "en-US", user: "admin" }), "en-US"));

  describe("on a phone, exported", () => {
    const app = useApp({ lang: "zh-CN", user: "member", viewport: { width: 390, height: 844 } });

    it("a member reads the overview at 390 px (axe clean) and exports the year to Excel with the same figures", async () => {
      const { page } = app;
      const t = TEXTS["zh-CN"];
      await app.goto("/party/consortium-overview");
      const row = await overviewRow(page, "河口镇卫生院");
      await expectAccessible(page);
      const shown = await (await cellUnder(page, row, t.servedHeader)).innerText();

      const file = await exportAs(page, label(t.exportButton), t.excel);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(await file.path());
      const sheet = workbook.worksheets[0];
      const rows: string[][] = [];
      sheet.eachRow((r) => rows.push(Array.from({ length: sheet.columnCount }, (_, i) => r.getCell(i + 1).text)));
      const [headers, ...body] = rows;
      const hekou = body.find((r) => r[headers.indexOf(t.institutionHeader)] === "河口镇卫生院")!;
      expect(hekou, JSON.stringify(rows.slice(0, 3))).toBeDefined();
      expect(hekou[headers.indexOf(t.servedHeader)]).toBe(shown);
      expect(hekou[headers.indexOf("年度")]).toBe((await pageToday(page)).slice(0, 4));
      expect(hekou[headers.indexOf("下沉帮扶缺口")]).toBe("缺少驻点 6 个月以上的医师");
      expect(body.every((r) => r[headers.indexOf("年度")] === hekou[headers.indexOf("年度")])).toBe(true);
    }, STORY_TIMEOUT);
  });
});
