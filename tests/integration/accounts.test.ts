// /accounts: the sign-in accounts over the real mock API with roles on. The password is write-only
// (no answer, list, search or audit entry carries it), writes are judged like the form (422, nothing
// stored), only administrators reach the accounts (403), a disabled account cannot sign in, a new
// password ends the old sign-in, and an account with a role added by name signs in with no rights.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADDED_ROLE, ADDED_ROLE_ACCOUNT } from "../../mock-api/seed/users";
import { can, type PartyUser } from "../../src/domain/access";
import { fetchJson, startMockApi, type MockApi } from "../support/mockApi";

type Row = Record<string, unknown>;
let api: MockApi;
beforeAll(async () => {
  api = await startMockApi({ roles: true });
});
afterAll(() => api?.close());

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const as = (user: string) => bearer(`demo-token-${user}`);
const call = <T = Row>(method: string, path: string, json?: unknown, headers: Record<string, string> = as("admin")) =>
  fetchJson<T>(`${api.url}${path}`, { method, headers, json });
const login = (username: string, password: string) => call<{ token?: string; user?: PartyUser; message?: string }>("POST", "/auth/login", { username, password }, {});
/** The accounts as the administrator reads them, to tell that a refused write stored nothing. */
const stored = async () => JSON.stringify((await call("GET", "/accounts?_sort=id")).body);
const branch = () => api.seed.branches[1].id;

let n = 0;
/** A valid new account (a unique login name each time). */
const account = (extra: Row = {}): Row => ({ username: `zhang${++n}`, name: `张${n}`, role: "member", branchId: branch(), password: "long-enough-1", disabled: false, ...extra });
const create = async (extra: Row = {}) => {
  const res = await call("POST", "/accounts", account(extra));
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
};

/** No key named password or token, and no password's text, anywhere in an answer. */
function expectNoSecret(body: unknown, ...passwords: string[]) {
  const text = JSON.stringify(body);
  expect(text).not.toMatch(/"(password|token)"/);
  for (const password of passwords) expect(text).not.toContain(password);
}

describe("the password never leaves the backend", () => {
  it("not in the list, a record, nor the answers of create, update, replace, a conflict or a bulk create", async () => {
    const list = await call<Row[]>("GET", "/accounts");
    expect(list.status).toBe(200);
    expect(list.body.map((a) => a.username)).toEqual(["admin", "secretary", "member", ADDED_ROLE_ACCOUNT.username]);
    expectNoSecret(list.body, "demo123", ADDED_ROLE_ACCOUNT.password);
    expectNoSecret((await call("GET", "/accounts/1")).body, "demo123");
    const created = await create({ password: "created-secret" });
    expectNoSecret(created, "created-secret");
    const patched = await call("PATCH", `/accounts/${created.id}`, { password: "patched-secret", version: created.version });
    expect(patched.status).toBe(200);
    expectNoSecret(patched.body, "created-secret", "patched-secret");
    const { id: _id, ...rest } = patched.body;
    const replaced = await call("PUT", `/accounts/${created.id}`, { ...rest, name: "张改", version: patched.body.version });
    expect(replaced.status, JSON.stringify(replaced.body)).toBe(200);
    expectNoSecret(replaced.body, "patched-secret");
    const conflict = await call("PATCH", `/accounts/${created.id}`, { name: "过期", version: 1 });
    expect(conflict.status).toBe(409);
    expect((conflict.body.current as Row).name).toBe("张改");
    expectNoSecret(conflict.body, "patched-secret");
    const bulk = await call<Row[]>("POST", "/accounts/_bulk", [account({ password: "bulk-secret-1" })]);
    expect(bulk.body[0].status).toBe(201);
    expectNoSecret(bulk.body, "bulk-secret-1");
  });

  it("a search or a filter cannot find an account by its password or token", async () => {
    expect((await call<Row[]>("GET", "/accounts?q=demo123")).body).toEqual([]);
    expect((await call<Row[]>("GET", "/accounts?q=demo-token")).body).toEqual([]);
    expect((await call<Row[]>("GET", `/accounts?q=${ADDED_ROLE_ACCOUNT.username}`)).body.map((a) => a.username)).toEqual([ADDED_ROLE_ACCOUNT.username]);
    // A filter on the password is dropped, not answered: the list is the same as without it.
    const all = (await call<Row[]>("GET", "/accounts")).body.length;
    expect((await call<Row[]>("GET", "/accounts?password=nothing-like-it")).body).toHaveLength(all);
  });

  it("the audit trail records account writes without the password", async () => {
    const created = await create({ password: "audited-secret" });
    await call("PATCH", `/accounts/${created.id}`, { password: "audited-again", name: "审计", version: created.version });
    const trail = await call<Row[]>("GET", `/audit-logs?resource=accounts&recordId=${created.id}`);
    expect(trail.body.map((e) => e.action).sort()).toEqual(["create", "update"]);
    expect((trail.body.find((e) => e.action === "update")!.changes as Row[]).map((c) => c.field)).toEqual(["name"]);
    expectNoSecret(trail.body, "audited-secret", "audited-again");
  });
});

