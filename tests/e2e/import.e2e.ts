// Import a spreadsheet with 3 good and 2 bad rows: a preview with verdicts, then exactly 3 created,
// each rejection reported with its row and reason, and the import recorded in the audit trail.
import ExcelJS from "exceljs";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { branchesNamed, count } from "./support/api";
import { expectNoMissingKeys, unique, useApp } from "./support/browser";
import { expectColumn, label } from "./support/ui";
import { apiAs, type Rec } from "./support-extra";

const dir = mkdtempSync(path.join(os.tmpdir(), "party-import-"));

async function workbook(rows: string[][]): Promise<string> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("党支部");
  for (const row of rows) sheet.addRow(row);
  const file = path.join(dir, `branches-${unique()}.xlsx`);
  await book.xlsx.writeFile(file);
  return file;
}

describe("import", () => {
  const app = useApp({ lang: "zh-CN" });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("imports 3 good rows of an .xlsx and reports the 2 bad ones with their reasons", async () => {
    const { page } = app;
    const token = `导入${unique()}`;
    const good = [`${token}-甲`, `${token}-乙`, `${token}-丙`];
    const badType = `${token}-坏类型`;
    const file = await workbook([
      ["支部名称", "支部类型"],
      [good[0], "职能"],
      ["", "临床"], // row 3: no name
      [good[1], "医技"],
      [badType, "不存在"], // row 5: no such type
      [good[2], "联合"],
    ]);
    const before = await count("branches");

    await app.goto("/party/branches");
    await page.getByRole("button", { name: label("导入") }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByText("导入党支部", { exact: true }).waitFor();
    await dialog.locator("input[type=file]").setInputFiles(file);

    // The preview: every row with its verdict and, for a bad one, the reason.
    const preview = dialog.locator(".ant-table-tbody tr.ant-table-row");
    await expect.poll(() => preview.count()).toBe(5);
    const rowText = async (n: number) => (await preview.nth(n).innerText()).replace(/\s+/g, " ").trim();
    expect(await rowText(0)).toBe(`2 合格 ${good[0]}`);
    expect(await rowText(1)).toBe("3 不合格 支部名称: 此项为必填项");
    expect(await rowText(2)).toBe(`4 合格 ${good[1]}`);
    expect(await rowText(3)).toBe(`5 不合格 ${badType} 支部类型: 请从选项中选择`);
    expect(await rowText(4)).toBe(`6 合格 ${good[2]}`);
    expect(await count("branches"), "nothing is written before the person confirms").toBe(before);

    const startedAt = new Date().toISOString();
    await dialog.getByRole("button", { name: label("导入 3 条合格记录") }).click();
    await dialog.getByText("已创建 3 条，拒绝 2 条", { exact: true }).waitFor();
    const rejected = dialog.getByRole("list", { name: "被拒绝的行" }).getByRole("listitem");
    expect(await rejected.allInnerTexts()).toEqual(["第 3 行：支部名称: 此项为必填项", `第 5 行：支部类型: 请从选项中选择`]);

    // Exactly the 3 good rows exist on the server; the bad ones do not.
    expect(await count("branches")).toBe(before + 3);
    for (const name of good) expect(await branchesNamed(name), name).toHaveLength(1);
    expect(await branchesNamed(badType)).toHaveLength(0);
    expect((await branchesNamed(good[1]))[0].type).toBe("medtech");

    // The audit trail holds the import as one entry: who, which resource, how many created.
    const imports = async () =>
      (await apiAs<(Rec & { summary: string; authorRole: string })[]>("admin", `/audit-logs?action=import&resource=branches&createdAt_gte=${startedAt}`)).body;
    await expect.poll(async () => (await imports()).length, { message: "one import entry is stored in /audit-logs" }).toBe(1);
    expect((await imports())[0]).toMatchObject({ summary: "3", authorRole: "admin", recordId: null });

    // Closing shows them in the list.
    await dialog.getByRole("button", { name: label("关闭") }).click();
    await page.getByLabel("关键词").fill(token);
    await page.getByRole("button", { name: label("查询") }).click();
    await expectColumn(page, "支部名称", good);
    await expectNoMissingKeys(page);
  });
});
