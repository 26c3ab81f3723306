// Dues bases, payments and transfer letters against the real mock API: every refusal answers 422
// and stores nothing; a payroll row is matched by ID number; a partial payment leaves the rest
// owed; a received letter moves the member or marks them transferred out.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeIdNumber } from "../../src/domain/idCard";
import { duesFixtures } from "../support/duesFixtures";
import { fetchJson, startMockApi, TODAY, type MockApi } from "../support/mockApi";

let api: MockApi;
let fx: ReturnType<typeof duesFixtures>;
const month = TODAY.slice(0, 7);

beforeAll(async () => {
  api = await startMockApi({ roles: true });
  fx = duesFixtures(api.seed, TODAY);
});
afterAll(() => api?.close());

const as = (user: "admin" | "secretary" | "member") => ({ authorization: `Bearer demo-token-${user}` });
const call = <T = Record<string, unknown>>(method: string, path: string, json?: unknown, user: "admin" | "secretary" | "member" = "admin") =>
  fetchJson<T>(`${api.url}${path}`, { method, json, headers: as(user) });
const stored = async (collection: string) => JSON.stringify((await call<unknown[]>("GET", `/${collection}?_limit=100000`)).body);

/** Sends a write that must be refused: 422 with the key on the field, and the collection unchanged. */
async function refused(method: string, path: string, body: unknown, field: string, key: string) {
  const collection = path.split("/")[1];
  const before = await stored(collection);
  const res = await call<{ details?: Record<string, { key: string }[]> }>(method, path, body);
  expect(res.status, JSON.stringify(res.body)).toBe(422);
  expect(res.body.details?.[field]?.map((e) => e.key), JSON.stringify(res.body)).toContain(key);
  expect(await stored(collection)).toBe(before);
}

const staffBase = (memberId: number, patch: Record<string, unknown> = {}) => ({ memberId, year: 2027, category: "employed", postSalary: 4000, gradeSalary: 1500, basicPerformance: 2500, allowances: 500, incomeTax: 300, ...patch });

describe("dues bases", () => {
  it("derive the base, the monthly amount and the review flag; reward pay is left out", async () => {
    const member = fx.paidUp[0];
    const res = await call("POST", "/dues-bases", staffBase(member.id, { rewardPerformance: 9000 }));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const read = await call("GET", `/dues-bases/${String(res.body.id)}`);
    expect(read.body).toMatchObject({ base: 8200, monthlyAmount: 123, needsReview: false });
  });

  it("a payroll row is matched to the member by ID number, in the bulk import too", async () => {
    const member = fx.paidUp[1];
    const res = await call<{ status: number; record: Record<string, unknown> }[]>("POST", "/dues-bases/_bulk", [
      staffBase(undefined as never, { memberId: undefined, idNumber: member.idNumber }),
      staffBase(undefined as never, { memberId: undefined, idNumber: makeIdNumber("110105", "1990-03-07", 987, "male") }),
    ]);
    expect(res.body.map((item) => item.status)).toEqual([201, 422]);
    expect(res.body[0].record.memberId).toBe(member.id);
    expect((res.body[1] as unknown as { details: Record<string, { key: string }[]> }).details.idNumber[0].key).toBe("party.rules.duesNoMemberWithId");
  });

  it.each([
    ["a negative component", { postSalary: -100 }, "postSalary", "party.validation.min"],
    ["an absurd base", { postSalary: 5_000_000 }, "postSalary", "party.rules.duesBaseAbsurd"],
    ["a pension on a staff base", { basicPension: 3000 }, "basicPension", "party.rules.duesPensionForRetirees"],
    ["tax above pay", { incomeTax: 99_999 }, "incomeTax", "party.rules.duesTaxAbovePay"],
  ])("refuse %s", async (_name, patch, field, key) => {
    await refused("POST", "/dues-bases", staffBase(fx.paidUp[2].id, patch), field, key);
  });

  it("refuse a second base for the same member, year and month", async () => {
    const member = fx.paidUp[3];
    expect((await call("POST", "/dues-bases", staffBase(member.id))).status).toBe(201);
    await refused("POST", "/dues-bases", staffBase(member.id), "fromMonth", "party.rules.duesBaseDuplicate");
  });
});

