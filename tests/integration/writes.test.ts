// Writes through the plugin's real data provider and raw fetch: versions, conflicts, validation,
// relations, and that a refused write stores nothing.
import type { DataProvider } from "@refinedev/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PartyHttpError } from "../../src/data/httpError";
import { createRestDataProvider } from "../../src/data/createRestDataProvider";
import { builtInResources } from "../../src/resources";
import { branches } from "../../src/resources/branches/schema";
import { members } from "../../src/resources/members/schema";
import { fetchJson, pick, startMockApi, type MockApi } from "../support/mockApi";
import { failure } from "../support/failure";
import { memberMaker, writable } from "../support/newMember";

let api: MockApi;
let provider: DataProvider;

beforeAll(async () => {
  api = await startMockApi();
  provider = createRestDataProvider({ apiUrl: api.url });
});
afterAll(() => api?.close());

const newMember = (seq: number, patch: Record<string, unknown> = {}) => memberMaker(api.seed)(seq, patch);

const all = async (collection: string) => (await fetchJson<unknown[]>(`${api.url}/${collection}`)).body;

describe("create and update round trip", () => {
  it("create stores the record with version 1; update increments the version", async () => {
    const { data: created } = await provider.create({ resource: "party-members", variables: newMember(1) });
    expect(created).toMatchObject({ name: "测试党员乙", version: 1 });
    expect(created.id).toBeDefined();

    const { data: read } = await provider.getOne({ resource: "party-members", id: created.id! });
    expect(read).toMatchObject({ name: "测试党员乙", version: 1, branchId: api.seed.members[0].branchId });

    const { data: updated } = await provider.update({
      resource: "party-members",
      id: created.id!,
      variables: { department: "党委办公室", version: 1 },
    });
    expect(updated).toMatchObject({ id: created.id, department: "党委办公室", version: 2 });

    const { data: again } = await provider.update({
      resource: "party-members",
      id: created.id!,
      variables: { department: "信息中心", version: 2 },
    });
    expect(again.version).toBe(3);
  });

  it("amounts in yuan and fen round-trip exactly (¥19.99 dues base)", async () => {
    // on failure, show the server's field errors rather than a bare rejection
    const result = await provider
      .create({ resource: "party-members", variables: newMember(40, { duesBase: 19.99 }) })
      .catch((error: PartyHttpError) => ({ refused: error.fieldErrors }));
    expect(result).toMatchObject({ data: { duesBase: 19.99 } });
  });

  it("a client cannot choose the version of a new record", async () => {
    const { data } = await provider.create({ resource: "party-members", variables: { ...newMember(60), version: 99 } });
    expect(data.version).toBe(1);
  });

  it("a stale version gets 409 with the server's current record, and nothing changes", async () => {
    const id = 11;
    const { data: fresh } = await provider.update({ resource: "party-members", id, variables: { jobTitle: "科主任", version: 1 } });
    expect(fresh.version).toBe(2);

    const error = await failure(provider.update({ resource: "party-members", id, variables: { jobTitle: "护士长", version: 1 } }));
    expect(error).toMatchObject({ kind: "conflict", statusCode: 409, message: "party.errors.conflict" });
    expect(error.current).toMatchObject({ id, jobTitle: "科主任", version: 2 });

    const { data: stored } = await provider.getOne({ resource: "party-members", id });
    expect(stored).toMatchObject({ jobTitle: "科主任", version: 2 });
  });

  it("an update without a version is a conflict too (never last-write-wins)", async () => {
    const error = await failure(provider.update({ resource: "party-members", id: 12, variables: { jobTitle: "x" } }));
    expect(error.kind).toBe("conflict");
    expect((await provider.getOne({ resource: "party-members", id: 12 })).data.jobTitle).toBe(api.seed.members[11].jobTitle);
  });

  it("a seeded branch can be edited as the seed stores it (PATCH with its version)", async () => {
    const seeded = api.seed.branches[0];
    const { data } = await provider.update({
      resource: "party-branches",
      id: seeded.id,
      variables: { parentOrg: "内科党总支（新）", version: seeded.version },
    });
    expect(data).toMatchObject({ id: seeded.id, parentOrg: "内科党总支（新）", version: seeded.version + 1 });
  });

  it("a seeded member can be replaced whole with PUT (the form's full payload)", async () => {
    const seeded = api.seed.members[20];
    const res = await fetchJson<Record<string, unknown>>(`${api.url}/members/${seeded.id}`, {
      method: "PUT",
      json: { ...pick(seeded, writable(members.fields)), department: "门诊部", version: seeded.version },
    });
    expect([res.status, res.body]).toEqual([200, expect.objectContaining({ department: "门诊部", version: seeded.version + 1 })]);
  });

  it("deleteOne removes the record; reading it again is not-found", async () => {
    const { data: created } = await provider.create({ resource: "party-members", variables: newMember(80) });
    // json-server 0.17 scans every collection for dangling *Id references after a delete; a seeded
    // null foreign key (e.g. commitments.memberId) must not turn every delete into a 500.
    await expect(provider.deleteOne({ resource: "party-members", id: created.id! })).resolves.toBeDefined();
    const error = await failure(provider.getOne({ resource: "party-members", id: created.id! }));
    expect(error).toMatchObject({ kind: "not-found", statusCode: 404 });
  });

  it("derived fields follow every write (they are recomputed only after the store changes)", async () => {
    const branchId = api.seed.branches[0].id;
    const fullCount = async () => (await provider.getOne({ resource: "party-branches", id: branchId })).data.fullMemberCount as number;
    const before = await fullCount();
    expect(await fullCount(), "an unchanged store answers the same").toBe(before);
    const { data: created } = await provider.create({ resource: "party-members", variables: newMember(81, { branchId, stage: "full" }) });
    expect(await fullCount()).toBe(before + 1);
    await provider.deleteOne({ resource: "party-members", id: created.id! });
    expect(await fullCount()).toBe(before);
  });
});

