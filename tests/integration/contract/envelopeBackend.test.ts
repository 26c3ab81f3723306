// The envelope mock backend (mock-api/envelope) with the demo's envelope preset: the same data and
// the same validation and versioning as the simple-rest mock, in another dialect and other names.
import type { BaseRecord, DataProvider } from "@refinedev/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPartyDataProvider } from "../../../src/data/createPartyDataProvider";
import { BACKENDS } from "../../../src/demo/backends";
import { front, startEnvelope, type Front } from "./backends";
import { failure } from "../../support/failure";

let envelope: Awaited<ReturnType<typeof startEnvelope>>;
let wire: Front;
let provider: DataProvider;

beforeAll(async () => {
  envelope = await startEnvelope();
  wire = await front(envelope.url);
  provider = createPartyDataProvider({ ...BACKENDS.envelope, apiUrl: wire.url });
});
afterAll(async () => {
  await wire?.close();
  await envelope?.close();
});

const inner = async <T>(path: string) => (await (await fetch(`${envelope.inner!.url}${path}`)).json()) as T;
const raw = async (path: string, init?: RequestInit) => (await (await fetch(`${envelope.url}${path}`, init)).json()) as Record<string, unknown>;


describe("same data, other dialect", () => {
  it("the members list through the preset equals the simple-rest mock's, field for field", async () => {
    const { data, total } = await provider.getList<BaseRecord>({
      resource: "party-members",
      pagination: { currentPage: 2, pageSize: 5 },
      sorters: [{ field: "admissionDate", order: "desc" }],
      filters: [{ field: "stage", operator: "eq", value: "full" }],
    });
    const direct = await fetch(`${envelope.inner!.url}/members?_start=5&_end=10&_sort=admissionDate&_order=desc&stage=full`);
    expect(total).toBe(Number(direct.headers.get("x-total-count")));
    expect(data).toEqual(await direct.json());
    const sent = wire.requests.at(-1)!;
    expect(sent.url.pathname).toBe("/api/v2/dangyuan");
    expect([...sent.url.searchParams]).toEqual([
      ["pageNum", "2"],
      ["pageSize", "5"],
      ["orderByColumn", "rdrq"],
      ["isAsc", "desc"],
      ["fzjd", "full"],
    ]);
  });

  it("derived fields are served and sortable under their wire names", async () => {
    const { data } = await provider.getList<BaseRecord>({
      resource: "party-branches",
      pagination: { currentPage: 1, pageSize: 10 },
      sorters: [{ field: "fullMemberCount", order: "desc" }],
    });
    const counts = data.map((b) => Number(b.fullMemberCount));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(counts[0]).toBeGreaterThan(0);
    expect(wire.requests.at(-1)!.url.searchParams.get("orderByColumn")).toBe("zsdys");
  });

  it("the relation select's `name_like` search reaches the wire as xmLike", async () => {
    const { data } = await provider.getList<BaseRecord>({ resource: "party-members", pagination: { currentPage: 1, pageSize: 20 }, filters: [{ field: "name_like", operator: "eq", value: "王" }] });
    expect(data.length).toBeGreaterThan(0);
    expect(data.every((m) => String(m.name).includes("王"))).toBe(true);
    expect(wire.requests.at(-1)!.url.searchParams.get("xmLike")).toBe("王");
  });
});

describe("the simple-rest mock's validation and versions, in envelope names", () => {
  it("a created member is stored under the plugin's names; a bad ID number is a 422 on idNumber (sfzh on the wire)", async () => {
    const [model] = await inner<Record<string, unknown>[]>("/members?id=1");
    const error = await failure(
      provider.create({
        resource: "party-members",
        variables: { name: "信封测试", gender: model.gender, birthDate: model.birthDate, idNumber: "110105199003070011", branchId: model.branchId, stage: "applicant", partyStatus: "normal" },
      }),
    );
    expect(error).toMatchObject({ kind: "validation", statusCode: 422 });
    expect(error.fieldErrors?.idNumber?.[0].key).toMatch(/^party\.validation\.id/);
    const body = wire.requests.at(-1)!.body as Record<string, unknown>;
    expect(body).toMatchObject({ xm: "信封测试", sfzh: "110105199003070011", dzbId: model.branchId, fzjd: "applicant" });
    expect(await inner("/members?name=信封测试")).toEqual([]);
  });

  it("a stale version gets the conflict with the current record in the plugin's names", async () => {
    const { data: fresh } = await provider.update({ resource: "party-branches", id: 2, variables: { parentOrg: "医技党总支（新）", version: 1 } });
    expect(fresh).toMatchObject({ id: 2, parentOrg: "医技党总支（新）", version: 2 });
    const error = await failure(provider.update({ resource: "party-branches", id: 2, variables: { parentOrg: "旧", version: 1 } }));
    expect(error).toMatchObject({ kind: "conflict", current: { id: 2, parentOrg: "医技党总支（新）", version: 2 } });
    expect(error.current).toHaveProperty("name");
    expect(error.current).not.toHaveProperty("zbmc");
    const [stored] = await inner<Record<string, unknown>[]>("/branches?id=2");
    expect(stored).toMatchObject({ parentOrg: "医技党总支（新）", version: 2 });
  });

  it("answers failures inside HTTP 200 with code and msg, and refuses the simple-rest dialect", async () => {
    const res = await fetch(`${envelope.url}/api/v2/dangzhibu/999999`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ code: 404, msg: "party.errors.not-found" });
    expect(await raw("/api/v2/dangzhibu?_start=0&_end=5")).toMatchObject({ code: 400 });
    expect(await raw("/api/v2/dangzhibu?pageNum=1&pageSize=2&name=x")).toMatchObject({ code: 400 });
    expect(await raw("/branches")).toMatchObject({ code: 404 });
  });

  it("administrators' settings travel through /api/v2/peizhi and reach validation", async () => {
    await provider.create({ resource: "party-resource-settings", variables: { id: "branches", required: ["parentOrg"] } });
    const error = await failure(provider.create({ resource: "party-branches", variables: { name: "配置测试支部", type: "joint" } }));
    expect(error.fieldErrors).toHaveProperty("parentOrg");
    expect(wire.requests.some((r) => r.method === "POST" && r.url.pathname === "/api/v2/peizhi")).toBe(true);
  });
});
