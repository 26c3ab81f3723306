// "晋升到下一阶段" on a member's page: an activist of less than a year is refused with the earliest
// date named; one of more than a year becomes a development target (发展对象) after confirming, dated today.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectNoMissingKeys, useApp } from "./support/browser";
import { label } from "./support/ui";
import { addDays, apiAs, branchOfType, createMember, detailText, pageToday, shanghaiToday, zhDate, type Rec } from "./support-extra";

/** The same calendar day a year later (the tests pick days that exist every year). */
function oneYearAfter(iso: string): string {
  return `${Number(iso.slice(0, 4)) + 1}${iso.slice(4)}`;
}

/** A date `days` before today that is not 29 February (so "a year later" is a plain calendar date). */
function daysAgo(days: number): string {
  const date = addDays(shanghaiToday(), -days);
  return date.endsWith("-02-29") ? addDays(date, -1) : date;
}

/** An activist of the test's own, created through the API as the administrator. */
async function activist(activistDate: string): Promise<Rec> {
  const branch = await branchOfType("clinical", 7);
  return createMember({
    birthDate: "1992-08-19",
    gender: "male",
    branchId: branch.id,
    stage: "activist",
    applicationDate: addDays(activistDate, -120),
    activistDate,
  });
}

const confirmModal = (page: Page) => page.locator(".ant-modal-confirm");

describe("promoting a member to the next stage", () => {
  describe("in Chinese", () => {
    const app = useApp({ lang: "zh-CN" });

    it("refuses an activist of less than a year, naming the earliest date, and changes nothing", async () => {
      const { page } = app;
      const activistDate = daysAgo(30);
      const member = await activist(activistDate);
      await app.goto(`/party/members/show/${member.id}`);
      await expect.poll(() => detailText(page, "姓名")).toBe(member.name);
      expect(await detailText(page, "发展阶段")).toBe("入党积极分子");

      const writes: string[] = [];
      page.on("request", (r) => r.method() !== "GET" && writes.push(`${r.method()} ${r.url()}`));
      await page.getByRole("button", { name: label("晋升到下一阶段") }).click();
      const modal = confirmModal(page);
      await expect.poll(() => modal.locator(".ant-modal-confirm-title").innerText()).toBe("暂不能晋升");
      expect(await modal.locator(".ant-modal-confirm-content").innerText()).toBe(
        `列为入党积极分子满 1 年后方可确定为发展对象，最早为 ${oneYearAfter(activistDate)}`,
      );
      await modal.getByRole("button").click();
      await expect.poll(() => modal.count()).toBe(0);

      expect(await detailText(page, "发展阶段")).toBe("入党积极分子");
      expect(writes).toEqual([]);
      const stored = (await apiAs<Rec>("admin", `/members/${member.id}`)).body;
      expect(stored).toMatchObject({ stage: "activist", activistDate, version: member.version });
      expect(stored.candidateDate ?? null).toBeNull();
      await expectNoMissingKeys(page);
    });

    it("promotes an activist of more than a year to 发展对象 after confirming, dated today", async () => {
      const { page } = app;
      const activistDate = daysAgo(400);
      const member = await activist(activistDate);
      await app.goto(`/party/members/show/${member.id}`);
      await expect.poll(() => detailText(page, "姓名")).toBe(member.name);
      expect(await detailText(page, "确定为发展对象日期")).toBe("—");

      const today = await pageToday(page);
      await page.getByRole("button", { name: label("晋升到下一阶段") }).click();
      const modal = confirmModal(page);
      await expect.poll(() => modal.locator(".ant-modal-confirm-title").innerText()).toBe("晋升到下一阶段");
      expect(await modal.locator(".ant-modal-confirm-content").innerText()).toBe(`将该同志晋升为“发展对象”，日期记为 ${today}？`);
      const saved = page.waitForResponse((r) => r.request().method() === "PATCH" && new URL(r.url()).pathname === `/api/members/${member.id}`);
      await modal.getByRole("button", { name: label("确定") }).click();
      expect((await saved).status()).toBe(200);

      await page.locator(".ant-notification-notice").getByText("已晋升为“发展对象”", { exact: true }).waitFor();
      await expect.poll(() => detailText(page, "发展阶段")).toBe("发展对象");
      await expect.poll(() => detailText(page, "确定为发展对象日期")).toBe(zhDate(today));
      expect(await detailText(page, "确定为积极分子日期")).toBe(zhDate(activistDate));

      const stored = (await apiAs<Rec>("admin", `/members/${member.id}`)).body;
      expect(stored).toMatchObject({ stage: "candidate", candidateDate: today, activistDate, version: Number(member.version) + 1 });
      // Still there after a reload.
      await page.reload();
      await expect.poll(() => detailText(page, "发展阶段")).toBe("发展对象");
      await expectNoMissingKeys(page);
    });
  });

  describe("in English", () => {
    const app = useApp({ lang: "en-US" });

    it("explains the refusal in English too", async () => {
      const { page } = app;
      const activistDate = daysAgo(100);
      const member = await activist(activistDate);
      await app.goto(`/party/members/show/${member.id}`);
      await expect.poll(() => detailText(page, "Stage")).toBe("Activist");
      await page.getByRole("button", { name: label("Promote to next stage") }).click();
      const modal = confirmModal(page);
      await expect.poll(() => modal.locator(".ant-modal-confirm-title").innerText()).toBe("Cannot promote yet");
      expect(await modal.locator(".ant-modal-confirm-content").innerText()).toBe(
        `A development target needs at least 1 year(s) as an activist; the earliest date is ${oneYearAfter(activistDate)}`,
      );
      await modal.getByRole("button").click();
      await expect.poll(() => modal.count()).toBe(0);
      expect((await apiAs<Rec>("admin", `/members/${member.id}`)).body.stage).toBe("activist");
      await expectNoMissingKeys(page);
    });
  });
});
