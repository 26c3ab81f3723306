// One record of each resource created through its form, in Chinese (a member, a service commitment)
// and in English (a branch, a co-construction pairing), each then seen on its detail page and on the server.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectNoMissingKeys, unique, useApp } from "./support/browser";
import { chooseOption, label } from "./support/ui";
import {
  addDays,
  apiAs,
  branchOfType,
  detailText,
  enDate,
  fillDate,
  freshIdNumber,
  pageToday,
  searchAndChoose,
  uniqueName,
  zhDate,
  type Rec,
} from "./support-extra";

/** Clicks Save and returns the created record once the person has landed on its detail page. */
async function saveAndShow(page: Page, resource: string, saveLabel: string): Promise<Rec> {
  const saved = page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === `/api/${resource}`);
  await page.getByRole("button", { name: label(saveLabel) }).click();
  const response = await saved;
  expect(response.status(), await response.text()).toBe(201);
  const created = (await response.json()) as Rec;
  await page.waitForURL(new RegExp(`/party/${resource}/show/${created.id}$`));
  return created;
}

describe("creating each resource through its form", () => {
  describe("in Chinese", () => {
    const app = useApp({ lang: "zh-CN" });

    it("creates a Party member with a valid ID number and shows it, masked, on its page", async () => {
      const { page } = app;
      const name = uniqueName("新党员");
      const birthDate = "1991-06-17";
      const idNumber = await freshIdNumber(birthDate, "female");
      const branch = await branchOfType("clinical", 2);

      await app.goto("/party/members");
      await page.getByRole("link", { name: label("新建") }).click();
      await page.waitForURL(/\/party\/members\/create$/);
      await expect.poll(() => page.locator(".ant-page-header-heading-title").innerText()).toBe("新建党员");
      await page.locator("#name").fill(name);
      await chooseOption(page, "gender", "女");
      await fillDate(page, "birthDate", birthDate);
      await page.locator("#idNumber").fill(idNumber);
      await searchAndChoose(page, "branchId", String(branch.name));
      await chooseOption(page, "stage", "入党申请人");
      await fillDate(page, "applicationDate", "2024-03-01");
      const created = await saveAndShow(page, "members", "保存");

      await expect.poll(() => detailText(page, "姓名")).toBe(name);
      expect(await detailText(page, "性别")).toBe("女");
      expect(await detailText(page, "出生日期")).toBe(zhDate(birthDate));
      // Sensitive: masked until revealed.
      expect(await detailText(page, "身份证号")).toBe(`${idNumber.slice(0, 6)}********${idNumber.slice(14)} 显示完整信息`);
      await expect.poll(() => detailText(page, "所在支部")).toBe(String(branch.name));
      expect(await detailText(page, "发展阶段")).toBe("入党申请人");
      expect(await detailText(page, "递交入党申请日期")).toBe(zhDate("2024-03-01"));
      expect(await detailText(page, "党籍状态")).toBe("正常");

      const stored = (await apiAs<Rec>("admin", `/members/${created.id}?reveal=idNumber`)).body;
      expect(stored).toMatchObject({ name, gender: "female", birthDate, idNumber, branchId: branch.id, stage: "applicant", applicationDate: "2024-03-01", version: 1 });
      expect.soft(app.dialogs, "no 'unsaved changes' prompt after saving").toEqual([]);
      await expectNoMissingKeys(page);
    });

    it("creates a service commitment from a functional branch to a clinical department and shows it", async () => {
      const { page } = app;
      const content = `E2E承诺-${unique()}：检验报告两小时内出具`;
      const from = await branchOfType("functional", 1);
      const to = await branchOfType("clinical", 3);
      const deadline = addDays(await pageToday(page), 90);

      await app.goto("/party/commitments/create");
      await expect.poll(() => page.locator(".ant-page-header-heading-title").innerText()).toBe("新建服务承诺");
      await page.locator("#content").fill(content);
      await searchAndChoose(page, "branchId", String(from.name));
      await searchAndChoose(page, "targetBranchId", String(to.name));
      await chooseOption(page, "category", "提高效率");
      await page.locator("#target").fill("报告出具时间≤2小时");
      await fillDate(page, "deadline", deadline);
      // A new commitment starts as a draft.
      expect(await page.locator(`.ant-select:has(input[id="status"]) .ant-select-selection-item`).getAttribute("title")).toBe("草稿");
      const created = await saveAndShow(page, "commitments", "保存");

      await expect.poll(() => detailText(page, "承诺内容")).toBe(content);
      await expect.poll(() => detailText(page, "承诺支部")).toBe(String(from.name));
      await expect.poll(() => detailText(page, "服务科室")).toBe(String(to.name));
      expect(await detailText(page, "类别")).toBe("提高效率");
      expect(await detailText(page, "可衡量目标")).toBe("报告出具时间≤2小时");
      expect(await detailText(page, "完成期限")).toBe(zhDate(deadline));
      expect(await detailText(page, "公开承诺")).toBe("是");
      expect(await detailText(page, "状态")).toBe("草稿");

      const stored = (await apiAs<Rec>("admin", `/commitments/${created.id}`)).body;
      expect.soft(app.dialogs, "no 'unsaved changes' prompt after saving").toEqual([]);
      expect(stored).toMatchObject({ content, branchId: from.id, targetBranchId: to.id, category: "efficiency", deadline, public: true, status: "draft" });
      await expectNoMissingKeys(page);
    });
  });

  describe("in English", () => {
    const app = useApp({ lang: "en-US" });

    it("creates a branch and shows it", async () => {
      const { page } = app;
      const name = `E2E branch ${unique()}`;
      await app.goto("/party/branches");
      await expect.poll(() => page.locator(".ant-page-header-heading-title").innerText()).toBe("Branches");
      await page.getByRole("link", { name: label("Create") }).click();
      await page.waitForURL(/\/party\/branches\/create$/);
      await expect.poll(() => page.locator(".ant-page-header-heading-title").innerText()).toBe("New branch");
      await page.locator("#name").fill(name);
      await chooseOption(page, "type", "Medical-technical");
      await page.locator("#parentOrg").fill("Hospital Party Committee");
      await fillDate(page, "establishedDate", "2019-09-10");
      const created = await saveAndShow(page, "branches", "Save");

      await expect.poll(() => detailText(page, "Name")).toBe(name);
      expect(await detailText(page, "Type")).toBe("Medical-technical");
      expect(await detailText(page, "Parent organization")).toBe("Hospital Party Committee");
      expect(await detailText(page, "Established")).toBe(enDate("2019-09-10"));
      // A new branch has no members yet: the server derives the counts.
      await expect.poll(() => detailText(page, "Full members")).toBe("0");

      const stored = (await apiAs<Rec>("admin", `/branches/${created.id}`)).body;
      expect.soft(app.dialogs, "no 'unsaved changes' prompt after saving").toEqual([]);
      expect(stored).toMatchObject({ name, type: "medtech", parentOrg: "Hospital Party Committee", establishedDate: "2019-09-10", version: 1 });
      await expectNoMissingKeys(page);
    });

    it("creates a co-construction pairing of a functional initiator with a clinical partner, picked by searching", async () => {
      const { page } = app;
      const title = `E2E pairing ${unique()}`;
      const initiator = await branchOfType("functional", 2);
      const partner = await branchOfType("clinical", 4);

      await app.goto("/party/pairings/create");
      await expect.poll(() => page.locator(".ant-page-header-heading-title").innerText()).toBe("New pairing");
      await page.locator("#title").fill(title);
      // Type part of the name, as a person would, and pick the branch from what the server finds.
      await searchAndChoose(page, "initiatorBranchId", String(initiator.name).slice(0, 3), String(initiator.name));
      await searchAndChoose(page, "partnerBranchIds", String(partner.name).slice(0, 3), String(partner.name));
      await page.locator("#goals").fill("Shared rounds and joint Party lessons");
      await fillDate(page, "startDate", "2026-01-05");
      const created = await saveAndShow(page, "pairings", "Save");

      await expect.poll(() => detailText(page, "Title")).toBe(title);
      await expect.poll(() => detailText(page, "Initiating branch (functional)")).toBe(String(initiator.name));
      await expect.poll(() => detailText(page, "Partner branches (clinical / medical-technical)")).toBe(String(partner.name));
      expect(await detailText(page, "Goals")).toBe("Shared rounds and joint Party lessons");
      expect(await detailText(page, "Start date")).toBe(enDate("2026-01-05"));
      expect(await detailText(page, "Status")).toBe("Planned");
      // The related branches are links to their own pages.
      expect(await page.locator(".ant-descriptions a").filter({ hasText: String(initiator.name) }).getAttribute("href")).toBe(`/party/branches/show/${initiator.id}`);

      const stored = (await apiAs<Rec>("admin", `/pairings/${created.id}`)).body;
      expect.soft(app.dialogs, "no 'unsaved changes' prompt after saving").toEqual([]);
      expect(stored).toMatchObject({ title, initiatorBranchId: initiator.id, partnerBranchIds: [partner.id], startDate: "2026-01-05", status: "planned" });
      await expectNoMissingKeys(page);
    });
  });
});
