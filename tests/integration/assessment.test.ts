// The assessment loop against the real mock API with roles: issuing a plan makes one task per branch
// in scope; every refusal answers 422 (or 403 for another's branch or move, 409 for a stale version)
// and stores nothing; the secretary reports and rectifies only their own branch's task; members
// read their branch's results once closed; the results carry the cap and the veto.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fiveStarCap } from "../../src/domain/assessmentScoring";
import { fetchJson, startMockApi, TODAY, type MockApi } from "../support/mockApi";

let api: MockApi;
type Rec = Record<string, unknown>;
type User = "admin" | "secretary" | "member";

beforeAll(async () => {
  api = await startMockApi({ roles: true });
});
afterAll(() => api?.close());

const as = (user: User) => ({ authorization: `Bearer demo-token-${user}` });
const get = <T = Rec>(path: string, user: User = "admin") => fetchJson<T>(`${api.url}${path}`, { headers: as(user) });
const send = (method: string, path: string, json: unknown, user: User = "admin") => fetchJson<Rec>(`${api.url}${path}`, { method, json, headers: as(user) });
const stored = async (path: string) => (await get(path)).body;

const secretaryBranch = () => api.seed.accounts.find((u) => u.role === "secretary")!.branchId!;
const otherBranches = () => api.seed.branches.filter((b) => b.id !== secretaryBranch()).slice(0, 2).map((b) => b.id);

/** A two-category plan (70 / 30) with one automatic item, issued to three branches by choice. */
const draftPlan = (title: string): Rec => ({
  title,
  year: 2026,
  status: "draft",
  deadline: "2026-12-20",
  scope: "selected",
  branchIds: [secretaryBranch(), ...otherBranches()],
  categories: [
    { code: "A", name: "基础工作", weight: 70 },
    { code: "B", name: "评议", weight: 30 },
  ],
  indicators: [
    { code: "A1", categoryCode: "A", title: "主题党日按月开展", maxPoints: 10, source: "themed_days" },
    { code: "A2", categoryCode: "A", title: "支部班子建设", maxPoints: 10 },
    { code: "B1", categoryCode: "B", title: "党委综合评议", maxPoints: 10 },
  ],
  vetoes: [{ code: "V1", title: "严重违纪" }],
});

async function issuedPlan(title: string) {
  const created = await send("POST", "/assessment-plans", draftPlan(title));
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const issued = await send("PATCH", `/assessment-plans/${created.body.id}`, { status: "issued", version: created.body.version });
  expect(issued.status, JSON.stringify(issued.body)).toBe(200);
  const tasks = (await get<Rec[]>(`/assessment-tasks?planId=${created.body.id}`)).body;
  return { plan: (await get(`/assessment-plans/${created.body.id}`)).body, tasks, own: tasks.find((t) => t.branchId === secretaryBranch())!, other: tasks.find((t) => t.branchId !== secretaryBranch())! };
}

/** Expects a refusal with this status (and, for 422, this key on this field), and the record unchanged. */
async function refused(path: string, method: string, body: Rec, user: User, status: number, field?: string, key?: string) {
  const before = await stored(path);
  const answer = await send(method, path, body, user);
  expect(answer.status, JSON.stringify(answer.body)).toBe(status);
  if (field) expect((answer.body.errors as Record<string, string[]>)[field]).toEqual([key]);
  expect(await stored(path)).toEqual(before);
}

const countOf = async (path: string) => (await get(`${path}${path.includes("?") ? "&" : "?"}_limit=1`)).total!;

