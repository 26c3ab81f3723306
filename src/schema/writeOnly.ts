import type { FieldDef, ResourceDef } from "./types";

/** The fields of a resource no answer may carry (passwords, tokens). */
export const writeOnlyFields = (def: Pick<ResourceDef, "fields"> | undefined): string[] =>
  Object.entries(def?.fields ?? {}).filter(([, field]) => field.writeOnly).map(([name]) => name);

/** A write-only value a client may send: the edit leaves the stored one when this is blank. */
export const isSentSecret = (field: FieldDef | undefined, value: unknown) =>
  !!field?.writeOnly && !field.readOnly && typeof value === "string" && value.trim() !== "";
