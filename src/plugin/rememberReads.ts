import type { BaseRecord, DataProvider } from "@refinedev/core";

const LIMIT = 500;

/** A map that forgets its oldest entries beyond LIMIT. */
function boundedMap() {
  const map = new Map<string, BaseRecord | undefined>();
  return {
    get: (key: string) => map.get(key),
    set: (key: string, value: BaseRecord | undefined) => {
      map.delete(key);
      map.set(key, value);
      if (map.size > LIMIT) map.delete(map.keys().next().value!);
    },
  };
}

/**
 * Wraps a data provider so the audit trail knows a record's "before": the version last read, and,
 * once an update succeeds, the version it replaced.
 */
export function rememberReads(provider: DataProvider) {
  const seen = boundedMap();
  const replaced = boundedMap();
  const key = (resource: string, id: unknown) => `${resource}:${id}`;
  const wrapped = {
    ...provider,
    getOne: async (params) => {
      const result = await provider.getOne(params);
      seen.set(key(params.resource, params.id), result.data);
      return result;
    },
    update: async (params) => {
      const result = await provider.update(params);
      const k = key(params.resource, params.id);
      replaced.set(k, seen.get(k));
      seen.set(k, result.data);
      return result;
    },
  } as DataProvider;
  const previous = (resource: string, id: unknown, action: string) =>
    action === "update" ? replaced.get(key(resource, id)) : seen.get(key(resource, id));
  return { provider: wrapped, previous };
}
