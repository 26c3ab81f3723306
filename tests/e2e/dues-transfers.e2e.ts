// Party dues and transfers in the browser, in both languages: a secretary's monthly ledger with two
// payments (one partial), a member six months behind flagged on their page and their branch's,
// and a letter issued, printed with capital numerals and received, moving the member.
import { expectAccessible } from "./support/axe";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { capitalDate, capitalNumber } from "../../src/domain/chineseNumerals";
import { expectNoMissingKeys, unique, useApp, type Lang } from "./support/browser";
import { label } from "./support/ui";
import { apiAs, fillDate, searchAndChoose, type Rec } from "./support-extra";

const TEXT = {
  "zh-CN": { record: "登记交纳", save: "保存", partial: "部分交纳", paid: "已交清", review: "需核查是否按自行脱党处理", print: "打印介绍信", edit: "编辑", received: "已回执", create: "开具介绍信" },
  "en-US": { record: "Record payment", save: "Save", partial: "Partly paid", paid: "Paid", review: "review for 自行脱党", print: "Print the letter", edit: "Edit", received: "Received", create: "Issue a letter" },
} as const;

// The mock API of the browser tests judges by its own (UTC) date, which the browser's Shanghai clock may have passed.
const serverToday = () => new Date().toISOString().slice(0, 10);
// Each test loads several lazy pages; on a busy machine that takes minutes.
const SLOW = 300_000;

type Row = Rec & { memberId: number; name: string; owed: number; remaining: number; status: string };

/** Members of the secretary's branch as the ledger lists them this month. */
async function ledger(month: string): Promise<Row[]> {
  const me = (await apiAs<{ user: Rec }>("secretary", "/auth/me")).body as unknown as Rec;
  return (await apiAs<Row[]>("admin", `/dues-ledger?branchId=${String(me.branchId)}&month=${month}`)).body;
}

const rowOf = (page: Page, name: string) => page.locator(".ant-table-tbody tr.ant-table-row").filter({ has: page.locator("td", { hasText: new RegExp(`^${name}$`) }) });

