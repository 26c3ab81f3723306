// A built-in resource's permissions, set on the settings page: the mock API narrows the built-in
// roles' rules by them (403), gives a role an administrator added exactly what they list, on its
// rows (its branch's, or those its users created), and refuses permissions naming a role that does not exist (422, nothing stored).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rulePermissions } from "../../src/domain/access";
import type { ResourcePermissions } from "../../src/domain/permissions";
import { ADDED_ROLE_ACCOUNT } from "../../mock-api/seed/users";
import type { ResourceSettings } from "../../src/schema/settingsTypes";
import { fetchJson, startMockApi, type MockApi } from "../support/mockApi";

const as = (user: string) => ({ authorization: `Bearer demo-token-${user}` });
let api: MockApi;
let inspectorBranch: unknown;

beforeAll(async () => {
  api = await startMockApi({ roles: true });
  // The seeded discipline inspector (纪检委员): a role an administrator added as an option of accounts' role.
  inspectorBranch = api.seed.accounts.find((u) => u.username === ADDED_ROLE_ACCOUNT.username)!.branchId;
});
afterAll(() => api?.close());

const settingsOf = async (id: string) => (await fetchJson<ResourceSettings[]>(`${api.url}/resource-settings`, { headers: as("admin") })).body.find((s) => s.id === id);
const save = (permissions: ResourcePermissions) => fetchJson<Record<string, unknown>>(`${api.url}/resource-settings`, { method: "POST", headers: as("admin"), json: { id: "members", permissions } });
const withRoles = (roles: ResourcePermissions["roles"], extra: Partial<ResourcePermissions> = {}): ResourcePermissions => {
  const { overRules: _, ...today } = rulePermissions("members");
  return { ...today, ...extra, roles: { ...today.roles, ...roles } };
};
const members = (user: string) => fetchJson<{ id: number; branchId: number }[]>(`${api.url}/members?_end=500`, { headers: as(user) });

describe("a built-in resource's permissions", () => {
  it("give an added role nothing until they list it", async () => {
    expect((await members("jijian")).status).toBe(403);
  });

  it("refuse a role that does not exist, storing nothing", async () => {
    const res = await save(withRoles({ list: ["secretary", "member", "auditor"] }));
    expect(res.status).toBe(422);
    expect((res.body.errors as Record<string, string[]>)["permissions.roles"]).toContain("party.lowcode.errors.unknownRole");
    expect(await settingsOf("members")).toBeUndefined();
  });

  it("narrow a built-in role and open the listed actions to an added role, on its branch's rows", async () => {
    const saved = await save(withRoles({ create: [], list: ["secretary", "member", "discipline"], show: ["secretary", "member", "discipline"] }, { scope: "branch", branchField: "branchId" }));
    expect(saved.status).toBe(201);

    const own = api.seed.members.find((m) => m.branchId === inspectorBranch)!;
    const other = api.seed.members.find((m) => m.branchId !== inspectorBranch)!;
    const secretaryBranch = api.seed.accounts.find((u) => u.role === "secretary")!.branchId;
    const ownOfSecretary = api.seed.members.find((m) => m.branchId === secretaryBranch)!;
    const fresh = { ...ownOfSecretary, id: undefined, name: "郑新", idNumber: undefined };
    expect((await fetchJson(`${api.url}/members`, { method: "POST", headers: as("secretary"), json: fresh })).status).toBe(403);
    expect((await members("secretary")).status).toBe(200);

    const seen = await members("jijian");
    expect(seen.status).toBe(200);
    expect(seen.body.length).toBeGreaterThan(0);
    expect(seen.body.every((m) => m.branchId === inspectorBranch)).toBe(true);
    expect((await fetchJson(`${api.url}/members/${own.id}`, { headers: as("jijian") })).status).toBe(200);
    expect((await fetchJson(`${api.url}/members/${other.id}`, { headers: as("jijian") })).status).toBe(403);
    expect((await fetchJson(`${api.url}/members/${own.id}`, { method: "PATCH", headers: as("jijian"), json: { phone: "13800000000" } })).status).toBe(403);
    // Administrators may still do everything.
    expect((await fetchJson(`${api.url}/members/${other.id}`, { headers: as("admin") })).status).toBe(200);
  });

  it("give an added role the records its users created, imported ones too, and never take a creator a client sends", async () => {
    const stored = await fetchJson(`${api.url}/resource-settings`, {
      method: "POST",
      headers: as("admin"),
      json: { id: "articles", permissions: { roles: { list: ["discipline"], show: ["discipline"], create: ["discipline"], edit: ["discipline"] }, scope: "own" } },
    });
    expect(stored.status).toBe(201);
    const inspector = api.seed.accounts.find((u) => u.username === ADDED_ROLE_ACCOUNT.username)!;
    const article = (title: string) => ({ title, category: "policy", status: "draft", body: "学习要点", pinned: false, createdBy: "1" });
    const created = await fetchJson<Record<string, unknown>>(`${api.url}/articles`, { method: "POST", headers: as("jijian"), json: article("纪检学习一") });
    expect(created.status).toBe(201);
    expect(created.body.createdBy).toBe(String(inspector.id));
    const imported = await fetchJson<{ status: number; record?: Record<string, unknown> }[]>(`${api.url}/articles/_bulk`, { method: "POST", headers: as("jijian"), json: [article("纪检学习二")] });
    expect(imported.body.map((item) => [item.status, item.record?.createdBy])).toEqual([[201, String(inspector.id)]]);

    const seen = await fetchJson<{ title: string }[]>(`${api.url}/articles?_end=500`, { headers: as("jijian") });
    expect(seen.body.map((a) => a.title).sort()).toEqual(["纪检学习一", "纪检学习二"]);
    const others = api.seed.articles[0]!;
    expect((await fetchJson(`${api.url}/articles/${others.id}`, { headers: as("jijian") })).status).toBe(403);
    // Nor can an edit make a record someone else's, or take another's.
    const edited = await fetchJson<Record<string, unknown>>(`${api.url}/articles/${created.body.id}`, { method: "PATCH", headers: as("jijian"), json: { title: "纪检学习（改）", createdBy: "1", version: 1 } });
    expect(edited.status).toBe(200);
    expect(edited.body.createdBy).toBe(String(inspector.id));
    expect((await fetchJson(`${api.url}/articles/${others.id}`, { method: "PATCH", headers: as("jijian"), json: { title: "改", version: others.version } })).status).toBe(403);
    // The built-in roles keep their rules: the administrator still sees every article.
    expect((await fetchJson<unknown[]>(`${api.url}/articles?_end=500`, { headers: as("admin") })).body.length).toBe(api.seed.articles.length + 2);
  });

  it("keep a member's rating of a commitment to the rating alone", async () => {
    const stored = await fetchJson(`${api.url}/resource-settings`, { method: "POST", headers: as("admin"), json: { id: "commitments", permissions: (({ overRules: _, ...p }) => p)(rulePermissions("commitments")) } });
    expect(stored.status).toBe(201);
    const member = api.seed.accounts.find((u) => u.role === "member")!;
    const rated = api.seed.commitments.find((c) => c.targetBranchId === member.branchId && c.status !== "draft")!;
    const res = await fetchJson(`${api.url}/commitments/${rated.id}`, { method: "PATCH", headers: as("member"), json: { title: "改写的标题", version: rated.version } });
    expect(res.status).toBe(403);
  });
});
