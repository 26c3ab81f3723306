// POST /<resource>/_bulk on the real mock API: each row judged like a single create, stored whole or
// not at all, answered in order; uniqueness holds within the batch; roles and the batch cap apply.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateDb } from "../../mock-api/seed/generate";
import { BULK_MAX, isPartyCreateMany } from "../../src/data/createMany";
import { PAGE_MAX } from "../../src/data/limits";
import { createPartyDataProvider } from "../../src/data/createPartyDataProvider";
import { BACKENDS } from "../../src/demo/backends";
import { startEnvelope, TODAY } from "./contract/backends";
import { fetchJson, startMockApi, type MockApi } from "../support/mockApi";
import { memberMaker } from "../support/newMember";

type Item = { status: number; record?: Record<string, unknown>; message?: string; errors?: Record<string, string[]> };

let api: MockApi;
let secured: MockApi;
beforeAll(async () => {
  [api, secured] = await Promise.all([startMockApi(), startMockApi({ roles: true })]);
});
afterAll(async () => {
  await api?.close();
  await secured?.close();
});

const bulk = (base: MockApi, resource: string, rows: unknown, token?: string) =>
  fetchJson<Item[]>(`${base.url}/${resource}/_bulk`, { method: "POST", json: rows, headers: token ? { authorization: `Bearer demo-token-${token}` } : {} });
// Every member, a page at a time (no list answers more than PAGE_MAX records).
const members = async (base: MockApi) => {
  const rows: Record<string, unknown>[] = [];
  for (let start = 0; ; start += PAGE_MAX) {
    const page = await fetchJson<Record<string, unknown>[]>(`${base.url}/members?_start=${start}&_end=${start + PAGE_MAX}`, { headers: { authorization: "Bearer demo-token-admin" } });
    rows.push(...page.body);
    if (rows.length >= page.total!) return rows;
  }
};

describe("POST /members/_bulk", () => {
  it("stores the valid rows with ids and version 1, answers the invalid ones with field errors and stores none of them", async () => {
    const make = memberMaker(api.seed);
    const before = await members(api);
    const res = await bulk(api, "members", [make(1), make(2, { name: "", phone: "12345" }), make(3, { branchId: 99_999 }), make(4, { version: 7 })]);

    expect(res.status).toBe(200);
    expect(res.body.map((item) => item.status)).toEqual([201, 422, 422, 201]);
    expect(res.body[0].record).toMatchObject({ idNumber: make(1).idNumber, version: 1 });
    expect(res.body[1]).toMatchObject({ message: "party.errors.validation", errors: { name: ["party.validation.required"], phone: ["party.validation.phone"] } });
    expect(res.body[2].errors).toEqual({ branchId: ["party.validation.relationMissing"] });
    const after = await members(api);
    expect(after).toHaveLength(before.length + 2);
    const ids = after.map((m) => m.id);
    expect(new Set(ids).size, "every stored row has its own id").toBe(ids.length);
    expect(after.find((m) => m.id === res.body[3].record!.id), "a client cannot choose the version").toHaveProperty("version", 1);
  });

  it("refuses a row that repeats a unique value of an earlier row of the same batch, or of a stored record", async () => {
    const make = memberMaker(api.seed);
    const first = make(10);
    const res = await bulk(api, "members", [first, make(11, { idNumber: first.idNumber.toLowerCase() }), make(12, { phone: api.seed.members[5].phone })]);
    expect(res.body.map((item) => [item.status, Object.keys(item.errors ?? {})])).toEqual([
      [201, []],
      [422, ["idNumber"]],
      [422, ["phone"]],
    ]);
  });

  it("refuses more than the cap with 413 and stores nothing", async () => {
    const before = (await members(api)).length;
    const make = memberMaker(api.seed);
    const res = await bulk(api, "members", Array.from({ length: BULK_MAX + 1 }, (_, i) => make(1000 + i)));
    expect([res.status, res.body]).toEqual([413, { message: "party.errors.bulkTooLarge", max: BULK_MAX }]);
    expect(await members(api)).toHaveLength(before);
  });

  it("refuses a body that is not an array, an unknown resource, and the audit trail", async () => {
    expect((await bulk(api, "members", { name: "王" })).status).toBe(400);
    expect((await bulk(api, "nothing-here", [])).status).toBe(404);
    // The trail is append-only: no client write of any kind reaches it.
    expect((await bulk(api, "audit-logs", [])).status).toBe(405);
  });
});

describe("roles", () => {
  it("a member may create nothing: 403 for the whole batch, nothing stored", async () => {
    const before = (await members(secured)).length;
    const res = await bulk(secured, "members", [memberMaker(secured.seed)(1)], "member");
    expect(res.status).toBe(403);
    expect(await bulk(secured, "members", [])).toMatchObject({ status: 401 });
    expect(await members(secured)).toHaveLength(before);
  });

  it("a secretary creates members of their own branch only: other rows are answered 403", async () => {
    const make = memberMaker(secured.seed);
    const own = (await fetchJson<{ branchId: number }>(`${secured.url}/auth/me`, { headers: { authorization: "Bearer demo-token-secretary" } })).body.branchId;
    const other = secured.seed.branches.find((b) => b.id !== own)!.id;
    const res = await bulk(secured, "members", [make(1, { branchId: own }), make(2, { branchId: other })], "secretary");
    expect(res.body.map((item) => item.status)).toEqual([201, 403]);
  });
});

describe("createMany through the plugin's provider", () => {
  const outcomes = async (apiUrl: string, preset: object, rows: Record<string, unknown>[]) => {
    const response = await createPartyDataProvider({ ...preset, apiUrl }).createMany!({ resource: "party-members", variables: rows });
    if (!isPartyCreateMany(response)) throw new Error("no per-row outcomes");
    return response.outcomes.map((o) => ("data" in o ? { name: o.data.name, version: o.data.version } : { kind: o.error.kind, fields: Object.keys(o.error.fieldErrors ?? {}) }));
  };
  const rows = (make: ReturnType<typeof memberMaker>) => [make(500, { name: "批量甲" }), make(501, { name: "" })];
  const expected = [{ name: "批量甲", version: 1 }, { kind: "validation", fields: ["name"] }];

  it("simple-rest: one request, per-row outcomes in the plugin's names", async () => {
    const from = api.requests.length;
    expect(await outcomes(api.url, {}, rows(memberMaker(api.seed)))).toEqual(expected);
    expect(api.since(from).map((r) => `${r.method} ${r.url}`)).toEqual(["POST /members/_bulk"]);
  });

  it("envelope (the demo's preset, renamed fields): the same outcomes", async () => {
    const envelope = await startEnvelope();
    try {
      expect(await outcomes(envelope.url, BACKENDS.envelope, rows(memberMaker(structuredClone(generateDb({ today: TODAY })))))).toEqual(expected);
    } finally {
      await envelope.close();
    }
  });
});
