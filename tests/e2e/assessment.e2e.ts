// The assessment closed loop 任务发布-执行-评价-整改 in the browser: the administrator drafts a
// two-category plan for three branches and issues it; the branch secretary hands in the
// self-report; the administrator evaluates one item below the line, which opens rectification;
// the secretary rectifies; the ranking shows the star grade, the automatic item its figure, and the
// branch's page its grades across the years.
// Then the same screens in English, and at a phone's width. axe runs on every screen of the module.
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from "vitest";
import { expectNoMissingKeys, launchApp, lookAt, type App, type Lang } from "./support/browser";
import { axeViolations } from "./support/axe";
import { chooseOption, columnValues, exportAs, label, loadedColumn } from "./support/ui";
import { addDays, apiAs, cellUnder, fillDate, pageToday, searchAndChoose, session, uniqueName, type Rec } from "./support-extra";

const LOAD = 60_000;
const EVIDENCE = "https://intranet.example/party/themed-days-2026";

type Browser = App & { dispose: () => Promise<void> };
let admin: Browser;
let secretary: Browser;

const TEXTS = {
  "zh-CN": { save: "保存", addRow: "添加一行", issue: "下发", confirm: "确定", selected: "指定支部", source: "主题党日开展月数", figure: /主题党日开展 \d+\/\d+ 个月/, suggested: /建议得分/, plan: "考核方案", ranking: "考核排名", exportButton: "导出", xlsx: "导出为 Excel（.xlsx）", clinical: "临床", typeHeader: "支部类型", branchHeader: "党支部", badLink: "请填写一个以 http:// 或 https:// 开头、不含空格的链接", failed: "未能保存" },
  "en-US": { save: "Save", addRow: "Add a row", issue: "Issue", confirm: "Confirm", selected: "Chosen branches", source: "Months with a themed Party day", figure: /Themed Party days in \d+ of \d+ months/, suggested: /Suggested score/, plan: "Plan", ranking: "Assessment ranking", exportButton: "Export", xlsx: "Export to Excel (.xlsx)", clinical: "Clinical", typeHeader: "Branch type", branchHeader: "Branch", badLink: "Enter one link starting with http:// or https://, without spaces", failed: "Not saved" },
} as const;

const STATUS = {
  "zh-CN": { submitted: "已自评", evaluated: "已评价", rectification: "整改中", rectified: "已整改", closed: "已办结" },
  "en-US": { submitted: "Self-report in", evaluated: "Evaluated", rectification: "Rectification required", rectified: "Rectified", closed: "Closed" },
} as const;

const BUTTONS = {
  "zh-CN": { submit: "提交自评", evaluate: "提交评价", requireRectification: "要求整改", submitRectification: "提交整改报告", accept: "整改验收通过" },
  "en-US": { submit: "Hand in the self-report", evaluate: "Save the evaluation", requireRectification: "Require rectification", submitRectification: "Hand in the rectification report", accept: "Accept the rectification" },
} as const;

/** axe on the page as a person leaves it: no hover tooltip or closing dropdown floating outside the landmarks. */
async function expectNoAxe(page: Page, where: string) {
  await page.mouse.move(1, (page.viewportSize()?.height ?? 900) - 1);
  await expect.poll(() => page.locator(".ant-tooltip:not(.ant-tooltip-hidden), .ant-select-dropdown:not(.ant-select-dropdown-hidden)").count()).toBe(0);
  expect(await axeViolations(page), `axe on ${where}`).toEqual([]);
}

const shoot = (page: Page, name: string) => lookAt(page, `assessment--${name}`);

/** The status tag of the sheet once it shows `status`. */
async function sheetShows(page: Page, status: string) {
  await expect.poll(() => page.locator("[data-status]").first().innerText().catch(() => ""), { timeout: LOAD }).toBe(status);
}

