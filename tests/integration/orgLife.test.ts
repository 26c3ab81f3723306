// Organizational life against the real mock API with roles: each refusal answers 422 on its field
// and stores nothing; members see only their own branch's minutes; the compliance endpoint uses the
// same functions as the branches' warnings.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { complianceReport, type ComplianceReport } from "../../src/domain/compliance";
import { fetchJson, startMockApi, type MockApi } from "../support/mockApi";
import { memberMaker } from "../support/newMember";

let api: MockApi;
type Rec = Record<string, unknown>;

beforeAll(async () => {
  api = await startMockApi({ roles: true });
});
afterAll(() => api?.close());

const as = (user: "admin" | "secretary" | "member") => ({ authorization: `Bearer demo-token-${user}` });
const get = <T = Rec>(path: string, user: "admin" | "secretary" | "member" = "admin") => fetchJson<T>(`${api.url}${path}`, { headers: as(user) });
const post = (path: string, json: unknown, user: "admin" | "secretary" | "member" = "admin") => fetchJson<Rec>(`${api.url}${path}`, { method: "POST", json, headers: as(user) });
/** Every record of a list, paged through with _start/_end (the API answers at most 500 a page). */
async function all(path: string, user: "admin" | "secretary" | "member" = "admin"): Promise<Rec[]> {
  const records: Rec[] = [];
  for (let start = 0; ; start += 500) {
    const page = await get<Rec[]>(`${path}${path.includes("?") ? "&" : "?"}_start=${start}&_end=${start + 500}`, user);
    expect(page.status).toBe(200);
    records.push(...page.body);
    if (page.body.length < 500 || records.length >= page.total!) return records;
  }
}
const count = async (path: string) => (await fetchJson(`${api.url}${path}${path.includes("?") ? "&" : "?"}_limit=1`, { headers: as("admin") })).total!;

const secretary = () => api.seed.accounts.find((u) => u.role === "secretary")!;
const ownBranch = () => api.seed.branches.find((b) => b.id === secretary().branchId)!;
const rosterOf = (branchId: number) => api.seed.members.filter((m) => m.branchId === branchId && (m.stage === "full" || m.stage === "probationary") && !m.lostContact);

/** A held 支部党员大会 of the secretary's branch: every full member present except `away`. */
function generalMeeting(away: number, resolutions: Rec[]): Rec {
  const branch = ownBranch();
  const people = rosterOf(branch.id).filter((m) => m.partyStatus === "normal" && !m.floating);
  return {
    title: "测试支部党员大会",
    branchId: branch.id,
    kind: "general_meeting",
    status: "held",
    date: "2026-11-20",
    attendance: people.map((m, i) => ({ memberId: m.id, status: i < away ? "absent" : "present", voting: m.stage === "full" })),
    resolutions,
  };
}

describe("meetings: refusals answer 422 on the field and store nothing", () => {
  const refused = async (body: Rec, field: string, key: string) => {
    const before = await count("/meetings");
    const answer = await post("/meetings", body, "secretary");
    expect([answer.status, (answer.body.errors as Record<string, string[]>)?.[field]]).toEqual([422, [key]]);
    expect(await count("/meetings")).toBe(before);
  };
  it("votes that do not add up", async () => {
    const meeting = generalMeeting(0, []);
    const voters = (meeting.attendance as Rec[]).filter((a) => a.voting).length;
    await refused({ ...meeting, resolutions: [{ title: "决议", yes: voters - 2, no: 0, abstain: 0 }] }, "resolutions", "party.rules.votesDoNotAddUp");
  });
  it("more votes than voters present", async () => {
    const meeting = generalMeeting(3, []);
    const voters = (meeting.attendance as Rec[]).filter((a) => a.voting && a.status === "present").length;
    await refused({ ...meeting, resolutions: [{ title: "决议", yes: voters + 1, no: 0, abstain: 0 }] }, "resolutions", "party.rules.votesExceedVoters");
  });
  it("a vote given to a 预备党员", async () => {
    const meeting = generalMeeting(0, []);
    const probationary = rosterOf(ownBranch().id).find((m) => m.stage === "probationary" && m.partyStatus === "normal" && !m.floating);
    if (!probationary) throw new Error("the secretary's branch has no probationary member to test with");
    const attendance = (meeting.attendance as Rec[]).map((a) => (a.memberId === probationary.id ? { ...a, voting: true } : a));
    await refused({ ...meeting, attendance }, "attendance", "party.rules.probationaryNoVote");
  });
  it("an excluded person without a reason, and a link that is not http(s)", async () => {
    const meeting = generalMeeting(0, []);
    const attendance = [{ ...(meeting.attendance as Rec[])[0], status: "excluded" }, ...(meeting.attendance as Rec[]).slice(1)];
    await refused({ ...meeting, attendance }, "attendance", "party.rules.exclusionReasonRequired");
    await refused({ ...meeting, attachments: [{ kind: "photo", url: "ftp://intranet.example/a.jpg" }] }, "attachments", "party.validation.itemsRow");
  });
  it("a secretary cannot record another branch's meeting (403)", async () => {
    const other = api.seed.branches.find((b) => b.id !== ownBranch().id)!;
    const answer = await post("/meetings", { ...generalMeeting(0, []), branchId: other.id, attendance: [], status: "planned", date: "2026-12-20" }, "secretary");
    expect(answer.status).toBe(403);
  });
});

