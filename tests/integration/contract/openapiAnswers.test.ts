// The mock API's answers match the published document: every GET docs/openapi.json lists (each
// collection and one of its records, the sign-in's "who am I"), and the same records read through the
// envelope backend and its adapter, are validated with Ajv (JSON Schema 2020-12) against the
// document's own response schemas. The paths come from the document, so a resource added later is
// covered without touching this test.
import Ajv2020, { type ValidateFunction } from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listenEnvelopeApi } from "../../../mock-api/envelope/listen";
import { ENVELOPE_ENDPOINTS, ENVELOPE_FIELDS } from "../../../mock-api/envelope/naming";
import { listenMockApi } from "../../../mock-api/listen";
import { createPartyDataProvider } from "../../../src/data/createPartyDataProvider";
import { resourceIdentifier } from "../../../src/schema/i18nKeys";
import { seed } from "./backends";
import { TEMPLATES } from "../../../src/schema/definitions";

type Schema = Record<string, unknown>;
interface Operation {
  responses: Record<string, { content?: Record<string, { schema: Schema }> }>;
}
interface Doc {
  paths: Record<string, { get?: Operation }>;
  components: Schema;
}

const doc = JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../../../docs/openapi.json"), "utf8")) as Doc;

// Strict Ajv: the document's own extensions are declared keywords, anything else unknown is an error.
// Money is checked in cents with validateField's tolerance: 1304.64 / 0.01 is 130463.99999999999.
const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true, multipleOfPrecision: 6 });
addFormats(ajv);
for (const keyword of ["components", "x-sensitive", "x-derived", "x-relation"]) ajv.addKeyword(keyword);

/** A validator for an operation's 200 JSON body; its `#/components/…` references resolve in the document. */
function answerSchema(operation: Operation): ValidateFunction {
  const schema = operation.responses["200"]?.content?.["application/json"]?.schema;
  if (!schema) throw new Error("no JSON answer documented");
  return ajv.compile({ ...schema, components: doc.components });
}

const mismatches = (validate: ValidateFunction, body: unknown) =>
  validate(body) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message} ${JSON.stringify(e.params)}`);

/**
 * Every documented GET: collections (the paths with a `/{id}` record beside them), those records with
 * the id of the collection's first record, and the single-object answers (who am I, the audit
 * trail's check, the export, the compliance report).
 */
const gets = Object.entries(doc.paths).filter(([, item]) => item.get?.responses["200"]);
const items = gets.filter(([p]) => /^\/[^/]+\/\{id\}$/.test(p));
const collections = gets.filter(([p]) => items.some(([i]) => i === `${p}/{id}`));
const others = gets.filter(([p]) => !collections.some(([c]) => c === p) && !items.some(([i]) => i === p));
const collectionOf = (itemPath: string) => itemPath.replace("/{id}", "");
const resourceOf = (collectionPath: string) => collectionPath.slice(1);

let api: Awaited<ReturnType<typeof listenMockApi>>;
let envelope: Awaited<ReturnType<typeof listenEnvelopeApi>>;
let token: string;
const firstIds = new Map<string, string>();
const get = async (url: string) => {
  const res = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
  return { status: res.status, body: (await res.json()) as unknown };
};

beforeAll(async () => {
  api = await listenMockApi({ ...seed(), roles: true });
  envelope = await listenEnvelopeApi({ ...seed(), target: api.url });
  const login = await fetch(`${api.url}/auth/login`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ username: "admin", password: "demo123" }) });
  token = ((await login.json()) as { token: string }).token;
  // The collections the seed leaves empty get a record each: settings as the plugin writes them…
  const post = (collection: string, body: object) =>
    fetch(`${api.url}/${collection}`, { method: "POST", headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}` }, body: JSON.stringify(body) });
  expect((await post("resource-settings", { id: "members", hidden: ["ethnicity"] })).status).toBe(201);
  // …and a resource an administrator defined from a template, with one record of its own.
  const [template] = TEMPLATES;
  expect((await post("resource-definitions", template)).status).toBe(201);
  // The audit trail is the backend's own: the settings write above left its entry there.
  expect(((await get(`${api.url}/audit-logs`)).body as unknown[]).length).toBeGreaterThan(0);
});
afterAll(async () => {
  await envelope?.close();
  await api?.close();
});

