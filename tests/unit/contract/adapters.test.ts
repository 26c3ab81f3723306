// The two built-in adapters as pure translators: the requests they build and how they read answers.
import { describe, expect, it } from "vitest";
import type { HttpResponse } from "../../../src/data/adapter";
import { envelopeAdapter } from "../../../src/data/adapters/envelope";
import { simpleRestAdapter } from "../../../src/data/adapters/simpleRest";

const answer = (status: number, body: unknown, headers: Record<string, string> = {}): HttpResponse => ({
  status,
  body,
  headers: new Headers(headers),
});

const listRequest = {
  path: "/members",
  page: { current: 3, size: 20 },
  sort: [
    { field: "urgency", order: "asc" as const },
    { field: "deadline", order: "desc" as const },
  ],
  filters: [
    { field: "stage", operator: "eq" as const, value: ["full", "probationary"] },
    { field: "branchId", operator: "eq" as const, value: 3 },
    { field: "deadline", operator: "gte" as const, value: "2026-01-01" },
    { field: "deadline", operator: "lte" as const, value: "2026-12-31" },
    { field: "name", operator: "contains" as const, value: "王" },
    { field: "status", operator: "ne" as const, value: "closed" },
  ],
  search: "心内",
};

describe("simple-rest adapter (json-server conventions)", () => {
  it("builds a list query with _start/_end, comma-joined _sort/_order, suffixed filters, repeated values and q", () => {
    expect(simpleRestAdapter.buildList(listRequest)).toEqual({
      method: "GET",
      path: "/members",
      query: [
        ["_start", "40"],
        ["_end", "60"],
        ["_sort", "urgency,deadline"],
        ["_order", "asc,desc"],
        ["stage", "full"],
        ["stage", "probationary"],
        ["branchId", "3"],
        ["deadline_gte", "2026-01-01"],
        ["deadline_lte", "2026-12-31"],
        ["name_like", "王"],
        ["status_ne", "closed"],
        ["q", "心内"],
      ],
    });
  });

  it("sends no paging when pagination is off", () => {
    expect(simpleRestAdapter.buildList({ path: "/x", sort: [], filters: [] }).query).toEqual([]);
  });

  it("reads the total from X-Total-Count, and falls back to the row count without it", () => {
    expect(simpleRestAdapter.readList(answer(200, [{ id: 1 }], { "X-Total-Count": "57" }))).toEqual({ data: [{ id: 1 }], total: 57 });
    expect(simpleRestAdapter.readList(answer(200, [{ id: 1 }, { id: 2 }])).total).toBe(2);
  });

  it("asks for several records as ?id=…&id=…, and writes with POST / PATCH / DELETE on /path/id", () => {
    expect(simpleRestAdapter.buildMany("/members", [5, 2])).toEqual({ method: "GET", path: "/members", query: [["id", "5"], ["id", "2"]] });
    expect(simpleRestAdapter.buildOne("/members", 7)).toMatchObject({ method: "GET", path: "/members/7" });
    expect(simpleRestAdapter.buildCreate("/members", { name: "a" })).toEqual({ method: "POST", path: "/members", body: { name: "a" } });
    expect(simpleRestAdapter.buildUpdate("/members", 7, { name: "b", version: 2 })).toEqual({ method: "PATCH", path: "/members/7", body: { name: "b", version: 2 } });
    expect(simpleRestAdapter.buildDelete("/members", "a/b")).toEqual({ method: "DELETE", path: "/members/a%2Fb" });
  });

  it("an error is a status ≥ 400 with the body's message, errors, details and current", () => {
    expect(simpleRestAdapter.readError(answer(201, { id: 1 }))).toBeUndefined();
    expect(simpleRestAdapter.readError(answer(409, { message: "party.errors.conflict", current: { id: 1, version: 4 } }))).toEqual({
      status: 409,
      message: "party.errors.conflict",
      errors: undefined,
      details: undefined,
      current: { id: 1, version: 4 },
    });
    expect(simpleRestAdapter.readError(answer(502, "<html>bad gateway</html>"))).toMatchObject({ status: 502, message: undefined });
  });
});

