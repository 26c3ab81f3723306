// createMany: the built-in adapters' bulk request and per-row answers, the provider's field mapping
// both ways, and single creates a few at a time for an adapter without bulk support.
import { describe, expect, it } from "vitest";
import type { BackendAdapter, HttpResponse } from "../../../src/data/adapter";
import { envelopeAdapter } from "../../../src/data/adapters/envelope";
import { simpleRestAdapter } from "../../../src/data/adapters/simpleRest";
import { isPartyCreateMany, SINGLE_CREATE_CONCURRENCY } from "../../../src/data/createMany";
import { createPartyDataProvider, type PartyDataProviderOptions } from "../../../src/data/createPartyDataProvider";
import { failure } from "../../support/failure";
import { fakeFetch, type Answer, type Call } from "../contract/support/fakeFetch";

const answer = (body: unknown, status = 200): HttpResponse => ({ status, body, headers: new Headers() });
const invalidName = { message: "party.errors.validation", errors: { xm: ["party.validation.required"] }, details: { xm: [{ key: "party.validation.required" }] } };

describe("adapters", () => {
  it("simple-rest posts the array to path/_bulk and reads { status, record } or a failure per row", () => {
    expect(simpleRestAdapter.buildCreateMany!("/members", [{ xm: "王" }])).toEqual({ method: "POST", path: "/members/_bulk", body: [{ xm: "王" }] });
    const items = simpleRestAdapter.readCreateMany!(answer([{ status: 201, record: { id: 1 } }, { status: 422, ...invalidName }, { status: 403, message: "party.errors.forbidden" }]));
    expect(items).toEqual([
      { record: { id: 1 } },
      { error: { status: 422, message: "party.errors.validation", errors: invalidName.errors, details: invalidName.details, current: undefined } },
      { error: expect.objectContaining({ status: 403, message: "party.errors.forbidden" }) },
    ]);
    expect(() => simpleRestAdapter.readCreateMany!(answer({ results: [] }))).toThrow(/array/);
    expect(() => simpleRestAdapter.readCreateMany!(answer([{ status: 201 }]))).toThrow(/record/);
  });

  it("envelope posts to path/_bulk and reads one small envelope per row from data", () => {
    expect(envelopeAdapter.buildCreateMany!("/api/v2/dangyuan", [{ xm: "王" }]).path).toBe("/api/v2/dangyuan/_bulk");
    const items = envelopeAdapter.readCreateMany!(answer({ code: 200, msg: "ok", data: [{ code: 200, data: { id: 1 } }, { code: 422, msg: "party.errors.validation", errors: invalidName.errors }] }));
    expect(items).toEqual([{ record: { id: 1 } }, { error: expect.objectContaining({ status: 422, errors: invalidName.errors }) }]);
    expect(() => envelopeAdapter.readCreateMany!(answer({ code: 200, msg: "ok", rows: [] }))).toThrow(/data/);
  });
});

function provider(handler: (call: Call) => Answer | Promise<Answer>, options: Partial<PartyDataProviderOptions> = {}) {
  const transport = fakeFetch(handler);
  return { dp: createPartyDataProvider({ apiUrl: "http://api.test", fetch: transport.fetch, ...options }), calls: transport.calls };
}

describe("the provider's createMany", () => {
  it("sends wire names in one request and answers every row in order, in the plugin's names", async () => {
    const { dp, calls } = provider(
      (call) => ({ body: (call.body as { xm: string }[]).map((row, i) => (row.xm ? { status: 201, record: { id: i + 1, ...row } } : { status: 422, ...invalidName })) }),
      { fieldMap: { members: { name: "xm" } } },
    );
    const response = await dp.createMany!({ resource: "party-members", variables: [{ name: "王" }, { name: "" }, { name: "李" }] });
    expect(calls.map((c) => [c.method, c.url.pathname, c.body])).toEqual([["POST", "/members/_bulk", [{ xm: "王" }, { xm: "" }, { xm: "李" }]]]);
    expect(response.data).toEqual([{ id: 1, name: "王" }, { id: 3, name: "李" }]);
    if (!isPartyCreateMany(response)) throw new Error("no outcomes");
    expect(response.outcomes[1]).toEqual({ error: expect.objectContaining({ kind: "validation", fieldErrors: { name: [{ key: "party.validation.required" }] } }) });
  });

  it("a whole request's failure is thrown; an answer with the wrong number of rows is a server error", async () => {
    const down = provider(() => ({ status: 500, body: {} }));
    expect(await failure(down.dp.createMany!({ resource: "party-members", variables: [{ name: "王" }] }))).toMatchObject({ kind: "server" });
    const short = provider(() => ({ body: [] }));
    expect(await failure(short.dp.createMany!({ resource: "party-members", variables: [{ name: "王" }] }))).toMatchObject({ kind: "server", detail: expect.stringMatching(/one item per row/) });
  });

  it("a backend that answers the bulk path with 404 gets single creates, and is not asked for bulk again", async () => {
    const { dp, calls } = provider((call) => (call.url.pathname.endsWith("/_bulk") ? { status: 404, body: {} } : { status: 201, body: { id: 1, ...(call.body as object) } }));
    const create = () => dp.createMany!({ resource: "party-members", variables: [{ name: "王" }, { name: "李" }] });
    expect((await create()).data).toHaveLength(2);
    await create();
    expect(calls.map((c) => c.url.pathname)).toEqual(["/members/_bulk", "/members", "/members", "/members", "/members"]);
  });

  it("without bulk support in the adapter, creates one request per row, at most a few at a time, keeping each row's outcome", async () => {
    const { buildCreateMany: _b, readCreateMany: _r, ...single } = simpleRestAdapter;
    let inFlight = 0;
    let most = 0;
    const { dp, calls } = provider(
      async (call) => {
        most = Math.max(most, ++inFlight);
        await new Promise((resolve) => setTimeout(resolve));
        inFlight--;
        const { name } = call.body as { name: string };
        return name ? { status: 201, body: { id: name } } : { status: 422, body: { message: "party.errors.validation", errors: { name: ["party.validation.required"] } } };
      },
      { adapter: single as BackendAdapter },
    );
    const names = ["a", "b", "", "d", "e", "f", "g", "h", "i"];
    const response = await dp.createMany!({ resource: "party-members", variables: names.map((name) => ({ name })) });
    expect(calls.every((c) => c.method === "POST" && c.url.pathname === "/members")).toBe(true);
    expect(calls).toHaveLength(names.length);
    expect(most).toBe(SINGLE_CREATE_CONCURRENCY);
    if (!isPartyCreateMany(response)) throw new Error("no outcomes");
    expect(response.outcomes.map((o) => ("data" in o ? o.data.id : o.error.kind))).toEqual(["a", "b", "validation", "d", "e", "f", "g", "h", "i"]);
  });
});