describe("meetings: what the backend derives", () => {
  it("a resolution that fails 双过半 is stored, and reads back with its outcome and the reason", async () => {
    const meeting = generalMeeting(0, []);
    const voters = (meeting.attendance as Rec[]).filter((a) => a.voting).length;
    const yes = Math.floor(voters / 2); // exactly half is not more than half
    const created = await post("/meetings", { ...meeting, resolutions: [{ title: "关于确定发展对象的决议", yes, no: voters - yes, abstain: 0 }] }, "secretary");
    expect(created.status).toBe(201);
    const read = (await get<Rec>(`/meetings/${created.body.id}`, "secretary")).body;
    expect(read).toMatchObject({ quorate: true, presentCount: (meeting.attendance as Rec[]).length });
    expect((read.resolutions as Rec[])[0].outcome).toBe("failed_majority");
  });
});

describe("roles: a member sees their own branch's meetings only", () => {
  it("lists only their branch, and 403 on another branch's minutes", async () => {
    const member = api.seed.accounts.find((u) => u.role === "member")!;
    const list = await get<Rec[]>("/meetings?_limit=50", "member");
    expect(list.status).toBe(200);
    expect(list.body.length).toBeGreaterThan(0);
    expect(new Set(list.body.map((m) => m.branchId))).toEqual(new Set([member.branchId]));
    const other = api.seed.meetings.find((m) => m.branchId !== member.branchId)!;
    expect((await get(`/meetings/${other.id}`, "member")).status).toBe(403);
    const own = api.seed.meetings.find((m) => m.branchId === member.branchId)!;
    expect((await get(`/meetings/${own.id}`, "member")).status).toBe(200);
  });
  it("a member sees their own appraisal only; a secretary their branch's", async () => {
    const member = api.seed.accounts.find((u) => u.role === "member")!;
    const mine = await get<Rec[]>("/appraisals", "member");
    expect(mine.body.every((a) => a.memberId === member.memberId)).toBe(true);
    const other = api.seed.appraisals.find((a) => a.memberId !== member.memberId)!;
    expect((await get(`/appraisals/${other.id}`, "member")).status).toBe(403);
    const branch = await get<Rec[]>("/appraisals?_limit=500", "secretary");
    expect(new Set(branch.body.map((a) => a.branchId))).toEqual(new Set([secretary().branchId]));
  });
});

