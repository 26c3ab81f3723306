// The party data provider over a scripted transport: paths, headers, token refresh, timeouts,
// field mapping both ways (records, queries, 422 field names, a 409's current record), adapters.
import type { DataProvider } from "@refinedev/core";
import { describe, expect, it, vi } from "vitest";
import type { BackendAdapter } from "../../../src/data/adapter";
import { createPartyDataProvider, type PartyDataProviderOptions } from "../../../src/data/createPartyDataProvider";
import { fakeFetch, queryOf, type Answer, type Call } from "./support/fakeFetch";
import { failure } from "../../support/failure";

const ok = (body: unknown, headers?: Record<string, string>): Answer => ({ status: 200, body, headers });

function provider(handler: (call: Call, index: number) => Answer | Promise<Answer>, options: Partial<PartyDataProviderOptions> = {}) {
  const transport = fakeFetch(handler);
  return { dp: createPartyDataProvider({ apiUrl: "http://api.test/base/", fetch: transport.fetch, ...options }), calls: transport.calls };
}


const list = (dp: DataProvider, resource = "party-members") => dp.getList({ resource, pagination: { currentPage: 1, pageSize: 10 } });

describe("paths and headers", () => {
  it("maps party-<name> to /<name> below apiUrl, or to its endpoint; sends JSON headers and the configured ones", async () => {
    const { dp, calls } = provider((call) => (/\/\d+$/.test(call.url.pathname) ? ok({ id: 4 }) : ok([], { "x-total-count": "0" })), {
      endpoints: { members: "/api/v2/dangyuan" },
      headers: { "X-Hospital": "h-01" },
    });
    await list(dp);
    await list(dp, "party-branches");
    await dp.getOne({ resource: "party-branches", id: 4, meta: { headers: { "X-Trace": "t1" } } });
    expect(calls.map((c) => c.url.pathname)).toEqual(["/base/api/v2/dangyuan", "/base/branches", "/base/branches/4"]);
    expect(calls[0].headers).toMatchObject({ accept: "application/json", "x-hospital": "h-01" });
    expect(calls[2].headers["x-trace"]).toBe("t1");
    expect(calls[0].headers.authorization).toBeUndefined();
  });

  it("sends the token from auth.getToken on every request", async () => {
    let token = "t-1";
    const { dp, calls } = provider(() => ok({ id: 1 }), { auth: { getToken: async () => token } });
    await dp.getOne({ resource: "party-members", id: 1 });
    token = "t-2";
    await dp.create({ resource: "party-members", variables: { name: "王" } });
    expect(calls.map((c) => c.headers.authorization)).toEqual(["Bearer t-1", "Bearer t-2"]);
    expect(calls[1].headers["content-type"]).toBe("application/json");
  });
});

describe("401: refresh the token once and retry", () => {
  it("retries the request once with the token onUnauthorized returns", async () => {
    const onUnauthorized = vi.fn(async () => "fresh");
    const { dp, calls } = provider((call) => (call.headers.authorization === "Bearer fresh" ? ok({ id: 1, name: "王" }) : { status: 401, body: {} }), {
      auth: { getToken: () => "stale", onUnauthorized },
    });
    await expect(dp.getOne({ resource: "party-members", id: 1 })).resolves.toEqual({ data: { id: 1, name: "王" } });
    expect(calls.map((c) => c.headers.authorization)).toEqual(["Bearer stale", "Bearer fresh"]);
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });

  it("a second 401 is final: the error reaches the host's auth provider, with no loop", async () => {
    const onUnauthorized = vi.fn(async () => "also-rejected");
    const { dp, calls } = provider(() => ({ status: 401, body: { message: "party.errors.unauthorized" } }), {
      auth: { getToken: () => "stale", onUnauthorized },
    });
    expect(await failure(list(dp))).toMatchObject({ kind: "unauthorized", statusCode: 401 });
    expect(calls).toHaveLength(2);
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });

  it("no new token (or a failing refresh) → the 401 without a retry", async () => {
    for (const onUnauthorized of [async () => undefined, async () => Promise.reject(new Error("refresh endpoint down"))]) {
      const { dp, calls } = provider(() => ({ status: 401 }), { auth: { getToken: () => "stale", onUnauthorized } });
      expect((await failure(list(dp))).kind).toBe("unauthorized");
      expect(calls).toHaveLength(1);
    }
  });

  it("concurrent 401s share one refresh", async () => {
    let current = "stale";
    const onUnauthorized = vi.fn(async () => {
      await new Promise((r) => setTimeout(r, 20));
      current = "fresh";
      return current;
    });
    const { dp } = provider((call) => (call.headers.authorization === "Bearer fresh" ? ok({ id: 1 }) : { status: 401 }), {
      auth: { getToken: () => current, onUnauthorized },
    });
    await Promise.all([1, 2, 3].map((id) => dp.getOne({ resource: "party-members", id })));
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });

  it("an envelope 401 inside an HTTP 200 triggers the refresh too", async () => {
    const { dp, calls } = provider(
      (call) => (call.headers.authorization === "Bearer fresh" ? ok({ code: 200, msg: "ok", data: { id: 1 } }) : ok({ code: 401, msg: "令牌过期" })),
      { adapter: "envelope", auth: { getToken: () => "stale", onUnauthorized: () => "fresh" } },
    );
    await expect(dp.getOne({ resource: "party-members", id: 1 })).resolves.toEqual({ data: { id: 1 } });
    expect(calls).toHaveLength(2);
  });
});

