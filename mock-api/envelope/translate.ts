import type { FieldNames } from "../../src/data/fieldMap";

// Pure translation between the envelope dialect and the simple-rest mock it wraps. The server is
// strict on purpose: a client that forgets its fieldMap or speaks json-server's query is refused,
// rather than silently served, so the conformance tests prove the plugin's mapping.

export type Operation = "list" | "many" | "one" | "create" | "update" | "delete" | "bulk";

export interface InnerRequest {
  operation: Operation;
  method: "GET" | "POST" | "PATCH" | "DELETE";
  /** Below the simple-rest mock's root, e.g. `/members/3`. */
  path: string;
  query: [string, string][];
  body?: Record<string, unknown> | Record<string, unknown>[];
}

export interface EnvelopeReply {
  code: number;
  msg: string;
  rows?: Record<string, unknown>[];
  total?: number;
  data?: unknown;
  errors?: Record<string, string[]>;
  details?: Record<string, { key: string; params?: Record<string, string | number> }[]>;
}

export interface Resource {
  name: string;
  names: FieldNames;
  /** The wire names of the resource's declared fields (and id), for telling `xmLike` from a field. */
  wireFields: ReadonlySet<string>;
}

export const OK_MSG = "操作成功";
const SUFFIX: Record<string, string> = { Begin: "_gte", End: "_lte", Like: "_like", Not: "_ne" };
const SUFFIXED = /^(.+)(Begin|End|Like|Not)$/;

const refuse = (code: number, msg: string): { ok: false; reply: EnvelopeReply } => ({ ok: false, reply: { code, msg } });
/** A plugin name that the wire spells differently: a client that sends it skipped its fieldMap. */
const unmapped = (r: Resource, name: string) => r.names.toWire(name) !== name && r.names.fromWire(name) === name;

function listQuery(r: Resource, query: [string, string][]): { ok: true; query: [string, string][]; many: boolean } | ReturnType<typeof refuse> {
  const out: [string, string][] = [];
  let pageNum: string | undefined;
  let pageSize: string | undefined;
  let columns: string[] = [];
  let orders: string[] = [];
  let many = false;
  for (const [key, value] of query) {
    if (key === "pageNum") pageNum = value;
    else if (key === "pageSize") pageSize = value;
    else if (key === "orderByColumn") columns = value.split(",").filter(Boolean);
    else if (key === "isAsc") orders = value.split(",").map((o) => (/^desc/i.test(o) || o === "false" ? "desc" : "asc"));
    else if (key === "keyword") out.push(["q", value]);
    else if (key === "ids") {
      many = true;
      for (const id of value.split(",").filter(Boolean)) out.push(["id", id]);
    } else {
      if (key.startsWith("_") || key === "q") return refuse(400, `不支持的参数 ${key}`);
      const suffixed = r.wireFields.has(key) ? null : SUFFIXED.exec(key);
      const wire = suffixed && r.wireFields.has(suffixed[1]) ? suffixed[1] : key;
      if (unmapped(r, wire) || (suffixed && unmapped(r, suffixed[1]))) return refuse(400, `未知字段 ${suffixed?.[1] ?? wire}`);
      out.push([`${r.names.fromWire(wire)}${wire === key ? "" : SUFFIX[suffixed![2]]}`, value]);
    }
  }
  if (pageSize !== undefined) {
    const size = Number(pageSize);
    const num = Number(pageNum ?? 1);
    if (!Number.isInteger(size) || size < 1 || !Number.isInteger(num) || num < 1) return refuse(400, "分页参数无效");
    out.push(["_start", String((num - 1) * size)], ["_end", String(num * size)]);
  }
  if (columns.length) {
    if (columns.some((c) => unmapped(r, c))) return refuse(400, `未知排序字段 ${columns.join(",")}`);
    out.push(["_sort", columns.map((c) => r.names.fromWire(c)).join(",")]);
    out.push(["_order", columns.map((_, i) => orders[i] ?? orders.at(-1) ?? "asc").join(",")]);
  }
  return { ok: true, query: out, many };
}

function recordBody(r: Resource, body: unknown): { ok: true; body: Record<string, unknown> } | { ok: false; reply: EnvelopeReply } {
  if (!body || typeof body !== "object" || Array.isArray(body)) return refuse(400, "请求体须为 JSON 对象");
  const wrong = Object.keys(body).filter((key) => unmapped(r, key));
  if (wrong.length) {
    const key = "party.validation.unknownField";
    return {
      ok: false,
      reply: {
        code: 422,
        msg: "party.errors.validation",
        errors: Object.fromEntries(wrong.map((f) => [f, [key]])),
        details: Object.fromEntries(wrong.map((f) => [f, [{ key }]])),
      },
    };
  }
  return { ok: true, body: r.names.recordFromWire(body as Record<string, unknown>) };
}