describe("dues payments", () => {
  const payment = (memberId: number, patch: Record<string, unknown> = {}) => ({ memberId, paidDate: TODAY, amount: 1, fromMonth: month, months: 1, method: "cash", ...patch });

  it.each([
    ["a payment covering 7 months", { months: 7 }, "months", "party.rules.duesPaymentMonths"],
    ["arrears reaching back 7 months", { fromMonth: "2026-04" }, "fromMonth", "party.rules.duesArrearsLimit"],
    ["an advance reaching 7 months ahead", { fromMonth: "2027-01", months: 6 }, "months", "party.rules.duesAdvanceLimit"],
    ["a payment dated tomorrow", { paidDate: "2026-11-23" }, "paidDate", "party.rules.duesPaidInFuture"],
    ["more than is owed", { amount: 99_999 }, "amount", "party.rules.duesAboveOwed"],
    ["a month in a year without a base", { fromMonth: "2027-02" }, "fromMonth", "party.rules.duesMonthNotOwed"],
  ])("refuse %s", async (_name, patch, field, key) => {
    await refused("POST", "/dues-payments", payment(fx.dueThisMonth[0].id, patch), field, key);
  });

  it("a partial payment leaves the rest owed in the ledger, and a second settles it", async () => {
    const member = fx.dueThisMonth[1];
    const ledger = async () => (await call<Record<string, unknown>[]>("GET", `/dues-ledger?branchId=${member.branchId}&month=${month}`)).body.find((r) => r.memberId === member.id)!;
    const owed = Number((await ledger()).owed);
    expect((await call("POST", "/dues-payments", payment(member.id, { amount: 1 }))).status).toBe(201);
    expect(await ledger()).toMatchObject({ paid: 1, remaining: Math.round((owed - 1) * 100) / 100, status: "partial" });
    const created = await call("POST", "/dues-payments", payment(member.id, { amount: Math.round((owed - 1) * 100) / 100 }));
    expect(created.status).toBe(201);
    expect(created.body.branchId).toBe(member.branchId);
    expect(await ledger()).toMatchObject({ remaining: 0, status: "paid" });
  });

  it("a member sees only their own ledger row and payments; a secretary cannot record for another branch", async () => {
    const me = api.seed.accounts.find((u) => u.role === "member")!;
    const rows = (await call<Record<string, unknown>[]>("GET", `/dues-ledger?branchId=${me.branchId}&month=${month}`, undefined, "member")).body;
    expect(rows.map((r) => r.memberId)).toEqual([me.memberId]);
    const payments = (await call<Record<string, unknown>[]>("GET", "/dues-payments?_limit=50", undefined, "member")).body;
    expect(payments.length).toBeGreaterThan(0);
    expect(payments.every((p) => p.memberId === me.memberId)).toBe(true);
    const stranger = fx.dueThisMonth.find((m) => m.branchId !== me.branchId)!;
    expect((await call("POST", "/dues-payments", payment(stranger.id), "secretary")).status).toBe(403);
    expect((await call("POST", "/dues-payments", payment(stranger.id), "member")).status).toBe(403);
  });

  it("the collection rates cover every branch and the hospital", async () => {
    const rows = (await call<{ branchId: unknown; cells: Record<string, { rate?: number }> }[]>("GET", "/dues-collection?year=2026")).body;
    expect(rows.at(-1)!.branchId).toBeNull();
    expect(rows.length).toBe(new Set(api.seed.members.map((m) => m.branchId)).size + 1);
    const october = rows.at(-1)!.cells["2026-10"].rate!;
    expect(october).toBeGreaterThan(0.9);
    expect(october).toBeLessThan(1);
  });
});

