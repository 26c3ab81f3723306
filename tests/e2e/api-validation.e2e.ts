// The mock API validates every write with the schema: bad input gets 422 `{ errors: { field: [key] } }`
// and nothing is stored. The form catches what it can first, in the person's language, and shows
// what only the server can know on the field it concerns.
import { describe, expect, it } from "vitest";
import { api, branchesNamed, count, createBranch, type Branch } from "./support/api";
import { expectNoMissingKeys, unique, uniqueLetters, useApp } from "./support/browser";
import { chooseOption, dropdownOf, expectColumn, label } from "./support/ui";

type Errors = { errors?: Record<string, string[]> };

/** GB 11643 check character of an ID number's first 17 digits. */
function idCheck(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((acc, digit, i) => acc + Number(digit) * weights[i], 0);
  return "10X98765432"[sum % 11];
}

/** A throwaway Party member: a seeded one's valid record under a new name, ID number and mobile. */
async function cloneMember(name: string): Promise<{ id: number; name: string }> {
  const source = (await api<Record<string, unknown>>("/members/1?reveal=idNumber")).body;
  const sourceId = String(source.idNumber);
  for (let attempt = 0; attempt < 10; attempt++) {
    // Same region, birth date and sex digit parity; a random order number and mobile.
    const order = Math.floor(Math.random() * 500) * 2 + (Number(sourceId[16]) % 2);
    const first17 = `${sourceId.slice(0, 14)}${String(order).padStart(3, "0")}`;
    const body: Record<string, unknown> = {
      ...source,
      name,
      idNumber: first17 + idCheck(first17),
      phone: `139${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`,
    };
    delete body.id;
    delete body.version;
    let answer = await api<{ id: number; name: string } & Errors>("/members", { method: "POST", body });
    // Fields the server derives on read are not accepted on write.
    const unknown = Object.entries(answer.body.errors ?? {}).filter(([, keys]) => keys.includes("party.validation.unknownField"));
    if (answer.status === 422 && unknown.length) {
      for (const [field] of unknown) delete body[field];
      answer = await api("/members", { method: "POST", body });
    }
    if (answer.status === 201) return answer.body;
    const onlyTaken = Object.values(answer.body.errors ?? {}).every((keys) => keys.every((k) => k === "party.validation.unique"));
    if (answer.status !== 422 || !onlyTaken) throw new Error(`POST /members ${answer.status}: ${JSON.stringify(answer.body)}`);
  }
  throw new Error("could not create a member with a unique ID number and mobile");
}

/** Searches the branch list for a name and expects it to be absent: the person sees nothing stored. */
async function expectNotListed(app: ReturnType<typeof useApp>, name: string) {
  const { page } = app;
  await app.goto("/party/branches");
  await page.getByLabel("关键词").fill(name);
  await page.getByRole("button", { name: label("查询") }).click();
  await page.locator(".ant-table-placeholder .ant-empty").waitFor();
  expect(await page.locator(".ant-table-tbody tr.ant-table-row").count()).toBe(0);
}

