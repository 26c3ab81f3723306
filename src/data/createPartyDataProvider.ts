import type { BaseRecord, DataProvider, MetaQuery } from "@refinedev/core";
import { resourceFromIdentifier } from "../schema/i18nKeys";
import type { BackendAdapter, HttpRequest, HttpResponse, WireRecord } from "./adapter";
import { fromAdapterError } from "./adapterError";
import { BULK_MAX, createEach, type CreateManyOutcome, type PartyCreateManyResponse } from "./createMany";
import { envelopeAdapter } from "./adapters/envelope";
import { simpleRestAdapter } from "./adapters/simpleRest";
import { fieldNames, type FieldMap, type FieldNames } from "./fieldMap";
import { isPartyHttpError } from "./httpError";
import { createHttpClient, type HttpClientOptions } from "./httpClient";
import { toListRequest } from "./listRequest";
import { answerReader } from "./readAnswer";

export const BUILT_IN_ADAPTERS = { "simple-rest": simpleRestAdapter, envelope: envelopeAdapter } as const;
export type AdapterName = keyof typeof BUILT_IN_ADAPTERS;

export interface PartyDataProviderOptions extends HttpClientOptions {
  /** Resource name → path below apiUrl, e.g. `{ members: "/api/v2/dangyuan" }`; default `/<name>`. */
  endpoints?: Record<string, string>;
  /** Resource name → { ourField: "wireField" }; applied to records, filters, sorters and error field names. */
  fieldMap?: FieldMap;
  /** A built-in wire format or your own; default "simple-rest". */
  adapter?: AdapterName | BackendAdapter;
}

export function resolveAdapter(adapter: PartyDataProviderOptions["adapter"] = "simple-rest"): BackendAdapter {
  if (typeof adapter !== "string") return adapter;
  const found = BUILT_IN_ADAPTERS[adapter];
  if (!found) throw new Error(`Unknown adapter "${adapter}"; use ${Object.keys(BUILT_IN_ADAPTERS).join(" or ")}, or pass your own`);
  return found;
}

/**
 * The plugin's Refine data provider for any backend an adapter can describe. Resource identifiers
 * (`party-members`) become paths through `endpoints`, field names through `fieldMap`, and every
 * failure a PartyHttpError (422 field errors and a 409's current record in the plugin's field names).
 */