for (const lang of ["zh-CN", "en-US"] as Lang[]) {
  const text = TEXT[lang];

  describe(`dues and transfers (${lang}), as the branch secretary`, () => {
    const app = useApp({ lang, user: "secretary" });

    it("generates the month's ledger, records two payments (one partial) and shows the rest owed", async () => {
      const { page } = app;
      const month = serverToday().slice(0, 7);
      const names = new Map<string, number>();
      for (const r of await ledger(month)) names.set(r.name, (names.get(r.name) ?? 0) + 1);
      const [first, second] = (await ledger(month)).filter((r) => r.status === "unpaid" && r.owed > 1 && names.get(r.name) === 1 && !r.duesArrearsMonths).slice(lang === "zh-CN" ? 0 : 2);
      await app.goto("/party/dues-ledger");
      // The first visit loads the screen's chunk and the schemas: allow a slow machine its time.
      await expect.poll(() => rowOf(page, first.name).count(), { timeout: 60_000 }).toBe(1);
      await expectAccessible(page);

      const pay = async (row: Row, amount: number) => {
        await rowOf(page, row.name).getByRole("button", { name: label(text.record) }).click();
        const dialog = page.getByRole("dialog");
        await dialog.locator("#dues-payment_amount").fill(String(amount));
        const saved = page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/api/dues-payments");
        await dialog.getByRole("button", { name: label(text.save) }).click();
        expect((await saved).status()).toBe(201);
        await expect.poll(() => dialog.isVisible()).toBe(false);
      };
      const half = Math.round(first.owed * 50) / 100;
      await pay(first, half);
      await pay(second, second.owed);
      const cell = async (row: Row, column: number) => (await rowOf(page, row.name).locator("td").nth(column).innerText()).trim();
      await expect.poll(() => cell(first, 6)).toBe(text.partial);
      expect(await cell(first, 5)).toBe((Math.round((first.owed - half) * 100) / 100).toFixed(2));
      await expect.poll(() => cell(second, 6)).toBe(text.paid);
      expect(await cell(second, 5)).toBe("0.00");
      // The rest owed is what the backend's ledger says too.
      const after = (await ledger(month)).find((r) => r.memberId === first.memberId)!;
      expect(after).toMatchObject({ status: "partial", remaining: Math.round((first.owed - half) * 100) / 100 });
      await expectNoMissingKeys(page);
    }, SLOW);

    it("issues a letter, prints it with capital numerals and records its receipt, which moves the member", async () => {
      const { page } = app;
      const today = serverToday();
      const month = today.slice(0, 7);
      const open = new Set((await apiAs<Rec[]>("admin", "/transfers?status=issued")).body.map((t) => t.memberId));
      // A name only one member has, so the search picks them.
      const paid = (await ledger(month)).filter((r) => r.status === "paid" && !open.has(r.memberId));
      const candidates: Row[] = [];
      for (const row of paid) {
        if ((await apiAs<Rec[]>("admin", `/members?name=${encodeURIComponent(row.name)}`)).body.length === 1) candidates.push(row);
        if (candidates.length === 2) break;
      }
      const member = candidates[lang === "zh-CN" ? 0 : 1];
      expect(member, "a member of the branch paid up this month").toBeDefined();
      const from = (await apiAs<Rec>("admin", `/members/${member.memberId}`)).body;
      const to = (await apiAs<Rec[]>("admin", "/branches?type=clinical")).body.find((b) => b.id !== from.branchId)!;
      const serialNo = `E2E-${unique()}`;

      await app.goto("/party/transfers/create");
      await page.locator("#serialNo").waitFor({ timeout: 60_000 });
      await page.locator("#serialNo").fill(serialNo);
      await searchAndChoose(page, "memberId", member.name);
      await searchAndChoose(page, "fromBranchId", String((await apiAs<Rec>("admin", `/branches/${String(from.branchId)}`)).body.name));
      await searchAndChoose(page, "toBranchId", String(to.name));
      await fillDate(page, "issueDate", today);
      await page.locator("#duesPaidThrough").fill(month);
      const saved = page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/api/transfers");
      await page.getByRole("button", { name: label(text.save) }).click();
      const response = await saved;
      expect(response.status(), await response.text()).toBe(201);
      const created = (await response.json()) as Rec;
      await page.waitForURL(new RegExp(`/party/transfers/show/${created.id}$`));

      await page.getByRole("link", { name: label(text.print) }).click();
      await page.waitForURL(new RegExp(`/party/transfer-letter/${created.id}$`));
      const receipt = page.locator("[data-part='letter']");
      await receipt.waitFor({ timeout: 60_000 });
      await expect.poll(() => receipt.innerText()).toContain(capitalDate(today));
      expect(await receipt.innerText()).toContain(capitalNumber(30));
      expect(await page.locator("[data-part='stub']").innerText()).toContain(member.name);
      await expectAccessible(page);

      await app.goto(`/party/transfers/edit/${created.id}`);
      await page.locator("#handler").waitFor({ timeout: 60_000 });
      await page.locator(".ant-select:has(input[id='status'])").click();
      await page.locator(`.ant-select-item-option[title="${text.received}"]`).click();
      await fillDate(page, "receiptDate", today);
      await page.locator("#handler").fill("王敏");
      const updated = page.waitForResponse((r) => r.request().method() === "PATCH" && new URL(r.url()).pathname === `/api/transfers/${created.id}`);
      await page.getByRole("button", { name: label(text.save) }).click();
      expect((await updated).status()).toBe(200);
      await expect.poll(async () => (await apiAs<Rec>("admin", `/members/${member.memberId}`)).body.branchId).toBe(to.id);
      await expectNoMissingKeys(page);
    }, SLOW);
  });

  describe(`dues and transfers (${lang}), as a member six months behind`, () => {
    const app = useApp({ lang, user: "member" });

    it("shows the 自行脱党 review flag on the member's own page and on their branch's page", async () => {
      const { page } = app;
      const me = (await apiAs<Rec>("member", "/auth/me")).body;
      await app.goto(`/party/members/show/${String(me.memberId)}`);
      const alert = page.locator(".ant-alert-error").filter({ hasText: text.review });
      await expect.poll(() => alert.count(), { timeout: 60_000 }).toBe(1);
      await app.goto(`/party/branches/show/${String(me.branchId)}`);
      await expect.poll(() => page.locator(".ant-alert-error").filter({ hasText: text.review }).count(), { timeout: 60_000 }).toBe(1);
      await app.goto("/party/dues-ledger");
      await expect.poll(() => page.locator(".ant-table-tbody tr.ant-table-row").count(), { timeout: 60_000 }).toBe(1);
      await expectAccessible(page);
      await expectNoMissingKeys(page);
    }, SLOW);
  });
}