describe("transfer letters", () => {
  const otherBranch = (branchId: number) => api.seed.branches.find((b) => b.id !== branchId && b.type === "clinical")!.id;
  let serial = 0;
  const letter = (member: { id: number; branchId: number }, patch: Record<string, unknown> = {}) => ({
    serialNo: `T-${member.id}-${++serial}`,
    kind: "between",
    memberId: member.id,
    fromBranchId: member.branchId,
    toBranchId: otherBranch(member.branchId),
    issueDate: TODAY,
    validityDays: 30,
    duesPaidThrough: month,
    status: "issued",
    ...patch,
  });

  it.each([
    ["a validity of 120 days", { validityDays: 120 }, "validityDays", "party.validation.max"],
    ["a receipt before the issue date", { status: "issued", receiptDate: "2026-11-01", issueDate: "2026-11-10" }, "receiptDate", "party.rules.transferReceiptBeforeIssue"],
    ["a new letter already received", { status: "received", receiptDate: TODAY, handler: "王敏" }, "status", "party.rules.transferInitialStatus"],
    ["writing expired", { status: "expired" }, "status", "party.rules.transferExpiredDerived"],
    ["the same branch on both sides", { toBranchId: undefined }, "toBranchId", "party.rules.transferSameBranch"],
    ["dues shown to before the month of issue", { duesPaidThrough: "2026-10" }, "duesPaidThrough", "party.rules.transferDuesBeforeIssue"],
  ])("refuse %s", async (_name, patch, field, key) => {
    const member = fx.paidUp[10];
    const body = letter(member, patch);
    if (field === "toBranchId") body.toBranchId = member.branchId;
    await refused("POST", "/transfers", body, field, key);
  });

  it("refuse a letter before the dues are paid up to its month", async () => {
    const member = fx.behind[0];
    await refused("POST", "/transfers", letter(member), "duesPaidThrough", "party.rules.transferDuesNotPaid");
  });

  it("a letter between branches copies the member's particulars, and moves the member when received", async () => {
    const member = fx.paidUp[11];
    const created = await call("POST", "/transfers", letter(member));
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body, JSON.stringify(created.body)).toMatchObject({ memberName: member.name, gender: member.gender, membership: "full", status: "issued" });
    const id = String(created.body.id);
    expect((await call("GET", `/transfers/${id}`)).body).toMatchObject({ expiryDate: "2026-12-22", status: "issued" });
    await refused("PATCH", `/transfers/${id}`, { status: "received", version: 1 }, "receiptDate", "party.rules.transferReceiptRequired");
    const received = await call("PATCH", `/transfers/${id}`, { status: "received", receiptDate: TODAY, handler: "王敏", version: 1 });
    expect(received.status, JSON.stringify(received.body)).toBe(200);
    expect((await call("GET", `/members/${member.id}`)).body.branchId).toBe(otherBranch(member.branchId));
    await refused("PATCH", `/transfers/${id}`, { status: "withdrawn", version: 2 }, "status", "party.rules.transferTransition");
  });

  it("a letter out of the hospital marks the member transferred when received: kept, read-only, out of the counts", async () => {
    const member = fx.paidUp[12];
    const branch = async () => (await call("GET", `/branches/${member.branchId}`)).body;
    const before = Number((await branch()).fullMemberCount);
    const created = await call("POST", "/transfers", letter(member, { kind: "out", toBranchId: undefined, toOrganization: "中共某市人民医院委员会" }));
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect((await call("PATCH", `/transfers/${String(created.body.id)}`, { status: "received", receiptDate: TODAY, handler: "李静", version: 1 })).status).toBe(200);
    expect((await call("GET", `/members/${member.id}`)).body.transferredOutDate).toBe(TODAY);
    expect(Number((await branch()).fullMemberCount)).toBe(before - 1);
    expect((await call("PATCH", `/members/${member.id}`, { department: "某科", version: 2 })).status).toBe(403);
  });
});
