// The regulations speak on the field the person has to change, in their language: a wrong ID check
// character, stage dates out of order, a clinical branch initiating a pairing (known only to the
// server: a 422), and a commitment status the status flow does not allow. Nothing is stored.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectNoMissingKeys, unique, useApp } from "./support/browser";
import { chooseOption, label } from "./support/ui";
import {
  addDays,
  apiAs,
  branchOfType,
  createCommitment,
  fieldError,
  fillDate,
  freshIdNumber,
  searchAndChoose,
  shanghaiToday,
  uniqueName,
  type Rec,
} from "./support-extra";

/** Every write the page sends to the API (method and path), from now on. */
function recordWrites(page: Page): string[] {
  const writes: string[] = [];
  page.on("request", (r) => {
    if (["POST", "PUT", "PATCH", "DELETE"].includes(r.method()) && new URL(r.url()).pathname.startsWith("/api/")) {
      writes.push(`${r.method()} ${new URL(r.url()).pathname}`);
    }
  });
  return writes;
}

/** The first 17 characters of a valid ID number with the wrong check character. */
function withWrongCheck(id: string): string {
  const wrong = "0123456789X".split("").find((c) => c !== id[17])!;
  return id.slice(0, 17) + wrong;
}

async function countWhere(resource: string, query: string): Promise<number> {
  const answer = await apiAs("admin", `/${resource}?${query}&_limit=1`);
  return answer.total ?? -1;
}

describe("domain errors on the field they concern", () => {
  describe("in Chinese", () => {
    const app = useApp({ lang: "zh-CN" });

    it("refuses an ID number with a wrong check character, on the ID field, before sending", async () => {
      const { page } = app;
      const writes = recordWrites(page);
      const name = uniqueName("校验");
      const birthDate = "1988-04-21";
      const bad = withWrongCheck(await freshIdNumber(birthDate, "male"));
      const branch = await branchOfType("medtech");

      await app.goto("/party/members/create");
      await page.locator("#name").fill(name);
      await chooseOption(page, "gender", "男");
      await fillDate(page, "birthDate", birthDate);
      await page.locator("#idNumber").fill(bad);
      await searchAndChoose(page, "branchId", String(branch.name));
      await chooseOption(page, "stage", "入党申请人");
      await fillDate(page, "applicationDate", "2023-10-09");
      await page.getByRole("button", { name: label("保存") }).click();

      await expect.poll(() => fieldError(page, "idNumber")).toBe("身份证号校验位不正确");
      // Only that field is wrong: the birth date and sex are not blamed.
      expect(await fieldError(page, "birthDate")).toBe("");
      expect(await fieldError(page, "gender")).toBe("");
      expect(page.url()).toMatch(/\/party\/members\/create$/);
      expect(await page.locator("#idNumber").inputValue()).toBe(bad);
      expect(writes).toEqual([]);
      expect(await countWhere("members", `name=${encodeURIComponent(name)}`)).toBe(0);
      expect(await countWhere("members", `idNumber=${bad}`)).toBe(0);
      await expectNoMissingKeys(page);
    });

    it("shows the server's 422 for a clinical initiating branch on the initiator field, and stores no pairing", async () => {
      const { page } = app;
      const title = `临床发起-${unique()}`;
      const clinical = await branchOfType("clinical", 5);
      const partner = await branchOfType("clinical", 6);

      await app.goto("/party/pairings/create");
      await page.locator("#title").fill(title);
      await searchAndChoose(page, "initiatorBranchId", String(clinical.name));
      await searchAndChoose(page, "partnerBranchIds", String(partner.name));
      await fillDate(page, "startDate", "2026-02-02");
      const answer = page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/api/pairings");
      await page.getByRole("button", { name: label("保存") }).click();
      const response = await answer;
      expect(response.status()).toBe(422);
      expect(((await response.json()) as { errors?: unknown }).errors).toEqual({ initiatorBranchId: ["party.rules.pairingInitiatorType"] });

      await expect.poll(() => fieldError(page, "initiatorBranchId")).toBe("发起支部须为职能部门支部");
      expect(await fieldError(page, "partnerBranchIds")).toBe("");
      await page.locator(".ant-notification-notice").getByText("提交的内容有误，请按提示修改", { exact: true }).waitFor();
      expect(page.url()).toMatch(/\/party\/pairings\/create$/);
      expect(await page.locator("#title").inputValue(), "typed values are kept").toBe(title);
      expect(await countWhere("pairings", `title=${encodeURIComponent(title)}`)).toBe(0);
      await expectNoMissingKeys(page);
    });
  });

  describe("in English", () => {
    const app = useApp({ lang: "en-US" });

    it("refuses stage dates out of order, on the later date", async () => {
      const { page } = app;
      const writes = recordWrites(page);
      const name = uniqueName("Order");
      const birthDate = "1990-02-14";
      const branch = await branchOfType("clinical", 1);

      await app.goto("/party/members/create");
      await page.locator("#name").fill(name);
      await chooseOption(page, "gender", "Female");
      await fillDate(page, "birthDate", birthDate);
      await page.locator("#idNumber").fill(await freshIdNumber(birthDate, "female"));
      await searchAndChoose(page, "branchId", String(branch.name));
      await chooseOption(page, "stage", "Activist");
      await fillDate(page, "applicationDate", "2024-05-10");
      await fillDate(page, "activistDate", "2024-03-01");
      await page.getByRole("button", { name: label("Save") }).click();

      await expect.poll(() => fieldError(page, "activistDate")).toBe("Cannot be earlier than the previous stage's date (2024-05-10)");
      expect(await fieldError(page, "applicationDate")).toBe("");
      expect(page.url()).toMatch(/\/party\/members\/create$/);
      expect(writes).toEqual([]);
      expect(await countWhere("members", `name=${encodeURIComponent(name)}`)).toBe(0);
      await expectNoMissingKeys(page);
    });

    it("refuses moving a draft commitment straight to fulfilled, on the status field, and stores nothing", async () => {
      const { page } = app;
      const content = `E2E draft ${unique()}`;
      const from = await branchOfType("functional", 3);
      const to = await branchOfType("medtech", 1);
      const draft = await createCommitment({
        content,
        branchId: from.id,
        targetBranchId: to.id,
        category: "quality",
        target: "Fewer repeated tests",
        deadline: addDays(shanghaiToday(), 60),
        public: true,
        status: "draft",
      });
      const writes = recordWrites(page);

      await app.goto(`/party/commitments/edit/${draft.id}`);
      await expect.poll(() => page.locator("#content").inputValue()).toBe(content);
      await chooseOption(page, "status", "Fulfilled");
      await page.getByRole("button", { name: label("Save") }).click();

      await expect.poll(() => fieldError(page, "status")).toBe("The commitment cannot move directly from its current status to this one");
      expect(page.url()).toMatch(new RegExp(`/party/commitments/edit/${draft.id}$`));
      expect(writes).toEqual([]);
      const stored = (await apiAs<Rec>("admin", `/commitments/${draft.id}`)).body;
      expect(stored.status).toBe("draft");
      expect(stored.version).toBe(draft.version);
      await expectNoMissingKeys(page);
    });
  });
});
