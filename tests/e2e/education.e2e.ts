// Education and the culture board, in both languages, against a mock API with roles enforced:
// a member behind pace sees the warning, finishes an online course from its page and sees their
// hours rise (a second completion is refused); a secretary imports a 30-row training sheet with two
// bad rows and sees both row errors; an article whose body holds <script> and onerror= shows them
// as text, and its study hours are credited once the reader reaches the end.
import { expectAccessible } from "./support/axe";
import ExcelJS from "exceljs";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { expectNoMissingKeys, unique, useApp, type Lang } from "./support/browser";
import { label } from "./support/ui";
import { apiAs, pointPluginAt, session, startRolesApi, type DemoUser, type Rec, type RolesApi } from "./support-extra";

let rolesApi: RolesApi;
const dir = mkdtempSync(path.join(os.tmpdir(), "party-education-"));
beforeAll(async () => {
  rolesApi = await startRolesApi();
});
afterAll(async () => {
  await rolesApi?.close();
  rmSync(dir, { recursive: true, force: true });
});

const as = <T = Rec>(user: DemoUser, p: string, init: { method?: string; body?: unknown } = {}) => apiAs<T>(user, p, { ...init, base: rolesApi.url });
const today = () => new Date().toLocaleDateString("sv-SE", { timeZone: "Asia/Shanghai" });

const TEXT = {
  "zh-CN": {
    behind: "学习进度落后",
    hours: (h: number, m: number) => `今年已完成 ${h} / ${m} 学时`,
    finish: "我已学完",
    confirm: "确定",
    recorded: (h: number) => `已记录 ${h} 学时`,
    again: "本年度已记录过该课程的学习",
    done: "已学完",
    importButton: "导入",
    headers: ["身份证号", "姓名", "所在支部", "校外培训名称", "学习日期", "学时", "来源", "集中培训"],
    offline: "线下培训",
    yes: "是",
    start: (n: number) => `导入 ${n} 条合格记录`,
    summary: (c: number, r: number) => `已创建 ${c} 条，拒绝 ${r} 条`,
    rejected: "被拒绝的行",
    hoursError: "学时: 学时须大于 0 且一天不超过 24",
    noMatch: "党员: 找不到对应的党员（请核对身份证号，或姓名与所在支部）",
    row: (n: number, reason: string) => `第 ${n} 行：${reason}`,
    readingTime: /约 \d+ 分钟读完/,
    credited: "已计入 0.5 学时",
  },
  "en-US": {
    behind: "Behind on study",
    hours: (h: number, m: number) => `${h} of ${m} hours this year`,
    finish: "I have finished this",
    confirm: "Confirm",
    recorded: (h: number) => `${h} hours recorded`,
    again: "This course is already recorded for this member this year",
    done: "Done",
    importButton: "Import",
    headers: ["ID number", "Name", "Branch", "Outside training", "Date", "Hours", "Source", "Centralized training"],
    offline: "Offline",
    yes: "Yes",
    start: (n: number) => `Import ${n} valid rows`,
    summary: (c: number, r: number) => `${c} created, ${r} rejected`,
    rejected: "Rejected rows",
    hoursError: "Hours: Hours must be above 0 and at most 24 a day",
    noMatch: "Member: No member matches (check the ID number, or the name and branch)",
    row: (n: number, reason: string) => `Row ${n}: ${reason}`,
    readingTime: /About \d+ min read/,
    credited: "0.5 study hours credited",
  },
} as const;

