import type { WireRecord } from "./adapter";

/** Per resource, the plugin's field name → the backend's: `{ members: { name: "xm", branchId: "dzbId" } }`. */
export type FieldMap = Record<string, Record<string, string>>;

/** One resource's renaming, both ways. Unmapped names pass through unchanged. */
export interface FieldNames {
  toWire(name: string): string;
  fromWire(name: string): string;
  recordToWire(record: Record<string, unknown>): WireRecord;
  recordFromWire(record: WireRecord): Record<string, unknown>;
  /** Renames the keys of a field-keyed object (e.g. a 422's `errors`) from the wire's names to ours. */
  keysFromWire<T>(byField: Record<string, T> | undefined): Record<string, T> | undefined;
}

/**
 * Renames keys; a key that would land on a name the map gives to another field is dropped, so a
 * backend's own `name` column can never overwrite the plugin's `name` (which the wire calls `xm`).
 */
function rename<T>(object: Record<string, T>, name: (key: string) => string | undefined): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [key, value] of Object.entries(object)) {
    const renamed = name(key);
    if (renamed !== undefined) out[renamed] = value;
  }
  return out;
}

/** Builds the renaming for one resource; a wire name used twice would be ambiguous and is refused. */
export function fieldNames(resource: string, map: Record<string, string> = {}): FieldNames {
  const ours = new Map<string, string>();
  for (const [field, wire] of Object.entries(map)) {
    if (ours.has(wire)) throw new Error(`fieldMap.${resource}: "${wire}" is the wire name of both ${ours.get(wire)} and ${field}`);
    ours.set(wire, field);
  }
  const toWire = (name: string) => map[name] ?? (ours.has(name) ? undefined : name);
  const fromWire = (name: string) => ours.get(name) ?? (name in map ? undefined : name);
  return {
    // A lone name (filter, sorter) always translates; only record keys can collide.
    toWire: (name) => map[name] ?? name,
    fromWire: (name) => ours.get(name) ?? name,
    recordToWire: (record) => rename(record, toWire),
    recordFromWire: (record) => rename(record, fromWire),
    keysFromWire: (byField) => byField && rename(byField, fromWire),
  };
}
