// Reads through the plugin's real REST data provider against the real mock API (json-server 0.17).
import type { BaseRecord, DataProvider } from "@refinedev/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRestDataProvider } from "../../src/data/createRestDataProvider";
import { fetchJson, startMockApi, type MockApi } from "../support/mockApi";

let api: MockApi;
let provider: DataProvider;

beforeAll(async () => {
  api = await startMockApi();
  provider = createRestDataProvider({ apiUrl: api.url });
});
afterAll(() => api?.close());

/** Runs `fn` and returns the requests it made. */
async function recorded<T>(fn: () => Promise<T>) {
  const from = api.requests.length;
  const result = await fn();
  return { result, requests: api.since(from) };
}
const query = (url: string) => new URL(url, "http://x").searchParams;

describe("list paging, total, sorting, filters and search", () => {
  it("maps party-branches to /branches and pages with _start/_end; the total comes from x-total-count", async () => {
    const { result, requests } = await recorded(() =>
      provider.getList({ resource: "party-branches", pagination: { currentPage: 2, pageSize: 10 } }),
    );
    expect(requests).toHaveLength(1);
    expect(new URL(requests[0].url, "http://x").pathname).toBe("/branches");
    expect(query(requests[0].url).get("_start")).toBe("10");
    expect(query(requests[0].url).get("_end")).toBe("20");
    expect(result.total).toBe(api.seed.branches.length);
    expect(result.data.map((b) => b.id)).toEqual(api.seed.branches.slice(10, 20).map((b) => b.id));
  });

  it("the last page is short but the total is still the whole collection", async () => {
    const pageSize = 25;
    const last = Math.ceil(api.seed.branches.length / pageSize);
    const { data, total } = await provider.getList({ resource: "party-branches", pagination: { currentPage: last, pageSize } });
    expect(total).toBe(api.seed.branches.length);
    expect(data).toHaveLength(api.seed.branches.length - (last - 1) * pageSize);
  });

  it("sorts on the server (_sort/_order)", async () => {
    const { result, requests } = await recorded(() =>
      provider.getList({
        resource: "party-branches",
        pagination: { currentPage: 1, pageSize: 100 },
        sorters: [{ field: "establishedDate", order: "desc" }],
      }),
    );
    expect(query(requests[0].url).get("_sort")).toBe("establishedDate");
    expect(query(requests[0].url).get("_order")).toBe("desc");
    const dates = result.data.map((b) => String(b.establishedDate));
    expect(dates).toEqual([...dates].sort().reverse());
    expect(dates[0]).toBe(api.seed.branches.map((b) => b.establishedDate).sort().at(-1));
  });

  it("filters by an enum value", async () => {
    const expected = api.seed.branches.filter((b) => b.type === "medtech");
    expect(expected.length).toBeGreaterThan(0);
    const { data, total } = await provider.getList({
      resource: "party-branches",
      pagination: { currentPage: 1, pageSize: 100 },
      filters: [{ field: "type", operator: "eq", value: "medtech" }],
    });
    expect(total).toBe(expected.length);
    expect(data.map((b) => b.id)).toEqual(expected.map((b) => b.id));
  });

  it("filters members by relation id and stage together", async () => {
    const expected = api.seed.members.filter((m) => m.branchId === 3 && m.stage === "full");
    const { data, total } = await provider.getList({
      resource: "party-members",
      pagination: { currentPage: 1, pageSize: 200 },
      filters: [
        { field: "branchId", operator: "eq", value: 3 },
        { field: "stage", operator: "eq", value: "full" },
      ],
    });
    expect(total).toBe(expected.length);
    expect(data.every((m) => m.branchId === 3 && m.stage === "full")).toBe(true);
  });

  it("searches all fields with q", async () => {
    const needle = api.seed.members[41].name;
    const expected = api.seed.members.filter((m) => Object.values(m).some((v) => String(v).toLowerCase().includes(needle)));
    const { result, requests } = await recorded(() =>
      provider.getList({
        resource: "party-members",
        pagination: { currentPage: 1, pageSize: 50 },
        filters: [{ field: "q", operator: "eq", value: needle }],
      }),
    );
    expect(query(requests[0].url).get("q")).toBe(needle);
    expect(result.total).toBe(expected.length);
    expect(result.data.map((m) => m.id)).toContain(api.seed.members[41].id);
  });

  it("filters dates with _gte/_lte, both ends inclusive", async () => {
    const from = "2000-01-01";
    const to = "2009-12-31";
    const expected = api.seed.branches.filter((b) => b.establishedDate >= from && b.establishedDate <= to);
    expect(expected.length).toBeGreaterThan(0);
    const { result, requests } = await recorded(() =>
      provider.getList({
        resource: "party-branches",
        pagination: { currentPage: 1, pageSize: 100 },
        filters: [
          { field: "establishedDate", operator: "gte", value: from },
          { field: "establishedDate", operator: "lte", value: to },
        ],
      }),
    );
    expect(query(requests[0].url).get("establishedDate_gte")).toBe(from);
    expect(query(requests[0].url).get("establishedDate_lte")).toBe(to);
    expect(result.total).toBe(expected.length);
    for (const b of result.data) expect(String(b.establishedDate) >= from && String(b.establishedDate) <= to).toBe(true);
  });

  it("getOne maps the identifier and returns the record", async () => {
    const { data } = await provider.getOne({ resource: "party-members", id: 7 });
    expect(data).toMatchObject({ id: 7, name: api.seed.members[6].name, idNumber: api.seed.members[6].idNumber });
  });
});

