// What a person does with antd widgets, expressed once: pick an option, read a column, wait for a list.
import type { Download, Locator, Page } from "playwright-core";
import { expect } from "vitest";

/**
 * A button's accessible name as antd renders it: the icon's own label may come first
 * ("plus-square 新建"), and antd puts a space between two CJK characters ("保 存").
 */
export function label(text: string): RegExp {
  const escaped = [...text].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`^(?:[a-z-]+ )?\\s*${escaped.join("\\s*")}\\s*$`);
}

/** The dropdown of the antd Select whose input has this id (its listbox is `<id>_list`). */
export const dropdownOf = (page: Page, inputId: string) => page.locator(`.ant-select-dropdown:has([id="${inputId}_list"])`);

/** Opens the antd Select whose input has this id (inside `scope`) and picks the option titled `option`. */
export async function chooseOption(page: Page, inputId: string, option: string, scope: Page | Locator = page): Promise<void> {
  const select = scope.locator(`.ant-select:has(input[id="${inputId}"])`);
  await select.click();
  const item = dropdownOf(page, inputId).locator(`.ant-select-item-option[title="${option}"]`);
  await item.click();
  await expect.poll(() => select.locator(".ant-select-selection-item").first().getAttribute("title")).toBe(option);
}

/** The text of every header cell of the list's table (selection column included, as ""). */
export async function headers(page: Page): Promise<string[]> {
  return (await page.locator(".ant-table-thead > tr > th").allInnerTexts()).map((t) => t.trim());
}

/** The cells of one column, by its header text, for every row on the current page. */
export async function columnValues(page: Page, header: string): Promise<string[]> {
  return page.evaluate((header) => {
    const table = document.querySelector(".ant-table");
    if (!table || table.querySelector(".ant-spin-spinning")) return ["<loading>"];
    const ths = [...table.querySelectorAll(".ant-table-thead > tr > th")];
    const index = ths.findIndex((th) => (th.textContent ?? "").trim() === header);
    if (index < 0) return [`<no column ${header}>`];
    return [...table.querySelectorAll(".ant-table-tbody > tr.ant-table-row")].map((tr) => (tr.children[index]?.textContent ?? "").trim());
  }, header);
}

/** The cells of one column once the table has loaded and has rows. */
export async function loadedColumn(page: Page, header: string): Promise<string[]> {
  let values: string[] = [];
  await expect
    .poll(async () => {
      values = await columnValues(page, header);
      return values.length > 0 && !values[0].startsWith("<");
    }, { timeout: 15_000 })
    .toBe(true);
  return values;
}

/** Waits until the list shows exactly these values in a column (order included). */
export async function expectColumn(page: Page, header: string, values: string[], timeout = 15_000): Promise<void> {
  await expect.poll(() => columnValues(page, header), { timeout }).toEqual(values);
}

/** The "共 N 条" / "N in total" figure under the table, once the table has loaded. */
export async function listTotal(page: Page): Promise<number> {
  const text = page.locator(".ant-pagination-total-text");
  await expect.poll(async () => ((await text.count()) ? await text.innerText() : ""), { timeout: 15_000 }).toMatch(/\d/);
  return Number((await text.innerText()).replace(/[^\d]/g, ""));
}

/** Closes every antd notification (a success toast can cover header buttons). */
export async function closeNotifications(page: Page): Promise<void> {
  const close = page.locator(".ant-notification-notice-close");
  for (const button of await close.all()) await button.click().catch(() => undefined);
  await expect.poll(() => close.count()).toBe(0);
}

/** Runs `action` and returns the download it triggers. */
export async function download(page: Page, action: () => Promise<unknown>): Promise<Download> {
  const [file] = await Promise.all([page.waitForEvent("download", { timeout: 30_000 }), action()]);
  return file;
}

/**
 * Opens the list's Export menu (it opens on hover) and picks an entry. A hover menu can close while
 * it is still animating in if the pointer crosses nothing of it, so a person's second try is allowed.
 */
export async function exportAs(page: Page, exportButton: RegExp, entry: string): Promise<Download> {
  const downloaded = page.waitForEvent("download", { timeout: 60_000 });
  downloaded.catch(() => undefined); // awaited below once the entry was clicked
  const button = page.getByRole("button", { name: exportButton });
  const item = page.locator(".ant-dropdown:not(.ant-dropdown-hidden) .ant-dropdown-menu-item").filter({ hasText: entry });
  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await button.hover();
      await item.waitFor({ state: "visible", timeout: 5_000 });
      await item.hover({ timeout: 5_000 });
      await item.click({ timeout: 5_000 });
      return downloaded;
    } catch (error) {
      lastError = error;
      await page.mouse.move(0, 0); // away, so the next hover opens it afresh
    }
  }
  throw lastError;
}

/** Clicks through the sider: a group (opened if closed), then its entry; or a top-level entry. */
export async function openMenu(page: Page, ...path: string[]): Promise<void> {
  const sider = page.locator(".ant-layout-sider");
  const target = sider.locator(".ant-menu-title-content").getByText(path[path.length - 1], { exact: true });
  if (path.length > 1 && !(await target.isVisible())) {
    // The group by its whole title: "Organization" must not also match "Organizational life".
    await sider.locator(".ant-menu-submenu-title").filter({ has: page.getByText(path[0], { exact: true }) }).click();
  }
  await target.click();
}
