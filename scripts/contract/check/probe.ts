// What the checks exercise: one well-understood resource (branches) and its fields, in the plugin's
// names. A backend with other names is reached through the adapter, endpoints and fieldMap.
export const PROBE = {
  resource: "branches",
  title: "name",
  sortField: "establishedDate",
  enumField: "type",
  dateField: "establishedDate",
} as const;

/** A valid new branch; a hospital whose backend wants more can pass its own in the config (`scratch`). */
export const scratchRecord = (stamp: string): Record<string, unknown> => ({ name: `契约检查-${stamp}`, type: "functional" });

/** Breaks two field checks at once: a blank required name and a type that is not an option. */
export const BAD_RECORD = { name: "", type: "no-such-type" } as const;

export const PAGE_SIZE = 5;
