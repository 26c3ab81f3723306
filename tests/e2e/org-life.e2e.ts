// Organizational life in both languages: a secretary records a 支委会 and sees it quorate, records a
// 支部党员大会 whose resolution fails 双过半 and sees why, finds the meeting in the compliance
// matrix; a fourth 优秀 in a branch of nine is refused. Each page is checked with axe.
import { expectAccessible } from "./support/axe";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectNoMissingKeys, useApp, type Lang } from "./support/browser";
import { chooseOption, label } from "./support/ui";
import { apiAs, createMember, createOwnBranch, detailText, fieldError, fillDate, must, searchAndChoose, shanghaiToday, uniqueName, type Rec } from "./support-extra";

const TEXT = {
  "zh-CN": {
    save: "保存",
    committee: "支委会",
    general: "支部党员大会",
    held: "已召开",
    fill: "从支部名册生成名单",
    leave: "请假",
    quorateSummary: "已达到法定人数",
    yes: "是",
    quorate: "达到法定人数",
    expected: "应到",
    present: "实到",
    attendanceStatus: "出席",
    motion: "决议事项",
    votes: ["赞成", "反对", "弃权"],
    failedOutcome: "未通过：赞成票未过半",
    failedWhy: (yes: number, entitled: number, needed: number) => `未通过：赞成 ${yes} 票，未超过有表决权党员 ${entitled} 人的半数（至少 ${needed} 票）`,
    excellent: "优秀",
    cap: "本支部参评党员 9 人，“优秀”最多 3 人（三分之一），已评 3 人",
    addRow: "添加一行",
    allKinds: "全部必开活动",
  },
  "en-US": {
    save: "Save",
    committee: "Committee meeting",
    general: "General meeting",
    held: "Held",
    fill: "Fill from the branch roster",
    leave: "Leave",
    quorateSummary: ": quorate",
    yes: "Yes",
    quorate: "Quorate",
    expected: "Expected",
    present: "Present",
    attendanceStatus: "Attendance",
    motion: "Motion",
    votes: ["Yes", "No", "Abstain"],
    failedOutcome: "Failed: yes votes not over half",
    failedWhy: (yes: number, entitled: number, needed: number) => `failed: ${yes} yes, not more than half of the ${entitled} voters (${needed} needed)`,
    excellent: "Excellent",
    cap: "9 members appraised: at most 3 “excellent” (one third), 3 given already",
    addRow: "Add a row",
    allKinds: "All required activities",
  },
} as const;

/** Each test opens several lazy pages and fills a long attendance list. */
const SLOW = 240_000;

/** Picks an option in the antd Select of an items row, found by its accessible name. */
async function pickInRow(page: Page, name: string, option: string): Promise<void> {
  // antd keeps the combobox input read-only and transparent; a person clicks the select around it.
  await page.locator(`.ant-select:has(input[aria-label="${name}"])`).click();
  await page.locator(`.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option[title="${option}"]`).click();
  await expect.poll(() => page.locator(".ant-select-dropdown:not(.ant-select-dropdown-hidden)").count()).toBe(0);
}

/**
 * The day the meetings are held: the mock API's today (this machine's local date), which is never
 * after the browser's (Asia/Shanghai is ahead of it or equal), so both judge it "not in the future".
 */
function meetingDay(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  const local = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return local < shanghaiToday() ? local : shanghaiToday();
}

async function secretaryBranch(): Promise<Rec> {
  const me = await must<{ branchId: number }>(200, "secretary", "/auth/me");
  return must<Rec>(200, "admin", `/branches/${me.branchId}`);
}

/** Fills the head of a held meeting of the secretary's branch, today, and the attendance from the roster. */
async function startMeeting(page: Page, t: (typeof TEXT)[Lang], branch: Rec, kind: string, title: string): Promise<void> {
  // The first visit loads the form's chunks; on a busy machine that takes a while.
  await page.locator("#title").waitFor({ timeout: 60_000 });
  await page.locator("#title").fill(title);
  await searchAndChoose(page, "branchId", String(branch.name).slice(0, 3), String(branch.name));
  await chooseOption(page, "kind", kind);
  await chooseOption(page, "status", t.held);
  await fillDate(page, "date", meetingDay());
  await page.getByRole("button", { name: label(t.fill) }).click();
  await expect.poll(() => page.locator(`input[aria-label="1 ${t.attendanceStatus}"]`).count(), { timeout: 30_000 }).toBe(1);
}

