// The branches seeded in a warning state (mock-api/seed/fixtures.ts) carry their badge in the list's
// 提醒 column and an alert on their own page, worded as locales/*/rules.json `party.warnings.*` says,
// with the figures the server's data gives.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { WARNING_FIXTURES, type FixtureWarning } from "../../mock-api/seed/fixtures";
import { expectNoMissingKeys, unique, useApp } from "./support/browser";
import { apiAs, cellUnder, createOwnBranch, must, rowNamed, shanghaiToday, type Rec } from "./support-extra";

type Lang = "zh-CN" | "en-US";

const warningTexts = (lang: Lang): Record<string, string> =>
  (JSON.parse(readFileSync(path.resolve(import.meta.dirname, `../../locales/${lang}/rules.json`), "utf8")) as { party: { warnings: Record<string, string> } }).party
    .warnings;

function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    if (!(name in params)) throw new Error(`no value for {{${name}}} in "${template}"`);
    return String(params[name]);
  });
}

const plusYears = (iso: string, years: number) => `${Number(iso.slice(0, 4)) + years}${iso.slice(4)}`;

/** Party members of a branch by stage, expelled ones excluded, counted by the server. */
async function membersOf(branchId: number, stage: string): Promise<number> {
  const answer = await apiAs("admin", `/members?branchId=${branchId}&stage=${stage}&partyStatus_ne=expelled&_limit=1`);
  if (answer.total === undefined) throw new Error("GET /members sent no x-total-count");
  return answer.total;
}

/** The text a fixture's warning must read, from the locale file and the branch's stored data. */
async function expectedText(lang: Lang, branchId: number, warning: FixtureWarning): Promise<string> {
  const all = warningTexts(lang);
  // A counted message is picked by its plural form, as i18next does.
  const plural = (key: string, count: number) => all[`${key}_${new Intl.PluralRules(lang).select(count)}`] ?? all[`${key}_other`];
  const texts = all;
  const branch = await must<Rec>(200, "admin", `/branches/${branchId}`);
  const full = await membersOf(branchId, "full");
  const probationary = await membersOf(branchId, "probationary");
  const termEnd = (branch.termEnd as string | undefined) ?? plusYears(String(branch.termStart), 3);
  switch (warning) {
    case "tooManyMembers":
      return fill(plural("tooManyMembers", full + probationary), { count: full + probationary, max: 50 });
    case "committeeMissing":
      return fill(plural("committeeMissing", full), { count: full, threshold: 7 });
    case "committeeSize":
      return fill(plural("committeeSize", (branch.committee as unknown[]).length), { count: (branch.committee as unknown[]).length, min: 3, max: 5 });
    case "tooFewFullMembers":
      return fill(plural("tooFewFullMembers", full), { count: full, min: 3 });
    case "termEndingSoon":
      return fill(texts.termEndingSoon, { date: termEnd });
    case "termOverdue":
      return fill(texts.termOverdue, { date: termEnd, graceUntil: plusYears(termEnd, 1) });
  }
}

describe("branch warnings", () => {
  describe("in Chinese", () => {
    const app = useApp({ lang: "zh-CN" });

    it("shows each seeded warning as a badge in the 提醒 column, and none on a branch without problems", async () => {
      const { page } = app;
      // A joint branch without members, committee or term has nothing to warn about.
      const clean = await createOwnBranch({ name: `无提醒支部-${unique()}`, type: "joint" });
      await app.goto("/party/branches?pageSize=100&currentPage=1");
      await expect.poll(() => page.getByRole("cell", { name: WARNING_FIXTURES[0].branchName, exact: true }).count()).toBe(1);
      expect(await page.locator(".ant-table-thead th").allInnerTexts()).toContain("提醒");

      for (const fixture of WARNING_FIXTURES) {
        const expected = await expectedText("zh-CN", fixture.branchId, fixture.warning);
        const row = rowNamed(page, fixture.branchName);
        expect(await row.count(), fixture.branchName).toBe(1);
        const badges = (await cellUnder(page, row, "提醒")).locator(".ant-tag");
        await expect.poll(() => badges.allInnerTexts(), { message: `${fixture.branchName}: ${fixture.warning}` }).toContain(expected);
      }

      // The clean branch: find it by keyword, its 提醒 cell is empty.
      await page.getByLabel("关键词").fill(clean.name as string);
      await page.getByRole("button", { name: /查\s*询/ }).click();
      await expect.poll(() => page.locator(".ant-table-tbody tr.ant-table-row").count()).toBe(1);
      const cleanRow = rowNamed(page, clean.name as string);
      await expect.poll(() => cleanRow.count()).toBe(1);
      expect(await (await cellUnder(page, cleanRow, "提醒")).locator(".ant-tag").count()).toBe(0);
      await expectNoMissingKeys(page);
    });

    it("shows each seeded warning as an alert on the branch's own page", async () => {
      const { page } = app;
      for (const fixture of WARNING_FIXTURES) {
        const expected = await expectedText("zh-CN", fixture.branchId, fixture.warning);
        await app.goto(`/party/branches/show/${fixture.branchId}`);
        await page.locator(".ant-descriptions").getByText(fixture.branchName, { exact: true }).waitFor();
        await expect.poll(() => page.locator(".ant-alert-message").allInnerTexts(), { message: `${fixture.branchName}: ${fixture.warning}` }).toContain(expected);
      }
      // The term warnings judge by today's date: the overdue one has a deadline after its end.
      const overdue = WARNING_FIXTURES.find((f) => f.warning === "termOverdue")!;
      const branch = await must<Rec>(200, "admin", `/branches/${overdue.branchId}`);
      expect(String(branch.termEnd) < shanghaiToday()).toBe(true);
      await expectNoMissingKeys(page);
    });
  });

  describe("in English", () => {
    const app = useApp({ lang: "en-US" });

    it("words the badges and alerts in English", async () => {
      const { page } = app;
      await app.goto("/party/branches?pageSize=100&currentPage=1");
      await expect.poll(() => page.locator(".ant-table-thead th").allInnerTexts()).toContain("Warnings");
      for (const fixture of WARNING_FIXTURES) {
        const expected = await expectedText("en-US", fixture.branchId, fixture.warning);
        const row = page.locator(`.ant-table-tbody tr.ant-table-row[data-row-key="${fixture.branchId}"]`);
        const badges = (await cellUnder(page, row, "Warnings")).locator(".ant-tag");
        await expect.poll(() => badges.allInnerTexts(), { message: `${fixture.branchName}: ${fixture.warning}` }).toContain(expected);
      }
      const first = WARNING_FIXTURES[0];
      await app.goto(`/party/branches/show/${first.branchId}`);
      await expect.poll(() => page.locator(".ant-alert-message").allInnerTexts()).toContain(await expectedText("en-US", first.branchId, first.warning));
      await expectNoMissingKeys(page);
    });
  });
});
