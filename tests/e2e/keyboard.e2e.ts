// Keyboard only, as a person who cannot use a mouse: skip the menu, create a Party member, filter
// the list to find them, open the record, edit it and delete it. Nothing is clicked; every stop of
// the Tab key must show where the focus is.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectNoMissingKeys, useApp } from "./support/browser";
import { dropdownOf, expectColumn, label } from "./support/ui";
import { apiAs, branchOfType, freshIdNumber, uniqueName, type Rec } from "./support-extra";

interface Stop {
  /** What has the focus, for messages: tag#id "name". */
  what: string;
  matches: boolean;
  /** An outline, or a focus ring drawn as a spread box-shadow, on it or on the control it belongs to. */
  visible: boolean;
}

/** Where the focus is, whether it is what we look for, and whether a person can see it. */
function focusStop(page: Page, selector: string, name?: RegExp): Promise<Stop> {
  return page.evaluate(
    ({ selector, name }) => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return { what: "body", matches: false, visible: false };
      const accessibleName = (el.getAttribute("aria-label") ?? el.textContent ?? "").trim();
      const ring = (node: Element | null) => {
        if (!node) return false;
        const style = getComputedStyle(node);
        const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0 && style.outlineColor !== "rgba(0, 0, 0, 0)";
        // antd draws the focus of inputs and selects as `0 0 0 <spread> <colour>`.
        const spread = [...style.boxShadow.matchAll(/(rgba?\([^)]*\))\s+(-?[\d.]+)px\s+(-?[\d.]+)px\s+(-?[\d.]+)px\s+([\d.]+)px/g)].some(
          ([, colour, , , , size]) => Number(size) >= 1 && !/,\s*0\)$/.test(colour),
        );
        return outline || spread;
      };
      // The element itself, or what draws it: antd's checkbox box is the input's next sibling,
      // a select's, date picker's or number input's box wraps its input (a prefixed number input in two boxes), a segmented control's option its radio.
      const boxes = [".ant-picker", ".ant-input-affix-wrapper", ".ant-input-number-affix-wrapper", ".ant-input-number", ".ant-segmented-item"].map((box) => el.closest(box));
      const drawn = [el, el.nextElementSibling, el.closest(".ant-select")?.querySelector(".ant-select-selector") ?? null, ...boxes];
      // Some controls are visually hidden (a segmented option's radio): what draws them must be on screen.
      const onScreen = (node: Element) => {
        const box = node.getBoundingClientRect();
        return box.width > 0 && box.height > 0;
      };
      return {
        what: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""} "${accessibleName.slice(0, 40)}"`,
        matches: el.matches(selector) && (!name || new RegExp(name.source, name.flags).test(accessibleName)),
        visible: drawn.some((node) => !!node && onScreen(node) && ring(node)),
      };
    },
    { selector, name: name && { source: name.source, flags: name.flags } },
  );
}

/** The focus stop once antd's fade-ins are over (its focus ring 0.2 s, a popover's zoom), as a person's eye would wait. */
async function settledStop(page: Page, selector: string, name?: RegExp): Promise<Stop> {
  let stop = await focusStop(page, selector, name);
  for (const started = Date.now(); !stop.visible && Date.now() - started < 2_000; ) stop = await focusStop(page, selector, name);
  return stop;
}

const MAX_STOPS = 80;

/** Presses Tab until the focus is on `selector` (with an accessible name matching `name`), checking every stop on the way. */
async function tabTo(page: Page, selector: string, name?: RegExp): Promise<void> {
  const path: string[] = [];
  for (let i = 0; i < MAX_STOPS; i++) {
    await page.keyboard.press("Tab");
    const stop = await settledStop(page, selector, name);
    path.push(stop.what);
    // Past the page's last control the focus leaves the page (to the browser's own controls, here
    // the document), and the next Tab starts again at the top, as in any browser.
    if (stop.what === "body" && path.filter((what) => what === "body").length === 1) continue;
    expect(stop.visible, `the focus is not visible on ${stop.what} (after ${path.join(" → ")})`).toBe(true);
    if (stop.matches) return;
  }
  throw new Error(`${selector} ${name ?? ""} not reached in ${MAX_STOPS} Tab presses: ${path.join(" → ")}`);
}

/** An antd Select by keyboard: open it with ↓, move with ↓ to the option titled `title`, take it with Enter. */
async function pickOption(page: Page, id: string, title: string): Promise<void> {
  await tabTo(page, `input#${id}`);
  await page.keyboard.press("ArrowDown");
  const active = dropdownOf(page, id).locator(".ant-select-item-option-active");
  await active.waitFor();
  for (let i = 0; (await active.getAttribute("title")) !== title; i++) {
    if (i > 20) throw new Error(`no option "${title}" in #${id}`);
    const before = await active.getAttribute("title");
    await page.keyboard.press("ArrowDown");
    await expect.poll(() => active.getAttribute("title")).not.toBe(before);
  }
  await page.keyboard.press("Enter");
  await expect.poll(() => page.locator(`.ant-select:has(input#${id}) .ant-select-selection-item`).first().getAttribute("title")).toBe(title);
}

