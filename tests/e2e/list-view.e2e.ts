// Filter (a date range too), sort and search live in the URL and survive a reload; the column chooser is
// remembered; bulk selection deletes exactly the chosen rows; a row's own delete button deletes that
// row after the undo window, and the row's show and edit buttons open that record.
import { describe, expect, it } from "vitest";
import { api, createBranch } from "./support/api";
import { expectNoMissingKeys, unique, useApp } from "./support/browser";
import { chooseOption, expectColumn, headers, label } from "./support/ui";

describe("list view", () => {
  const app = useApp({ lang: "zh-CN" });

  it("filters by an enum and a date range, sorts by a column and searches a keyword; a reload shows the same view", async () => {
    const { page } = app;
    const token = `列表${unique()}`;
    // Three functional branches (established in 2011, 2015, 2013) and one clinical decoy.
    const a = await createBranch({ name: `${token}-甲`, type: "functional", establishedDate: "2011-03-01" });
    const b = await createBranch({ name: `${token}-乙`, type: "functional", establishedDate: "2015-03-01" });
    const c = await createBranch({ name: `${token}-丙`, type: "functional", establishedDate: "2013-03-01" });
    await createBranch({ name: `${token}-丁`, type: "clinical", establishedDate: "2012-03-01" });

    await app.goto("/party/branches");
    await expect.poll(() => page.getByRole("cell", { name: "心血管内科党支部", exact: true }).count()).toBe(1);
    const urlBefore = page.url();

    await chooseOption(page, "type", "职能");
    await page.getByLabel("关键词").fill(token);
    await page.getByRole("button", { name: label("查询") }).click();
    await expectColumn(page, "支部名称", [a.name, b.name, c.name]);
    expect(page.url()).not.toBe(urlBefore);
    const filtered = new URL(page.url()).searchParams;
    expect([...filtered.values()]).toEqual(expect.arrayContaining(["functional", token]));

    // Sort by 成立日期: ascending, then descending.
    const established = page.getByRole("columnheader", { name: "成立日期" });
    await established.click();
    await expectColumn(page, "支部名称", [a.name, c.name, b.name]);
    await established.click();
    await expectColumn(page, "支部名称", [b.name, c.name, a.name]);
    await expect.poll(() => established.getAttribute("aria-sort")).toBe("descending");
    const sortedUrl = page.url();
    expect(decodeURIComponent(sortedUrl)).toMatch(/establishedDate/);
    expect(decodeURIComponent(sortedUrl)).toMatch(/desc/);

    await page.reload();
    await expectColumn(page, "支部名称", [b.name, c.name, a.name]);
    expect(page.url()).toBe(sortedUrl);
    expect(await page.getByLabel("关键词").inputValue()).toBe(token);
    expect(await page.locator(`.ant-select:has(input[id="type"]) .ant-select-selection-item`).innerText()).toBe("职能");
    await expect.poll(() => page.getByRole("columnheader", { name: "成立日期" }).getAttribute("aria-sort")).toBe("descending");
    expect(await page.locator(".ant-pagination-total-text").innerText()).toBe("共 3 条");

    // A date range: the filter's picker is fetched when a person reaches for it, and takes the focus.
    await page.locator("input#establishedDate").click();
    const picker = page.locator(".ant-picker-range:has(input#establishedDate)");
    const [from, to] = [picker.locator("input").first(), picker.locator("input").nth(1)];
    await expect.poll(() => from.evaluate((input) => input === document.activeElement)).toBe(true);
    await from.fill("2012-01-01");
    await from.press("Enter");
    await to.fill("2014-12-31");
    await to.press("Enter");
    await page.getByRole("button", { name: label("查询") }).click();
    await expectColumn(page, "支部名称", [c.name]);
    await page.reload();
    await expectColumn(page, "支部名称", [c.name]);
    expect(await page.locator("input#establishedDate").inputValue()).toBe("2012-01-01 → 2014-12-31");
    await expectNoMissingKeys(page);
  });

  it("hides a column with the column chooser, and it stays hidden after a reload", async () => {
    const { page } = app;
    await app.goto("/party/branches");
    await expect.poll(() => headers(page)).toContain("成立日期");

    await page.getByRole("button", { name: label("列设置") }).click();
    const chooser = page.locator(".ant-popover:not(.ant-popover-hidden)");
    const checkbox = chooser.getByRole("checkbox", { name: "成立日期" });
    expect(await checkbox.isChecked()).toBe(true);
    await checkbox.uncheck();
    await expect.poll(() => headers(page)).not.toContain("成立日期");
    expect(await headers(page)).toEqual(expect.arrayContaining(["支部名称", "支部类型"]));

    await page.reload();
    await expect.poll(() => headers(page)).toContain("支部名称");
    expect(await headers(page)).not.toContain("成立日期");
    // The chooser remembers the choice too, and can bring the column back.
    await page.getByRole("button", { name: label("列设置") }).click();
    const again = page.locator(".ant-popover:not(.ant-popover-hidden)").getByRole("checkbox", { name: "成立日期" });
    expect(await again.isChecked()).toBe(false);
    await again.check();
    await expect.poll(() => headers(page)).toContain("成立日期");
    await expectNoMissingKeys(page);
  });

  it("bulk-selects two of its own rows and deletes exactly those", async () => {
    const { page } = app;
    const token = `批量${unique()}`;
    const keep = await createBranch({ name: `${token}-留`, type: "joint" });
    const gone1 = await createBranch({ name: `${token}-删一`, type: "joint" });
    const gone2 = await createBranch({ name: `${token}-删二`, type: "joint" });

    await app.goto("/party/branches");
    await page.getByLabel("关键词").fill(token);
    await page.getByRole("button", { name: label("查询") }).click();
    await expectColumn(page, "支部名称", [keep.name, gone1.name, gone2.name]);

    for (const name of [gone1.name, gone2.name]) {
      await page.locator(".ant-table-tbody tr.ant-table-row").filter({ hasText: name }).getByRole("checkbox").check();
    }
    const bulk = page.getByRole("button", { name: label("删除所选（2）") });
    await bulk.click();
    const deletes: string[] = [];
    page.on("response", (r) => {
      if (r.request().method() === "DELETE" && new URL(r.url()).pathname.startsWith("/api/branches/")) {
        deletes.push(`${new URL(r.url()).pathname} ${r.status()}`);
      }
    });
    const confirm = page.locator(".ant-popover:not(.ant-popover-hidden)");
    await confirm.getByText("确定删除所选的 2 条记录吗？", { exact: true }).waitFor();
    await confirm.getByRole("button", { name: label("删除") }).click();

    await expect.poll(() => deletes.length).toBe(2);
    expect(deletes.sort(), "the server answers each DELETE with success").toEqual(
      [`/api/branches/${gone1.id} 200`, `/api/branches/${gone2.id} 200`].sort(),
    );
    await expectColumn(page, "支部名称", [keep.name]);
    // The selection is cleared once the rows are gone.
    await expect.poll(() => bulk.count()).toBe(0);
    expect((await api(`/branches/${gone1.id}`)).status).toBe(404);
    expect((await api(`/branches/${gone2.id}`)).status).toBe(404);
    expect((await api(`/branches/${keep.id}`)).status).toBe(200);
    await expectNoMissingKeys(page);
  });

  it("a row's buttons: 查看 and 编辑 open that record, 删除 asks first and deletes only that row once the undo window has passed", async () => {
    const { page } = app;
    const token = `单删${unique()}`;
    const keep = await createBranch({ name: `${token}-留`, type: "joint" });
    const gone = await createBranch({ name: `${token}-删`, type: "joint" });

    await app.goto("/party/branches");
    await page.getByLabel("关键词").fill(token);
    await page.getByRole("button", { name: label("查询") }).click();
    await expectColumn(page, "支部名称", [keep.name, gone.name]);
    const row = (name: string) => page.locator(".ant-table-tbody tr.ant-table-row").filter({ hasText: name });

    await row(keep.name).getByRole("button", { name: "查看" }).click();
    await page.waitForURL(new RegExp(`/party/branches/show/${keep.id}$`));
    await page.goBack();
    await row(keep.name).getByRole("button", { name: "编辑" }).click();
    await page.waitForURL(new RegExp(`/party/branches/edit/${keep.id}$`));
    await page.goBack();

    const deleted = page.waitForResponse((r) => r.request().method() === "DELETE" && new URL(r.url()).pathname.startsWith("/api/branches/"), { timeout: 20_000 });
    await row(gone.name).getByRole("button", { name: "删除" }).click();
    const confirm = page.locator(".ant-popover:not(.ant-popover-hidden)");
    await confirm.getByText("确定删除吗？", { exact: true }).waitFor();
    await confirm.getByRole("button", { name: label("删除") }).click();
    // Undoable: the row leaves the list at once and the DELETE is sent when the undo window closes.
    await expectColumn(page, "支部名称", [keep.name]);
    const response = await deleted;
    expect(`${new URL(response.url()).pathname} ${response.status()}`).toBe(`/api/branches/${gone.id} 200`);
    expect((await api(`/branches/${gone.id}`)).status).toBe(404);
    expect((await api(`/branches/${keep.id}`)).status).toBe(200);
    await expectNoMissingKeys(page);
  });
});