describe("envelope adapter ({ code, msg, rows, total })", () => {
  it("builds pageNum/pageSize, orderByColumn/isAsc, Begin/End/Like/Not filters and keyword", () => {
    expect(envelopeAdapter.buildList(listRequest)).toEqual({
      method: "GET",
      path: "/members",
      query: [
        ["pageNum", "3"],
        ["pageSize", "20"],
        ["orderByColumn", "urgency,deadline"],
        ["isAsc", "asc,desc"],
        ["stage", "full"],
        ["stage", "probationary"],
        ["branchId", "3"],
        ["deadlineBegin", "2026-01-01"],
        ["deadlineEnd", "2026-12-31"],
        ["nameLike", "王"],
        ["statusNot", "closed"],
        ["keyword", "心内"],
      ],
    });
  });

  it("reads rows and total from a list, and data from one record", () => {
    const list = answer(200, { code: 200, msg: "操作成功", rows: [{ id: 1 }, { id: 2 }], total: 1500 });
    expect(envelopeAdapter.readList(list)).toEqual({ data: [{ id: 1 }, { id: 2 }], total: 1500 });
    expect(envelopeAdapter.readError(list)).toBeUndefined();
    expect(envelopeAdapter.readRecord(answer(200, { code: 200, msg: "ok", data: { id: 9 } }))).toEqual({ id: 9 });
    expect(envelopeAdapter.readRecord(answer(200, { code: 200, msg: "ok" }))).toBeUndefined();
  });

  it("asks for several records as ?ids=1,2,3 and reads them from rows", () => {
    expect(envelopeAdapter.buildMany("/api/v2/dangyuan", [1, 2, 3])).toEqual({ method: "GET", path: "/api/v2/dangyuan", query: [["ids", "1,2,3"]] });
    expect(envelopeAdapter.readMany(answer(200, { code: 200, rows: [{ id: 1 }] }))).toEqual([{ id: 1 }]);
    expect(envelopeAdapter.buildUpdate("/api/v2/dangyuan", 3, { xm: "王" })).toEqual({ method: "PUT", path: "/api/v2/dangyuan/3", body: { xm: "王" } });
  });

  it("a code other than 200 inside an HTTP 200 is a failure with that status", () => {
    expect(envelopeAdapter.readError(answer(200, { code: 500, msg: "服务器错误" }))).toMatchObject({ status: 500, message: "服务器错误" });
    expect(envelopeAdapter.readError(answer(200, { code: "401", msg: "令牌过期" }))).toMatchObject({ status: 401 });
  });

  it("422 carries field errors; 409 carries the current record in data", () => {
    const invalid = { code: 422, msg: "party.errors.validation", errors: { xm: ["party.validation.required"] }, details: { xm: [{ key: "party.validation.required" }] } };
    expect(envelopeAdapter.readError(answer(200, invalid))).toEqual({
      status: 422,
      message: "party.errors.validation",
      errors: invalid.errors,
      details: invalid.details,
      current: undefined,
    });
    expect(envelopeAdapter.readError(answer(200, { code: 409, msg: "party.errors.conflict", data: { id: 1, version: 3 } }))).toMatchObject({
      status: 409,
      current: { id: 1, version: 3 },
    });
  });

  it("an HTTP failure without an envelope (a gateway's page) keeps the HTTP status", () => {
    expect(envelopeAdapter.readError(answer(504, "<html>Gateway Timeout</html>"))).toMatchObject({ status: 504 });
    expect(envelopeAdapter.readError(answer(401, { msg: "未登录" }))).toMatchObject({ status: 401, message: "未登录" });
  });
});

describe("answers an adapter cannot read", () => {
  it("a list that is not a list throws (the provider reports it as a server error)", () => {
    expect(() => simpleRestAdapter.readList(answer(200, { code: 404, msg: "not found" }))).toThrow(/JSON array/);
    expect(() => envelopeAdapter.readList(answer(200, [{ id: 1 }]))).toThrow(/rows/);
    expect(() => envelopeAdapter.readMany(answer(200, { code: 200, msg: "ok" }))).toThrow(/rows/);
  });
});
