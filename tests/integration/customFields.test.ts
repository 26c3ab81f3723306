// Custom fields of every kind on a built-in resource, against the real mock API: a bad spec is
// refused like a bad definition (422, nothing stored); the records then follow the field's own
// rules (pattern, bounds, relation); a sensitive one leaves the server masked; and once records
// hold values, a change they would fail is refused saying how many, a removal keeps it hidden.
import type { DataProvider } from "@refinedev/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRestDataProvider } from "../../src/data/createRestDataProvider";
import { maskValue } from "../../src/domain/mask";
import type { CustomFieldSpec, ResourceSettings } from "../../src/schema/settingsTypes";
import { failure } from "../support/failure";
import { fetchJson, startMockApi, type MockApi } from "../support/mockApi";
import { newBranchOf } from "../support/newBranch";

let api: MockApi;
let provider: DataProvider;

beforeAll(async () => {
  api = await startMockApi();
  provider = createRestDataProvider({ apiUrl: api.url });
});
afterAll(() => api?.close());

const SETTINGS = "party-resource-settings";
const label = (zh: string, en: string) => ({ "zh-CN": zh, "en-US": en });
const storedSettings = async () => (await fetchJson<ResourceSettings[]>(`${api.url}/resource-settings`)).body;
const current = async () => (await provider.getOne({ resource: SETTINGS, id: "branches" })).data as ResourceSettings;

const newBranch = (name: string, extra: Record<string, unknown> = {}) => newBranchOf(api.seed, name, extra);

const badge: CustomFieldSpec = { key: "badgeNo", kind: "text", label: label("党建编号", "Badge number"), pattern: "DJ\\d{6}", sensitive: true };
const partner: CustomFieldSpec = { key: "partner", kind: "relation", target: "institutions", label: label("共建单位", "Partner institution") };
const budget: CustomFieldSpec = { key: "budget", kind: "money", label: label("活动经费", "Activity budget"), min: 0, max: 500 };

describe("custom fields of every kind on /resource-settings", () => {
  it("refuses bad specs with the designer's own errors per field, and stores nothing", async () => {
    const res = await fetchJson<{ errors: Record<string, string[]> }>(`${api.url}/resource-settings`, {
      method: "POST",
      json: {
        id: "branches",
        customFields: [
          { ...partner, target: "spaceships" },
          { ...budget, min: 900 },
          { key: "areas", kind: "multi-enum", label: label("领域", "Areas") },
          { key: "note", kind: "textarea", label: { "zh-CN": "备注" } },
          { key: "crew", kind: "roster", label: label("名单", "Roster") },
        ],
      },
    });
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual({
      "customFields.0.target": ["party.lowcode.errors.relationTarget"],
      "customFields.1.bounds": ["party.lowcode.errors.boundOrder"],
      "customFields.2.options": ["party.lowcode.errors.enumWithoutOptions"],
      "customFields.3.label": ["party.lowcode.errors.fieldLabel"],
      "customFields.4.kind": ["party.lowcode.errors.kind"],
    });
    expect(await storedSettings()).toEqual(api.seed["resource-settings"]);
  });

  it("stores valid specs; records then follow each field's pattern, bound and relation (422, nothing stored)", async () => {
    await provider.create({ resource: SETTINGS, variables: { id: "branches", customFields: [badge, partner, budget] } });
    const before = (await fetchJson(`${api.url}/branches?_start=0&_end=1`)).total;
    const refused = async (extra: Record<string, unknown>) => (await failure(provider.create({ resource: "party-branches", variables: newBranch("坏编号支部", extra) }))).fieldErrors;
    expect((await refused({ badgeNo: "XY12" }))?.badgeNo).toEqual([{ key: "party.validation.pattern" }]);
    expect((await refused({ budget: 800 }))?.budget).toEqual([{ key: "party.validation.max", params: { max: 500 } }]);
    expect((await refused({ partner: 999_999 }))?.partner).toEqual([{ key: "party.validation.relationMissing" }]);
    expect((await fetchJson(`${api.url}/branches?_start=0&_end=1`)).total).toBe(before);

    const { data } = await provider.create({
      resource: "party-branches",
      variables: newBranch("编号支部", { badgeNo: "DJ123456", partner: api.seed.institutions[0].id, budget: 400 }),
    });
    expect(data).toMatchObject({ badgeNo: "DJ123456", budget: 400 });
  });

  it("a sensitive custom field leaves the server masked in lists, like an ID number", async () => {
    const list = await fetchJson<Record<string, unknown>[]>(`${api.url}/branches?name=${encodeURIComponent("编号支部")}`);
    expect(list.body).toHaveLength(1);
    expect(list.body[0].badgeNo).toBe(maskValue("other", "DJ123456"));
    expect(list.body[0].badgeNo).not.toBe("DJ123456");
    expect(list.body[0].budget).toBe(400);
  });

  it("a record a custom relation points at is not deleted (409 names the resource that points)", async () => {
    const partnerId = api.seed.institutions[0].id;
    const res = await fetchJson<{ referencedBy: { resource: string; count: number }[] }>(`${api.url}/institutions/${partnerId}`, { method: "DELETE" });
    expect(res.status).toBe(409);
    expect(res.body.referencedBy).toContainEqual({ resource: "branches", count: 1 });
  });

  it("once records hold values, a tighter bound or a new kind they would fail is refused saying how many", async () => {
    const settings = await current();
    const tighter = await failure(
      provider.update({ resource: SETTINGS, id: "branches", variables: { ...settings, customFields: [badge, partner, { ...budget, max: 300 }] } }),
    );
    expect(tighter.fieldErrors?.["customFields.2.bounds"]).toEqual([{ key: "party.lowcode.errors.boundBreaksRecords", params: { name: "budget", count: 1 } }]);
    const retyped = await failure(
      provider.update({ resource: SETTINGS, id: "branches", variables: { ...settings, customFields: [{ ...badge, kind: "number" }, partner, budget] } }),
    );
    expect(retyped.fieldErrors?.["customFields.0.kind"]).toEqual([{ key: "party.lowcode.errors.kindBreaksRecords", params: { name: "badgeNo", count: 1 } }]);
    expect(await current()).toEqual(settings);
    // A bound no record breaks is taken.
    const { data } = await provider.update({ resource: SETTINGS, id: "branches", variables: { ...settings, customFields: [badge, partner, { ...budget, max: 450 }] } });
    expect((data as ResourceSettings).customFields?.[2].max).toBe(450);
  });

  it("a custom field removed while records hold values is kept, hidden and optional; one without values goes", async () => {
    const settings = await current();
    const { data } = await provider.update({ resource: SETTINGS, id: "branches", variables: { ...settings, customFields: [badge] } });
    const fields = (data as ResourceSettings).customFields ?? [];
    expect(fields.map((f) => [f.key, !!f.hidden])).toEqual([["badgeNo", false], ["partner", true], ["budget", true]]);
    const { data: again } = await provider.update({ resource: SETTINGS, id: "branches", variables: { ...(data as ResourceSettings), customFields: [badge, { key: "unused", kind: "date", label: label("日期", "Date") }] } });
    const { data: dropped } = await provider.update({ resource: SETTINGS, id: "branches", variables: { ...(again as ResourceSettings), customFields: [badge] } });
    expect((dropped as ResourceSettings).customFields?.map((f) => f.key)).toEqual(["badgeNo", "partner", "budget"]);
  });
});