describe("appraisals: the 1/3 cap and the other refusals", () => {
  it("a fourth 优秀 in a branch of nine is refused with the cap, and nothing is stored", async () => {
    const branch = (await post("/branches", { name: "测试九人党支部", type: "functional" })).body;
    const newMember = memberMaker(api.seed);
    const nine: Rec[] = [];
    for (let i = 0; i < 9; i++) nine.push((await post("/members", newMember(900 + i, { branchId: branch.id, stage: "full" }))).body);
    expect(nine.every((m) => typeof m.id === "number")).toBe(true);
    for (const m of nine.slice(0, 3)) expect((await post("/appraisals", { year: 2026, branchId: branch.id, memberId: m.id, grade: "excellent" })).status).toBe(201);
    const before = await count("/appraisals");
    const fourth = await post("/appraisals", { year: 2026, branchId: branch.id, memberId: nine[3].id, grade: "excellent" });
    expect(fourth.status).toBe(422);
    expect((fourth.body.errors as Record<string, string[]>).grade).toEqual(["party.rules.excellentCap"]);
    expect(await count("/appraisals")).toBe(before);
    expect((await post("/appraisals", { year: 2026, branchId: branch.id, memberId: nine[3].id, grade: "qualified" })).status).toBe(201);
  });
  it("不合格 without a follow-up, a grade for a 预备党员, a second appraisal of the same year", async () => {
    const branch = ownBranch();
    const full = rosterOf(branch.id).find((m) => m.stage === "full" && !api.seed.appraisals.some((a) => a.memberId === m.id && a.year === 2026))!;
    const before = await count("/appraisals");
    const unqualified = await post("/appraisals", { year: 2026, branchId: branch.id, memberId: full.id, grade: "unqualified" }, "secretary");
    expect([unqualified.status, Object.keys(unqualified.body.errors as object).sort()]).toEqual([422, ["followUpAction", "followUpDeadline"]]);
    const probationary = rosterOf(branch.id).find((m) => m.stage === "probationary");
    if (probationary) {
      const graded = await post("/appraisals", { year: 2026, branchId: branch.id, memberId: probationary.id, grade: "qualified" }, "secretary");
      expect((graded.body.errors as Record<string, string[]>).grade).toEqual(["party.rules.probationaryUngraded"]);
    }
    const seeded = api.seed.appraisals.find((a) => a.branchId === branch.id)!;
    const twice = await post("/appraisals", { year: seeded.year, branchId: branch.id, memberId: seeded.memberId, grade: seeded.grade }, "secretary");
    expect((twice.body.errors as Record<string, string[]>).memberId).toEqual(["party.rules.appraisalDuplicate"]);
    expect(await count("/appraisals")).toBe(before);
  });
});

describe("compliance", () => {
  it("GET /compliance answers the domain function's report over the stored meetings", async () => {
    const answer = await get<ComplianceReport>("/compliance?year=2026&kind=committee_meeting", "admin");
    expect(answer.status).toBe(200);
    const meetings = (await all("/meetings")).map((m) => ({ id: m.id, branchId: m.branchId, kind: String(m.kind), date: String(m.date), status: m.status }));
    const branches = await all("/branches");
    expect(answer.body).toEqual(JSON.parse(JSON.stringify(complianceReport(branches, meetings, { year: 2026, today: "2026-11-22", kinds: ["committee_meeting"] }))));
  });
  it("narrows a member to their branch, filters by branch type, refuses a bad kind", async () => {
    const member = api.seed.accounts.find((u) => u.role === "member")!;
    expect((await get<ComplianceReport>("/compliance", "member")).body.rows.map((r) => r.branchId)).toEqual([member.branchId]);
    const functional = (await get<ComplianceReport>("/compliance?branchType=functional")).body.rows;
    expect(functional.length).toBeGreaterThan(0);
    expect(functional.every((r) => r.type === "functional")).toBe(true);
    expect((await get("/compliance?kind=picnic")).status).toBe(422);
    expect((await fetchJson(`${api.url}/compliance`)).status).toBe(401);
  });
  it("most branches are compliant, the two seeded behind are clearly behind", async () => {
    const rows = (await get<ComplianceReport>("/compliance?year=2026")).body.rows;
    const missing = rows.map((r) => r.missing).sort((a, b) => a - b);
    const median = missing[Math.floor(missing.length / 2)];
    const behind = rows.filter((r) => r.name === "皮肤科党支部" || r.name === "审计处党支部");
    expect(behind.every((r) => r.missing > 3 * Math.max(1, median))).toBe(true);
    const branch = (await get<Rec>(`/branches/${behind[0].branchId}`)).body;
    expect(branch.missingActivityCount).toBeGreaterThan(5);
  });
});

describe("members' organizational life", () => {
  it("derives the months without organizational life; the seeded absentees reach the warning and the review", async () => {
    const members = await all("/members?orgLifeMonths_gte=3");
    const months = members.map((m) => Number(m.orgLifeMonths));
    expect(months.filter((m) => m >= 6).length).toBeGreaterThanOrEqual(2);
    expect(months.some((m) => m >= 3 && m < 6)).toBe(true);
  });
});
