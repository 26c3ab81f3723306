import type { FieldSpecDef } from "./definitions/types";

// Before custom fields had their own flags, the five kinds they could take were filtered and sorted
// by kind; a spec that does not set a flag keeps that, so stored custom fields behave as they did.
const FILTERED = new Set(["enum", "boolean", "date"]);
const SORTED = new Set(["text", "number", "date", "enum"]);

/** A custom field's spec with the flags it leaves unset filled in from its kind. Pure. */
export const withKindFlags = (spec: FieldSpecDef): FieldSpecDef => ({
  ...spec,
  filter: spec.filter ?? FILTERED.has(spec.kind),
  sort: spec.sort ?? SORTED.has(spec.kind),
});
