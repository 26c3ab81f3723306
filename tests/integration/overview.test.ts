// The work bench, the dashboard, the indicators and the before/after comparison on the real mock
// API: computed on read, narrowed by role, writes refused with 422 and nothing stored, the audit
// trail kept, and the seed's comparison significant everywhere but clinical services.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SEED_INDICATOR_BRANCH_ID } from "../../mock-api/seed/indicators";
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
type Comparison = { rows: (Row & { group: string; tooFew: boolean; significant: boolean; before: { n: number }; after: { n: number }; welch: { p: number } | null; mannWhitney: { p: number } | null })[] };
const as = (user: string) => ({ Authorization: `Bearer demo-token-${user}` });
const user = (name: string) => guarded.seed.accounts.find((u) => u.username === name)!;

describe("the work bench", () => {
  it("is computed on read: items of every rule, each naming a record that exists", async () => {
    const { status, total } = await fetchJson<Row[]>(`${api.url}/workbench?_start=0&_end=1`);
    expect(status).toBe(200);
    expect(total).toBeGreaterThan(100);
    // An assessment item opens its task's sheet, a screen of one assessment task.
    const endpoint = (resource: unknown) => (resource === "assessment-sheet" ? "assessment-tasks" : String(resource));
    for (const rule of ["committee_term", "probation_ending", "meeting_due", "commitment_overdue", "commitment_rectifying", "study_behind", "dues_arrears", "transfer_receipt", "assessment_self_report", "assessment_rectification"]) {
      const items = await fetchJson<Row[]>(`${api.url}/workbench?rule=${rule}&_start=0&_end=3`);
      expect(items.total, rule).toBeGreaterThan(0);
      for (const item of items.body) expect((await fetchJson(`${api.url}/${endpoint(item.resource)}/${String(item.recordId)}`)).status, String(item.id)).toBe(200);
    }
  });

  it("follows the records: an overdue commitment put into rectification moves to that item; the bench itself takes no writes", async () => {
    const overdue = await fetchJson<Row[]>(`${api.url}/workbench?rule=commitment_overdue&_start=0&_end=50`);
    const candidates = await Promise.all(overdue.body.map(async (i) => (await fetchJson<Row>(`${api.url}/commitments/${String(i.recordId)}`)).body));
    const commitment = candidates.find((c) => c.status === "overdue")!;
    const changed = await fetchJson(`${api.url}/commitments/${commitment.id}`, { method: "PATCH", json: { status: "rectifying", rectificationPlan: "每周回访，月底前完成整改", version: commitment.version } });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    const after = await fetchJson<Row[]>(`${api.url}/workbench?rule=commitment_overdue&_start=0&_end=500`);
    expect(after.total).toBe(overdue.total! - 1);
    expect(after.body.map((i) => i.recordId)).not.toContain(String(commitment.id));
    const rectifying = await fetchJson<Row[]>(`${api.url}/workbench?rule=commitment_rectifying&recordId=${commitment.id}`);
    expect(rectifying.body).toHaveLength(1);
    expect((await fetchJson(`${api.url}/workbench`, { method: "POST", json: {} })).status).toBe(405);
  });

  it("lists the self-reports due by their task's deadline, and each rectification under way until it is reported", async () => {
    const due = await fetchJson<Row[]>(`${api.url}/workbench?rule=assessment_self_report&_start=0&_end=500`);
    const task = (await fetchJson<Row>(`${api.url}/assessment-tasks/${String(due.body[0].recordId)}`)).body;
    expect(task.status).toBe("issued");
    expect(due.body[0]).toMatchObject({ resource: "assessment-sheet", branchId: task.branchId, dueDate: task.deadline });
    const rectifying = await fetchJson<Row[]>(`${api.url}/workbench?rule=assessment_rectification&_start=0&_end=500`);
    const open = (await fetchJson<Row[]>(`${api.url}/assessment-tasks?status=rectification&_start=0&_end=500`)).body;
    expect(rectifying.body.map((i) => i.recordId).sort()).toEqual(open.map((t) => String(t.id)).sort());
    const reported = open[0];
    const changed = await fetchJson(`${api.url}/assessment-tasks/${reported.id}`, { method: "PATCH", json: { status: "rectified", rectificationReport: "补齐台账，建立月度自查", version: reported.version } });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    const after = await fetchJson<Row[]>(`${api.url}/workbench?rule=assessment_rectification&_start=0&_end=500`);
    expect(after.body.map((i) => i.recordId)).not.toContain(String(reported.id));
  });

  it("narrows by role: the hospital for an administrator, the branch for a secretary, a member's own", async () => {
    const count = async (name: string) => (await fetchJson<Row[]>(`${guarded.url}/workbench?_start=0&_end=500`, { headers: as(name) })).body;
    const all = await count("admin");
    const branch = await count("secretary");
    const own = await count("member");
    expect(branch.length).toBeGreaterThan(0);
    expect(branch.every((i) => String(i.branchId) === String(user("secretary").branchId))).toBe(true);
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((i) => String(i.memberId) === String(user("member").memberId))).toBe(true);
    expect(all.length).toBeGreaterThan(branch.length);
    expect((await fetchJson(`${guarded.url}/workbench`)).status).toBe(401);
  });
});