/** Presses a sheet button and waits for its PATCH to be answered 200. */
async function press(page: Page, name: string) {
  const answered = page.waitForResponse((r) => r.request().method() === "PATCH" && /\/api\/assessment-tasks\/\d+$/.test(new URL(r.url()).pathname));
  await page.getByRole("button", { name: label(name) }).click();
  const response = await answered;
  expect(response.status(), await response.text()).toBe(200);
}

/** Types a value into the `row`-th input of an items field, by its sub-field's label. */
async function fillItem(page: Page, field: string, row: number, sub: string, value: string) {
  await page.locator(`[id="${field}"]`).getByLabel(`${row} ${sub}`, { exact: true }).fill(value);
}

/** Through the app's router (react-router listens to popstate), as a link inside the app would: no reload. */
async function navigate(page: Page, to: string): Promise<void> {
  await page.evaluate((to) => {
    history.pushState({}, "", to);
    dispatchEvent(new PopStateEvent("popstate", { state: {} }));
  }, to);
}

/** The cells of a sheet, row by row, as Excel shows them. */
async function readXlsx(file: string): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.worksheets[0];
  const rows: string[][] = [];
  sheet.eachRow((row) => rows.push(Array.from({ length: sheet.columnCount }, (_, i) => row.getCell(i + 1).text)));
  return rows;
}

/**
 * On the ranking of last year's seeded plan (every branch graded): the branch-type filter leaves that
 * type's rows only, and the Excel export holds exactly the rows on screen.
 */
async function filterAndExport(page: Page, lang: Lang) {
  const t = TEXTS[lang];
  const year = Number((await pageToday(page)).slice(0, 4)) - 1;
  const [seeded] = (await apiAs<Rec[]>("admin", `/assessment-plans?year=${year}&status=closed`)).body;
  await chooseOption(page, "assessment-ranking-plan", String(seeded.title));
  const all = (await apiAs<Rec[]>("admin", `/assessment-results?planId=${seeded.id}`)).body;
  const clinical = all.filter((r) => r.branchType === "clinical");
  expect(clinical.length, "the seed grades clinical branches").toBeGreaterThan(0);
  expect(clinical.length).toBeLessThan(all.length);
  await chooseOption(page, "assessment-ranking-type", t.clinical);
  await expect.poll(() => columnValues(page, t.typeHeader), { timeout: LOAD }).toEqual(Array(clinical.length).fill(t.clinical));
  const shown = await loadedColumn(page, t.branchHeader);
  const file = await exportAs(page, label(t.exportButton), t.xlsx);
  const [head, ...rows] = await readXlsx(await file.path());
  expect(head).toEqual(expect.arrayContaining([t.typeHeader, t.branchHeader]));
  expect(rows.map((r) => r[head.indexOf(t.branchHeader)])).toEqual(shown);
  expect(new Set(rows.map((r) => r[head.indexOf(t.typeHeader)]))).toEqual(new Set([t.clinical]));
}

/** How long each step took, printed at the end (the machine is shared: this says where the time goes). */
const steps: [string, number][] = [];
let last = Date.now();
const step = (name: string) => {
  steps.push([name, Date.now() - last]);
  last = Date.now();
};

async function switchLanguage(page: Page, lang: Lang) {
  await page.locator(".ant-layout-header .ant-segmented-item").filter({ hasText: lang === "zh-CN" ? "中文" : "English" }).click();
  await page.waitForFunction((lang) => document.documentElement.lang === lang, lang);
}

