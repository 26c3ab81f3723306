import type { AdapterError, BackendAdapter, CreateManyItem, FilterOperator, HttpRequest, WireRecord } from "../adapter";
import { isObject, pairs } from "./queryOf";

// Java-style suffixes on the wire field name: `rdrqBegin`, `xmLike`…; `eq`/`in` repeat the bare name.
const SUFFIX: Record<FilterOperator, string> = { eq: "", in: "", ne: "Not", gte: "Begin", lte: "End", contains: "Like" };
const OK = 200;

const get = (path: string, query?: HttpRequest["query"]): HttpRequest => ({ method: "GET", path, query });
const item = (path: string, id: string | number) => `${path}/${encodeURIComponent(String(id))}`;
const rowsOf = (body: unknown): WireRecord[] => {
  const rows = isObject(body) ? (Array.isArray(body.rows) ? body.rows : body.data) : undefined;
  if (!Array.isArray(rows)) throw new Error("a list answer must be { code, msg, rows, total }");
  return rows;
};

/** A failure inside an envelope (or an HTTP failure without one); undefined for a success. */
function failureOf(httpStatus: number, answer: unknown): AdapterError | undefined {
  const body = isObject(answer) ? answer : {};
  const code = "code" in body && Number.isFinite(Number(body.code)) ? Number(body.code) : undefined;
  if (httpStatus < 400 && (code === undefined || code === OK)) return undefined;
  const status = code !== undefined && code !== OK ? code : httpStatus;
  const message = typeof body.msg === "string" ? body.msg : typeof body.message === "string" ? body.message : undefined;
  return {
    status,
    message,
    errors: isObject(body.errors) ? (body.errors as AdapterError["errors"]) : undefined,
    details: isObject(body.details) ? (body.details as AdapterError["details"]) : undefined,
    current: status === 409 && isObject(body.data) ? body.data : undefined,
  };
}

/**
 * The shape common in Chinese Spring Boot back ends (RuoYi style):
 * - list: `pageNum` (1-based), `pageSize`, `orderByColumn` + `isAsc` (comma lists), `keyword`, filters as
 *   `field`, `fieldBegin`/`fieldEnd` (dates), `fieldLike`, `fieldNot`; answer `{ code, msg, rows, total }`;
 * - several records: `GET path?ids=1,2,3`, answered like a list;
 * - one record, create (POST), update (PUT path/id, partial), delete: answer `{ code, msg, data }`;
 * - failure: `code != 200` (often inside an HTTP 200) with `msg`; field errors as `{ code: 422, msg, errors }`,
 *   a stale version as `{ code: 409, msg, data: current }`.
 */
export const envelopeAdapter: BackendAdapter = {
  name: "envelope",
  buildList({ path, page, sort, filters, search }) {
    const query: [string, string][] = [];
    if (page) query.push(["pageNum", String(page.current)], ["pageSize", String(page.size)]);
    if (sort.length) query.push(["orderByColumn", sort.map((s) => s.field).join(",")], ["isAsc", sort.map((s) => s.order).join(",")]);
    for (const f of filters) query.push(...pairs(`${f.field}${SUFFIX[f.operator]}`, f.value));
    query.push(...pairs("keyword", search));
    return get(path, query);
  },
  readList(response) {
    const data = rowsOf(response.body);
    const total = Number((response.body as { total?: unknown }).total);
    return { data, total: Number.isFinite(total) ? total : data.length };
  },
  buildMany: (path, ids) => get(path, [["ids", ids.join(",")]]),
  readMany: (response) => rowsOf(response.body),
  buildOne: (path, id) => get(item(path, id)),
  buildCreate: (path, values) => ({ method: "POST", path, body: values }),
  buildUpdate: (path, id, values) => ({ method: "PUT", path: item(path, id), body: values }),
  buildDelete: (path, id) => ({ method: "DELETE", path: item(path, id) }),
  readRecord: (response) => (isObject(response.body) && isObject(response.body.data) ? response.body.data : undefined),
  buildCreateMany: (path, records) => ({ method: "POST", path: `${path}/_bulk`, body: records }),
  // `data` holds one small envelope per row: `{ code: 200, data }` or a failure like a whole answer's.
  readCreateMany(response) {
    const items = isObject(response.body) ? response.body.data : undefined;
    if (!Array.isArray(items)) throw new Error("a bulk answer must be { code, msg, data: [...] }");
    return items.map((item: unknown): CreateManyItem => {
      const failure = failureOf(OK, item);
      if (failure) return { error: failure };
      if (!isObject(item) || !isObject(item.data)) throw new Error("a bulk answer's row must be { code, data } or a failure");
      return { record: item.data };
    });
  },
  readError: (response) => failureOf(response.status, response.body),
};