describe("refused writes store nothing", () => {
  it("a bad record → 422 with errors and details per field; the collection is unchanged", async () => {
    const before = await all("members");
    const error = await failure(
      provider.create({
        resource: "party-members",
        variables: newMember(100, { name: "", gender: "unknown", phone: "12345", duesBase: -5 }),
      }),
    );
    expect(error).toMatchObject({ kind: "validation", statusCode: 422, message: "party.errors.validation" });
    expect(error.fieldErrors?.name?.[0].key).toBe("party.validation.required");
    expect(error.fieldErrors?.gender?.[0].key).toBe("party.validation.enum");
    expect(error.fieldErrors?.phone?.[0].key).toBe("party.validation.phone");
    expect(error.fieldErrors?.duesBase?.[0]).toEqual({ key: "party.validation.min", params: { min: 0 } });
    expect(error.errors).toMatchObject({ name: { key: "party.validation.required" } });
    expect(await all("members")).toEqual(before);
  });

  it("the raw 422 body carries both errors (keys) and details (keys with params)", async () => {
    const res = await fetchJson<{ errors: Record<string, string[]>; details: Record<string, { key: string; params?: object }[]> }>(
      `${api.url}/members`,
      { method: "POST", json: newMember(120, { name: "名".repeat(31) }) },
    );
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual({ name: ["party.validation.maxLength"] });
    expect(res.body.details).toEqual({ name: [{ key: "party.validation.maxLength", params: { count: 30 } }] });
  });

  it("a bad update → 422 and the stored record keeps its values and version", async () => {
    const before = (await provider.getOne({ resource: "party-members", id: 30 })).data;
    const error = await failure(
      provider.update({ resource: "party-members", id: 30, variables: { birthDate: "2023-02-29", version: before.version } }),
    );
    expect(error.fieldErrors?.birthDate?.[0].key).toBe("party.validation.date");
    expect((await provider.getOne({ resource: "party-members", id: 30 })).data).toEqual(before);
  });

  it("a relation to a missing record → 422 party.validation.relationMissing", async () => {
    const before = await all("members");
    const error = await failure(provider.create({ resource: "party-members", variables: newMember(140, { branchId: 99_999 }) }));
    expect(error.statusCode).toBe(422);
    expect(error.fieldErrors?.branchId).toEqual([{ key: "party.validation.relationMissing" }]);
    expect(await all("members")).toEqual(before);
  });

  it("a branch whose secretary does not exist is refused, and the branch is unchanged", async () => {
    const seeded = api.seed.branches[1];
    const before = (await provider.getOne({ resource: "party-branches", id: seeded.id })).data;
    const error = await failure(
      provider.update({ resource: "party-branches", id: seeded.id, variables: { secretaryId: 987_654, version: seeded.version } }),
    );
    expect(error.statusCode).toBe(422);
    expect(error.fieldErrors?.secretaryId?.length).toBeGreaterThan(0);
    expect((await provider.getOne({ resource: "party-branches", id: seeded.id })).data).toEqual(before);
  });

  it("an unknown field → 422 party.validation.unknownField", async () => {
    const before = await all("members");
    const res = await fetchJson<{ errors: Record<string, string[]> }>(`${api.url}/members`, {
      method: "POST",
      json: newMember(160, { favouriteColour: "red" }),
    });
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual({ favouriteColour: ["party.validation.unknownField"] });
    expect(await all("members")).toEqual(before);
  });

  it("a new branch that breaks nothing is accepted; the same branch with a bad type is not", async () => {
    const model = api.seed.branches[2];
    const variables = { ...pick(model, writable(branches.fields)), name: "测试党支部" };
    const before = await all("branches");
    const error = await failure(provider.create({ resource: "party-branches", variables: { ...variables, type: "surgery" } }));
    expect(error.fieldErrors?.type?.[0].key).toBe("party.validation.enum");
    expect(await all("branches")).toEqual(before);
    const { data } = await provider.create({ resource: "party-branches", variables });
    expect(data).toMatchObject({ name: "测试党支部", version: 1 });
  });
});

describe("the seed honours the contract", () => {
  it("sampled seeded records of every resource can be saved back unchanged (PATCH with their version)", async () => {
    const seed = api.seed as unknown as Record<string, { id: number }[]>;
    const withRows = builtInResources.map((def) => def.name).filter((name) => (seed[name] ?? []).length > 0);
    expect(withRows).toEqual(expect.arrayContaining(["members", "branches"]));
    const refused: unknown[] = [];
    for (const name of withRows) {
      const rows = seed[name];
      const step = Math.max(1, Math.floor(rows.length / 8));
      for (let i = 0; i < rows.length; i += step) {
        const current = await fetchJson<{ version?: number }>(`${api.url}/${name}/${rows[i].id}`);
        if (current.status === 404) continue; // removed by an earlier test
        const res = await fetchJson(`${api.url}/${name}/${rows[i].id}`, { method: "PATCH", json: { version: current.body.version ?? 1 } });
        if (res.status !== 200) refused.push({ name, id: rows[i].id, status: res.status, body: res.body });
      }
    }
    expect(refused).toEqual([]);
  });
});
