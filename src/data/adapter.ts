import type { WireFieldError } from "./httpError";

/**
 * How the plugin talks to one kind of backend. An adapter only translates: it builds the HTTP
 * request for each operation and reads each answer. Paths, field names, tokens, timeouts, retries
 * and error normalisation are the data provider's job, so an adapter stays a handful of pure functions.
 *
 * Field names an adapter sees are already the wire names (after `fieldMap`); records it returns
 * keep the wire names too. `path` is the resource's endpoint, e.g. `/members` or `/api/v2/dangyuan`.
 * A `read…` function throws an Error when an answer is not what it expects (e.g. a list that is not
 * a list); the provider reports that as a server error with the message in `detail`.
 */
export interface BackendAdapter {
  /** Shown in error messages and by the conformance checker. */
  name: string;
  buildList(request: ListRequest): HttpRequest;
  /** The list answer: the page's records and the size of the whole filtered collection. */
  readList(response: HttpResponse): { data: WireRecord[]; total: number };
  /** Several records by id in ONE request (relation labels ask for a whole page's ids at once). */
  buildMany(path: string, ids: readonly RecordId[]): HttpRequest;
  readMany(response: HttpResponse): WireRecord[];
  buildOne(path: string, id: RecordId): HttpRequest;
  buildCreate(path: string, values: WireRecord): HttpRequest;
  /** `values` may be partial (a one-click action sends only its changes) and carries `version`. */
  buildUpdate(path: string, id: RecordId, values: WireRecord): HttpRequest;
  buildDelete(path: string, id: RecordId): HttpRequest;
  /**
   * Optional: several new records in ONE request (an import sends hundreds). Without this pair the
   * provider creates them one request each, a few at a time.
   */
  buildCreateMany?(path: string, records: readonly WireRecord[]): HttpRequest;
  /** One outcome per record sent, in the order sent: the stored record, or why that row was refused. */
  readCreateMany?(response: HttpResponse): CreateManyItem[];
  /** The record in an answer to one/create/update/delete; undefined when the answer has none. */
  readRecord(response: HttpResponse): WireRecord | undefined;
  /**
   * Called on EVERY answer, successful HTTP status or not: some backends say "failed" inside a 200.
   * Returns undefined for a success, otherwise the failure in the plugin's terms (still wire field names).
   */
  readError(response: HttpResponse): AdapterError | undefined;
}

export type RecordId = string | number;

/** A bulk create's answer for one row: the row's failure has the shape `readError` returns. */
export type CreateManyItem = { record: WireRecord } | { error: AdapterError };
export type WireRecord = Record<string, unknown>;

export type FilterOperator = "eq" | "ne" | "gte" | "lte" | "contains" | "in";

/** One condition; `value` is a scalar, or an array for `in` (and for `eq`, meaning "any of"). */
export interface WireFilter {
  field: string;
  operator: FilterOperator;
  value: unknown;
}

export interface ListRequest {
  path: string;
  /** 1-based page; absent means "the whole collection" (pagination off). */
  page?: { current: number; size: number };
  sort: readonly { field: string; order: "asc" | "desc" }[];
  filters: readonly WireFilter[];
  /** The keyword search box (json-server's `q`). */
  search?: string;
}

export interface HttpRequest {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** Path below `apiUrl`, starting with `/`. */
  path: string;
  /** Repeated names are allowed (`id=1&id=2`). */
  query?: readonly (readonly [string, string])[];
  /** Sent as JSON. */
  body?: unknown;
}

export interface HttpResponse {
  status: number;
  headers: { get(name: string): string | null };
  /** Parsed JSON, the raw text when it is not JSON, undefined when empty. */
  body: unknown;
}

/** A failure as the plugin understands it (see PartyHttpError); field names are still the wire's. */
export interface AdapterError {
  /** The HTTP status, or the status the backend's envelope names (e.g. `code: 409` inside a 200). */
  status: number;
  message?: string;
  /** Field → message keys. */
  errors?: Record<string, string[]>;
  /** Field → message keys with placeholder values. */
  details?: Record<string, WireFieldError[]>;
  /** The stored record, on a version conflict. */
  current?: WireRecord;
}
