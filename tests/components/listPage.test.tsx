// @vitest-environment jsdom
// The generated list page inside a real <Refine>: headers, rows, relation labels, enum tags, masking.
import { cleanup, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { members } from "../../src/resources/members/schema";
import { fieldsFor } from "../../src/schema/defineResource";
import { keys } from "../../src/schema/i18nKeys";
import { mergeSchema } from "../../src/schema/mergeSchema";
import type { ResourceSettings } from "../../src/schema/settingsTypes";
import { BRANCHES, fixtureData, MEMBERS } from "../support/fixtures";
import { renderParty } from "../support/renderParty";

afterEach(cleanup);

const listColumns = fieldsFor(mergeSchema(members), "list");

/** The table body rows (antd renders a hidden measure row too). */
const bodyRows = () => Array.from(document.querySelectorAll<HTMLTableRowElement>("tbody tr.ant-table-row"));

async function renderMembers(language: "zh-CN" | "en-US" = "zh-CN") {
  const view = await renderParty({ path: "/party/members", data: fixtureData(), language });
  await waitFor(() => expect(bodyRows()).toHaveLength(20), { timeout: 25_000 }); // the first render loads every lazy chunk
  return view;
}

describe("ListPage (members)", () => {
  it("shows one localized column header per list field of the schema", async () => {
    const { t } = await renderMembers();
    const headers = Array.from(document.querySelectorAll("thead th")).map((th) => th.textContent?.trim() ?? "");
    for (const field of listColumns) expect(headers).toContain(t(keys.field("members", field)));
    // fields outside the list view are not columns
    expect(headers).not.toContain(t(keys.field("members", "ethnicity")));
    expect(t(keys.field("members", "name"))).toBe("姓名");
  });

  it("renders the provider's first page of rows, asking the plugin's provider (not the host's) for page 1 of 20", async () => {
    const { fake, host } = await renderMembers();
    expect(host.calls).toEqual([]);
    expect(bodyRows()[0].textContent).toContain(MEMBERS[0].name);
    expect(screen.queryByText(String(MEMBERS[20].name))).toBeNull();
    const list = fake.callsOf("getList", "party-members");
    expect(list.length).toBeGreaterThan(0);
    expect(list.at(-1)!.params.pagination).toMatchObject({ currentPage: 1, pageSize: 20 });
  });

  it("shows each row's branch by name, with ONE getMany for the whole page", async () => {
    const { fake } = await renderMembers();
    await waitFor(() => expect(bodyRows()[0].textContent).toContain(BRANCHES[0].name));
    for (const [index, row] of bodyRows().entries()) {
      const branch = BRANCHES.find((b) => b.id === MEMBERS[index].branchId)!;
      expect(row.textContent).toContain(branch.name);
    }
    const many = fake.callsOf("getMany", "party-branches");
    expect(many).toHaveLength(1);
    expect((many[0].params.ids as number[]).map(Number).sort()).toEqual([1, 2, 3]);
    // the fake has no per-row getOne for relations either
    expect(fake.callsOf("getOne", "party-branches")).toHaveLength(0);
  });

  it("shows enum values as localized tags", async () => {
    const { t } = await renderMembers();
    const row = bodyRows()[0];
    const tags = Array.from(row.querySelectorAll(".party-value-tag")).map((tag) => tag.textContent);
    expect(tags).toContain(t(keys.option("members", "gender", String(MEMBERS[0].gender))));
    expect(tags).toContain(t(keys.option("members", "stage", String(MEMBERS[0].stage))));
    expect(tags).toContain(t(keys.option("members", "partyStatus", "normal")));
    expect(tags).not.toContain("male");
  });

  it("masks ID numbers and mobiles in the list", async () => {
    await renderMembers();
    const row = bodyRows()[0];
    const id = String(MEMBERS[0].idNumber);
    const phone = String(MEMBERS[0].phone);
    expect(row.textContent).not.toContain(id);
    expect(row.textContent).not.toContain(phone);
    expect(within(row).getByText(`${id.slice(0, 6)}********${id.slice(-4)}`)).toBeTruthy();
    expect(within(row).getByText(`${phone.slice(0, 3)}****${phone.slice(-4)}`)).toBeTruthy();
  });

  it("follows the language: English headers and option labels", async () => {
    const { t } = await renderMembers("en-US");
    const headers = Array.from(document.querySelectorAll("thead th")).map((th) => th.textContent?.trim() ?? "");
    expect(headers).toContain(t(keys.field("members", "branchId")));
    expect(t(keys.field("members", "branchId"))).toBe("Branch");
    expect(bodyRows()[1].textContent).toContain(t(keys.option("members", "gender", "female")));
  });
});

describe("ListPage with host overrides and runtime settings", () => {
  const headers = () => Array.from(document.querySelectorAll("thead th")).map((th) => th.textContent?.trim() ?? "");

  it("applies an administrator's relabel, hidden field, custom field and extra option", async () => {
    const data = fixtureData();
    data.members[0] = { ...data.members[0], badgeNo: "DH-0001", stage: "observer" };
    const settings: ResourceSettings = {
      id: "members",
      labels: { name: { "zh-CN": "党员姓名", "en-US": "Member name" } },
      hidden: ["phone"],
      customFields: [{ key: "badgeNo", kind: "text", label: { "zh-CN": "党徽编号", "en-US": "Badge no." } }],
      extraOptions: { stage: [{ value: "observer", label: { "zh-CN": "列席", "en-US": "Observer" } }] },
    };
    const { t } = await renderParty({ path: "/party/members", data: { ...data, "resource-settings": [settings] } });
    await waitFor(() => expect(bodyRows()).toHaveLength(20), { timeout: 25_000 }); // the first render loads every lazy chunk
    expect(headers()).toContain("党员姓名");
    expect(headers()).not.toContain(t(keys.field("members", "name")));
    expect(headers()).toContain("党徽编号");
    expect(headers()).not.toContain(t(keys.field("members", "phone")));
    expect(bodyRows()[0].textContent).toContain("DH-0001");
    const phone = String(MEMBERS[0].phone);
    expect(bodyRows()[0].textContent).not.toContain(`${phone.slice(0, 3)}****${phone.slice(-4)}`);
    expect(Array.from(bodyRows()[0].querySelectorAll(".party-value-tag")).map((tag) => tag.textContent)).toContain("列席");
  });

  it("applies the host's overrides from createPartyBuilding", async () => {
    const { t } = await renderParty({
      path: "/party/members",
      data: fixtureData(),
      overrides: { members: { hide: ["gender"], fields: { name: { label: { "zh-CN": "同志姓名" } } } } },
    });
    await waitFor(() => expect(bodyRows()).toHaveLength(20), { timeout: 25_000 }); // the first render loads every lazy chunk
    expect(headers()).toContain("同志姓名");
    expect(headers()).not.toContain(t(keys.field("members", "gender")));
  });
});

describe("ListPage (branches)", () => {
  it("resolves the secretary relation to member names with one getMany on party-members", async () => {
    const { fake, t } = await renderParty({ path: "/party/branches", data: fixtureData() });
    await waitFor(() => expect(bodyRows()).toHaveLength(BRANCHES.length), { timeout: 10_000 });
    await waitFor(() => expect(bodyRows()[0].textContent).toContain(String(MEMBERS[0].name)));
    expect(bodyRows()[2].textContent).toContain(String(MEMBERS[2].name));
    expect(bodyRows()[1].textContent).toContain(t(keys.option("branches", "type", "medtech")));
    const many = fake.callsOf("getMany", "party-members");
    expect(many).toHaveLength(1);
    expect((many[0].params.ids as number[]).map(Number).sort()).toEqual([1, 2, 3]);
  });
});