describe("the mock API answers as docs/openapi.json says", () => {
  it("documents GETs for collections, their records and the signed-in user", () => {
    expect(collections.length).toBeGreaterThanOrEqual(9);
    expect(items.map(([p]) => collectionOf(p)).sort()).toEqual(collections.map(([p]) => p).sort());
    expect(others.map(([p]) => p).sort()).toEqual(["/_system/export", "/audit-logs/_verify", "/auth/me", "/before-after", "/compliance", "/dashboard"]);
  });

  it.each(collections)("GET %s: every record of the first page matches", async (collectionPath, item) => {
    const { status, body } = await get(`${api.url}${collectionPath}?_start=0&_end=50`);
    expect(status).toBe(200);
    expect((body as unknown[]).length).toBeGreaterThan(0);
    expect(mismatches(answerSchema(item.get!), body)).toEqual([]);
    firstIds.set(collectionPath, String((body as { id: unknown }[])[0].id));
  });

  it.each(items)("GET %s: a record matches", async (itemPath, item) => {
    const id = firstIds.get(collectionOf(itemPath));
    expect(id).toBeDefined();
    const { status, body } = await get(`${api.url}${itemPath.replace("{id}", encodeURIComponent(id!))}`);
    expect(status).toBe(200);
    expect(mismatches(answerSchema(item.get!), body)).toEqual([]);
  });

  // The comparison needs its cut-over; the seed's launch is July 2021.
  const REQUIRED_QUERY: Record<string, string> = { "/before-after": "?cutOver=2021-07-01&scope=hospital" };
  it.each(others)("GET %s matches", async (otherPath, item) => {
    const { status, body } = await get(`${api.url}${otherPath}${REQUIRED_QUERY[otherPath] ?? ""}`);
    expect(status).toBe(200);
    expect(mismatches(answerSchema(item.get!), body)).toEqual([]);
  });

  it("a mismatch is caught: a record without its version, or with a wrong type, fails", async () => {
    const [tasksPath, tasks] = collections.find(([p]) => p === "/pairing-tasks")!;
    const { body } = await get(`${api.url}${tasksPath}?_start=0&_end=1`);
    const [task] = body as Record<string, unknown>[];
    const validate = answerSchema(tasks.get!);
    expect(mismatches(validate, [{ ...task, version: undefined }])).toEqual([expect.stringContaining("must have required property 'version'")]);
    expect(mismatches(validate, [{ ...task, dueDate: "2026-13-45" }])).toEqual([expect.stringContaining('must match format "date"')]);
  });
});

describe("the envelope backend, read through its adapter, gives records the document describes", () => {
  const provider = () =>
    createPartyDataProvider({ apiUrl: envelope.url, adapter: "envelope", endpoints: ENVELOPE_ENDPOINTS, fieldMap: ENVELOPE_FIELDS, auth: { getToken: () => token } });
  const envelopeCollections = collections.filter(([p]) => resourceOf(p) in ENVELOPE_ENDPOINTS);

  it("speaks for every documented resource", () => {
    expect(envelopeCollections.map(([p]) => p)).toEqual(collections.map(([p]) => p));
  });

  it.each(envelopeCollections)("%s: a page and one record", async (collectionPath, item) => {
    const resource = resourceIdentifier(resourceOf(collectionPath));
    const page = await provider().getList({ resource, pagination: { currentPage: 1, pageSize: 20, mode: "server" } });
    expect(page.data.length).toBeGreaterThan(0);
    expect(mismatches(answerSchema(item.get!), page.data)).toEqual([]);
    const [, record] = items.find(([p]) => collectionOf(p) === collectionPath)!;
    const one = await provider().getOne({ resource, id: page.data[0].id! });
    expect(mismatches(answerSchema(record.get!), one.data)).toEqual([]);
  });
});
