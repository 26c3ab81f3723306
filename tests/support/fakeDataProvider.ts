// An in-memory Refine DataProvider that records every call, for component tests. Resources arrive
// as the plugin's identifiers (`party-members`); records are kept per plain name (`members`).
import type { BaseRecord, CrudFilter, DataProvider, LogicalFilter } from "@refinedev/core";

export interface ProviderCall {
  method: "getList" | "getMany" | "getOne" | "create" | "update" | "deleteOne" | "deleteMany" | "custom";
  resource: string;
  params: Record<string, unknown>;
}

const plain = (resource: string) => resource.replace(/^party-/, "");

function matches(record: BaseRecord, filter: CrudFilter): boolean {
  if (!("field" in filter)) return true;
  const { field, operator, value } = filter as LogicalFilter;
  if (value === undefined || value === null || value === "") return true;
  if (field === "q") {
    const needle = String(value).toLowerCase();
    return Object.values(record).some((v) => String(v).toLowerCase().includes(needle));
  }
  const actual = record[field];
  switch (operator) {
    case "eq":
      return String(actual) === String(value);
    case "ne":
      return String(actual) !== String(value);
    case "gte":
      return String(actual) >= String(value);
    case "lte":
      return String(actual) <= String(value);
    case "contains":
      return String(actual ?? "").includes(String(value));
    default:
      return true;
  }
}

/** Numbers by value, everything else as text (like json-server). */
const compare = (a: unknown, b: unknown) =>
  typeof a === "number" && typeof b === "number" ? a - b : String(a ?? "").localeCompare(String(b ?? ""), "en");

export function createFakeDataProvider(seed: Record<string, BaseRecord[]>) {
  const db: Record<string, BaseRecord[]> = structuredClone(seed);
  const calls: ProviderCall[] = [];
  const failures = new Map<ProviderCall["method"], unknown>();
  const log = (method: ProviderCall["method"], resource: string, params: object) => {
    calls.push({ method, resource, params: params as Record<string, unknown> });
    if (failures.has(method)) {
      const error = failures.get(method);
      failures.delete(method);
      throw error;
    }
  };
  const rows = (resource: string) => (db[plain(resource)] ??= []);
  const customAnswers = new Map<string, unknown>();

  const provider: DataProvider = {
    getApiUrl: () => "memory://party",
    getList: async (params) => {
      log("getList", params.resource, params);
      let list = rows(params.resource).filter((r) => (params.filters ?? []).every((f) => matches(r, f)));
      for (const sorter of [...(params.sorters ?? [])].reverse()) {
        const dir = sorter.order === "desc" ? -1 : 1;
        list = [...list].sort((a, b) => dir * compare(a[sorter.field], b[sorter.field]));
      }
      const { currentPage = 1, pageSize = 10, mode = "server" } = params.pagination ?? {};
      const page = mode === "server" ? list.slice((currentPage - 1) * pageSize, currentPage * pageSize) : list;
      return { data: structuredClone(page) as never, total: list.length };
    },
    getMany: async (params) => {
      log("getMany", params.resource, params);
      const wanted = new Set(params.ids.map(String));
      return { data: structuredClone(rows(params.resource).filter((r) => wanted.has(String(r.id)))) as never };
    },
    getOne: async (params) => {
      log("getOne", params.resource, params);
      const found = rows(params.resource).find((r) => String(r.id) === String(params.id));
      if (!found) throw { statusCode: 404, message: "not found" };
      return { data: structuredClone(found) as never };
    },
    create: async (params) => {
      log("create", params.resource, params);
      const list = rows(params.resource);
      const record = { ...(params.variables as BaseRecord), id: Math.max(0, ...list.map((r) => Number(r.id) || 0)) + 1 };
      list.push(record);
      return { data: structuredClone(record) as never };
    },
    update: async (params) => {
      log("update", params.resource, params);
      const list = rows(params.resource);
      const index = list.findIndex((r) => String(r.id) === String(params.id));
      list[index] = { ...list[index], ...(params.variables as BaseRecord) };
      return { data: structuredClone(list[index]) as never };
    },
    deleteOne: async (params) => {
      log("deleteOne", params.resource, params);
      const list = rows(params.resource);
      const index = list.findIndex((r) => String(r.id) === String(params.id));
      const [removed] = list.splice(index, 1);
      return { data: removed as never };
    },
    custom: async (params) => {
      log("custom", params.url, params);
      if (!customAnswers.has(params.url)) throw { statusCode: 404, message: "not found" };
      return { data: structuredClone(customAnswers.get(params.url)) as never };
    },
  };

  return {
    provider,
    calls,
    db,
    /** What `custom` answers for `url` (a backend endpoint beyond the CRUD ones). */
    answerCustom: (url: string, data: unknown) => customAnswers.set(url, data),
    /** The next call of `method` is recorded, then rejects with `error`. */
    failNext: (method: ProviderCall["method"], error: unknown) => failures.set(method, error),
    /** Calls of one method, optionally for one resource identifier. */
    callsOf: (method: ProviderCall["method"], resource?: string) =>
      calls.filter((c) => c.method === method && (resource === undefined || c.resource === resource)),
  };
}

export type FakeDataProvider = ReturnType<typeof createFakeDataProvider>;
