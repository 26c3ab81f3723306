// The education resources on the real mock API with roles enforced: every refusal is 422 with the
// field and stores nothing; a member records only their own online completions; a secretary only
// their branch's training and articles; hours and the branch's share on pace come from the backend.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listenMockApi } from "../../mock-api/listen";
import { generateDb, type SeedDb } from "../../mock-api/seed/generate";
import { generateHostDb } from "../../mock-api/seed/generate-host";

const TODAY = "2026-11-22";
const seed: SeedDb = generateDb({ today: TODAY });
let api: Awaited<ReturnType<typeof listenMockApi>>;
beforeAll(async () => {
  api = await listenMockApi({ data: structuredClone(seed), hostData: generateHostDb(), roles: true, today: () => TODAY });
});
afterAll(() => api?.close());

type Rec = Record<string, unknown>;
const users = Object.fromEntries(seed.accounts.map((u) => [u.role, u]));
async function call(role: "admin" | "secretary" | "member", method: string, path: string, body?: unknown) {
  const res = await fetch(`${api.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${users[role].token}`, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json().catch(() => ({}))) as Rec & { errors?: Record<string, string[]> } };
}
const stored = () => JSON.stringify(api.db.get("study-records").value());

const member = users.member;
const secretary = users.secretary;
const onlineCourse = () => {
  const done = new Set(seed["study-records"].filter((r) => r.memberId === member.memberId && r.date.startsWith("2026")).map((r) => r.courseId));
  return seed.courses.find((c) => c.kind === "online_video" && !done.has(c.id) && c.openFrom <= TODAY && (!c.openTo || c.openTo >= TODAY))!;
};
const completion = (patch: Rec = {}) => ({ memberId: member.memberId, courseId: onlineCourse().id, date: TODAY, hours: onlineCourse().hours, source: "online", centralized: false, ...patch });

describe("study records", () => {
  it("refuses bad records with 422 on the field, storing nothing", async () => {
    const later = seed.courses.find((c) => c.openFrom > "2026-06-01")!;
    const cases: [Rec, string, string][] = [
      [{ hours: 0 }, "hours", "party.rules.studyHoursRange"],
      [{ hours: 24.5 }, "hours", "party.rules.studyHoursRange"],
      [{ courseId: later.id, date: "2026-06-01" }, "date", "party.rules.studyBeforeCourseOpens"],
      [{ evidenceLink: "javascript:alert(1)" }, "evidenceLink", "party.rules.linkScheme"],
      [{ courseId: null, trainingName: null }, "trainingName", "party.rules.courseOrTraining"],
    ];
    for (const [patch, field, key] of cases) {
      const before = stored();
      const res = await call("admin", "POST", "/study-records", completion(patch));
      expect(res.status, JSON.stringify(patch)).toBe(422);
      expect(res.body.errors?.[field], JSON.stringify(res.body)).toContain(key);
      expect(stored()).toBe(before);
    }
  });

  it("a member records their own online completion once per course and year; the hours rise on their record", async () => {
    const before = (await call("member", "GET", `/members/${member.memberId}`)).body;
    const created = await call("member", "POST", "/study-records", completion());
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const after = (await call("member", "GET", `/members/${member.memberId}`)).body;
    expect(after.studyHours).toBe(Math.round((Number(before.studyHours) + onlineCourse().hours) * 100) / 100);

    const snapshot = stored();
    const again = await call("member", "POST", "/study-records", completion({ date: "2026-11-20" }));
    expect(again.status).toBe(422);
    expect(again.body.errors?.courseId).toEqual(["party.rules.studyAlreadyRecorded"]);
    expect(stored()).toBe(snapshot);
  });

  it("a member cannot write another member's record, an offline one, or change their own", async () => {
    const other = seed.members.find((m) => m.stage === "full" && m.id !== member.memberId)!;
    const snapshot = stored();
    expect((await call("member", "POST", "/study-records", completion({ memberId: other.id }))).status).toBe(403);
    expect((await call("member", "POST", "/study-records", completion({ source: "offline", courseId: null, trainingName: "自报培训" }))).status).toBe(403);
    expect((await call("member", "POST", "/study-records/_bulk", [completion({ memberId: other.id })])).status).toBe(403);
    const own = seed["study-records"].find((r) => r.memberId === member.memberId)!;
    expect((await call("member", "PATCH", `/study-records/${own.id}`, { hours: 8, version: own.version })).status).toBe(403);
    expect((await call("member", "DELETE", `/study-records/${own.id}`)).status).toBe(403);
    expect(stored()).toBe(snapshot);
    const list = (await call("member", "GET", "/study-records")).body as unknown as Rec[];
    expect(list.length).toBeGreaterThan(0);
    expect(list.every((r) => r.memberId === member.memberId), "a member lists only their own").toBe(true);
  });

  it("a secretary records their own branch's offline training, not another branch's", async () => {
    const own = seed.members.find((m) => m.branchId === secretary.branchId && m.stage === "full" && m.id !== secretary.memberId)!;
    const other = seed.members.find((m) => m.branchId !== secretary.branchId && m.stage === "full")!;
    const training = { trainingName: "科室集体学习", courseId: null, date: "2026-11-02", hours: 2, source: "offline", centralized: false };
    expect((await call("secretary", "POST", "/study-records", { ...training, memberId: own.id })).status).toBe(201);
    const snapshot = stored();
    expect((await call("secretary", "POST", "/study-records", { ...training, memberId: other.id })).status).toBe(403);
    const bulk = await call("secretary", "POST", "/study-records/_bulk", [{ ...training, memberId: other.id }]);
    expect((bulk.body as unknown as Rec[])[0].status).toBe(403);
    expect(stored()).toBe(snapshot);
  });
});

describe("courses and articles", () => {
  it("only the administrator manages courses; a javascript: link is refused with 422", async () => {
    const course = { title: "测试课程", kind: "online_video", durationMinutes: 40, hours: 1, audience: "all", required: false, openFrom: "2026-01-01" };
    expect((await call("secretary", "POST", "/courses", course)).status).toBe(403);
    const before = JSON.stringify(api.db.get("courses").value());
    const bad = await call("admin", "POST", "/courses", { ...course, link: "javascript:alert(1)" });
    expect(bad.status).toBe(422);
    expect(bad.body.errors?.link).toEqual(["party.rules.linkScheme"]);
    expect(JSON.stringify(api.db.get("courses").value())).toBe(before);
  });

  it("a secretary's articles carry their branch; members read only published ones", async () => {
    const article = { title: "支部动态", category: "news", status: "draft", pinned: false, body: "正文" };
    expect((await call("secretary", "POST", "/articles", article)).status).toBe(403);
    expect((await call("secretary", "POST", "/articles", { ...article, branchId: secretary.branchId })).status).toBe(201);
    const listed = (await call("member", "GET", "/articles")).body as unknown as Rec[];
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.every((a) => a.status === "published")).toBe(true);
    const draft = seed.articles.find((a) => a.status === "draft")!;
    expect((await call("member", "GET", `/articles/${draft.id}`)).status).toBe(403);
    expect(listed[0].readingMinutes).toBeGreaterThan(0);
  });

  it("each branch's share of members on pace is derived by the backend", async () => {
    const list = (await call("admin", "GET", "/branches?_limit=5")).body as unknown as Rec[];
    for (const branch of list) expect(branch.studyOnPaceShare === null || (Number(branch.studyOnPaceShare) >= 0 && Number(branch.studyOnPaceShare) <= 100)).toBe(true);
    expect(list.some((b) => typeof b.studyOnPaceShare === "number")).toBe(true);
  });
});
