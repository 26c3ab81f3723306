// The work bench, the dashboard and the before/after comparison, in both languages, against a mock
// API with roles enforced. One browser for the file; each role signs in once per language on the
// login page. Each role's work bench lists what the seed makes due and opens a record; the
// dashboard's charts draw and show their tables; the comparison on the seeded radiology branch shows
// the tests, p-values and sample sizes, and its Excel file opens; axe finds nothing on any of them.
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SEED_INDICATOR_BRANCH_ID } from "../../mock-api/seed/indicators";
import { axeViolations } from "./support/axe";
import { DEMO_PASSWORD, expectNoMissingKeys, launchApp, lookAt, type Lang } from "./support/browser";
import { chooseOption, download, label } from "./support/ui";
import { apiAs, pageToday, pointPluginAt, searchAndChoose, startRolesApi, type DemoUser, type Rec, type RolesApi } from "./support-extra";

const LOAD_TIMEOUT = 60_000;
const STEP_TIMEOUT = 120_000;
const PHONE = { width: 390, height: 844 };
const WIDE = { width: 1366, height: 900 };
const ROWS = ".ant-table-tbody tr.ant-table-row";

const TEXT = {
  "zh-CN": {
    bench: "工作台",
    dashboard: "统计看板",
    comparison: "实施前后对比",
    comparisonMenu: "实施前后对比",
    table: "表格",
    exportExcel: "导出 Excel",
    branch: "放射科党支部",
    significant: "差异显著（P < 0.05）",
    notSignificant: "差异不显著",
    pHeader: "t 检验 P 值",
    nHeader: "实施前 n",
    rules: { study_behind: "学时进度落后", meeting_due: "三会一课待开展", dues_arrears: "党费欠缴", assessment_self_report: "考核自评待提交" },
    grades: /已评定 (\d+) 个支部/,
    language: "中文",
  },
  "en-US": {
    bench: "Work bench",
    dashboard: "Dashboard",
    comparison: "Before/after comparison",
    comparisonMenu: "Before/after",
    table: "Table",
    exportExcel: "Export to Excel",
    branch: "放射科党支部",
    significant: "Significant (p < 0.05)",
    notSignificant: "Not significant",
    pHeader: "t-test p",
    nHeader: "n before",
    rules: { study_behind: "Study hours behind pace", meeting_due: "Meeting still due", dues_arrears: "Dues in arrears", assessment_self_report: "Assessment self-report due" },
    grades: /(\d+) branches graded/,
    language: "English",
  },
} as const;

let rolesApi: RolesApi;
let app: Awaited<ReturnType<typeof launchApp>>;
const started = Date.now();

beforeAll(async () => {
  rolesApi = await startRolesApi();
  app = await launchApp({ lang: "zh-CN", user: null, viewport: WIDE });
  app.context.setDefaultTimeout(LOAD_TIMEOUT);
  await pointPluginAt(app.context, rolesApi.url);
}, STEP_TIMEOUT);
afterAll(async () => {
  await app?.dispose();
  await rolesApi?.close();
  console.log(`[e2e] dashboard: ${Math.round((Date.now() - started) / 1000)} s`);
});

const as = <T = Rec>(user: DemoUser, p: string) => apiAs<T>(user, p, { base: rolesApi.url });

/** axe at both widths; with E2E_SCREENSHOTS=1, a picture of each for a person to look at. */
async function expectAccessible(page: Page, name: string, lang: Lang, sizes = [WIDE, PHONE]) {
  const violations: string[] = [];
  for (const size of sizes) {
    await page.setViewportSize(size);
    await page.locator(".ant-layout").first().waitFor();
    violations.push(...(await axeViolations(page)).map((v) => `${name} ${size.width}px: ${v}`));
    await lookAt(page, `dashboard-${name}-${lang}-${size.width}`, size === PHONE);
  }
  await page.setViewportSize(WIDE);
  expect(violations).toEqual([]);
}