describe.each<Lang>(["zh-CN", "en-US"])("education in %s", (lang) => {
  const text = TEXT[lang];

  describe("a member", () => {
    const app = useApp({ lang, user: "member" });
    beforeEach(() => pointPluginAt(app.context, rolesApi.url));

    it("behind pace sees the warning, finishes an online course and sees their hours rise; a second completion is refused", async () => {
      const { page } = app;
      const me = (await session("member", rolesApi.url)).user;
      const before = (await as<Rec>("member", `/members/${me.memberId}`)).body;
      expect(before.studyOnPace, "the seeded demo member is behind").toBe(false);

      // My learning: hours against the minimum, and the pace warning.
      await app.goto("/party/my-learning");
      const hours = page.getByTestId("learning-hours");
      await expect.poll(() => hours.innerText()).toBe(text.hours(Number(before.studyHours), Number(before.studyMinimum)));
      await page.getByRole("alert").filter({ hasText: text.behind }).waitFor();
      await expectAccessible(page);
      // The member's own page shows the same warning and the progress.
      await app.goto(`/party/members/show/${me.memberId}`);
      await page.getByRole("alert").filter({ hasText: text.behind }).waitFor();
      await page.getByRole("progressbar").first().waitFor();

      // An online course open today that the member has not done this year.
      const year = today().slice(0, 4);
      const done = new Set((await as<Rec[]>("member", `/study-records?date_gte=${year}-01-01`)).body.map((r) => String(r.courseId)));
      const course = (await as<Rec[]>("member", "/courses?kind=online_video&_sort=id")).body.find(
        (c) => !done.has(String(c.id)) && String(c.openFrom) <= today() && (!c.openTo || String(c.openTo) >= today()),
      )!;
      expect(course, "an open online course not yet done").toBeDefined();

      await app.goto(`/party/courses/show/${course.id}`);
      await page.getByRole("button", { name: label(text.finish) }).click();
      await page.getByRole("dialog").getByRole("button", { name: label(text.confirm) }).click();
      await page.getByText(text.recorded(Number(course.hours)), { exact: true }).waitFor();
      await expectAccessible(page);

      await app.goto("/party/my-learning");
      const after = Math.round((Number(before.studyHours) + Number(course.hours)) * 100) / 100;
      await expect.poll(() => hours.innerText()).toBe(text.hours(after, Number(before.studyMinimum)));
      const row = page.locator(".ant-table-row").filter({ has: page.getByRole("link", { name: String(course.title), exact: true }) });
      await expect.poll(() => row.innerText()).toContain(text.done);

      // Once per course and year: the backend refuses the second, and the page says why.
      await app.goto(`/party/courses/show/${course.id}`);
      await page.getByRole("button", { name: label(text.finish) }).click();
      await page.getByRole("dialog").getByRole("button", { name: label(text.confirm) }).click();
      await page.getByText(text.again, { exact: true }).waitFor();
      expect((await as<Rec[]>("member", `/study-records?courseId=${course.id}`)).body).toHaveLength(1);
      await expectNoMissingKeys(page);
    }, 240_000);

    it("reads an article whose body holds <script> and onerror= as text, and is credited its study hours at the end", async () => {
      const { page } = app;
      const me = (await session("member", rolesApi.url)).user;
      const token = unique();
      const body = `# ${token}\n\n<script>window.__pwned = 1</script>\n\n<img src=x onerror="window.__pwned = 2">\n\n[open me](javascript:window.__pwned=3)\n\n${"学习材料。".repeat(400)}`;
      const created = await as<Rec>("admin", "/articles", {
        method: "POST",
        body: { title: `安全测试 ${token}`, category: "policy", status: "published", publishDate: today(), pinned: false, body, studyHours: 0.5 },
      });
      expect(created.status, JSON.stringify(created.body)).toBe(201);

      await app.goto(`/party/culture-board/${created.body.id}`);
      const article = page.getByTestId("article-body");
      await expect.poll(() => article.innerText()).toContain("<script>window.__pwned = 1</script>");
      expect(await article.innerText()).toContain(`<img src=x onerror="window.__pwned = 2">`);
      expect(await article.locator("script, img, [onerror]").count(), "no element made from the HTML").toBe(0);
      expect(await article.locator("a[href^='javascript']").count(), "no javascript: link").toBe(0);
      expect(await page.getByTestId("reading-time").innerText()).toMatch(text.readingTime);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(app.dialogs).toEqual([]);
      await expectAccessible(page);

      // Reading to the end credits the hours, once.
      await page.getByText(lang === "zh-CN" ? "全文完" : "End of article", { exact: true }).scrollIntoViewIfNeeded();
      await page.getByText(text.credited, { exact: true }).waitFor();
      // Filtered here as well: json-server ignores a filter on a field no record had before.
      const credited = async () => (await as<Rec[]>("member", `/study-records?articleId=${created.body.id}`)).body.filter((r) => r.articleId === created.body.id);
      expect(await credited()).toMatchObject([{ memberId: me.memberId, hours: 0.5, source: "online" }]);
      await page.reload();
      await page.getByText(text.credited, { exact: true }).waitFor();
      expect(await credited()).toHaveLength(1);
      await expectNoMissingKeys(page);
    }, 240_000);
  });

  describe("a secretary", () => {
    const app = useApp({ lang, user: "secretary" });
    beforeEach(() => pointPluginAt(app.context, rolesApi.url));

    it("imports a 30-row training sheet with two bad rows and sees both row errors", async () => {
      const { page } = app;
      const me = (await session("secretary", rolesApi.url)).user;
      const branch = (await as<Rec>("admin", `/branches/${me.branchId}`)).body;
      const members = (await as<Rec[]>("admin", `/members?branchId=${me.branchId}&stage=full&_sort=id&_limit=28`)).body;
      expect(members.length).toBe(28);
      const token = unique();
      const training = `${lang === "zh-CN" ? "科室业务学习" : "Ward study"} ${token}`;
      const date = today();
      const rows: (string | number)[][] = [];
      for (const [i, m] of members.entries()) {
        // Half by ID number, half by name and branch.
        const idNumber = i % 2 === 0 ? String((await as<Rec>("admin", `/members/${m.id}?reveal=idNumber`)).body.idNumber) : "";
        rows.push([idNumber, idNumber ? "" : String(m.name), idNumber ? "" : String(branch.name), training, date, 2, text.offline, text.yes]);
      }
      rows.splice(9, 0, ["", String(members[0].name), String(branch.name), training, date, 30, text.offline, text.yes]); // row 11: 30 hours a day
      rows.splice(19, 0, ["", `查无此人${token.slice(-3)}`, String(branch.name), training, date, 2, text.offline, text.yes]); // row 21: nobody
      expect(rows).toHaveLength(30);
      const book = new ExcelJS.Workbook();
      const sheet = book.addWorksheet("training");
      sheet.addRow([...text.headers]);
      for (const row of rows) sheet.addRow(row);
      const file = path.join(dir, `training-${lang}-${token}.xlsx`);
      await book.xlsx.writeFile(file);
      const stored = async () => (await as<Rec[]>("admin", `/study-records?trainingName=${encodeURIComponent(training)}`)).body;

      await app.goto("/party/study-records");
      await page.getByRole("button", { name: label(text.importButton) }).click();
      const dialog = page.getByRole("dialog");
      await dialog.locator("input[type=file]").setInputFiles(file);
      const start = dialog.getByRole("button", { name: label(text.start(28)) });
      // The sheet is read and each row checked in a worker: on a busy 2-core machine that alone can take a while.
      await start.waitFor({ timeout: 60_000 });
      expect(await stored(), "nothing is stored before the person confirms").toEqual([]);
      await start.click();
      await dialog.getByText(text.summary(28, 2), { exact: true }).waitFor();
      const rejected = dialog.getByRole("list", { name: text.rejected }).getByRole("listitem");
      expect(await rejected.allInnerTexts()).toEqual([text.row(11, text.hoursError), text.row(21, text.noMatch)]);

      const saved = await stored();
      expect(saved).toHaveLength(28);
      expect(new Set(saved.map((r) => r.memberId))).toEqual(new Set(members.map((m) => m.id)));
      expect(saved.every((r) => r.hours === 2 && r.source === "offline" && r.centralized === true)).toBe(true);
      await expectNoMissingKeys(page);
    }, 240_000);
  });
});