describe("the dashboard", () => {
  it("gives every chart's figures, filtered by branch type and branch", async () => {
    const whole = await fetchJson<Row & { branches: number; members: { stages: { count: number }[] } }>(`${api.url}/dashboard?year=2026`);
    expect(whole.status).toBe(200);
    expect(Object.keys(whole.body)).toEqual(["year", "branches", "members", "pipeline", "orgLife", "commitments", "pairings", "study", "assessment"]);
    const clinical = await fetchJson<{ branches: number }>(`${api.url}/dashboard?year=2026&branchType=clinical`);
    const one = await fetchJson<{ branches: number; members: { stages: { count: number }[] } }>(`${api.url}/dashboard?year=2026&branchId=${SEED_INDICATOR_BRANCH_ID}`);
    expect(clinical.body.branches).toBeLessThan(whole.body.branches);
    expect(one.body.branches).toBe(1);
    const members = (f: { members: { stages: { count: number }[] } }) => f.members.stages.reduce((s, r) => s + r.count, 0);
    expect(members(one.body)).toBe(api.seed.members.filter((m) => m.branchId === SEED_INDICATOR_BRANCH_ID && String(m.partyStatus) !== "expelled" && !m.transferredOutDate).length);
  });

  it("gives the star grades of the year's closed plan, the same as its ranking, per grade and branch type", async () => {
    type Grades = { assessment: { planId: unknown; graded: number; rows: { stars: number; branchType: string; count: number }[] } };
    const [closed] = (await fetchJson<Row[]>(`${api.url}/assessment-plans?status=closed&_sort=year&_order=desc&_limit=1`)).body;
    const ranking = (await fetchJson<Row[]>(`${api.url}/assessment-results?planId=${closed.id}&_start=0&_end=500`)).body;
    const { body } = await fetchJson<Grades>(`${api.url}/dashboard?year=${String(closed.year)}`);
    expect(body.assessment.planId).toBe(closed.id);
    expect(body.assessment.graded).toBe(ranking.length);
    for (const stars of [1, 2, 3, 4, 5]) {
      const shown = body.assessment.rows.filter((r) => r.stars === stars).reduce((s, r) => s + r.count, 0);
      expect(shown, `${stars} stars`).toBe(ranking.filter((r) => r.stars === stars).length);
    }
    const clinical = (await fetchJson<Grades>(`${api.url}/dashboard?year=${String(closed.year)}&branchType=clinical`)).body.assessment;
    expect(new Set(clinical.rows.map((r) => r.branchType))).toEqual(new Set(["clinical"]));
    expect(clinical.graded).toBe(ranking.filter((r) => r.branchType === "clinical").length);
  });

  it("refuses bad filters with 422 and a member with 403", async () => {
    expect((await fetchJson(`${api.url}/dashboard?year=19`)).status).toBe(422);
    expect((await fetchJson(`${api.url}/dashboard?branchId=99999`)).status).toBe(422);
    expect((await fetchJson(`${guarded.url}/dashboard`, { headers: as("member") })).status).toBe(403);
    expect((await fetchJson(`${guarded.url}/dashboard`, { headers: as("secretary") })).status).toBe(200);
  });
});