function suite(lng: Lang) {
  const t = TEXT[lng];

  describe(`as the branch secretary (${lng})`, () => {
    const app = useApp({ lang: lng, user: "secretary" });

    it("records a 支委会 with attendance, sees it quorate, and finds it in the compliance matrix", async () => {
      const { page } = app;
      const branch = await secretaryBranch();
      const committee = (branch.committee as unknown[]).length;
      const month = Number(meetingDay().slice(5, 7));
      await app.goto("/party/meetings/create");
      await startMeeting(page, t, branch, t.committee, uniqueName("支委会"));
      await pickInRow(page, `1 ${t.attendanceStatus}`, t.leave);
      await expect.poll(() => page.getByRole("status").filter({ hasText: t.quorateSummary }).count()).toBe(1);
      await expectAccessible(page);
      await page.getByRole("button", { name: label(t.save) }).click();

      await expect.poll(() => detailText(page, t.quorate)).toBe(t.yes);
      expect(await detailText(page, t.expected)).toBe(String(committee));
      expect(await detailText(page, t.present)).toBe(String(committee - 1));
      await expectAccessible(page);

      await app.goto("/party/compliance");
      await chooseOption(page, "compliance-kind", t.committee);
      const cell = page.locator(`[data-cell="${branch.id}-${month}"]`);
      await expect.poll(() => cell.getAttribute("data-state")).toBe("held");
      await expectAccessible(page);
      await cell.click();
      await expect.poll(() => page.url()).toContain("/party/meetings?");
      await expectNoMissingKeys(page);
    }, SLOW);

    it("records a 支部党员大会 whose resolution fails 双过半, and sees why", async () => {
      const { page } = app;
      const branch = await secretaryBranch();
      const members = (await apiAs<Rec[]>("admin", `/members?branchId=${branch.id}&_limit=500`)).body;
      // Voters on the filled list: full members neither suspended nor away on the mobile list.
      const voters = members.filter((m) => m.stage === "full" && m.partyStatus !== "suspended" && m.partyStatus !== "expelled" && m.floating !== true).length;
      const yes = Math.floor(voters / 2);
      await app.goto("/party/meetings/create");
      await startMeeting(page, t, branch, t.general, uniqueName("党员大会"));
      const resolutions = page.locator(".ant-form-item").filter({ has: page.locator("#resolutions") });
      await resolutions.getByRole("button", { name: label(t.addRow) }).click();
      await page.getByRole("textbox", { name: `1 ${t.motion}`, exact: true }).fill("关于确定发展对象的决议");
      const [yesLabel, noLabel, abstainLabel] = t.votes;
      await page.getByRole("spinbutton", { name: `1 ${yesLabel}`, exact: true }).fill(String(yes));
      await page.getByRole("spinbutton", { name: `1 ${noLabel}`, exact: true }).fill(String(voters - yes));
      await page.getByRole("spinbutton", { name: `1 ${abstainLabel}`, exact: true }).fill("0");
      await page.getByRole("button", { name: label(t.save) }).click();

      const why = t.failedWhy(yes, voters, Math.floor(voters / 2) + 1);
      await expect.poll(() => page.locator(".ant-alert").filter({ hasText: why }).count()).toBe(1);
      await expect.poll(() => page.getByRole("cell", { name: t.failedOutcome, exact: true }).count()).toBe(1);
      await expectAccessible(page);
      await expectNoMissingKeys(page);
    }, SLOW);
  });

  describe(`as the administrator (${lng})`, () => {
    const app = useApp({ lang: lng, user: "admin" });

    it("refuses a fourth 优秀 in a branch of nine, on the grade, and stores nothing", async () => {
      const { page } = app;
      const branch = await createOwnBranch({ name: `${uniqueName("九人")}党支部`, type: "functional" });
      const nine: Rec[] = [];
      for (let i = 0; i < 9; i++) nine.push(await createMember({ branchId: branch.id, birthDate: "1980-05-05", stage: "full", applicationDate: "2010-03-01", activistDate: "2011-03-01", candidateDate: "2012-06-01", admissionDate: "2012-09-01", fullMemberDate: "2013-09-01" }));
      const year = Number(shanghaiToday().slice(0, 4));
      for (const m of nine.slice(0, 3)) await must(201, "admin", "/appraisals", { method: "POST", body: { year, branchId: branch.id, memberId: m.id, grade: "excellent" } });
      const stored = async () => (await apiAs<Rec[]>("admin", `/appraisals?branchId=${branch.id}`)).body.length;

      await app.goto("/party/appraisals/create");
      await page.locator("#year").waitFor({ timeout: 60_000 });
      await page.locator("#year").fill(String(year));
      await searchAndChoose(page, "branchId", String(branch.name).slice(0, 4), String(branch.name));
      await searchAndChoose(page, "memberId", String(nine[3].name));
      await chooseOption(page, "grade", t.excellent);
      await page.getByRole("button", { name: label(t.save) }).click();
      await expect.poll(() => fieldError(page, "grade")).toBe(t.cap);
      expect(await stored()).toBe(3);
      await expectAccessible(page);
      await expectNoMissingKeys(page);
    }, SLOW);
  });
}

describe("organizational life", () => {
  suite("zh-CN");
  suite("en-US");
});
