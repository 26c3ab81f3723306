import { describe, expect, it } from "vitest";
import { useApp } from "./support/browser";
import { chooseOption, label } from "./support/ui";
import { fillDate, uniqueName } from "./support-extra";

describe("scratch", () => {
  const app = useApp({ lang: "zh-CN" });
  for (const variant of ["plain", "typedDateBlur", "dateThenName", "pickerClick"]) {
    it(variant, async () => {
      const { page } = app;
        await app.goto("/party/branches/create");
        if (variant === "dateThenName") await fillDate(page, "establishedDate", "2019-09-10");
        await page.locator("#name").fill(uniqueName("支部"));
        await chooseOption(page, "type", "医技");
        if (variant === "typedDateBlur") { await page.locator("#establishedDate").click(); await page.locator("#establishedDate").fill("2019-09-10"); await page.locator("#name").click(); }
        if (variant === "pickerClick") { await page.locator("#establishedDate").click(); await page.locator(".ant-picker-dropdown:not(.ant-picker-dropdown-hidden) .ant-picker-cell-in-view").first().click(); }
        await page.getByRole("button", { name: label("保存") }).click();
        await page.waitForURL(/show/);
        console.log(variant, JSON.stringify(app.dialogs));
      expect(1).toBe(1);
    });
  }
});
