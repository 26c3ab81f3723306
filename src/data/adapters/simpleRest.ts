import type { AdapterError, BackendAdapter, CreateManyItem, FilterOperator, HttpRequest, WireRecord } from "../adapter";
import { isObject, pairs } from "./queryOf";

// json-server's suffixes; `eq` and `in` repeat the bare name, which json-server reads as "any of".
const SUFFIX: Record<FilterOperator, string> = { eq: "", in: "", ne: "_ne", gte: "_gte", lte: "_lte", contains: "_like" };

const arrayOf = (body: unknown): WireRecord[] => {
  if (!Array.isArray(body)) throw new Error("a list answer must be a JSON array");
  return body;
};
/** `{ message, errors, details, current }`: a failed write's body, whole or as one row of a bulk answer. */
const errorOf = (status: number, body: WireRecord): AdapterError => ({
  status,
  message: typeof body.message === "string" ? body.message : undefined,
  errors: body.errors as AdapterError["errors"],
  details: body.details as AdapterError["details"],
  current: isObject(body.current) ? body.current : undefined,
});
const get = (path: string, query?: HttpRequest["query"]): HttpRequest => ({ method: "GET", path, query });
const item = (path: string, id: string | number) => `${path}/${encodeURIComponent(String(id))}`;

/**
 * json-server / Refine simple-rest conventions (the default): `_start/_end`, `_sort/_order` (comma
 * lists), `q`, `field_gte`…, the total in `X-Total-Count`, `?id=1&id=2` for several records, and
 * errors as a non-2xx status with `{ message, errors, details, current }`.
 */
export const simpleRestAdapter: BackendAdapter = {
  name: "simple-rest",
  buildList({ path, page, sort, filters, search }) {
    const query: [string, string][] = [];
    if (page) query.push(["_start", String((page.current - 1) * page.size)], ["_end", String(page.current * page.size)]);
    if (sort.length) query.push(["_sort", sort.map((s) => s.field).join(",")], ["_order", sort.map((s) => s.order).join(",")]);
    for (const f of filters) query.push(...pairs(`${f.field}${SUFFIX[f.operator]}`, f.value));
    query.push(...pairs("q", search));
    return get(path, query);
  },
  readList(response) {
    const data = arrayOf(response.body);
    // Without the header the backend sent everything it has (json-server without paging).
    const header = response.headers.get("x-total-count");
    const total = header === null || header === "" ? Number.NaN : Number(header);
    return { data, total: Number.isFinite(total) ? total : data.length };
  },
  buildMany: (path, ids) => get(path, ids.map((id) => ["id", String(id)] as const)),
  readMany: (response) => arrayOf(response.body),
  buildOne: (path, id) => get(item(path, id)),
  buildCreate: (path, values) => ({ method: "POST", path, body: values }),
  buildUpdate: (path, id, values) => ({ method: "PATCH", path: item(path, id), body: values }),
  buildDelete: (path, id) => ({ method: "DELETE", path: item(path, id) }),
  readRecord: (response) => (isObject(response.body) ? response.body : undefined),
  buildCreateMany: (path, records) => ({ method: "POST", path: `${path}/_bulk`, body: records }),
  readCreateMany: (response) =>
    arrayOf(response.body).map((item): CreateManyItem => {
      const status = isObject(item) ? Number(item.status) : Number.NaN;
      if (status >= 400) return { error: errorOf(status, item) };
      if (!(status >= 200) || !isObject(item.record)) throw new Error("a bulk answer's item must be { status, record } or a failure");
      return { record: item.record };
    }),
  readError: (response) => (response.status < 400 ? undefined : errorOf(response.status, isObject(response.body) ? response.body : {})),
};
