// The audit trail: an administrator's edit of a branch is listed on 操作日志 with who, what and which
// record; its page shows the field, before → after; the branch's own page shows it in 修改记录.
// Revealing a member's full ID number is itself recorded (查看完整敏感信息). The backend writes every
// entry itself: the browser posts none. Under 系统配置 the administrator exports everything, is told a
// restore needs an empty instance, and sees the audit chain hold.
import path from "node:path";
import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectAccessible } from "./support/axe";
import { expectNoMissingKeys, unique, useApp } from "./support/browser";
import { label, openMenu } from "./support/ui";
import { apiAs, cellUnder, createMember, createOwnBranch, detail, detailText, type Rec } from "./support-extra";

type AuditEntry = Rec & { action: string; resource: string; recordId: string; authorName: string; summary: string; changes: { field: string; before: unknown; after: unknown }[] };

/** The audit entries of one record, newest first, as stored. */
async function entriesOf(resource: string, recordId: number): Promise<AuditEntry[]> {
  return (await apiAs<AuditEntry[]>("admin", `/audit-logs?resource=${resource}&recordId=${recordId}&_sort=createdAt&_order=desc`)).body;
}

/** The 修改记录 card of a detail page: one text per entry, whitespace collapsed. */
async function history(page: Page, title: string): Promise<string[]> {
  const card = page.locator(".ant-card").filter({ has: page.locator(".ant-card-head-title", { hasText: new RegExp(`^${title}$`) }) });
  return (await card.locator(".ant-timeline-item-content").allInnerTexts()).map((t) => t.replace(/\s+/g, " ").trim());
}

/** The audit list's row for an entry, found through its record number (the newest such entry is first). */
function auditRow(page: Page, recordId: number, action: string) {
  return page
    .locator(".ant-table-tbody tr.ant-table-row")
    .filter({ has: page.getByRole("cell", { name: String(recordId), exact: true }) })
    .filter({ has: page.getByRole("cell", { name: action, exact: true }) })
    .first();
}