describe("bad writes get 422 and store nothing", () => {
  const cases: [string, Row, string, string][] = [
    ["a login name with capitals", { username: "Zhang" }, "username", "party.validation.pattern"],
    ["a login name in Chinese characters", { username: "张三" }, "username", "party.validation.pattern"],
    ["a login name already taken", { username: "secretary" }, "username", "party.validation.unique"],
    ["a password of 7 characters", { password: "short12" }, "password", "party.validation.minLength"],
    ["no password for a new account", { password: undefined }, "password", "party.rules.accountPasswordRequired"],
    ["a secretary without a branch", { role: "secretary", branchId: null }, "branchId", "party.rules.accountBranchRequired"],
    ["a role nobody added", { role: "auditor" }, "role", "party.validation.enum"],
  ];
  for (const [name, patch, field, key] of cases) {
    it(name, async () => {
      const before = await stored();
      const res = await call("POST", "/accounts", account(patch));
      expect(res.status).toBe(422);
      expect((res.body.errors as Record<string, string[]>)[field]).toContain(key);
      expect(await stored()).toBe(before);
    });
  }

  it("an edit is judged too, and one that leaves the password blank keeps it", async () => {
    const created = await create({ password: "kept-secret-1" });
    const before = await stored();
    const short = await call("PATCH", `/accounts/${created.id}`, { password: "short", version: created.version });
    expect(short.status).toBe(422);
    expect(await stored()).toBe(before);
    const renamed = await call("PATCH", `/accounts/${created.id}`, { name: "改名", password: null, version: created.version });
    expect(renamed.status).toBe(200);
    expect((await login(String(created.username), "kept-secret-1")).status).toBe(200);
  });

  it("the only administrator is not demoted, disabled or deleted; once there is another, it may be", async () => {
    const admin = (await call("GET", "/accounts/1")).body;
    const before = await stored();
    const demoted = await call("PATCH", "/accounts/1", { role: "secretary", branchId: branch(), version: admin.version });
    expect(demoted.status).toBe(422);
    expect((demoted.body.errors as Record<string, string[]>).role).toEqual(["party.rules.lastAdministrator"]);
    const disabled = await call("PATCH", "/accounts/1", { disabled: true, version: admin.version });
    expect((disabled.body.errors as Record<string, string[]>).disabled).toEqual(["party.rules.lastAdministrator"]);
    const deleted = await call("DELETE", "/accounts/1");
    expect([deleted.status, deleted.body.message]).toEqual([409, "party.errors.lastAdministrator"]);
    expect(await stored()).toBe(before);

    const second = await create({ role: "admin", branchId: null });
    expect((await call("PATCH", `/accounts/${second.id}`, { disabled: true, version: second.version })).status).toBe(200);
    // A disabled administrator cannot sign in, so it does not count.
    expect((await call("DELETE", "/accounts/1")).status).toBe(409);
    const enabled = (await call("GET", `/accounts/${second.id}`)).body;
    expect((await call("PATCH", `/accounts/${second.id}`, { disabled: false, version: enabled.version })).status).toBe(200);
    expect((await call("DELETE", `/accounts/${second.id}`)).status).toBe(200);
  });

  it("a role the administrator adds on the settings page is accepted from then on", async () => {
    expect((await call("POST", "/accounts", account({ role: "auditor" }))).status).toBe(422);
    const settings = (await call("GET", "/resource-settings/accounts")).body;
    const option = { value: "auditor", label: { "zh-CN": "审计员", "en-US": "Auditor" } };
    const saved = await call("PATCH", "/resource-settings/accounts", { extraOptions: { role: [...(settings.extraOptions as { role: unknown[] }).role, option] }, version: settings.version });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect((await create({ role: "auditor" })).role).toBe("auditor");
  });
});