async function signIn(page: Page, user: DemoUser) {
  await page.waitForURL(/\/login$/, { waitUntil: "commit" });
  await page.locator("#username").fill(user);
  await page.locator("#password").fill(DEMO_PASSWORD);
  await page.keyboard.press("Enter");
  // Signing in lands on the work bench.
  await page.waitForURL(/\/party\/workbench$/, { waitUntil: "commit" });
}

/** Forgets the session as signing out does, and opens the login page afresh. */
async function signOut(page: Page) {
  await page.evaluate(() => {
    localStorage.removeItem("token");
    localStorage.removeItem("user");
  });
  await app.goto("/login");
}

async function switchLanguage(page: Page, lang: Lang) {
  await page.locator(".ant-segmented-item").filter({ hasText: TEXT[lang].language }).first().click();
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
}

/** The work bench shows the items the backend has for this user, and the first one opens its record. */
async function checkWorkbench(page: Page, user: DemoUser, lang: Lang) {
  const t = TEXT[lang];
  const expected = await as<Rec[]>(user, "/workbench?_start=0&_end=20&_sort=overdue,dueDate&_order=desc,asc");
  expect(expected.body.length, `${user} has items due`).toBeGreaterThan(0);
  await page.getByRole("heading", { name: t.bench, level: 1 }).waitFor();
  await expect.poll(() => page.locator(ROWS).count(), { timeout: LOAD_TIMEOUT }).toBe(expected.body.length);
  const shown = await page.locator(`${ROWS} td:nth-child(2)`).allInnerTexts();
  expect(new Set(shown)).toEqual(new Set(expected.body.map((i) => String(i.subject))));
  // The menu's badge counts the same items.
  await expect.poll(() => page.locator(".ant-layout-sider [data-testid=workbench-badge] .ant-badge-count").getAttribute("title")).toMatch(new RegExp(String(expected.total)));
  return expected.body;
}

/** Opens an item's record, a detail page or an assessment task's sheet, and comes back. */
async function openFirstItem(page: Page, item: Rec) {
  // By where it leads: a branch's name is the subject of several items (its term, its meetings, its assessment).
  const sheet = item.resource === "assessment-sheet";
  const to = sheet ? `/party/assessment-sheet/${String(item.recordId)}` : `/party/${String(item.resource)}/show/${String(item.recordId)}`;
  await page.locator(`${ROWS} a[href="${to}"]`).first().click();
  if (sheet) {
    await page.waitForURL(new RegExp(`/party/assessment-sheet/${String(item.recordId)}$`));
    await expect.poll(() => page.locator("[data-status]").count(), { timeout: LOAD_TIMEOUT }).toBe(1);
  } else {
    await page.waitForURL(new RegExp(`/party/${String(item.resource)}/show/${String(item.recordId)}$`));
    await expect.poll(() => page.locator(".ant-descriptions-item-content").count(), { timeout: LOAD_TIMEOUT }).toBeGreaterThan(0);
  }
  await page.goBack();
  await page.waitForURL(/\/party\/workbench$/, { waitUntil: "commit" });
}

/** The secretary's work bench, narrowed to the assessment's rule, lists their branch's self-report and opens its sheet. */
async function openAssessmentItem(page: Page, lang: Lang) {
  const t = TEXT[lang];
  const due = (await as<Rec[]>("secretary", "/workbench?rule=assessment_self_report")).body;
  expect(due.length, "the seed leaves the secretary's self-report due").toBe(1);
  await chooseOption(page, "workbench-rule", t.rules.assessment_self_report);
  await expect.poll(() => page.locator(ROWS).allInnerTexts(), { timeout: LOAD_TIMEOUT }).toEqual([expect.stringContaining(t.rules.assessment_self_report)]);
  expect(await page.locator(ROWS).innerText()).toContain(String(due[0].detail));
  await expectAccessible(page, "workbench-assessment", lang, [WIDE]);
  await openFirstItem(page, due[0]);
}