describe("plans", () => {
  it("issuing creates one task per branch in scope, each audited", async () => {
    const before = await countOf("/assessment-tasks");
    const { plan, tasks } = await issuedPlan("三个支部的考核");
    expect(tasks.map((t) => t.branchId).sort()).toEqual([secretaryBranch(), ...otherBranches()].sort());
    expect(tasks.every((t) => t.status === "issued" && t.deadline === "2026-12-20")).toBe(true);
    expect(await countOf("/assessment-tasks")).toBe(before + 3);
    expect(plan.taskCount).toBe(3);
    const trail = (await get<Rec[]>(`/audit-logs?resource=assessment-tasks&action=create`)).body;
    expect(tasks.every((t) => trail.some((e) => e.recordId === String(t.id)))).toBe(true);
  });

  it("refuses weights not adding up to 100 %, a plan born issued, and stores nothing", async () => {
    const before = await countOf("/assessment-plans");
    const bad = await send("POST", "/assessment-plans", { ...draftPlan("权重不对"), categories: [{ code: "A", name: "甲", weight: 70 }, { code: "B", name: "乙", weight: 20 }] });
    expect([bad.status, (bad.body.errors as Rec).categories]).toEqual([422, ["party.rules.assessmentWeightsSum"]]);
    const born = await send("POST", "/assessment-plans", { ...draftPlan("直接下发"), status: "issued" });
    expect([born.status, (born.body.errors as Rec).status]).toEqual([422, ["party.rules.assessmentPlanInitialStatus"]]);
    expect(await countOf("/assessment-plans")).toBe(before);
  });

  it("fixes the sheet once issued and refuses going back to draft", async () => {
    const { plan } = await issuedPlan("下发后不能改");
    const path = `/assessment-plans/${plan.id}`;
    await refused(path, "PATCH", { categories: [{ code: "A", name: "甲", weight: 100 }], version: plan.version }, "admin", 422, "categories", "party.rules.assessmentSheetFixed");
    await refused(path, "PATCH", { status: "draft", version: plan.version }, "admin", 422, "status", "party.rules.assessmentPlanTransition");
    await refused(path, "PATCH", { title: "改名", version: Number(plan.version) - 1 }, "admin", 409);
  });

  it("is the committee's alone", async () => {
    const before = await countOf("/assessment-plans");
    expect((await send("POST", "/assessment-plans", draftPlan("书记建的"), "secretary")).status).toBe(403);
    expect(await countOf("/assessment-plans")).toBe(before);
  });
});

describe("the loop: self-report → evaluation → rectification → closed", () => {
  it("runs through, and refuses every illegal step on the way with nothing stored", async () => {
    const { own, other } = await issuedPlan("闭环测试");
    const path = `/assessment-tasks/${own.id}`;
    const version = () => stored(path).then((t) => t.version);
    const self = [{ code: "A1", score: 9 }, { code: "A2", score: 8 }, { code: "B1", score: 8 }];

    // The secretary's refusals: above the maximum, a missing item, another branch, the committee's move or fields.
    await refused(path, "PATCH", { status: "submitted", selfScores: [{ code: "A1", score: 11 }, ...self.slice(1)], version: await version() }, "secretary", 422, "selfScores", "party.rules.assessmentScoreAboveMax");
    await refused(path, "PATCH", { status: "submitted", selfScores: self.slice(0, 2), version: await version() }, "secretary", 422, "selfScores", "party.rules.assessmentScoreMissing");
    await refused(`/assessment-tasks/${other.id}`, "PATCH", { status: "submitted", selfScores: self, version: other.version }, "secretary", 403);
    await refused(path, "PATCH", { status: "evaluated", version: await version() }, "secretary", 403);
    await refused(path, "PATCH", { status: "submitted", selfScores: self, scores: self, version: await version() }, "secretary", 403);
    // The committee cannot evaluate before the self-report.
    await refused(path, "PATCH", { status: "evaluated", scores: self, version: await version() }, "admin", 422, "status", "party.rules.assessmentTaskTransition");

    const submitted = await send("PATCH", path, { status: "submitted", selfScores: self, selfNote: "逐项自查", version: await version() }, "secretary");
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);

    // The automatic item's suggestion, as the task page shows it.
    const figure = ((await stored(path)).autoFigures as Rec[]).find((f) => f.code === "A1")!;
    expect(figure).toMatchObject({ source: "themed_days", resource: "meetings" });
    const suggested = figure.suggested as number;
    const differing = suggested === 10 ? 9 : suggested + 0.5;
    const low = [{ code: "A1", score: suggested }, { code: "A2", score: 4 }, { code: "B1", score: 9 }];
    await refused(path, "PATCH", { status: "evaluated", scores: [{ code: "A1", score: differing }, ...low.slice(1)], version: await version() }, "admin", 422, "scores", "party.rules.assessmentReasonRequired");
    const evaluated = await send("PATCH", path, { status: "evaluated", scores: low, version: await version() }, "admin");
    expect(evaluated.status, JSON.stringify(evaluated.body)).toBe(200);
    const result = await stored(path);
    expect(result.rectificationCodes).toEqual(["A2"]);
    expect(typeof result.total).toBe("number");

    await refused(path, "PATCH", { status: "closed", version: await version() }, "admin", 422, "status", "party.rules.assessmentRectificationPending");
    await refused(path, "PATCH", { status: "rectification", version: await version() }, "admin", 422, "rectificationDeadline", "party.rules.assessmentRectificationDeadlineRequired");
    expect((await send("PATCH", path, { status: "rectification", rectificationDeadline: "2027-01-31", version: await version() }, "admin")).status).toBe(200);

    await refused(path, "PATCH", { status: "rectified", version: await version() }, "secretary", 422, "rectificationReport", "party.rules.assessmentRectificationReportRequired");
    expect((await send("PATCH", path, { status: "rectified", rectificationReport: "班子补齐分工，建立述职制度", version: await version() }, "secretary")).status).toBe(200);
    await refused(path, "PATCH", { status: "closed", version: await version() }, "secretary", 403);
    expect((await send("PATCH", path, { status: "closed", version: await version() }, "admin")).status).toBe(200);

    const row = (await get<Rec>(`/assessment-results/${own.id}`)).body;
    expect(row).toMatchObject({ status: "closed", total: result.total, stars: result.stars });
  });

  it("refuses a self-report once the plan is closed", async () => {
    const { plan, own } = await issuedPlan("已结束的方案");
    expect((await send("PATCH", `/assessment-plans/${plan.id}`, { status: "closed", version: plan.version })).status).toBe(200);
    const self = [{ code: "A1", score: 9 }, { code: "A2", score: 8 }, { code: "B1", score: 8 }];
    await refused(`/assessment-tasks/${own.id}`, "PATCH", { status: "submitted", selfScores: self, version: own.version }, "secretary", 422, "status", "party.rules.assessmentPlanNotOpen");
  });

  it("refuses rectification when nothing is below the line", async () => {
    const { own } = await issuedPlan("无需整改");
    const path = `/assessment-tasks/${own.id}`;
    const self = [{ code: "A2", score: 9 }, { code: "B1", score: 9 }];
    const figure = ((await stored(path)).autoFigures as Rec[]).find((f) => f.code === "A1")!;
    const all = [{ code: "A1", score: figure.suggested as number, reason: "" }, ...self];
    expect((await send("PATCH", path, { status: "submitted", selfScores: all, version: own.version }, "secretary")).status).toBe(200);
    expect((await send("PATCH", path, { status: "evaluated", scores: all, version: 2 }, "admin")).status).toBe(200);
    const { rectificationCodes } = await stored(path);
    // Only when the figure suggests less than 60 % would A1 itself need rectifying; the other items are at 90 %.
    if ((rectificationCodes as string[]).length === 0) {
      await refused(path, "PATCH", { status: "rectification", rectificationDeadline: "2027-01-31", version: 3 }, "admin", 422, "status", "party.rules.assessmentNothingToRectify");
      expect((await send("PATCH", path, { status: "closed", version: 3 }, "admin")).status).toBe(200);
    } else expect(rectificationCodes).toEqual(["A1"]);
  });
});