describe("failures keep what the views need", () => {
  it("a hung request fails as a timeout after timeoutMs; a network error as offline", async () => {
    const hung = provider(() => "hang", { timeoutMs: 50 });
    const started = Date.now();
    expect(await failure(list(hung.dp))).toMatchObject({ kind: "timeout", statusCode: 0, message: "party.errors.timeout" });
    expect(Date.now() - started).toBeLessThan(1_000);
    const down = provider(() => "network-error");
    expect(await failure(list(down.dp))).toMatchObject({ kind: "offline", statusCode: 0 });
  });

  it("simple-rest: a 422's field names and a 409's current record come back in the plugin's names", async () => {
    const fieldMap = { members: { name: "xm", branchId: "dzbId" } };
    const invalid = provider(
      () => ({ status: 422, body: { message: "party.errors.validation", errors: { xm: ["party.validation.required"] }, details: { xm: [{ key: "party.validation.maxLength", params: { max: 30 } }] } } }),
      { fieldMap },
    );
    const error = await failure(invalid.dp.create({ resource: "party-members", variables: { name: "" } }));
    expect(invalid.calls[0].body).toEqual({ xm: "" });
    expect(error).toMatchObject({ kind: "validation", statusCode: 422, fieldErrors: { name: [{ key: "party.validation.maxLength", params: { max: 30 } }] } });
    expect(error.errors).toEqual({ name: { key: "party.validation.maxLength", message: "party.validation.maxLength" } });

    const stale = provider(() => ({ status: 409, body: { message: "party.errors.conflict", current: { id: 3, xm: "新名", dzbId: 2, version: 5 } } }), { fieldMap });
    const conflict = await failure(stale.dp.update({ resource: "party-members", id: 3, variables: { name: "旧名", version: 4 } }));
    expect(stale.calls[0]).toMatchObject({ method: "PATCH", body: { xm: "旧名", version: 4 } });
    expect(conflict).toMatchObject({ kind: "conflict", statusCode: 409, current: { id: 3, name: "新名", branchId: 2, version: 5 } });
  });

  it("envelope: code 422 / 409 inside an HTTP 200 become the same PartyHttpErrors, in the plugin's names", async () => {
    const fieldMap = { branches: { name: "zbmc", type: "zblx" } };
    const { dp } = provider(
      (call) =>
        call.method === "POST"
          ? ok({ code: 422, msg: "party.errors.validation", errors: { zbmc: ["party.validation.required"], zblx: ["party.validation.enum"] } })
          : ok({ code: 409, msg: "party.errors.conflict", data: { id: 1, zbmc: "心内", version: 2 } }),
      { adapter: "envelope", fieldMap },
    );
    const invalid = await failure(dp.create({ resource: "party-branches", variables: { name: "", type: "x" } }));
    expect(invalid).toMatchObject({ kind: "validation", statusCode: 422 });
    expect(Object.keys(invalid.fieldErrors!)).toEqual(["name", "type"]);
    const conflict = await failure(dp.update({ resource: "party-branches", id: 1, variables: { name: "x", version: 1 } }));
    expect(conflict).toMatchObject({ kind: "conflict", current: { id: 1, name: "心内", version: 2 } });
  });
});

describe("answers that do not fit the adapter", () => {
  it("a list that is not a list, or a read without a record, is a server error explaining why", async () => {
    const { dp } = provider(() => ok({ code: 200, msg: "ok", data: null }));
    expect(await failure(list(dp))).toMatchObject({ kind: "server", statusCode: 502, detail: "simple-rest: a list answer must be a JSON array" });
    const empty = provider(() => ({ status: 200 }));
    expect(await failure(empty.dp.getOne({ resource: "party-members", id: 1 }))).toMatchObject({ kind: "server", detail: expect.stringMatching(/no record/) });
    const envelope = provider(() => ok({ code: 200, msg: "ok" }), { adapter: "envelope" });
    expect(await failure(envelope.dp.create({ resource: "party-members", variables: {} }))).toMatchObject({ kind: "server", detail: "envelope: the answer carries no record" });
  });

  it("an update answered without the record (common with envelopes) reads as what was sent", async () => {
    const { dp } = provider(() => ok({ code: 200, msg: "操作成功" }), { adapter: "envelope" });
    expect(await dp.update({ resource: "party-members", id: 4, variables: { name: "王", version: 2 } })).toEqual({ data: { name: "王", version: 2, id: 4 } });
  });
});