export function createPartyDataProvider(options: PartyDataProviderOptions): DataProvider {
  const adapter = resolveAdapter(options.adapter);
  const exchange = createHttpClient(options, (response) => adapter.readError(response));
  const namesCache = new Map<string, FieldNames>();
  const noBulk = new Set<string>();

  const target = (identifier: string) => {
    const name = resourceFromIdentifier(identifier);
    let names = namesCache.get(name);
    if (!names) namesCache.set(name, (names = fieldNames(name, options.fieldMap?.[name])));
    const path = `/${(options.endpoints?.[name] ?? name).replace(/^\/+/, "")}`;
    return { path, names };
  };

  // Refine lets a call add headers through `meta.headers`; `meta.query` adds query parameters
  // (e.g. `{ reveal: "idNumber" }` asks for one sensitive value whole).
  async function send(request: HttpRequest, names: FieldNames, meta: MetaQuery | undefined): Promise<HttpResponse> {
    const extra = meta?.query as Record<string, string> | undefined;
    if (extra) request = { ...request, query: [...(request.query ?? []), ...Object.entries(extra).map(([k, v]) => [k, String(v)] as const)] };
    const { response, error } = await exchange(request, meta?.headers as Record<string, string> | undefined);
    if (error) throw fromAdapterError(error, names);
    return response;
  }

  const toRecord = (record: Record<string, unknown> | undefined, names: FieldNames) =>
    (record ? names.recordFromWire(record) : undefined) as BaseRecord | undefined;

  const { read, required } = answerReader(adapter.name);

  async function createOne(path: string, names: FieldNames, body: WireRecord, meta: MetaQuery | undefined) {
    const response = await send(adapter.buildCreate(path, body), names, meta);
    return required(toRecord(read(() => adapter.readRecord(response)), names));
  }

  // One request per BULK_MAX rows; a failure of a whole request (network, 5xx, 413) throws.
  async function createInBulk(path: string, names: FieldNames, bodies: WireRecord[], meta: MetaQuery | undefined) {
    const outcomes: CreateManyOutcome[] = [];
    for (let start = 0; start < bodies.length; start += BULK_MAX) {
      const chunk = bodies.slice(start, start + BULK_MAX);
      const response = await send(adapter.buildCreateMany!(path, chunk), names, meta);
      const items = read(() => {
        const list = adapter.readCreateMany!(response);
        if (list.length !== chunk.length) throw new Error(`a bulk answer must have one item per row (${chunk.length}), not ${list.length}`);
        return list;
      });
      for (const item of items) outcomes.push("record" in item ? { data: required(toRecord(item.record, names)) } : { error: fromAdapterError(item.error, names) });
    }
    return outcomes;
  }

  const provider: DataProvider = {
    getApiUrl: () => options.apiUrl,
    async getList({ resource, pagination, sorters, filters, meta }) {
      const { path, names } = target(resource);
      const response = await send(adapter.buildList(toListRequest(path, { pagination, sorters, filters }, names)), names, meta);
      const { data, total } = read(() => adapter.readList(response));
      return { data: data.map((r) => toRecord(r, names)!) as never, total };
    },
    async getMany({ resource, ids, meta }) {
      const { path, names } = target(resource);
      const response = await send(adapter.buildMany(path, ids), names, meta);
      return { data: read(() => adapter.readMany(response)).map((r) => toRecord(r, names)!) as never };
    },
    async getOne({ resource, id, meta }) {
      const { path, names } = target(resource);
      const response = await send(adapter.buildOne(path, id), names, meta);
      return { data: required(toRecord(read(() => adapter.readRecord(response)), names)) as never };
    },
    async create({ resource, variables, meta }) {
      const { path, names } = target(resource);
      return { data: (await createOne(path, names, names.recordToWire(variables as Record<string, unknown>), meta)) as never };
    },
    async createMany({ resource, variables, meta }) {
      const { path, names } = target(resource);
      const bodies = (variables as Record<string, unknown>[]).map((v) => names.recordToWire(v));
      const oneByOne = () => createEach(bodies, async (body) => ({ data: await createOne(path, names, body, meta) }));
      const outcomes = adapter.buildCreateMany && adapter.readCreateMany && !noBulk.has(path)
        ? await createInBulk(path, names, bodies, meta).catch((error: unknown) => {
            // A backend without the bulk endpoint (404/405) still imports, one request per row from now on.
            if (!isPartyHttpError(error) || (error.statusCode !== 404 && error.statusCode !== 405)) throw error;
            noBulk.add(path);
            return oneByOne();
          })
        : await oneByOne();
      const answer: PartyCreateManyResponse = { data: outcomes.flatMap((o) => ("data" in o ? [o.data] : [])), outcomes };
      return answer as never;
    },
    async update({ resource, id, variables, meta }) {
      const { path, names } = target(resource);
      const body = names.recordToWire(variables as Record<string, unknown>);
      const response = await send(adapter.buildUpdate(path, id, body), names, meta);
      // Some backends answer an update without the record: what was sent is the best picture.
      return { data: (toRecord(read(() => adapter.readRecord(response)), names) ?? { ...variables, id }) as never };
    },
    async deleteOne({ resource, id, meta }) {
      const { path, names } = target(resource);
      const response = await send(adapter.buildDelete(path, id), names, meta);
      return { data: (toRecord(read(() => adapter.readRecord(response)), names) ?? { id }) as never };
    },
    async custom({ url, method, payload, query, headers }) {
      // An escape hatch for host code: the URL is used as given; failures are read by the adapter.
      const below = url.startsWith(options.apiUrl) ? url.slice(options.apiUrl.length) : undefined;
      const request: HttpRequest = {
        method: method.toUpperCase() as HttpRequest["method"],
        path: below === undefined ? url : `/${below.replace(/^\/+/, "")}`,
        query: query ? Object.entries(query as Record<string, unknown>).map(([k, v]) => [k, String(v)] as const) : undefined,
        body: payload,
      };
      const response = await send(request, fieldNames(""), { headers });
      return { data: response.body as never };
    },
  };
  return provider;
}
