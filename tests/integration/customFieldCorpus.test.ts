// The corpus's bad custom fields (tests/corpus/bad-definitions.json, `customFields`) on members'
// settings: the settings page's validation names each one's field and key, and the mock API answers
// 422 with the same and stores nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { builtInResources } from "../../src/resources";
import { members } from "../../src/resources/members/schema";
import { validateSettings } from "../../src/schema/validateSettings";
import { definitionCorpus } from "../support/definitionCorpus";
import { fetchJson, startMockApi, type MockApi } from "../support/mockApi";

let api: MockApi;
beforeAll(async () => {
  api = await startMockApi();
});
afterAll(() => api?.close());

const targets = builtInResources.map((r) => r.name);

describe("bad custom fields corpus", () => {
  it("has cases", () => {
    expect(definitionCorpus.customFields.length).toBeGreaterThan(10);
  });

  it.each(definitionCorpus.customFields)("$id: $description", async (c) => {
    const settings = { id: "members", customFields: c.customFields };
    const page = validateSettings(members, settings, { targets });
    expect(page.map((e) => [e.field, e.key])).toContainEqual([c.expect.field, c.expect.key]);

    const res = await fetchJson<{ errors: Record<string, string[]> }>(`${api.url}/resource-settings`, { method: "POST", json: settings });
    expect(res.status).toBe(422);
    expect(res.body.errors[c.expect.field]).toContain(c.expect.key);
    expect((await fetchJson(`${api.url}/resource-settings/members`)).status).toBe(404);
  });
});
