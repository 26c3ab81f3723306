import { isBlank, validateField } from "../validateField";
import type { FieldError } from "../types";
import { fieldFromSpec } from "./fieldFromSpec";
import type { FieldSpecDef, ResourceDefinition } from "./types";

type Rec = Record<string, unknown>;
const err = (field: string, key: string, params?: FieldError["params"]): FieldError => ({ field, key: `party.lowcode.errors.${key}`, params });

/** How many stored records hold a value in the field. */
export const recordsWithValue = (records: readonly Rec[], key: string) => records.filter((r) => !isBlank(r[key])).length;

/**
 * Declared fields the new list drops but records still hold values for come back hidden: nothing a
 * person typed is lost, and the values stay in exports of the store. Pure.
 */
export function keepSpecsWithData(before: readonly FieldSpecDef[], after: readonly FieldSpecDef[], records: readonly Rec[]): FieldSpecDef[] {
  const kept = new Set(after.map((f) => f.key));
  const restored = before.filter((f) => !kept.has(f.key) && recordsWithValue(records, f.key) > 0).map((f) => ({ ...f, hidden: true, required: false }));
  return restored.length ? [...after, ...restored] : [...after];
}

/** A definition with the fields it drops but records hold kept, hidden (the same definition when none). */
export function keepFieldsWithData(before: ResourceDefinition | undefined, after: ResourceDefinition, records: readonly Rec[]): ResourceDefinition {
  if (!before) return after;
  const fields = keepSpecsWithData(before.fields, after.fields, records);
  return fields.length === after.fields.length ? after : { ...after, fields };
}

/** Stored records the changed field would refuse (a new kind, a tighter bound, fewer options, now required). */
function failing(spec: FieldSpecDef, records: readonly Rec[]): number {
  const field = fieldFromSpec(spec);
  return records.filter((r) => (isBlank(r[spec.key]) ? !!spec.required && !spec.hidden : !!validateField(spec.key, field, r[spec.key]))).length;
}

/**
 * A change of declared fields is refused when records already stored would fail it, saying how
 * many; fields whose declaration did not change are not judged again. Errors name `path.<index>`
 * of the new list (`fields.2.kind`, `customFields.0.bounds`). Pure: the backend runs it on every
 * save of a definition or of a built-in's custom fields, the field editor shows its answer.
 */
export function fieldChangeErrors(before: readonly FieldSpecDef[], after: readonly FieldSpecDef[], records: readonly Rec[], path: string): FieldError[] {
  if (!records.length) return [];
  const old = new Map(before.map((f) => [f.key, f]));
  const errors: FieldError[] = [];
  after.forEach((spec, index) => {
    const previous = old.get(spec.key);
    if (!previous || JSON.stringify(previous) === JSON.stringify(spec)) return;
    const count = failing(spec, records);
    if (!count) return;
    const kindChanged = previous.kind !== spec.kind;
    errors.push(err(`${path}.${index}.${kindChanged ? "kind" : "bounds"}`, kindChanged ? "kindBreaksRecords" : "boundBreaksRecords", { name: spec.key, count }));
  });
  return errors;
}

/** The change checks of a definition's fields (none for a new definition). */
export function changeErrors(before: ResourceDefinition | undefined, after: ResourceDefinition, records: readonly Rec[]): FieldError[] {
  return before ? fieldChangeErrors(before.fields, after.fields, records, "fields") : [];
}