async function checkDashboard(page: Page, lang: Lang) {
  const t = TEXT[lang];
  await page.locator(".ant-layout-sider .ant-menu-title-content").getByText(t.dashboard, { exact: true }).click();
  await page.waitForURL(/\/party\/dashboard$/);
  await expect.poll(() => page.locator("[data-chart]").count(), { timeout: LOAD_TIMEOUT }).toBe(10);
  // Last year: its plan is closed with every branch graded, so the grades chart has figures too.
  const year = Number((await pageToday(page)).slice(0, 4)) - 1;
  const expected = (await as<{ assessment: { graded: number; rows: Rec[] } }>("admin", `/dashboard?year=${year}`)).body.assessment;
  await chooseOption(page, "dashboard-year", String(year));
  const grades = page.locator("[data-chart=grades]");
  await expect.poll(() => grades.locator(".chart-summary").innerText(), { timeout: LOAD_TIMEOUT }).toMatch(t.grades);
  expect(Number(t.grades.exec(await grades.locator(".chart-summary").innerText())![1])).toBe(expected.graded);
  await expect.poll(() => page.locator("[data-chart] canvas").count(), { timeout: LOAD_TIMEOUT }).toBeGreaterThanOrEqual(10);
  await expectAccessible(page, "dashboard-charts", lang);
  // Every chart has its text summary and, on request, its table.
  for (const card of await page.locator("[data-chart]").all()) {
    expect((await card.locator(".chart-summary").innerText()).length).toBeGreaterThan(5);
    await card.locator(".ant-segmented-item").filter({ hasText: t.table }).click();
    await expect.poll(() => card.locator(".chart-table tbody tr.ant-table-row").count()).toBeGreaterThan(0);
  }
  // The grades' table: a row per grade and branch type (paged by 12), its figures the backend's.
  const counts = (await grades.locator(".chart-table tbody tr.ant-table-row td:last-child").allInnerTexts()).map(Number);
  expect(counts).toEqual(expected.rows.slice(0, 12).map((r) => r.count));
  await expectAccessible(page, "dashboard-tables", lang, [WIDE]);
}

async function checkComparison(page: Page, lang: Lang) {
  const t = TEXT[lang];
  await page.locator(".ant-layout-sider .ant-menu-title-content").getByText(t.comparisonMenu, { exact: true }).click();
  await page.waitForURL(/\/party\/before-after$/);
  await expect.poll(() => page.locator(`.comparison-table ${ROWS}`).count(), { timeout: LOAD_TIMEOUT }).toBeGreaterThan(0);
  await searchAndChoose(page, "before-after-scope", t.branch);
  const expected = (await as<{ rows: Rec[] }>("admin", `/before-after?scope=${SEED_INDICATOR_BRANCH_ID}&cutOver=2021-07-01&years=3`)).body.rows;
  const clinical = expected.find((r) => r.group === "clinical_services")!;
  const row = (name: string) => page.locator(`.comparison-table ${ROWS}`).filter({ hasText: name });
  await expect.poll(() => row(String(clinical.name)).count(), { timeout: LOAD_TIMEOUT }).toBe(1);
  expect(await row(String(clinical.name)).innerText()).toContain(t.notSignificant);
  const headers = await page.locator(".comparison-table thead th").allInnerTexts();
  const pAt = headers.indexOf(t.pHeader);
  const nAt = headers.indexOf(t.nHeader);
  for (const r of expected.filter((e) => e.source === "entered")) {
    const cells = await row(String(r.name)).locator("td").allInnerTexts();
    const welch = r.welch as { p: number };
    expect(cells[nAt]).toBe(String((r.before as { n: number }).n));
    expect(cells[pAt]).toBe(welch.p < 0.001 ? "< 0.001" : welch.p.toFixed(3));
    expect(cells.at(-1)).toBe(r.group === "clinical_services" ? t.notSignificant : t.significant);
  }
  // A line chart per indicator with values, the cut-over marked.
  await expect.poll(() => page.locator("[data-chart^=indicator-] canvas").count(), { timeout: LOAD_TIMEOUT }).toBeGreaterThanOrEqual(6);

  const file = await download(page, () => page.getByRole("button", { name: label(t.exportExcel) }).click());
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await streamToBuffer(await file.createReadStream()));
  const sheet = workbook.worksheets[0];
  const head = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  expect(head).toContain(t.pHeader);
  expect(sheet.rowCount).toBe(expected.length + 1);
  const clinicalRow = sheet.getRows(2, expected.length)!.find((r) => r.getCell(1).value === clinical.name)!;
  expect(String(clinicalRow.getCell(head.length).value)).toBe(t.notSignificant);
  expect(workbook.worksheets[1].rowCount).toBeGreaterThan(100);
  await expectAccessible(page, "before-after", lang);
}

