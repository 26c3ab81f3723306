// Failures a person meets on a hospital intranet, injected with /__faults, as the views will see them.
import type { DataProvider } from "@refinedev/core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createRestDataProvider } from "../../src/data/createRestDataProvider";
import type { Fault } from "../../mock-api/middlewares/faults";
import { fetchJson, startMockApi, type MockApi } from "../support/mockApi";
import { failure } from "../support/failure";

let api: MockApi;
/** For everything but timeouts: patient enough for a busy server (a member read derives every member's standing). */
let provider: DataProvider;
/** Gives up after TIMEOUT_MS, far below the injected delay that must trip it. */
let impatient: DataProvider;
const TIMEOUT_MS = 1_000;

beforeAll(async () => {
  api = await startMockApi({ faults: true });
  provider = createRestDataProvider({ apiUrl: api.url, timeoutMs: 15_000 });
  impatient = createRestDataProvider({ apiUrl: api.url, timeoutMs: TIMEOUT_MS });
});
afterEach(async () => {
  await fetch(`${api.url}/__faults`, { method: "DELETE" });
});
afterAll(() => api?.close());

const arm = async (fault: Fault) => {
  const res = await fetchJson(`${api.url}/__faults`, { method: "PUT", json: fault });
  expect(res.status).toBe(200);
};


describe("fault injection through the data provider", () => {
  it("an injected 500 → kind server", async () => {
    await arm({ status: 500, path: "/branches" });
    const error = await failure(provider.getList({ resource: "party-branches", pagination: { currentPage: 1, pageSize: 5 } }));
    expect(error).toMatchObject({ kind: "server", statusCode: 500, message: "party.errors.server" });
  });

  it.each([
    [401, "unauthorized"],
    [403, "forbidden"],
  ] as const)("an injected %i → kind %s", async (status, kind) => {
    await arm({ status, times: 1 });
    const error = await failure(provider.getOne({ resource: "party-members", id: 1 }));
    expect(error).toMatchObject({ kind, statusCode: status });
  });

  it("a fault limited to a method and path leaves other requests alone, and `times` wears off", async () => {
    await arm({ status: 503, method: "POST", path: "/members", times: 1 });
    await expect(provider.getOne({ resource: "party-members", id: 1 })).resolves.toMatchObject({ data: { id: 1 } });
    await expect(provider.getOne({ resource: "party-branches", id: 1 })).resolves.toMatchObject({ data: { id: 1 } });
    const error = await failure(provider.create({ resource: "party-members", variables: {} }));
    expect(error.statusCode).toBe(503);
    // worn off: the same bad create now reaches validation
    const second = await failure(provider.create({ resource: "party-members", variables: {} }));
    expect(second.statusCode).toBe(422);
  });

  it("a delay beyond timeoutMs → kind timeout", async () => {
    const delayMs = 5 * TIMEOUT_MS;
    await arm({ delayMs, times: 1 });
    const started = Date.now();
    const error = await failure(impatient.getList({ resource: "party-members", pagination: { currentPage: 1, pageSize: 5 } }));
    expect(error).toMatchObject({ kind: "timeout", statusCode: 0, message: "party.errors.timeout" });
    // gave up at its own timeout, not when the delayed answer came
    expect(Date.now() - started).toBeLessThan(delayMs);
  });

  it("a delay within timeoutMs still succeeds", async () => {
    const delayMs = 300;
    await arm({ delayMs, times: 1 });
    const started = Date.now();
    await expect(provider.getOne({ resource: "party-branches", id: 2 })).resolves.toMatchObject({ data: { id: 2 } });
    // the answer waited for the delay and still came
    expect(Date.now() - started).toBeGreaterThanOrEqual(delayMs);
  });

  it("a dropped connection → kind offline", async () => {
    await arm({ drop: true, times: 1 });
    const error = await failure(provider.getOne({ resource: "party-branches", id: 1 }));
    expect(error).toMatchObject({ kind: "offline", statusCode: 0, message: "party.errors.offline" });
  });

  it("an unreachable server → kind offline", async () => {
    const nowhere = createRestDataProvider({ apiUrl: "http://127.0.0.1:9", timeoutMs: 2_000 });
    const error = await failure(nowhere.getOne({ resource: "party-branches", id: 1 }));
    expect(error.kind).toBe("offline");
  });

  it("a failed write during a fault stores nothing", async () => {
    const before = (await fetchJson(`${api.url}/branches?_start=0&_end=1`)).total;
    await arm({ status: 500, method: "POST", times: 1 });
    const error = await failure(provider.create({ resource: "party-branches", variables: { name: "故障支部", type: "joint" } }));
    expect(error.kind).toBe("server");
    expect((await fetchJson(`${api.url}/branches?_start=0&_end=1`)).total).toBe(before);
  });

  it("DELETE /__faults disarms", async () => {
    await arm({ status: 500 });
    await fetch(`${api.url}/__faults`, { method: "DELETE" });
    await expect(provider.getOne({ resource: "party-branches", id: 1 })).resolves.toMatchObject({ data: { id: 1 } });
  });
});
