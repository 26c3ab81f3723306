// The consortium's resources on the real mock API: every refusal is 422 with the field's key and
// stores nothing; the overview is computed on read, counts what was just recorded, and refuses
// writes; roles are the access module's.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchJson, startMockApi, type MockApi } from "../support/mockApi";

let api: MockApi;
let guarded: MockApi;

beforeAll(async () => {
  [api, guarded] = await Promise.all([startMockApi(), startMockApi({ roles: true })]);
});
afterAll(async () => {
  await Promise.all([api?.close(), guarded?.close()]);
});

type Row = Record<string, unknown> & { id: number | string };
const all = async (collection: string) => (await fetchJson<Row[]>(`${api.url}/${collection}`)).body;
const agreementOf = (institutionId: number) => api.seed["consortium-agreements"].find((a) => a.status === "active" && a.institutionIds.includes(institutionId))!;

function validPosting(patch: Record<string, unknown> = {}) {
  return { staffName: "王立新", department: "心血管内科", branchId: api.seed.branches[0].id, institutionId: 4, role: "fixed_physician", startDate: "2026-05-01", endDate: "2026-11-15", daysPerWeek: 5, ...patch };
}
function validActivity(patch: Record<string, unknown> = {}) {
  const agreement = agreementOf(2);
  return { title: "城关镇健康义诊", kind: "free_clinic", date: agreement.startDate, agreementId: agreement.id, institutionId: 2, branchId: api.seed.branches[0].id, peopleServed: 150, status: "held", ...patch };
}

/** Sends the write and checks the 422 names the field with the key, and that the collection is unchanged. */
async function expectRefused(collection: string, method: string, path: string, body: unknown, field: string, key: string) {
  const before = JSON.stringify(await all(collection));
  const res = await fetchJson<{ errors: Record<string, string[]> }>(`${api.url}${path}`, { method, json: body });
  expect(res.status, JSON.stringify(res.body)).toBe(422);
  expect(res.body.errors[field]).toContain(key);
  expect(JSON.stringify(await all(collection))).toBe(before);
}

describe("refusals: 422, nothing stored", () => {
  it("a second lead institution", async () => {
    await expectRefused("institutions", "POST", "/institutions", { name: "第二家牵头医院", kind: "county_hospital", level: "level2", isLead: true }, "isLead", "party.rules.institutionSecondLead");
    await expectRefused("institutions", "PATCH", "/institutions/2", { isLead: true, version: 1 }, "isLead", "party.rules.institutionSecondLead");
  });
  it("a posting ending before it starts, or naming nobody", async () => {
    await expectRefused("outreach-postings", "POST", "/outreach-postings", validPosting({ endDate: "2026-04-30" }), "endDate", "party.rules.postingEndBeforeStart");
    await expectRefused("outreach-postings", "POST", "/outreach-postings", validPosting({ staffName: "" }), "staffName", "party.rules.postingPersonMissing");
    await expectRefused("outreach-postings", "POST", "/outreach-postings", validPosting({ daysPerWeek: 8 }), "daysPerWeek", "party.validation.max");
  });
  it("an activity with people served below zero, outside its agreement's term, or at an institution not party to it", async () => {
    const agreement = agreementOf(2);
    await expectRefused("outreach-activities", "POST", "/outreach-activities", validActivity({ peopleServed: -1 }), "peopleServed", "party.validation.min");
    await expectRefused("outreach-activities", "POST", "/outreach-activities", validActivity({ date: "2020-01-01" }), "date", "party.rules.activityOutsideTerm");
    await expectRefused("outreach-activities", "POST", "/outreach-activities", validActivity({ institutionId: 8 }), "institutionId", "party.rules.activityInstitutionNotParty");
    const stored = api.seed["outreach-activities"].find((a) => a.agreementId === agreement.id)!;
    await expectRefused("outreach-activities", "PATCH", `/outreach-activities/${stored.id}`, { date: "2099-01-01", version: stored.version }, "date", "party.rules.activityOutsideTerm");
  });
  it("an agreement whose term ends before it starts, or without institutions", async () => {
    const agreement = api.seed["consortium-agreements"][0];
    await expectRefused("consortium-agreements", "PATCH", `/consortium-agreements/${agreement.id}`, { endDate: "2000-01-01", version: agreement.version }, "endDate", "party.rules.endBeforeStart");
    const { id: _id, version: _v, ...body } = agreement;
    await expectRefused("consortium-agreements", "POST", "/consortium-agreements", { ...body, institutionIds: [] }, "institutionIds", "party.validation.required");
  });
});