describe("API validation", () => {
  const app = useApp({ lang: "zh-CN" });

  it("answers a bad POST /branches with 422 and field error keys, and stores nothing", async () => {
    const before = await count("branches");
    const bad = await api<Errors>("/branches", { method: "POST", body: { name: "", type: "nope" } });
    expect(bad.status).toBe(422);
    expect(bad.body.errors?.name).toEqual(["party.validation.required"]);
    expect(bad.body.errors?.type).toEqual(["party.validation.enum"]);

    const tooLong = `${"长".repeat(61)}`;
    const long = await api<Errors>("/branches", { method: "POST", body: { name: tooLong, type: "clinical", nonsense: 1 } });
    expect(long.status).toBe(422);
    expect(long.body.errors?.name).toEqual(["party.validation.maxLength"]);
    expect(long.body.errors?.nonsense).toEqual(["party.validation.unknownField"]);

    const wrongKinds = await api<Errors>("/branches", { method: "POST", body: { name: 42, type: "clinical", establishedDate: "2020-13-45" } });
    expect(wrongKinds.status).toBe(422);
    expect(Object.keys(wrongKinds.body.errors ?? {}).sort()).toEqual(["establishedDate", "name"]);

    expect(await count("branches")).toBe(before);
    expect(await branchesNamed(tooLong)).toEqual([]);
    expect(await count("branches", "type=nope")).toBe(0);
    await expectNotListed(app, tooLong.slice(0, 20));
    await expectNoMissingKeys(app.page);
  });

  it("answers a bad PATCH with 422 and leaves the record as it was", async () => {
    const branch = await createBranch({ name: `校验${unique()}`, type: "medtech" });
    const bad = await api<Errors>(`/branches/${branch.id}`, { method: "PATCH", body: { name: " ", type: "medtech", version: branch.version } });
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.body.errors ?? {})).toEqual(["name"]);
    const after = await api<Branch>(`/branches/${branch.id}`);
    expect(after.body.name).toBe(branch.name);
    expect(after.body.version).toBe(branch.version);
    // The list still shows the old name.
    const { page } = app;
    await app.goto("/party/branches");
    await page.getByLabel("关键词").fill(branch.name);
    await page.getByRole("button", { name: label("查询") }).click();
    await expectColumn(page, "支部名称", [branch.name]);
    await expectNoMissingKeys(page);
  });

  it("the form refuses a 61-character name before sending, with the error in the person's language", async () => {
    const { page } = app;
    const posts: string[] = [];
    page.on("request", (r) => {
      if (r.method() === "POST" && new URL(r.url()).pathname === "/api/branches") posts.push(r.url());
    });
    const before = await count("branches");
    await app.goto("/party/branches/create");
    await page.locator("#name").fill("长".repeat(61));
    await chooseOption(page, "type", "临床");
    await page.getByRole("button", { name: label("保存") }).click();
    const nameError = page.locator("#name_help");
    await expect.poll(() => nameError.innerText()).toBe("不能超过 60 个字符");

    await page.locator(".ant-layout-header .ant-segmented").getByText("English", { exact: true }).click();
    await page.getByRole("button", { name: label("Save") }).click();
    await expect.poll(() => nameError.innerText()).toBe("No more than 60 characters");
    expect(posts).toEqual([]);
    expect(await count("branches")).toBe(before);
    await expectNoMissingKeys(page);
  });

  it("shows the server's 422 on the field it concerns: a secretary who no longer exists", async () => {
    const { page } = app;
    const secretary = await cloneMember(`临时书记${uniqueLetters()}`);
    const name = `书记校验-${unique()}`;
    await app.goto("/party/branches/create");
    await page.locator("#name").fill(name);
    await chooseOption(page, "type", "职能");
    // The secretary select asks the server as the person types.
    await page.locator(`.ant-select:has(input[id="secretaryId"])`).click();
    await page.locator("#secretaryId").fill(secretary.name);
    await dropdownOf(page, "secretaryId").locator(`.ant-select-item-option[title="${secretary.name}"]`).click();

    // Meanwhile, someone else removes that member.
    await api(`/members/${secretary.id}`, { method: "DELETE" });
    expect((await api(`/members/${secretary.id}`)).status).toBe(404);

    const answer = page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/api/branches");
    await page.getByRole("button", { name: label("保存") }).click();
    const response = await answer;
    expect(response.status()).toBe(422);
    expect(((await response.json()) as Errors).errors).toEqual({ secretaryId: ["party.validation.relationMissing"] });

    await expect.poll(() => page.locator("#secretaryId_help").innerText()).toBe("所选记录不存在");
    await page.locator(".ant-notification-notice").getByText("提交的内容有误，请按提示修改", { exact: true }).waitFor();
    expect(page.url()).toMatch(/\/party\/branches\/create$/);
    expect(await page.locator("#name").inputValue(), "typed values are kept").toBe(name);
    expect(await branchesNamed(name)).toEqual([]);
    await expectNoMissingKeys(page);
  });
});