describe("only administrators reach the accounts", () => {
  it("a secretary and a member get 403 for the list, a record and every write; nothing changes", async () => {
    const before = await stored();
    for (const user of ["secretary", "member"]) {
      expect((await call("GET", "/accounts", undefined, as(user))).status).toBe(403);
      expect((await call("GET", "/accounts/1", undefined, as(user))).status).toBe(403);
      expect((await call("POST", "/accounts", account(), as(user))).status).toBe(403);
      expect((await call("PATCH", "/accounts/1", { role: "member", version: 1 }, as(user))).status).toBe(403);
      expect((await call("DELETE", "/accounts/1", undefined, as(user))).status).toBe(403);
    }
    expect((await call("GET", "/accounts", undefined, {})).status).toBe(401);
    expect(await stored()).toBe(before);
  });
});

describe("signing in", () => {
  it("a disabled account cannot sign in, and its earlier sign-in stops working", async () => {
    const created = await create({ password: "disable-me-1" });
    const first = await login(String(created.username), "disable-me-1");
    expect(first.status).toBe(200);
    expect((await call("GET", "/auth/me", undefined, bearer(first.body.token!))).status).toBe(200);
    expect((await call("PATCH", `/accounts/${created.id}`, { disabled: true, version: created.version })).status).toBe(200);
    const refused = await login(String(created.username), "disable-me-1");
    expect(refused.status).toBe(401);
    expect(refused.body.message).toBe("party.auth.disabled");
    expect((await call("GET", "/auth/me", undefined, bearer(first.body.token!))).status).toBe(401);
  });

  it("a new password ends the old sign-in; the new one signs in with a new token", async () => {
    const created = await create({ password: "first-secret" });
    const first = await login(String(created.username), "first-secret");
    expect((await call("PATCH", `/accounts/${created.id}`, { password: "second-secret", version: created.version })).status).toBe(200);
    expect((await call("GET", "/auth/me", undefined, bearer(first.body.token!))).status).toBe(401);
    expect((await login(String(created.username), "first-secret")).status).toBe(401);
    const second = await login(String(created.username), "second-secret");
    expect(second.status).toBe(200);
    expect(second.body.token).not.toBe(first.body.token);
    expect((await call("GET", "/auth/me", undefined, bearer(second.body.token!))).body).toMatchObject({ id: created.id, role: "member" });
  });

  it("the seeded demo users sign in as before", async () => {
    for (const user of ["admin", "secretary", "member"]) {
      const res = await login(user, "demo123");
      expect(res.status).toBe(200);
      expect(res.body.token).toBe(`demo-token-${user}`);
    }
  });

  it("an account with an added role signs in, and has no rights until resources' permissions give it some", async () => {
    const created = await create({ username: "jiwei", role: ADDED_ROLE.value, password: "discipline-1" });
    const signedIn = await login("jiwei", "discipline-1");
    expect(signedIn.status).toBe(200);
    const user = signedIn.body.user!;
    expect(user).toMatchObject({ id: created.id, role: ADDED_ROLE.value });
    for (const resource of ["members", "branches", "meetings", "accounts", "audit-logs"]) expect(can(user, "list", resource)).toBe(false);
    expect((await call("GET", "/members", undefined, bearer(signedIn.body.token!))).status).toBe(403);
    expect((await call("GET", "/accounts", undefined, bearer(signedIn.body.token!))).status).toBe(403);
    // The seeded 纪检委员 signs in the same way.
    expect((await login(ADDED_ROLE_ACCOUNT.username, ADDED_ROLE_ACCOUNT.password)).body.user).toMatchObject({ role: ADDED_ROLE.value });
  });
});