describe("batched relations", () => {
  it("getMany is ONE request ?id=…&id=… for all ids", async () => {
    const ids = [5, 2, 9, 14];
    const { result, requests } = await recorded(() => provider.getMany!({ resource: "party-members", ids }));
    expect(requests).toHaveLength(1);
    expect(new URL(requests[0].url, "http://x").pathname).toBe("/members");
    expect(query(requests[0].url).getAll("id")).toEqual(ids.map(String));
    expect(result.data.map((m: BaseRecord) => m.id).sort((a, b) => Number(a) - Number(b))).toEqual([2, 5, 9, 14]);
  });
});

describe("paths and headers", () => {
  it("the endpoints option remaps a resource's path (a leading slash is tolerated)", async () => {
    const remapped = createRestDataProvider({ apiUrl: `${api.url}/`, endpoints: { members: "/host/members" } });
    const { result, requests } = await recorded(() =>
      remapped.getList({ resource: "party-members", pagination: { currentPage: 1, pageSize: 5 } }),
    );
    expect(new URL(requests[0].url, "http://x").pathname).toBe("/host/members");
    expect(result.total).toBe(api.hostSeed.members.length);
    expect(result.data[0]).toHaveProperty("employeeNo");
    // other resources keep their default path
    const { requests: other } = await recorded(() => remapped.getOne({ resource: "party-branches", id: 1 }));
    expect(other[0].url).toBe("/branches/1");
  });

  it("sends Authorization: Bearer <token> when getToken is given (sync or async), and nothing without a token", async () => {
    const sync = createRestDataProvider({ apiUrl: api.url, getToken: () => "tok-123" });
    const { requests: a } = await recorded(() => sync.getOne({ resource: "party-branches", id: 1 }));
    expect(a[0].headers.authorization).toBe("Bearer tok-123");

    const asyncToken = createRestDataProvider({ apiUrl: api.url, getToken: async () => "tok-async" });
    const { requests: b } = await recorded(() => asyncToken.getMany!({ resource: "party-branches", ids: [1, 2] }));
    expect(b[0].headers.authorization).toBe("Bearer tok-async");

    const noToken = createRestDataProvider({ apiUrl: api.url, getToken: () => null });
    const { requests: c } = await recorded(() => noToken.getOne({ resource: "party-branches", id: 1 }));
    expect(c[0].headers.authorization).toBeUndefined();

    const { requests: d } = await recorded(() => provider.getOne({ resource: "party-branches", id: 1 }));
    expect(d[0].headers.authorization).toBeUndefined();
  });

  it("sends the configured extra headers", async () => {
    const withHeaders = createRestDataProvider({ apiUrl: api.url, headers: { "X-Hospital": "h-01" } });
    const { requests } = await recorded(() => withHeaders.getOne({ resource: "party-branches", id: 1 }));
    expect(requests[0].headers["x-hospital"]).toBe("h-01");
  });

  it("exposes X-Total-Count to browsers (CORS)", async () => {
    const res = await fetchJson(`${api.url}/branches?_start=0&_end=1`, { headers: { Origin: "http://intranet.example" } });
    expect(res.total).toBe(api.seed.branches.length);
    expect(res.headers.get("access-control-expose-headers") ?? "").toMatch(/x-total-count/i);
  });
});

describe("the host's own collections", () => {
  it("/host/members (staff) is separate from /members (Party members)", async () => {
    const host = await fetchJson<Record<string, unknown>[]>(`${api.directUrl}/host/members?_start=0&_end=3`);
    const party = await fetchJson<Record<string, unknown>[]>(`${api.directUrl}/members?_start=0&_end=3`);
    expect(host.total).toBe(api.hostSeed.members.length);
    expect(party.total).toBe(api.seed.members.length);
    expect(host.body[0]).toHaveProperty("employeeNo");
    expect(host.body[0]).not.toHaveProperty("idNumber");
    expect(party.body[0]).toHaveProperty("idNumber");
  });

  it("a write to the host's members touches neither the Party members nor their validation", async () => {
    const created = await fetchJson<{ id: number }>(`${api.directUrl}/host/members`, {
      method: "POST",
      json: { name: "新职工", employeeNo: "E99999", department: "信息科", position: "工程师" },
    });
    expect(created.status).toBe(201);
    const host = await fetchJson(`${api.directUrl}/host/members?_start=0&_end=1`);
    const party = await fetchJson(`${api.directUrl}/members?_start=0&_end=1`);
    expect(host.total).toBe(api.hostSeed.members.length + 1);
    expect(party.total).toBe(api.seed.members.length);
    const stored = await fetchJson(`${api.directUrl}/members?name=${encodeURIComponent("新职工")}`);
    expect(stored.body).toEqual([]);
  });
});
