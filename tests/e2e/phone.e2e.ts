// A branch secretary on a phone: the members list at 390 px wide, in both languages. The menu's
// drawer button must not cover the page's breadcrumb, the header keeps the language switch on
// screen, the drawer menu works, and each row's buttons are reachable.
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectNoMissingKeys, useApp, type Lang } from "./support/browser";

const PHONE = { width: 390, height: 844 };

const box = async (locator: Locator) => (await locator.boundingBox())!;
const overlaps = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (a: { x: number; width: number }) => a.x >= 0 && a.x + a.width <= PHONE.width;

async function checkPhoneList(page: Page, goto: (p: string) => Promise<void>, lang: Lang) {
  const words = lang === "zh-CN" ? { members: "党员", view: "查看" } : { members: "Party members", view: "Show" };
  await goto("/party/members");
  const firstRow = page.locator(".ant-table-tbody tr.ant-table-row").first();
  await firstRow.waitFor();

  const menuButton = page.locator(".ant-layout button").filter({ has: page.locator(".anticon-bars") }).first();
  const breadcrumb = page.locator(".ant-breadcrumb");
  await breadcrumb.waitFor();
  expect(overlaps(await box(menuButton), await box(breadcrumb)), "the drawer button covers the breadcrumb").toBe(false);

  const language = page.getByRole("radiogroup", { name: lang === "zh-CN" ? "界面语言" : "Interface language" });
  expect(inside(await box(language)), "the language switch is on screen").toBe(true);

  // The row's show button is on screen (the actions column stays at the right edge) and works.
  const view = firstRow.getByRole("button", { name: words.view });
  expect(inside(await box(view))).toBe(true);

  // The drawer menu opens and leads to the page.
  await menuButton.click();
  const drawer = page.locator(".ant-drawer-content");
  await drawer.getByText(words.members, { exact: true }).waitFor();
  await page.keyboard.press("Escape");
  await drawer.waitFor({ state: "hidden" });

  await view.click();
  await page.waitForURL(/\/party\/members\/show\/\d+$/);
  await expectNoMissingKeys(page);
}

describe("on a phone", () => {
  describe("in Chinese", () => {
    const app = useApp({ lang: "zh-CN", viewport: PHONE });
    it("the members list: breadcrumb clear of the menu button, language switch and row buttons on screen, drawer menu", async () => {
      await checkPhoneList(app.page, app.goto, "zh-CN");
    });
  });

  describe("in English", () => {
    const app = useApp({ lang: "en-US", viewport: PHONE });
    it("the members list: breadcrumb clear of the menu button, language switch and row buttons on screen, drawer menu", async () => {
      await checkPhoneList(app.page, app.goto, "en-US");
    });
  });
});