describe("the overview", () => {
  const rowOf = async (institutionId: number, year: number) =>
    (await fetchJson<Row[]>(`${api.url}/consortium-overview?year=${year}&institutionId=${institutionId}`)).body[0];

  it("has a row per receiving institution for the year, and shows the township centre without a fixed physician", async () => {
    const res = await fetchJson<Row[]>(`${api.url}/consortium-overview?year=2026&_sort=institutionId&_order=asc&_start=0&_end=50`);
    expect(res.total).toBe(7);
    const hekou = res.body.find((r) => r.institutionId === 4)!;
    expect(hekou).toMatchObject({ kind: "township_centre", fixedPhysicians: 0, quotaShortfalls: ["fixed_physician"] });
  });

  it("counts a free clinic and a fixed physician as soon as they are stored", async () => {
    const before = await rowOf(2, 2026);
    const created = await fetchJson<Row>(`${api.url}/outreach-activities`, { method: "POST", json: validActivity({ date: "2026-10-10", peopleServed: 77 }) });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const after = await rowOf(2, 2026);
    expect(after).toMatchObject({ activities: Number(before.activities) + 1, freeClinics: Number(before.freeClinics) + 1, peopleServed: Number(before.peopleServed) + 77 });

    const posted = await fetchJson<Row>(`${api.url}/outreach-postings`, { method: "POST", json: validPosting() });
    expect(posted.status, JSON.stringify(posted.body)).toBe(201);
    expect((await rowOf(4, 2026)).quotaShortfalls).toEqual([]);
    const hekou = (await fetchJson<Row>(`${api.url}/institutions/4`)).body;
    expect(hekou.quotaShortfalls).toEqual([]);
  });

  it("refuses every write with 405 and keeps its rows as computed", async () => {
    const before = JSON.stringify(await all("consortium-overview"));
    for (const [method, path] of [["POST", "/consortium-overview"], ["PATCH", "/consortium-overview/2-2026"], ["DELETE", "/consortium-overview/2-2026"], ["POST", "/consortium-overview/_bulk"]]) {
      const res = await fetchJson(`${api.url}${path}`, { method, json: method === "DELETE" ? undefined : { postings: 99 } });
      expect(res.status, `${method} ${path}`).toBe(405);
    }
    expect(JSON.stringify(await all("consortium-overview"))).toBe(before);
  });
});

describe("roles on the mock API", () => {
  const as = (user: string) => ({ Authorization: `Bearer demo-token-${user}` });
  const secretaryBranch = () => guarded.seed.accounts.find((u) => u.username === "secretary")!.branchId!;
  const otherBranch = () => guarded.seed.branches.find((b) => b.id !== secretaryBranch())!.id;
  const send = (user: string, path: string, json: unknown) => fetchJson<Row>(`${guarded.url}${path}`, { method: "POST", json, headers: as(user) });

  it("only the administrator adds institutions and agreements", async () => {
    const institution = { name: "新河镇卫生院", kind: "township_centre", level: "level1" };
    expect((await send("secretary", "/institutions", institution)).status).toBe(403);
    expect((await send("member", "/institutions", institution)).status).toBe(403);
    expect((await send("admin", "/institutions", institution)).status).toBe(201);
  });
  it("a secretary records their own branch's postings and activities, not another branch's; a member records nothing", async () => {
    const posting = { staffName: "赵敏", department: "心血管内科", institutionId: 3, role: "rotating_expert", startDate: "2026-06-01", endDate: "2026-08-31", daysPerWeek: 2 };
    expect((await send("secretary", "/outreach-postings", { ...posting, branchId: secretaryBranch() })).status).toBe(201);
    expect((await send("secretary", "/outreach-postings", { ...posting, branchId: otherBranch() })).status).toBe(403);
    expect((await send("member", "/outreach-postings", { ...posting, branchId: secretaryBranch() })).status).toBe(403);
    const activity = { title: "石桥镇义诊", kind: "free_clinic", date: "2026-06-02", institutionId: 3, peopleServed: 40, status: "held" };
    expect((await send("secretary", "/outreach-activities", { ...activity, branchId: secretaryBranch() })).status).toBe(201);
    expect((await send("secretary", "/outreach-activities", { ...activity, branchId: otherBranch() })).status).toBe(403);
  });
  it("everyone reads the consortium and its overview", async () => {
    for (const user of ["admin", "secretary", "member"]) {
      for (const path of ["/institutions", "/consortium-agreements", "/outreach-postings", "/outreach-activities", "/consortium-overview?year=2026"]) {
        expect((await fetchJson(`${guarded.url}${path}`, { headers: as(user) })).status, `${user} ${path}`).toBe(200);
      }
    }
  });
});