describe("adapters and field maps end to end", () => {
  it("envelope: the list query and its answer, with wire names on the way out and ours on the way back", async () => {
    const { dp, calls } = provider(() => ok({ code: 200, msg: "操作成功", rows: [{ id: 7, xm: "王芳", dzbId: 3, fzjd: "full" }], total: 41 }), {
      adapter: "envelope",
      endpoints: { members: "api/v2/dangyuan" },
      fieldMap: { members: { name: "xm", branchId: "dzbId", stage: "fzjd" } },
    });
    const result = await dp.getList({
      resource: "party-members",
      pagination: { currentPage: 2, pageSize: 20 },
      sorters: [{ field: "name", order: "desc" }],
      filters: [
        { field: "stage", operator: "eq", value: "full" },
        { field: "q", operator: "eq", value: "王" },
      ],
    });
    expect(result).toEqual({ data: [{ id: 7, name: "王芳", branchId: 3, stage: "full" }], total: 41 });
    expect(calls[0].url.pathname).toBe("/base/api/v2/dangyuan");
    expect(queryOf(calls[0])).toEqual([
      ["pageNum", "2"],
      ["pageSize", "20"],
      ["orderByColumn", "xm"],
      ["isAsc", "desc"],
      ["fzjd", "full"],
      ["keyword", "王"],
    ]);
  });

  it("getMany is one request; create/update/delete bodies and answers are mapped", async () => {
    const { dp, calls } = provider(
      (call) => {
        if (call.method === "GET") return ok({ code: 200, rows: [{ id: 1, zbmc: "甲" }, { id: 2, zbmc: "乙" }], total: 2 });
        if (call.method === "DELETE") return ok({ code: 200, msg: "操作成功" });
        return ok({ code: 200, data: { id: 9, ...(call.body as object), version: 1 } });
      },
      { adapter: "envelope", fieldMap: { branches: { name: "zbmc" } } },
    );
    expect((await dp.getMany!({ resource: "party-branches", ids: [1, 2] })).data).toEqual([{ id: 1, name: "甲" }, { id: 2, name: "乙" }]);
    expect((await dp.create({ resource: "party-branches", variables: { name: "丙", type: "joint" } })).data).toEqual({ id: 9, name: "丙", type: "joint", version: 1 });
    expect((await dp.deleteOne({ resource: "party-branches", id: 9 })).data).toEqual({ id: 9 });
    expect(calls.map((c) => `${c.method} ${c.url.pathname}${c.url.search}`)).toEqual([
      "GET /base/branches?ids=1%2C2",
      "POST /base/branches",
      "DELETE /base/branches/9",
    ]);
    expect(calls[1].body).toEqual({ zbmc: "丙", type: "joint" });
  });

  it("a custom adapter object is used as given", async () => {
    const custom: BackendAdapter = {
      name: "odata-ish",
      buildList: ({ path, page }) => ({ method: "GET", path, query: page ? [["$skip", String((page.current - 1) * page.size)], ["$top", String(page.size)]] : [] }),
      readList: (r) => {
        const body = r.body as { value: Record<string, unknown>[]; "@count": number };
        return { data: body.value, total: body["@count"] };
      },
      buildMany: (path, ids) => ({ method: "GET", path, query: [["$filter", `id in (${ids.join(",")})`]] }),
      readMany: (r) => (r.body as { value: Record<string, unknown>[] }).value,
      buildOne: (path, id) => ({ method: "GET", path: `${path}(${id})` }),
      buildCreate: (path, values) => ({ method: "POST", path, body: values }),
      buildUpdate: (path, id, values) => ({ method: "PATCH", path: `${path}(${id})`, body: values }),
      buildDelete: (path, id) => ({ method: "DELETE", path: `${path}(${id})` }),
      readRecord: (r) => r.body as Record<string, unknown>,
      readError: (r) => (r.status >= 400 ? { status: r.status } : undefined),
    };
    const { dp, calls } = provider(() => ok({ value: [{ id: 1 }], "@count": 12 }), { adapter: custom });
    expect(await dp.getList({ resource: "party-members", pagination: { currentPage: 3, pageSize: 5 } })).toEqual({ data: [{ id: 1 }], total: 12 });
    expect(queryOf(calls[0])).toEqual([["$skip", "10"], ["$top", "5"]]);
  });

  it("custom() sends a URL below apiUrl through the same client (token, adapter's error reading)", async () => {
    const { dp, calls } = provider((call) => (call.method === "GET" ? ok({ code: 200, rows: [] }) : ok({ code: 500, msg: "失败" })), {
      adapter: "envelope",
      auth: { getToken: () => "t" },
    });
    await expect(dp.custom!({ url: "http://api.test/base/stats/summary", method: "get", query: { year: 2026 } })).resolves.toEqual({ data: { code: 200, rows: [] } });
    expect(`${calls[0].url.pathname}${calls[0].url.search}`).toBe("/base/stats/summary?year=2026");
    expect(calls[0].headers.authorization).toBe("Bearer t");
    expect(await failure(dp.custom!({ url: "http://api.test/base/stats", method: "post", payload: {} }))).toMatchObject({ kind: "server", statusCode: 500, message: "失败" });
  });

  it("an unknown adapter name is refused when the provider is made", () => {
    expect(() => createPartyDataProvider({ apiUrl: "/api", adapter: "graphql" as never })).toThrow(/graphql/);
  });
});