const BULK = "_bulk";

/** `POST path/_bulk` with an array of records: every row renamed (one unmapped name refuses the batch). */
function bulkRequest(r: Resource, body: unknown): { ok: true; inner: InnerRequest } | { ok: false; reply: EnvelopeReply } {
  if (!Array.isArray(body)) return refuse(400, "请求体须为 JSON 数组");
  const rows: Record<string, unknown>[] = [];
  for (const row of body) {
    const parsed = recordBody(r, row);
    if (!parsed.ok) return parsed;
    rows.push(parsed.body);
  }
  return { ok: true, inner: { operation: "bulk", method: "POST", path: `/${r.name}/${BULK}`, query: [], body: rows } };
}

/** One envelope request → the simple-rest request that serves it, or the envelope refusal. */
export function translateRequest(
  r: Resource,
  method: string,
  id: string | undefined,
  query: [string, string][],
  body: unknown,
): { ok: true; inner: InnerRequest } | { ok: false; reply: EnvelopeReply } {
  const path = id === undefined ? `/${r.name}` : `/${r.name}/${encodeURIComponent(id)}`;
  if (method === "GET" && id === undefined) {
    const list = listQuery(r, query);
    if (!list.ok) return list;
    return { ok: true, inner: { operation: list.many ? "many" : "list", method: "GET", path, query: list.query } };
  }
  if (method === "GET") return { ok: true, inner: { operation: "one", method: "GET", path, query: [] } };
  if (method === "POST" && id === BULK) return bulkRequest(r, body);
  if (method === "DELETE" && id !== undefined) return { ok: true, inner: { operation: "delete", method: "DELETE", path, query: [] } };
  if ((method === "POST" && id === undefined) || (method === "PUT" && id !== undefined)) {
    const parsed = recordBody(r, body);
    if (!parsed.ok) return parsed;
    // PUT carries the changed fields (and version); the record keeps the rest.
    const inner = method === "POST" ? ({ operation: "create", method: "POST" } as const) : ({ operation: "update", method: "PATCH" } as const);
    return { ok: true, inner: { ...inner, path, query: [], body: parsed.body } };
  }
  return refuse(405, `不支持 ${method} ${path}`);
}

type Errors = Record<string, unknown> | undefined;
const wireOf = (r: Resource) => (record: unknown) => r.names.recordToWire((record ?? {}) as Record<string, unknown>);

/** A failed write's body (whole, or one row of a bulk answer) in the envelope's words. */
function failureReply(r: Resource, status: number, object: Record<string, unknown>): EnvelopeReply {
  const wire = wireOf(r);
  const msg = typeof object.message === "string" ? object.message : `party.errors.${status === 404 ? "not-found" : "server"}`;
  if (status === 409) return { code: 409, msg, data: wire(object.current) };
  if (status === 422) {
    return {
      code: 422,
      msg,
      errors: wire(object.errors as Errors) as EnvelopeReply["errors"],
      details: wire(object.details as Errors) as EnvelopeReply["details"],
    };
  }
  return { code: status, msg };
}

/** The simple-rest mock's answer → the envelope reply (always sent with HTTP 200, RuoYi style). */
export function translateAnswer(r: Resource, operation: Operation, status: number, body: unknown, totalHeader: string | null): EnvelopeReply {
  const wire = wireOf(r);
  const object = (body && typeof body === "object" ? body : {}) as Record<string, unknown>;
  if (status >= 200 && status < 300) {
    if (operation === "list" || operation === "many") {
      const rows = (Array.isArray(body) ? body : []).map(wire);
      return { code: 200, msg: OK_MSG, rows, total: totalHeader === null ? rows.length : Number(totalHeader) };
    }
    if (operation === "bulk") {
      // One small envelope per row, in order: the stored record, or the row's failure.
      const items = (Array.isArray(body) ? body : []) as Record<string, unknown>[];
      return { code: 200, msg: OK_MSG, data: items.map((item) => (Number(item.status) < 300 ? { code: 200, msg: OK_MSG, data: wire(item.record) } : failureReply(r, Number(item.status), item))) };
    }
    return operation === "delete" ? { code: 200, msg: OK_MSG } : { code: 200, msg: OK_MSG, data: wire(body) };
  }
  return failureReply(r, status, object);
}