describe("who reads what", () => {
  it("a secretary lists only their own branch's tasks; a member only their branch's closed ones", async () => {
    const secretary = (await get<Rec[]>("/assessment-tasks?_limit=500", "secretary")).body;
    expect(secretary.length).toBeGreaterThan(0);
    expect(secretary.every((t) => t.branchId === secretaryBranch())).toBe(true);
    const member = (await get<Rec[]>("/assessment-tasks?_limit=500", "member")).body;
    expect(member.every((t) => t.branchId === secretaryBranch() && t.status === "closed")).toBe(true);
    const open = api.seed["assessment-tasks"].find((t) => t.branchId === secretaryBranch() && t.status !== "closed")!;
    expect((await get(`/assessment-tasks/${open.id}`, "member")).status).toBe(403);
    const results = (await get<Rec[]>("/assessment-results?_limit=500", "member")).body;
    expect(results.every((r) => r.branchId === secretaryBranch() && r.status === "closed")).toBe(true);
  });
});

describe("the seeded results", () => {
  it("grade every branch last year, within the five-star cap, a veto held to two stars", async () => {
    const lastYear = Number(TODAY.slice(0, 4)) - 1;
    const rows = (await get<Rec[]>(`/assessment-results?year=${lastYear}&_limit=500`)).body;
    expect(rows).toHaveLength(api.seed.branches.length);
    const five = rows.filter((r) => r.stars === 5).length;
    expect(five).toBeGreaterThan(0);
    expect(five).toBeLessThanOrEqual(fiveStarCap(rows.length));
    expect(rows.some((r) => r.uncappedStars === 5 && r.stars === 4)).toBe(true);
    expect(rows.filter((r) => r.vetoed).every((r) => (r.stars as number) <= 2)).toBe(true);
    expect(new Set(rows.map((r) => r.stars)).size).toBeGreaterThanOrEqual(3);
    const tasks = api.seed["assessment-tasks"].filter((t) => t.planId === 1);
    expect(tasks.some((t) => t.status === "rectification")).toBe(true);
  });
});