/** A searchable relation select: type, wait for the server's option, take it with Enter. */
async function searchOption(page: Page, id: string, title: string): Promise<void> {
  await tabTo(page, `input#${id}`);
  await page.keyboard.type(title);
  await expect.poll(() => dropdownOf(page, id).locator(".ant-select-item-option-active").getAttribute("title")).toBe(title);
  await page.keyboard.press("Enter");
  await expect.poll(() => page.locator(`.ant-select:has(input#${id}) .ant-select-selection-item`).first().getAttribute("title")).toBe(title);
}

/** A date picker: type the date and press Enter. */
async function typeDate(page: Page, id: string, iso: string): Promise<void> {
  await tabTo(page, `input#${id}`);
  await page.keyboard.type(iso);
  await page.keyboard.press("Enter");
  await expect.poll(() => page.locator(`input#${id}`).inputValue()).toBe(iso);
}

/** Replaces a text input's value. */
async function retype(page: Page, id: string, text: string): Promise<void> {
  await tabTo(page, `input#${id}`);
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type(text);
}

const rows = (page: Page) => page.locator(".ant-table-tbody tr.ant-table-row");

describe("keyboard only", () => {
  const app = useApp({ lang: "zh-CN" });

  it("skips to the page, then creates, finds, opens, edits and deletes a Party member without the mouse", async () => {
    const { page } = app;
    const name = uniqueName("键盘");
    const renamed = `${name}改`;
    const birthDate = "1990-04-12";
    const idNumber = await freshIdNumber(birthDate, "female");
    const branch = await branchOfType("clinical", 1);

    await app.goto("/party/members");
    await rows(page).first().waitFor({ timeout: 60_000 }); // a cold first load: every chunk is fetched

    // The frame's first stop skips the menu and header.
    await page.keyboard.press("Tab");
    const skip = await settledStop(page, "a", /^跳到主要内容$/);
    expect(skip).toMatchObject({ matches: true, visible: true });
    await page.keyboard.press("Enter");
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("main-content");

    // Create.
    await tabTo(page, "a.ant-btn", label("新建"));
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/party\/members\/create$/);
    await page.locator("input#name").waitFor();
    await retype(page, "name", name);
    await pickOption(page, "gender", "女");
    await typeDate(page, "birthDate", birthDate);
    await retype(page, "idNumber", idNumber);
    await searchOption(page, "branchId", String(branch.name));
    await pickOption(page, "stage", "入党申请人");
    await typeDate(page, "applicationDate", "2024-03-01");
    const created = page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/api/members");
    await tabTo(page, "button", label("保存"));
    await page.keyboard.press("Enter");
    const member = (await (await created).json()) as Rec;
    await page.waitForURL(new RegExp(`/party/members/show/${member.id}$`));

    // Back to the list through the breadcrumb, and filter it down to the new member.
    await tabTo(page, ".ant-breadcrumb a", /^党员$/);
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/party\/members$/);
    await rows(page).first().waitFor();
    await tabTo(page, "input#q");
    await page.keyboard.type(name);
    await page.keyboard.press("Enter");
    await expectColumn(page, "姓名", [name]);

    // Open the record from its row, then edit it.
    await tabTo(page, ".ant-table-row button", /^查看$/);
    await page.keyboard.press("Enter");
    await page.waitForURL(new RegExp(`/party/members/show/${member.id}$`));
    await tabTo(page, "a.ant-btn", label("编辑"));
    await page.keyboard.press("Enter");
    await page.waitForURL(new RegExp(`/party/members/edit/${member.id}$`));
    await expect.poll(() => page.locator("input#name").inputValue()).toBe(name);
    await retype(page, "name", renamed);
    const saved = page.waitForResponse((r) => r.request().method() !== "GET" && new URL(r.url()).pathname === `/api/members/${member.id}`);
    await tabTo(page, "button", label("保存"));
    await page.keyboard.press("Enter");
    expect((await saved).status()).toBe(200);
    await page.waitForURL(new RegExp(`/party/members/show/${member.id}$`));
    expect((await apiAs<Rec>("admin", `/members/${member.id}`)).body.name).toBe(renamed);

    // Delete it from the list: the confirmation takes the focus, Enter confirms.
    await tabTo(page, ".ant-breadcrumb a", /^党员$/);
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/party\/members$/);
    await rows(page).first().waitFor();
    await tabTo(page, "input#q");
    await page.keyboard.type(renamed);
    await page.keyboard.press("Enter");
    await expectColumn(page, "姓名", [renamed]);
    const deleted = page.waitForResponse((r) => r.request().method() === "DELETE" && new URL(r.url()).pathname === `/api/members/${member.id}`, { timeout: 20_000 });
    await tabTo(page, ".ant-table-row button", /^删除$/);
    await page.keyboard.press("Enter");
    const confirm = page.locator(".ant-popover:not(.ant-popover-hidden)");
    await confirm.getByText("确定删除吗？", { exact: true }).waitFor();
    const onConfirm = await settledStop(page, ".ant-popover button", label("删除"));
    expect(onConfirm, "the confirmation's delete button has the focus").toMatchObject({ matches: true, visible: true });
    await page.keyboard.press("Enter");
    expect((await deleted).status()).toBe(200);
    expect((await apiAs("admin", `/members/${member.id}`)).status).toBe(404);
    await expectNoMissingKeys(page);
  });
});