describe("the before/after comparison of the seed (July 2021, three years each side)", () => {
  const compare = async (scope: string, headers?: Record<string, string>) =>
    fetchJson<Comparison>(`${(headers ? guarded : api).url}/before-after?scope=${scope}&cutOver=2021-07-01&years=3`, { headers });

  it.each([["hospital"], [String(SEED_INDICATOR_BRANCH_ID)]])("scope %s: every group changed significantly but clinical services", async (scope) => {
    const { status, body } = await compare(scope);
    expect(status).toBe(200);
    const entered = body.rows.filter((r) => r.source === "entered");
    expect(new Set(entered.map((r) => r.group)).size).toBe(6);
    for (const row of entered) {
      expect(row.before.n, String(row.name)).toBeGreaterThanOrEqual(12);
      expect(row.after.n).toBe(row.before.n);
      expect(row.significant, `${String(row.name)}: p ${row.welch?.p}`).toBe(row.group !== "clinical_services");
      expect(row.mannWhitney!.p < 0.05, `${String(row.name)}: U p ${row.mannWhitney?.p}`).toBe(row.group !== "clinical_services");
    }
  });

  it("says too few values where the records do not reach back (organizational life before the system)", async () => {
    const { body } = await compare(String(SEED_INDICATOR_BRANCH_ID));
    const computed = body.rows.find((r) => r.source === "computed")!;
    expect(computed).toMatchObject({ tooFew: true, welch: null, mannWhitney: null });
  });

  it("refuses a bad window with 422; a member sees only the public hospital-wide indicators", async () => {
    expect((await fetchJson(`${api.url}/before-after?cutOver=2021-13-01`)).status).toBe(422);
    expect((await fetchJson(`${api.url}/before-after?cutOver=2021-07-01&years=0`)).status).toBe(422);
    expect((await fetchJson(`${api.url}/before-after?cutOver=2021-07-01&scope=nope`)).status).toBe(422);
    const member = await compare("hospital", as("member"));
    expect(member.status).toBe(200);
    const publicNames = guarded.seed.indicators.filter((i) => i.public && i.level === "hospital").map((i) => i.name);
    expect(member.body.rows.map((r) => r.name).sort()).toEqual(publicNames.sort());
    expect((await compare(String(SEED_INDICATOR_BRANCH_ID), as("member"))).status).toBe(403);
    const values = await fetchJson<Row[]>(`${guarded.url}/indicator-values?_start=0&_end=500`, { headers: as("member") });
    expect(values.body.length).toBeGreaterThan(0);
    expect(values.body.every((v) => v.public === true && v.level === "hospital")).toBe(true);
  });
});

describe("indicator values", () => {
  const value = (patch: Record<string, unknown> = {}) => ({ indicatorId: 5, branchId: null, period: "2030-Q1", value: 21, ...patch });
  const all = async () => JSON.stringify((await fetchJson(`${api.url}/indicator-values?_start=0&_end=500&_sort=id&_order=desc`)).body);

  it.each([
    ["a month for a quarterly indicator", value({ period: "2030-07" }), "period", "party.rules.indicatorPeriodFormat"],
    ["a duplicate period", value({ period: "2018-Q3" }), "period", "party.rules.indicatorValueDuplicate"],
    ["a branch value without its branch", value({ indicatorId: 8 }), "branchId", "party.rules.indicatorBranchRequired"],
    ["no value", value({ value: null }), "value", "party.validation.required"],
  ])("refuses %s with 422 and stores nothing", async (_label, body, field, key) => {
    const before = await all();
    const res = await fetchJson<{ errors: Record<string, string[]> }>(`${api.url}/indicator-values`, { method: "POST", json: body });
    expect(res.status).toBe(422);
    expect(res.body.errors[field]).toContain(key);
    expect(await all()).toBe(before);
  });

  it("stores a valid one, derives its indicator's group, and writes the audit trail", async () => {
    const created = await fetchJson<Row>(`${api.url}/indicator-values`, { method: "POST", json: value() });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const read = await fetchJson<Row>(`${api.url}/indicator-values/${created.body.id}`);
    expect(read.body).toMatchObject({ group: "research_outputs", level: "hospital", value: 21 });
    const trail = await fetchJson<Row[]>(`${api.url}/audit-logs?resource=indicator-values&recordId=${created.body.id}`);
    expect(trail.body.map((e) => e.action)).toContain("create");
  });

  it("a secretary enters their own branch's values only; a member none", async () => {
    const branchValue = { indicatorId: 8, period: "2031-Q1", value: 85 };
    expect((await fetchJson(`${guarded.url}/indicator-values`, { method: "POST", json: { ...branchValue, branchId: user("secretary").branchId }, headers: as("secretary") })).status).toBe(201);
    expect((await fetchJson(`${guarded.url}/indicator-values`, { method: "POST", json: { ...branchValue, branchId: SEED_INDICATOR_BRANCH_ID }, headers: as("secretary") })).status).toBe(403);
    expect((await fetchJson(`${guarded.url}/indicator-values`, { method: "POST", json: { ...branchValue, branchId: user("member").branchId }, headers: as("member") })).status).toBe(403);
    expect((await fetchJson(`${guarded.url}/indicators`, { method: "POST", json: { name: "新指标", group: "team_cohesion", unit: "分", level: "hospital", period: "year", source: "entered" }, headers: as("secretary") })).status).toBe(403);
  });
});