describe("branch assessment", () => {
  let taskId: unknown;
  let planTitle = "";
  let branchName = "";

  beforeAll(async () => {
    [admin, secretary] = await Promise.all([launchApp({ lang: "zh-CN", user: "admin" }), launchApp({ lang: "zh-CN", user: "secretary" })]);
    for (const app of [admin, secretary]) app.context.setDefaultTimeout(LOAD);
    step("browsers");
  });
  // A failing step leaves both people's pages in tests/e2e/artifacts.
  const shootOnFailure = (name: string) =>
    onTestFailed(async () => {
      await shoot(admin.page, `${name}-admin-failed`).catch(() => undefined);
      await shoot(secretary.page, `${name}-secretary-failed`).catch(() => undefined);
    });
  afterAll(async () => {
    console.log(`[e2e] assessment steps (ms): ${steps.map(([name, ms]) => `${name} ${ms}`).join(", ")}`);
    for (const app of [admin, secretary]) {
      expect(app?.pageErrors ?? [], "uncaught exceptions in the page").toEqual([]);
      await app?.dispose();
    }
  });

  it("in Chinese: issue to three branches → self-report → evaluation below the line → rectification → ranking with the star grade", { timeout: 240_000 }, async () => {
    shootOnFailure("zh");
    const t = TEXTS["zh-CN"];
    const a = admin.page;
    const s = secretary.page;
    const { user } = await session("secretary");
    const branches = (await apiAs<Rec[]>("admin", "/branches?_limit=3&_sort=id")).body;
    const own = (await apiAs<Rec>("admin", `/branches/${user.branchId}`)).body;
    const chosen = [own, ...branches.filter((b) => b.id !== own.id).slice(0, 2)];
    branchName = String(own.name);
    planTitle = uniqueName("支部星级评定");
    const today = await pageToday(a);

    // The administrator drafts the plan: two categories (70 / 30), one item read from the records.
    await admin.goto("/party/assessment-plans/create");
    await a.locator("#title").fill(planTitle);
    await a.locator("#year").fill(today.slice(0, 4));
    await fillDate(a, "deadline", addDays(today, 20));
    await chooseOption(a, "scope", t.selected);
    for (const branch of chosen) await searchAndChoose(a, "branchIds", String(branch.name));
    const addRow = (field: string) => a.locator(`[id="${field}"]`).getByRole("button", { name: label(t.addRow) }).click();
    await addRow("categories");
    await addRow("categories");
    for (const [row, code, name, weight] of [[1, "A", "基础工作", "70"], [2, "B", "评议", "30"]] as const) {
      await fillItem(a, "categories", row, "类别代码", code);
      await fillItem(a, "categories", row, "类别名称", name);
      await fillItem(a, "categories", row, "权重（%）", weight);
    }
    for (const [row, code, category, title, max] of [[1, "A1", "A", "主题党日按月开展", "10"], [2, "A2", "A", "支部班子建设", "10"], [3, "B1", "B", "党委综合评议", "10"]] as const) {
      await addRow("indicators");
      await fillItem(a, "indicators", row, "指标代码", code);
      await fillItem(a, "indicators", row, "所属类别代码", category);
      await fillItem(a, "indicators", row, "指标名称", title);
      await fillItem(a, "indicators", row, "满分", max);
    }
    const source = a.locator(`.ant-select:has(input[aria-label="1 自动取数"])`);
    await source.click();
    await a.locator(`.ant-select-dropdown .ant-select-item-option[title="${t.source}"]`).click();
    await expect.poll(() => source.locator(".ant-select-selection-item").first().getAttribute("title")).toBe(t.source);
    await expectNoAxe(a, "the plan form");
    step("plan form");
    const saved = a.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/api/assessment-plans");
    await a.getByRole("button", { name: label(t.save) }).click();
    const plan = (await (await saved).json()) as Rec;
    await a.waitForURL(new RegExp(`/party/assessment-plans/show/${plan.id}$`));

    // Issued from its page: one task per chosen branch.
    await a.getByRole("button", { name: label(t.issue) }).click();
    const issued = a.waitForResponse((r) => r.request().method() === "PATCH" && new URL(r.url()).pathname === `/api/assessment-plans/${plan.id}`);
    await a.locator(".ant-modal-confirm").getByRole("button", { name: label(t.confirm) }).click();
    expect((await issued).status()).toBe(200);
    const tasks = (await apiAs<Rec[]>("admin", `/assessment-tasks?planId=${plan.id}`)).body;
    expect(tasks.map((task) => task.branchId).sort()).toEqual(chosen.map((b) => b.id).sort());
    taskId = tasks.find((task) => task.branchId === own.id)!.id;
    step("issue");

    // The secretary hands in the self-report on the task's sheet.
    await secretary.goto(`/party/assessment-sheet/${taskId}`);
    await expect.poll(() => s.locator("[data-score='self-A1']").count(), { timeout: LOAD }).toBe(1);
    for (const [code, score] of [["A1", "9"], ["A2", "8"], ["B1", "9"]]) await s.locator(`[data-score='self-${code}']`).fill(score);
    await s.locator("#assessment-sheet-selfNote").fill("对照细则逐项自查，材料已上传");
    // Each item's note and evidence link; a link that is not one is refused on the field before anything is sent.
    await s.locator("[data-self-note='A1']").fill("全年 12 个月均开展主题党日");
    await s.locator("[data-self-evidence='A1']").fill("共享盘/主题党日材料");
    await s.locator("[data-self-evidence='A1']").blur();
    await expect.poll(() => s.getByText(t.badLink).count()).toBe(1);
    expect(await s.locator("[data-self-evidence='A1']").getAttribute("aria-invalid")).toBe("true");
    await expectNoAxe(s, "the sheet, self-report with a field error");
    await s.locator("[data-self-evidence='A1']").fill(EVIDENCE);
    await expect.poll(() => s.getByText(t.badLink).count()).toBe(0);
    // A backend failure keeps every typed value for the next try.
    await s.route("**/api/assessment-tasks/*", (route) => (route.request().method() === "PATCH" ? route.fulfill({ status: 500, body: "{}" }) : route.fallback()));
    await s.getByRole("button", { name: label(BUTTONS["zh-CN"].submit) }).click();
    await expect.poll(() => s.getByRole("alert").filter({ hasText: t.failed }).count(), { timeout: LOAD }).toBe(1);
    await s.unroute("**/api/assessment-tasks/*");
    expect([await s.locator("[data-self-note='A1']").inputValue(), await s.locator("[data-self-evidence='A1']").inputValue(), Number(await s.locator("[data-score='self-A2']").inputValue())]).toEqual(["全年 12 个月均开展主题党日", EVIDENCE, 8]);
    await expectNoAxe(s, "the sheet, self-report");
    await press(s, BUTTONS["zh-CN"].submit);
    await sheetShows(s, STATUS["zh-CN"].submitted);
    step("self-report");

    // The administrator evaluates: the automatic item shows its figure and suggestion; A2 is scored below the line.
    await navigate(a, `/party/assessment-sheet/${taskId}`);
    await sheetShows(a, STATUS["zh-CN"].submitted);
    const figure = a.locator("[data-figure='themed_days']");
    await expect.poll(() => figure.innerText(), { timeout: LOAD }).toMatch(t.figure);
    expect(await figure.innerText()).toMatch(t.suggested);
    await expect.poll(() => figure.getByRole("link").count()).toBeGreaterThan(0);
    // The branch's note and evidence link, read-only for the evaluator.
    const report = a.locator("[data-self-report='A1']");
    await expect.poll(() => report.innerText()).toContain("全年 12 个月均开展主题党日");
    expect(await report.getByRole("link", { name: EVIDENCE }).getAttribute("href")).toBe(EVIDENCE);
    expect(await a.locator("[data-self-evidence]").count()).toBe(0);
    await a.locator("[data-score='committee-A2']").fill("4");
    await a.locator("[data-score='committee-B1']").fill("9");
    await expectNoAxe(a, "the sheet, evaluation");
    await shoot(a, "sheet-evaluation-zh");
    await press(a, BUTTONS["zh-CN"].evaluate);
    await sheetShows(a, STATUS["zh-CN"].evaluated);
    await expect.poll(() => a.getByText("需整改：A2").count()).toBe(1);
    await fillDate(a, "assessment-sheet-rectificationDeadline", addDays(today, 30));
    await press(a, BUTTONS["zh-CN"].requireRectification);
    await sheetShows(a, STATUS["zh-CN"].rectification);
    step("evaluation");

    // The secretary rectifies. A reload: the cached task would still show the state before another person's change.
    await s.reload();
    await sheetShows(s, STATUS["zh-CN"].rectification);
    await s.locator("#assessment-sheet-rectificationReport").fill("补齐支委分工，建立书记述职制度");
    await press(s, BUTTONS["zh-CN"].submitRectification);
    await sheetShows(s, STATUS["zh-CN"].rectified);
    step("rectification");

    // The administrator accepts it; the ranking shows the branch's star grade.
    await a.reload();
    await sheetShows(a, STATUS["zh-CN"].rectified);
    await press(a, BUTTONS["zh-CN"].accept);
    await sheetShows(a, STATUS["zh-CN"].closed);
    const stars = Number(await a.locator("[data-stars]").getAttribute("data-stars"));
    expect(stars).toBeGreaterThanOrEqual(1);
    await navigate(a, "/party/assessment-results");
    await chooseOption(a, "assessment-ranking-plan", planTitle);
    const row = a.locator(".ant-table-tbody tr.ant-table-row").filter({ hasText: branchName });
    await expect.poll(() => row.count(), { timeout: LOAD }).toBe(1);
    await expect.poll(async () => (await cellUnder(a, row, "星级")).locator(`[aria-label="${stars}/5"]`).count()).toBe(1);
    await expect.poll(() => a.locator(".ant-table-tbody tr.ant-table-row").count()).toBe(1); // only the evaluated branch is ranked
    await expectNoAxe(a, "the ranking");
    await shoot(a, "ranking-zh");
    await filterAndExport(a, "zh-CN");
    // The branch's page lists its grades across the years: last year's seeded one and this plan's.
    step("ranking");
    await navigate(a, `/party/branches/show/${own.id}`);
    const history = a.locator(".ant-card").filter({ has: a.locator(".ant-card-head-title", { hasText: /^考核结果（\d+）$/ }) }).last();
    await expect.poll(() => history.locator(".ant-table-tbody tr.ant-table-row").filter({ hasText: planTitle }).count(), { timeout: LOAD }).toBe(1);
    expect(await history.locator(".ant-table-tbody tr.ant-table-row").count()).toBeGreaterThanOrEqual(2);
    step("history");
    await expectNoMissingKeys(a);
    await expectNoMissingKeys(s);
  });

  it("in English, and at a phone's width: the same sheet and ranking read and pass axe", { timeout: 120_000 }, async () => {
    shootOnFailure("en");
    expect(taskId, "the Chinese story ran first").toBeDefined();
    const a = admin.page;
    const t = TEXTS["en-US"];
    await switchLanguage(a, "en-US");
    await navigate(a, `/party/assessment-sheet/${taskId}`);
    await sheetShows(a, STATUS["en-US"].closed);
    await expect.poll(() => a.locator("[data-figure='themed_days']").innerText(), { timeout: LOAD }).toMatch(t.figure);
    await shoot(a, "sheet-en");
    await navigate(a, "/party/assessment-results");
    await expect.poll(() => a.getByRole("heading", { level: 1, name: t.ranking }).count(), { timeout: LOAD }).toBe(1);
    await chooseOption(a, "assessment-ranking-plan", planTitle);
    await expect.poll(() => a.locator(".ant-table-tbody tr.ant-table-row").filter({ hasText: branchName }).count(), { timeout: LOAD }).toBe(1);
    await filterAndExport(a, "en-US");
    await a.setViewportSize({ width: 390, height: 844 });
    await expectNoAxe(a, "the ranking at 390 px");
    await shoot(a, "ranking-en-390");
    await navigate(a, `/party/assessment-sheet/${taskId}`);
    await sheetShows(a, STATUS["en-US"].closed);
    // Afterwards the branch's note and link still read, in the item's row.
    expect(await a.locator("[data-self-report='A1']").getByRole("link", { name: EVIDENCE }).count()).toBe(1);
    await expectNoAxe(a, "the sheet at 390 px");
    await shoot(a, "sheet-en-390");
    step("English");
    await expectNoMissingKeys(a);
  });
});
