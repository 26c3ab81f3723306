// /resource-settings: administrators' runtime configuration is validated, stored, and then
// changes what the API accepts for the configured resource.
import type { DataProvider } from "@refinedev/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRestDataProvider } from "../../src/data/createRestDataProvider";
import type { ResourceSettings } from "../../src/schema/settingsTypes";
import { fetchJson, startMockApi, type MockApi } from "../support/mockApi";
import { newBranchOf } from "../support/newBranch";
import { failure } from "../support/failure";

let api: MockApi;
let provider: DataProvider;

beforeAll(async () => {
  api = await startMockApi();
  provider = createRestDataProvider({ apiUrl: api.url });
});
afterAll(() => api?.close());

const SETTINGS = "party-resource-settings";
const label = (zh: string, en: string) => ({ "zh-CN": zh, "en-US": en });


const newBranch = (name: string, extra: Record<string, unknown> = {}) => newBranchOf(api.seed, name, extra);

/** Every stored settings record; the seed starts with one (the accounts' added role), and a refusal leaves just that. */
const storedSettings = async () => (await fetchJson<ResourceSettings[]>(`${api.url}/resource-settings`)).body;

describe("/resource-settings", () => {
  it("refuses a custom field whose key duplicates a built-in field, and stores nothing", async () => {
    const error = await failure(
      provider.create({
        resource: SETTINGS,
        variables: { id: "branches", customFields: [{ key: "name", kind: "text", label: label("名称", "Name") }] },
      }),
    );
    expect(error).toMatchObject({ kind: "validation", statusCode: 422 });
    expect(error.fieldErrors?.["customFields.0.key"]).toEqual([
      { key: "party.settings.errors.duplicateKey", params: { name: "name" } },
    ]);
    expect(await storedSettings()).toEqual(api.seed["resource-settings"]);
  });

  it("refuses an enum field without options", async () => {
    const res = await fetchJson<{ errors: Record<string, string[]> }>(`${api.url}/resource-settings`, {
      method: "POST",
      json: { id: "branches", customFields: [{ key: "level", kind: "enum", label: label("等级", "Level") }] },
    });
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual({ "customFields.0.options": ["party.lowcode.errors.enumWithoutOptions"] });
    expect(await storedSettings()).toEqual(api.seed["resource-settings"]);
  });

  it("refuses settings for a resource the plugin does not have", async () => {
    const res = await fetchJson<{ errors: Record<string, string[]> }>(`${api.url}/resource-settings`, {
      method: "POST",
      json: { id: "spaceships", hidden: [] },
    });
    expect(res.status).toBe(422);
    expect(res.body.errors.id).toEqual(["party.settings.errors.unknownResource"]);
  });

  it("before any settings, a branch with an undeclared field is refused", async () => {
    const error = await failure(provider.create({ resource: "party-branches", variables: newBranch("预算支部", { budget: 1000 }) }));
    expect(error.fieldErrors?.budget?.[0].key).toBe("party.validation.unknownField");
  });

  it("valid settings are saved; the custom field is then accepted on a branch write", async () => {
    const settings: ResourceSettings = {
      id: "branches",
      customFields: [{ key: "budget", kind: "number", label: label("年度预算", "Annual budget") }],
      labels: { parentOrg: { "zh-CN": "上级党委" } },
    };
    const { data } = await provider.create({ resource: SETTINGS, variables: settings });
    expect(data).toMatchObject({ id: "branches", customFields: settings.customFields });
    expect((await provider.getOne({ resource: SETTINGS, id: "branches" })).data).toMatchObject(settings);

    const { data: branch } = await provider.create({ resource: "party-branches", variables: newBranch("预算支部", { budget: 1000 }) });
    expect(branch).toMatchObject({ name: "预算支部", budget: 1000, version: 1 });

    // the custom field is validated with its kind
    const error = await failure(provider.create({ resource: "party-branches", variables: newBranch("坏预算支部", { budget: "很多" }) }));
    expect(error.fieldErrors?.budget?.[0].key).toBe("party.validation.number");
  });

  it("a required custom field missing → 422 required; present → accepted", async () => {
    const current = (await provider.getOne({ resource: SETTINGS, id: "branches" })).data as ResourceSettings;
    await provider.update({
      resource: SETTINGS,
      id: "branches",
      variables: {
        ...current,
        customFields: [...(current.customFields ?? []), { key: "liaison", kind: "text", label: label("联络员", "Liaison"), required: true }],
      },
    });
    const before = (await fetchJson(`${api.url}/branches?_start=0&_end=1`)).total;
    const error = await failure(provider.create({ resource: "party-branches", variables: newBranch("缺联络员支部") }));
    expect(error.fieldErrors?.liaison).toEqual([{ key: "party.validation.required" }]);
    expect((await fetchJson(`${api.url}/branches?_start=0&_end=1`)).total).toBe(before);

    const { data } = await provider.create({ resource: "party-branches", variables: newBranch("有联络员支部", { liaison: "王老师" }) });
    expect(data).toMatchObject({ liaison: "王老师" });
  });

  it("an update that would break the stored settings is refused and the stored settings stay", async () => {
    const before = (await provider.getOne({ resource: SETTINGS, id: "branches" })).data;
    const error = await failure(
      provider.update({ resource: SETTINGS, id: "branches", variables: { version: before.version, hidden: ["ghost"] } }),
    );
    expect(error.fieldErrors?.hidden?.[0]).toEqual({ key: "party.settings.errors.unknownField", params: { name: "ghost" } });
    expect((await provider.getOne({ resource: SETTINGS, id: "branches" })).data).toEqual(before);
  });

  it("a save based on an older version is a conflict (409 with what differs), not a silent overwrite", async () => {
    const before = (await provider.getOne({ resource: SETTINGS, id: "branches" })).data as ResourceSettings;
    const stale = await fetchJson<{ differs: string[] }>(`${api.url}/resource-settings/branches`, {
      method: "PATCH",
      json: { version: Number(before.version) - 1, hidden: ["parentOrg"] },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.differs).toEqual(["hidden"]);
    expect((await provider.getOne({ resource: SETTINGS, id: "branches" })).data).toEqual(before);
  });

  it("an extra option on a built-in enum becomes a value the API accepts", async () => {
    const current = (await provider.getOne({ resource: SETTINGS, id: "branches" })).data as ResourceSettings;
    const refused = await failure(
      provider.create({ resource: "party-branches", variables: newBranch("科研支部", { type: "research", liaison: "李老师" }) }),
    );
    expect(refused.fieldErrors?.type?.[0].key).toBe("party.validation.enum");
    await provider.update({
      resource: SETTINGS,
      id: "branches",
      variables: { ...current, extraOptions: { type: [{ value: "research", label: label("科研", "Research") }] } },
    });
    const { data } = await provider.create({
      resource: "party-branches",
      variables: newBranch("科研支部", { type: "research", liaison: "李老师" }),
    });
    expect(data.type).toBe("research");
  });
});
