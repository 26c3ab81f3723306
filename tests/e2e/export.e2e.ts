// Export the current filtered view: only the filtered rows, localized headers, sensitive columns masked.
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { count } from "./support/api";
import { expectNoMissingKeys, useApp } from "./support/browser";
import { chooseOption, closeNotifications, exportAs, label, listTotal, loadedColumn } from "./support/ui";

const MASKED_ID = /^\d{6}\*{8}[\dX]{4}$/;
const MASKED_MOBILE = /^1\d{2}\*{4}\d{4}$/;

function expectMasked(values: string[], pattern: RegExp, what: string) {
  const present = values.filter((v) => v !== "");
  expect(present.length, `${what}: most rows have a value`).toBeGreaterThan(values.length / 2);
  for (const v of present) expect(v, what).toMatch(pattern);
}

async function readXlsx(file: string): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.worksheets[0];
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const cells: string[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) cells.push(row.getCell(c).text);
    rows.push(cells);
  });
  return rows;
}

describe("export", () => {
  const app = useApp({ lang: "zh-CN" });

  it("exports the filtered members to Excel: localized headers, only the filtered rows, ID and mobile masked", async () => {
    const { page } = app;
    await app.goto("/party/members");
    const all = await listTotal(page);
    await chooseOption(page, "stage", "发展对象");
    await page.getByRole("button", { name: label("查询") }).click();
    await expect.poll(() => listTotal(page)).toBeLessThan(all);
    const total = await listTotal(page);
    expect(total).toBeGreaterThan(0);
    expect(total).toBe(await count("members", "stage=candidate"));
    expect(new Set(await loadedColumn(page, "发展阶段"))).toEqual(new Set(["发展对象"]));

    const file = await exportAs(page, label("导出"), "导出为 Excel（.xlsx）");
    expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
    const path = await file.path();
    const [head, ...rows] = await readXlsx(path);
    expect(head).toEqual(expect.arrayContaining(["姓名", "身份证号", "手机号", "所在支部", "发展阶段"]));
    expect(rows).toHaveLength(total);
    const col = (name: string) => rows.map((r) => r[head.indexOf(name)]);
    expect(new Set(col("发展阶段"))).toEqual(new Set(["发展对象"]));
    expectMasked(col("身份证号"), MASKED_ID, "身份证号");
    expectMasked(col("手机号"), MASKED_MOBILE, "手机号");
    // Relations are exported as the related record's name, not its id.
    for (const branch of col("所在支部")) expect(branch).toMatch(/党支部|党总支/);
    await page.getByText(`已导出 ${total} 条记录`).waitFor();
    await closeNotifications(page);
    await expectNoMissingKeys(page);
  });

  it("exports the filtered members to CSV, with English headers when the interface is English", async () => {
    const { page } = app;
    await app.goto("/party/members");
    await page.locator(".ant-layout-header .ant-segmented").getByText("English", { exact: true }).click();
    await page.getByRole("columnheader", { name: "ID number" }).waitFor();
    await chooseOption(page, "stage", "Probationary member");
    await chooseOption(page, "gender", "Female");
    await page.getByRole("button", { name: label("Search") }).click();
    await expect.poll(async () => new Set(await loadedColumn(page, "Gender"))).toEqual(new Set(["Female"]));
    const total = await listTotal(page);
    expect(total).toBe(await count("members", "stage=probationary&gender=female"));

    const file = await exportAs(page, label("Export"), "Export to CSV");
    expect(file.suggestedFilename()).toMatch(/\.csv$/);
    const text = readFileSync(await file.path(), "utf8");
    expect(text.charCodeAt(0), "a BOM so Excel reads UTF-8").toBe(0xfeff);
    const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const [head, ...rows] = parsed.data;
    expect(head).toEqual(expect.arrayContaining(["Name", "ID number", "Mobile", "Stage", "Gender"]));
    expect(rows).toHaveLength(total);
    const col = (name: string) => rows.map((r) => r[head.indexOf(name)]);
    expect(new Set(col("Stage"))).toEqual(new Set(["Probationary member"]));
    expect(new Set(col("Gender"))).toEqual(new Set(["Female"]));
    expectMasked(col("ID number"), MASKED_ID, "ID number");
    expectMasked(col("Mobile"), MASKED_MOBILE, "Mobile");
    await expectNoMissingKeys(page);
  });
});