async function streamToBuffer(stream: NodeJS.ReadableStream): Promise<ArrayBuffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  const buffer = Buffer.concat(chunks);
  return buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer;
}

describe("in Chinese", () => {
  it("the administrator's work bench lists the hospital's items and opens one", { timeout: STEP_TIMEOUT }, async () => {
    const { page } = app;
    await app.goto("/login");
    await signIn(page, "admin");
    const items = await checkWorkbench(page, "admin", "zh-CN");
    await expectAccessible(page, "workbench-admin", "zh-CN");
    await openFirstItem(page, items[0]);
  });

  it("the dashboard's charts render with their table views", { timeout: STEP_TIMEOUT }, () => checkDashboard(app.page, "zh-CN"));

  it("the comparison on the seeded branch shows the tests, p-values and n, and its Excel file opens", { timeout: STEP_TIMEOUT }, () => checkComparison(app.page, "zh-CN"));

  it("the secretary's work bench lists their branch's items and opens one", { timeout: STEP_TIMEOUT }, async () => {
    const { page } = app;
    await signOut(page);
    await signIn(page, "secretary");
    const items = await checkWorkbench(page, "secretary", "zh-CN");
    const secretary = (await as<Rec>("secretary", "/auth/me")).body;
    expect(items.every((i) => String(i.branchId) === String(secretary.branchId))).toBe(true);
    expect(await page.locator(ROWS).allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining(TEXT["zh-CN"].rules.meeting_due)]));
    await openFirstItem(page, items.find((i) => i.rule === "meeting_due")!);
    await openAssessmentItem(page, "zh-CN");
  });

  it("a member's work bench lists their own items and opens their record", { timeout: STEP_TIMEOUT }, async () => {
    const { page } = app;
    await signOut(page);
    await signIn(page, "member");
    const items = await checkWorkbench(page, "member", "zh-CN");
    expect(new Set(items.map((i) => i.rule))).toEqual(new Set(["study_behind", "dues_arrears"]));
    await expectAccessible(page, "workbench-member", "zh-CN");
    await openFirstItem(page, items[0]);
    await expectNoMissingKeys(page);
  });
});

describe("in English", () => {
  it("a member's work bench says what is due in English", { timeout: STEP_TIMEOUT }, async () => {
    const { page } = app;
    await switchLanguage(page, "en-US");
    await checkWorkbench(page, "member", "en-US");
    expect(await page.locator(ROWS).allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining(TEXT["en-US"].rules.study_behind)]));
  });

  it("the secretary's work bench lists the assessment's self-report in English and opens its sheet", { timeout: STEP_TIMEOUT }, async () => {
    const { page } = app;
    await signOut(page);
    await signIn(page, "secretary");
    await checkWorkbench(page, "secretary", "en-US");
    await openAssessmentItem(page, "en-US");
  });

  it("the administrator's dashboard and comparison, in English", { timeout: STEP_TIMEOUT * 2 }, async () => {
    const { page } = app;
    await signOut(page);
    await signIn(page, "admin");
    await checkWorkbench(page, "admin", "en-US");
    await checkDashboard(page, "en-US");
    await checkComparison(page, "en-US");
    await expectNoMissingKeys(page);
    expect(app.pageErrors).toEqual([]);
  });
});
