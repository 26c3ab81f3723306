import type { FieldDef, ResourceDef } from "./types";

/** The fields of a resource no answer may carry (passwords, tokens). */
export const writeOnlyFields = (def: Pick<ResourceDef, "fields"> | undefined): string[] =>
  Object.entries(def?.fields ?? {}).filter(([, field]) => field.writeOnly).map(([name]) => name);

/** A record as it may leave the backend: its write-only fields removed. */
export function withoutWriteOnly<T extends Record<string, unknown>>(def: Pick<ResourceDef, "fields"> | undefined, record: T): T {
  const hidden = writeOnlyFields(def);
  if (!hidden.length || !record || typeof record !== "object") return record;
  const out: Record<string, unknown> = { ...record };
  for (const name of hidden) delete out[name];
  return out as T;
}

/** A write-only value a client may send: the edit leaves the stored one when this is blank. */
export const isSentSecret = (field: FieldDef | undefined, value: unknown) =>
  !!field?.writeOnly && !field.readOnly && typeof value === "string" && value.trim() !== "";