describe("audit trail", () => {
  const app = useApp({ lang: "zh-CN", user: "admin" });

  it("records an edit of a branch: listed on 操作日志, the diff on its page, and in the branch's 修改记录", async () => {
    const { page } = app;
    const branch = await createOwnBranch({ name: `审计支部-${unique()}`, type: "functional", parentOrg: "机关党总支" });
    const newParent = `新上级-${unique()}`;

    await app.goto(`/party/branches/edit/${branch.id}`);
    await expect.poll(() => page.locator("#parentOrg").inputValue()).toBe("机关党总支");
    await page.locator("#parentOrg").fill(newParent);
    const posted: string[] = [];
    page.on("request", (r) => {
      if (r.method() !== "GET" && new URL(r.url()).pathname.startsWith("/api/audit-logs")) posted.push(r.url());
    });
    const saved = page.waitForResponse((r) => r.request().method() === "PATCH" && new URL(r.url()).pathname === `/api/branches/${branch.id}`);
    await page.getByRole("button", { name: label("保存") }).click();
    await page.waitForURL(new RegExp(`/party/branches/show/${branch.id}$`));
    expect((await saved).status()).toBe(200);

    // Stored: who, which record, and exactly the one field that changed, with its value before.
    // (Soft, here and below, so every place the entry shows is judged.)
    // The branch's creation through the API was recorded too (by the backend); the edit is the newest.
    const [entry, creation] = await entriesOf("branches", branch.id);
    expect(creation).toMatchObject({ action: "create", resource: "branches", recordId: String(branch.id) });
    expect(entry).toMatchObject({ action: "update", resource: "branches", recordId: String(branch.id), authorName: "党委办公室" });
    expect.soft(entry.changes, "the stored diff").toEqual([{ field: "parentOrg", before: "机关党总支", after: newParent }]);
    expect(posted, "the browser writes no entry of its own (no double entries)").toEqual([]);

    // The branch's own page: 修改记录.
    const when = String.raw`\d{4}-\d{2}-\d{2} \d{2}:\d{2}`;
    await expect.poll(() => history(page, "修改记录")).toHaveLength(2);
    expect.soft((await history(page, "修改记录"))[0], "修改记录").toMatch(new RegExp(`^${when} 党委办公室 修改 上级党组织: 机关党总支 → ${newParent}$`));

    // 操作日志 lists it.
    await openMenu(page, "系统配置", "操作日志");
    await page.waitForURL(/\/party\/audit-logs/);
    await expect.poll(() => page.locator(".ant-page-header-heading-title").innerText()).toBe("操作日志列表");
    const row = auditRow(page, branch.id, "修改");
    await expect.poll(() => row.count()).toBe(1);
    expect((await (await cellUnder(page, row, "操作人")).innerText()).trim()).toBe("党委办公室");
    // The page checks its own hash chain.
    await page.getByRole("button", { name: label("校验") }).click();
    await expect.poll(() => page.getByRole("status").filter({ hasText: /^操作日志完整：\d+ 条记录的哈希链均未被改动$/ }).count()).toBe(1);

    // Its page shows the diff with the field's label.
    await row.getByRole("button", { name: "查看" }).click();
    await page.waitForURL(new RegExp(`/party/audit-logs/show/${entry.id}$`));
    await expect.poll(() => detail(page, "变更内容").locator("li").count()).toBeGreaterThan(0);
    expect.soft(await detail(page, "变更内容").locator("li").allInnerTexts(), "变更内容").toEqual([`上级党组织: 机关党总支 → ${newParent}`]);
    expect(await detailText(page, "操作")).toBe("修改");
    expect(await detailText(page, "操作人")).toBe("党委办公室");
    expect(await detailText(page, "记录编号")).toBe(String(branch.id));
    // The trail itself cannot be edited.
    expect(await page.locator(".ant-page-header-heading-extra").getByRole("link", { name: label("编辑") }).count()).toBe(0);
    await expectNoMissingKeys(page);
  });

  it("records revealing a member's full ID number as 查看完整敏感信息", async () => {
    const { page } = app;
    const member = await createMember({ stage: "applicant", applicationDate: "2022-05-05", branchId: 3 });
    const id = String(member.idNumber);
    const masked = `${id.slice(0, 6)}********${id.slice(14)}`;

    await app.goto(`/party/members/show/${member.id}`);
    const idValue = detail(page, "身份证号");
    await expect.poll(() => detailText(page, "身份证号")).toBe(`${masked} 显示完整信息`);
    await expect.poll(() => history(page, "修改记录")).toHaveLength(1); // its creation
    await idValue.getByRole("button", { name: label("显示完整信息") }).click();
    await expect.poll(() => detailText(page, "身份证号")).toBe(id);

    await expect.poll(() => entriesOf("members", member.id), { message: "a reveal entry is stored in /audit-logs" }).toHaveLength(2);
    const [entry] = await entriesOf("members", member.id);
    expect(entry).toMatchObject({ action: "reveal", resource: "members", recordId: String(member.id), authorName: "党委办公室", summary: "idNumber" });
    expect(JSON.stringify(entry), "the audit entry does not copy the number").not.toContain(id);

    // The member's 修改记录, after a reload (the number is masked again).
    await page.reload();
    await expect.poll(() => detailText(page, "身份证号")).toBe(`${masked} 显示完整信息`);
    await expect.poll(async () => (await history(page, "修改记录"))[0]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2} 党委办公室 查看完整敏感信息 身份证号$/);

    // And on 操作日志.
    await app.goto("/party/audit-logs");
    const row = auditRow(page, member.id, "查看完整敏感信息");
    await expect.poll(() => row.count()).toBe(1);
    await row.getByRole("button", { name: "查看" }).click();
    await page.waitForURL(new RegExp(`/party/audit-logs/show/${entry.id}$`));
    await expect.poll(() => detailText(page, "操作")).toBe("查看完整敏感信息");
    await expectNoMissingKeys(page);
  });

  it("exports all data as JSON and refuses a restore onto an instance that holds data", async () => {
    const { page } = app;
    await app.goto("/party/branches");
    await openMenu(page, "系统配置", "数据备份与恢复");
    await page.waitForURL(/\/party\/system-data$/);
    await page.getByRole("heading", { name: "导出全部数据" }).waitFor();
    await expectAccessible(page);

    const downloaded = page.waitForEvent("download");
    await page.getByRole("button", { name: label("导出 JSON") }).click();
    const file = await (await downloaded).path();
    const exported = JSON.parse(await readFile(file, "utf8")) as Record<string, unknown[]>;
    expect(exported.members.length).toBeGreaterThan(1000);
    expect((await apiAs<Rec[]>("admin", "/audit-logs?action=export&_sort=id&_order=desc&_limit=1")).body[0]).toMatchObject({ action: "export", resource: "system" });

    // The same file back onto this instance: refused, with the reason, and nothing replaced.
    const membersBefore = (await apiAs<Rec[]>("admin", "/members?_limit=1")).total;
    await page.locator("input[type=file]").setInputFiles(file);
    // The whole hospital's data is read in the page before 恢复 opens: its name shows once it is.
    await page.getByText(path.basename(file), { exact: true }).waitFor({ timeout: 60_000 });
    await page.getByRole("button", { name: label("恢复") }).click();
    await page.locator(".ant-popconfirm").getByRole("button", { name: label("恢复") }).click();
    await page.getByRole("alert").filter({ hasText: "只能恢复到没有任何数据的空实例" }).waitFor();
    expect((await apiAs<Rec[]>("admin", "/members?_limit=1")).total).toBe(membersBefore);
    await expectAccessible(page);
    await expectNoMissingKeys(page);
  });
});
